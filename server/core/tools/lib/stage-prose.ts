import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { Amount, BudgetDocument, ColumnRole, MoneyUnit } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { normalizeText } from '../../search/normalize-text.js'
import { paragraphCitation } from './citation.js'
import { moneyFields, type Figure } from './figure.js'
import { printed } from './money.js'
import { proseKeywords, type SentenceFits } from './resolve-prose.js'
import { sentencesOf } from './prose.js'

/** How the 决算 template writes each column of an item: "年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%". */
const PHRASE: Partial<Record<ColumnRole, RegExp>> = {
  // (a 决算 page's plain "预算数为…" beside its 决算支出数 is the year's budget too)
  // (and a 预算调整方案's "由397959万元调整为…": the figure before the adjustment)
  // (and a 三公 决算 page's "支出预算为12.50万元,支出决算为13.07万元")
  // (and a place's report's "年初预算安排273.3亿元", "年初预算财力安排219.78亿元")
  initial: /(?:年初|全年)预算数?(?:财力)?(?:安排)?(?:为|是|:)?\s*|(?:支出)?预算数(?:为|是|:|(?=\s*-?\d))\s*|支出预算(?:为|是|:)\s*|由\s*(?=-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)\s*调整为)/u,
  // a 预算调整方案's "…调整为409959万元,调增12000万元": the adjustment itself
  change: /调[增减]\s*/u,
  // (全年预算: the budget as the year ended, which a page without 调整预算 gives as its only budget)
  // (and a 预算调整方案's "总收入由397959万元调整为409959万元": the figure after 调整为)
  adjusted: /调整(?:后)?预算数?(?:为|是|:)?\s*|全年预算数?(?:为|是|:)?\s*|调整为\s*/u,
  // "支出决算为…", "决算数为…", "决算支出数为…" (a 三公 page's wording)
  // (and a place's report's "一般公共预算收入完成52000万元": the amount right after 完成)
  // (and a report's "收入预算数43772万元,决算数48960万元": 数 said, no verb)
  // (and a 三公 决算 page's "因公出国(境)费支出决算0万元": the amount right after 决算, its unit said)
  // (never the year before's: "比上年决算数25.10亿元" is the baseline; and an audit's "实际支出24.98亿元" is the 决算)
  final: /(?<!上年)决算(?:支出)?数?(?:为|是|:)\s*|(?<!上年)决算(?:支出)?数(?=\s*-?\d)\s*|(?<!上年)决算(?=\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))|^(?:实际)?完成\s*(?=-?\d)|实际(?:支出|收入)(?:数)?(?:为)?\s*(?=-?\d)/u,
  // "完成年初预算的98.90%", and a 财政决算's "完成19559.87万元，占年初预算的94.59%", "预算执行率为87.89%"
  // (and "完成全年预算5.3万元的38.1%": the budget's own amount between)
  // (and "完成调整后支出预算的96.3%": the side's budget named)
  completion: /(?:完成|占|为|达到?)(?:年初|全年|调整后?)?(?:支出|收入)?预算数?(?:\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))?(?:的)?\s*|(?:预算)?执行率(?:为|是|达到?)?\s*/u,
}

const MONEY = /^(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/u
const SIDE = /收入|支出/u
const PERCENT = /^(-?\d+(?:\.\d+)?)\s*%/u
/** Where the next item of a list starts: "2、", "(7)", "（三）", another "(项)". */
const NEXT_ITEM = /(?:^|[。；;\s])(?:\d+、|\(\d+\)|\([一二三四五六七八九十]+\))|\(项\)/gu
const WINDOW = 160

/**
 * Rule `stage-prose`: a 决算 column of an item as the prose states it, when no table prints that column: the phrase
 * after the item's name, within its own item of the list (never the next item's), nearest first. Cites the paragraph.
 */
export function stageInProse(v: Vocabulary, doc: BudgetDocument, name: string, role: ColumnRole, asWritten?: string, fits?: SentenceFits): Figure | undefined {
  const phrase = PHRASE[role]
  if (!phrase) return undefined
  // the question's own words first ("总收入" of 一般公共预算总收入), then the concept's prose forms
  // (its own words found anywhere win outright: another fund's line read by the concept's forms is never nearer)
  const own = asWritten && asWritten.length >= 3 ? [asWritten] : []
  const read = (keywords: string[]) => stageRead(doc, keywords, role, phrase, name, fits)
  return (own.length ? read(own) : undefined) ?? read(proseKeywords(v, name, 'money').keywords)
}

function stageRead(doc: BudgetDocument, keywords: string[], role: ColumnRole, phrase: RegExp, name: string, fits?: SentenceFits): Figure | undefined {
  let best: { figure: Figure; gap: number } | undefined
  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.heading) continue
    const t = normalizeText(p.text)
    for (const k of keywords) {
      for (let i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + 1)) {
        const s = fits && sentencesOf(p.text).find((x) => x.start <= i && i < x.start + x.text.length)
        if (s && !fits!(pi, s.start, i - s.start)) continue
        const from = i + k.length
        const window = itemWindow(t, from)
        // rule stage-before: the stage said before the item in its clause ("调整后全区一般公共预算支出预算为…",
        // "2024年年初全区…支出预算为…") is the figure's; another stage said there is never this one
        const said = stageBefore(t, i)
        if (said && said !== role) continue
        // (a 决算 report's "…审议通过的全区财政总收入预算为849.70亿元": the budget as set, no stage said before it)
        const loose = said === role ? LOOSE : role === 'initial' && !said ? PLAIN_BUDGET : undefined
        const own = loose ? new RegExp(`${loose.source}|${phrase.source}`, 'gu') : new RegExp(phrase.source, 'gu')
        // the first phrase followed by its kind of figure ("完成19559.87万元,占年初预算的94.59%": the 占…的 one)
        const m = [...window.matchAll(own)].find((x) => (role === 'completion' ? percentAt : moneyAt)(window.slice(x.index! + x[0].length)))
        if (!m) continue
        // (a stage's 数 said with no verb, "预算数5000万元", after a side the item's words did not say ("国有资本经营" +
        // 支出决算数…): that side's figure, not the item's)
        if ((role === 'initial' || role === 'final') && /数\s*$/u.test(m[0]) && SIDE.test(window.slice(0, m.index)) && !SIDE.test(k)) continue
        const rest = window.slice(m.index! + m[0].length)
        const amount = role === 'completion' ? percentAt(rest) : moneyAt(rest)
        if (!amount || (best && best.gap <= m.index!)) continue
        // (quoted through the amount's unit, no further)
        const printedLen = (role === 'completion' ? PERCENT : MONEY).exec(rest)?.[0].length ?? amount.text.length
        const sentence = t.slice(Math.max(0, i), from + m.index! + m[0].length + printedLen)
        const figure: Figure = {
          docId: doc.id, org: doc.org, year: doc.year, label: name, amount, text: printed(amount), ...moneyFields(amount),
          citation: paragraphCitation(doc, p, sentence, amount.text, amount.unit),
        }
        best = { figure, gap: m.index! }
      }
    }
  }
  return best?.figure
}

