import type { Citation } from '../../schema.js'
import { escapeRegExp, normalizeText } from '../../search/normalize-text.js'
import { verbatimQuote } from '../../tools/lib/verbatim.js'
import { proseMayHold } from '../../tools/lib/prose-may-hold.js'
import type { HandlerInput } from '../answer-types.js'
import { joinSentences, orgYear } from '../compose.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'

/** "财政拨款收入812.88万元，占98.95%", "…819.98万元，占本年支出合计的98.96%": a part's amount and its printed share. */
const SHARE_AFTER = /^\s*(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)\s*[，,]?\s*占(?:比)?\s*([^，,。；;%\d]{0,20}?)(?:的)?\s*(\d+(?:\.\d+)?)\s*[%％]/

/** A share printed after the part's name and its change, no amount: "民生支出增长5%,占一般公共预算支出80.5%". */
const SHARE_NO_AMOUNT = /^\s*(?:(?:同比)?(?:增长|下降|增加|减少|上升|降低)\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*)占(?:比)?\s*([^，,。；;%\d]{0,20}?)(?:的)?\s*(\d+(?:\.\d+)?)\s*[%％]/u

/** A share printed right after the part's name, the whole named (its amount with it): "教育经费占一般公共预算支出1814597万元的比例15.68%". */
const SHARE_OF_WHOLE = /^\s*占\s*([^，,。；;%\d]{2,20}?)\s*(?:-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))?\s*的?(?:比例|比重)?\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/u

/** The share printed right after a part's name: its amount and unit when printed, the whole it names, the percent. */
function shareAfter(after: string): { amount?: string; unit?: string; of: string; pct: string } | undefined {
  const m = SHARE_AFTER.exec(after)
  if (m) return { amount: m[1], unit: m[2], of: m[3].trim(), pct: m[4] }
  // (no amount printed, its change then its share: "其中民生支出增长5%,占一般公共预算支出80.5%")
  const b = SHARE_NO_AMOUNT.exec(after) ?? SHARE_OF_WHOLE.exec(after)
  return b ? { of: b[1].trim(), pct: b[2] } : undefined
}

/** "非税收入占比为45.30%": a share printed right after the part's name, of no whole named. */
const PART_SHARE = /^\s*占(?:比|比重)\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/u

const FUND_ASKED = /一般公共预算|财政拨款|政府性基金/u

export interface StatedShare { text: string; citation: Citation }

/**
 * Rule `stated-share`: "财政拨款收入占本年收入的比例" where the text itself prints the share ("本年收入合计821.48万元，
 * 其中：财政拨款收入812.88万元，占98.95%"): the printed share, quoted, when the part is named in the question's words
 * and the whole in the question's words too, after 占 or earlier in the same paragraph. Undefined otherwise, and the
 * share is computed from the tables as before.
 */
export function statedShare(inp: HandlerInput, t: Target, part: ConceptHit, whole?: ConceptHit): StatedShare | undefined {
  const q = inp.frame.text
  const asked = q.slice(part.start, part.end)
  // (no whole asked, "基本支出占比多少": the share the paragraph prints of its own total)
  const wholeWords = whole ? q.slice(whole.start, whole.end) : ''
  if (asked.length < 2 || (whole && wholeWords.length < 2)) return undefined
  // the part as asked, then as the document may print it: its synonyms ("政府性基金收入" → 政府性基金预算财政拨款收入)
  // (a fund named beside them, "一般公共预算里基本支出占几成", is a share within that fund: a sentence of the whole
  // budget's shares that never names it is no answer)
  const fund = FUND_ASKED.exec(q.replace(asked, '').replace(wholeWords || '\u0000', ''))?.[0]
  // (the question's own words run on to its 占: "一般公共预算教育经费占…" asks the 教育经费 within that fund, named so)
  const runOn = /^(\p{Script=Han}{1,8}?)占/u.exec(q.slice(part.end))?.[1]
  const own = runOn && !/[的和与及]/u.test(runOn) ? [asked + runOn] : []
  for (const partWords of [...own, asked, ...inp.run.vocabulary.synonymsOf(asked).filter((w) => w !== asked).sort((a, b) => b.length - a.length)]) {
    const found = statedShareOf(inp, t, partWords, wholeWords)
    if (found && fund && !normalizeText(found.citation.text ?? '').includes(fund)) return undefined
    if (found) return found
  }
  return undefined
}

/** The share the prose prints for a part named by its own words, of no whole asked (rule share-after-name and stated-share). */
export const printedShareOf = (inp: HandlerInput, t: Target, partWords: string): StatedShare | undefined => statedShareOf(inp, t, partWords, '')

/** 总收入 / 全部支出 / 收入总额: the side a whole names, its 总/合计 words aside. */
const WHOLE_WORDS = /^(?:总|全部|全年)|(?:总额|总计|合计|总数|总量)$/g
/**
 * The whole named before the part: its words as asked, or its side ("总收入" → 收入) opening a sentence that then lists
 * its parts after 其中 ("2025年收入预算919.26万元，其中：一般公共预算拨款收入…，占90.97%").
 */
function wholeBefore(before: string, wholeWords: string): boolean {
  // the whole named, then its parts (after 其中, or with no share said between): a sibling part listed before with its
  // own share ("基本支出74.87万元,占96.8%;项目支出…") is no whole of the part
  const named = before.lastIndexOf(wholeWords)
  if (named >= 0) return /其中|包括/u.test(before.slice(named)) || !/占/u.test(before.slice(named))
  const side = wholeWords.replace(WHOLE_WORDS, '')
  if (side !== '收入' && side !== '支出') return false
  const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[。；;]/g)].map((x) => x.index! + 1)))
  const at = sentence.indexOf('其中')
  return at > 0 && new RegExp(`${side}(?:预算|决算)?(?:总计|合计)?(?:为|是)?\\s*-?\\d`).test(sentence.slice(0, at))
}

/** The sentence of `text` (from the mark before `at` to the one after it) the words at `at` stand in. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[。；;]/g)].map((x) => x.index! + 1))
  const end = text.slice(at).search(/[。；;]/)
  return text.slice(start, end < 0 ? undefined : at + end)
}

function statedShareOf(inp: HandlerInput, t: Target, partWords: string, wholeWords: string): StatedShare | undefined {
  // a printed share is the part's words, then 占 and a % in the same paragraph: where none holds all three, the search
  // below could keep nothing and is not made
  if (!proseMayHold(t.doc, partWords, '占', '%')) return undefined
  const r = inp.run.run('search-text', { docId: t.doc.id, query: partWords, mustContain: [partWords], limit: 20 })
  if (!r.ok) return undefined
  for (const [i, h] of r.hits.entries()) {
    const text = normalizeText(h.text)
    for (let at = text.indexOf(partWords); at >= 0; at = text.indexOf(partWords, at + 1)) {
      // the words start the part's own name ("一般公共预算财政拨款收入" is not "财政拨款收入" in a list of sources)
      // (a year right before it, "2017年度一般公共预算财政拨款支出…", still opens the name)
      // (and a place's whole before it: "全市一般公共预算教育经费…")
      if (/[\p{Script=Han}]$/u.test(text.slice(0, at)) && !/(?:其中|[:：，,；;、]|(?:19|20)\d{2}年度?|全[省市州盟区县旗])$/u.test(text.slice(0, at))) continue
      const after = text.slice(at + partWords.length)
      // rule share-after-name: "…,非税收入占比为45.30%": the part's share printed right after its name, no whole said
      const own = !wholeWords ? PART_SHARE.exec(after) : null
      if (own) {
        const said = sentenceAround(text, at)
        const quote = verbatimQuote(h.printed ?? h.text, said) ?? said
        // (its amount, where the same sentence states it by the same words: "非税收入40180万元,…")
        const amount = new RegExp(`${escapeRegExp(partWords)}\\s*(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(亿元|万元|千元|元)`, 'u').exec(said)
        return {
          citation: { ...r.citations[i], text: quote },
          text: joinSentences([`${orgYear(t)}${partWords}${amount ? `${amount[1]}${amount[2]}，` : ''}占比为${own[1]}%（文件所列）`, `原文：${quote}`]),
        }
      }
      const m = shareAfter(after)
      if (!m) continue
      const of = m.of
      // (no whole asked, "其他收入占比多少": the share the document prints, of the whole it names, said with that whole)
      const wholeNamed = !wholeWords ? true : of ? of.includes(wholeWords) || wholeWords.includes(of) : wholeBefore(text.slice(0, at), wholeWords)
      if (!wholeNamed) continue
      const said = sentenceAround(text, at)
      // (quoted as printed: a page in Traditional characters is read in Simplified, quoted in its own)
      const quote = verbatimQuote(h.printed ?? h.text, said) ?? said
      const citation = { ...r.citations[i], text: quote }
      return {
        citation,
        text: joinSentences([`${orgYear(t)}${partWords}${m.amount ? `${m.amount}${m.unit}，` : ''}占${of || wholeWords ? `${of || wholeWords}的` : ''}${m.pct}%（文件所列）`, `原文：${quote}`]),
      }
    }
  }
  return undefined
}