/** After an item whose stage was said before it: its budget's plain words ("支出预算为", "预算为", "变更为"). */
// (or its amount right after it: "2021年初,县人大审议通过的全县一般公共预算支出77538万元")
const LOOSE = /^(?:支出|收入)?预算数?(?:为|是|:)?\s*|^(?:预算)?(?:变更|调整)为\s*|^(?=\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))/u
/** Another account's subject named in a sentence: the item before it does not go on there. */
const OTHER_SUBJECT = /财政总收入|一般公共预算|政府性基金|国有资本经营|社会保险基金|税收收入|非税收入|上级补助|转移支付|债务|[^\d]支出预算/u
/** A sentence that opens with a stage's phrase: it goes on with the item before it. */
const STAGES_GO_ON = /^\s*(?:(?:年初|全年|调整后?)预算数?|(?:支出)?决算数?|完成(?:年初|全年|调整后?)?预算)/u
/** Right after an item with no stage said: its budget as set ("收入预算为…", "预算数为…"). */
const PLAIN_BUDGET = /^(?:支出|收入)?预算数?(?:为|是|:)\s*/u
/** Stage words before an item in its clause: the budget as adjusted, or as set at the year's start. */
const BEFORE_ADJUSTED = /调整后|变更后/u
const BEFORE_INITIAL = /年初/u

/** The stage the clause before `i` says (up to the last clause mark), if one. */
function stageBefore(t: string, i: number): ColumnRole | undefined {
  // (within the sentence, no amount between: "调整后,全区财政总收入预算变更为…" is the adjusted one; a stage said
  // before another item's amount is that item's)
  const head = t.slice(Math.max(0, i - 40), i)
  const pre = head.slice(Math.max(head.lastIndexOf('。'), ...[...head.matchAll(AMOUNT_END)].map((m) => m.index! + m[0].length)) + 1)
  const last = [...pre.matchAll(STAGE_WORD)].pop()?.[0]
  return last === undefined ? undefined : BEFORE_ADJUSTED.test(last) ? 'adjusted' : 'initial'
}
const AMOUNT_END = /\d\s*(?:亿元|万元|千元|元|%)/gu
const STAGE_WORD = new RegExp(`${BEFORE_ADJUSTED.source}|${BEFORE_INITIAL.source}`, 'gu')

/** The text after an item's name up to the next item (its own "(项)" marker, right after the name, is skipped). */
function itemWindow(t: string, from: number): string {
  // (never past its sentence, unless the next one goes on with the item's stages: "…支出4028.18万元,占…。年初预算为
  // 3767.90万元,支出决算为…"; a sentence with another subject first is another item's)
  // (…or one naming no other account's subject: "…收入年初预算安排273.3亿元。由于…,批准收入预算调整为200.12亿元" goes
  // on, "…收入预算作部分变更调整。调整后,全区财政总收入预算变更为…" names another)
  const cut = t.slice(from, from + WINDOW)
  let end = -1
  for (let k = cut.indexOf('。'); k >= 0; k = cut.indexOf('。', k + 1)) {
    const next = cut.slice(k + 1).split('。')[0]
    if (!STAGES_GO_ON.test(cut.slice(k + 1)) && OTHER_SUBJECT.test(next)) { end = k; break }
  }
  const w = end > 0 ? cut.slice(0, end) : cut
  for (const m of w.matchAll(NEXT_ITEM)) if (m.index! > 3) return w.slice(0, m.index)
  // "财政总收入286亿元,…,其中地方一般公共预算收入152.4亿元,完成调整预算的101.3%": a part opened by 其中 is another item
  const part = w.search(/[，,；;。]\s*其中/u)
  return part > 3 ? w.slice(0, part) : w
}

function moneyAt(s: string): Amount | undefined {
  const m = MONEY.exec(s)
  return m ? parseAmount(m[1], m[2] as MoneyUnit) : undefined
}

function percentAt(s: string): Amount | undefined {
  const m = PERCENT.exec(s)
  return m ? { text: m[1], value: m[1], unit: '%' } : undefined
}
