import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { orgAliases } from '../../tools/lib/org-alias.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { numeralValue, tocOutline, tocTables, type Entry, type TocPart } from './toc-entry-asked.js'

/**
 * Rule `toc-outline-asked`: what the document's own 目录 says of its structure, quoted entry by entry with its lines:
 * what a part covers ("第四部分讲什么", "部门概况包括哪几项内容"), the last entry ("预算表最后附的是哪一项"), and
 * whether a table is published ("公开了绩效目标表吗", "三公经费那张表还包括哪些费用": the entries naming it). Only
 * the 目录 answers; a document without one goes on to the other rules.
 */
interface OutlineAsk {
  name: string
  asked: RegExp
  /** the entries that answer, with how the answer introduces them; undefined: this document's 目录 cannot say */
  read: (doc: BudgetDocument, text: string, m: RegExpExecArray) => { lead: string; entries: Entry[] } | undefined
}

const NUMERAL = '一二三四五六七八九十'
const WHAT = /什么|啥|哪些|哪几|内容|是|名称|标题|题目/

/** A part's own words: "第一部分 某局部门概况" → 部门概况 (the number, the organisation's name and a year left out). */
function partWords(doc: BudgetDocument, part: TocPart): string {
  let t = compactText(part.part.entry).replace(new RegExp(`^第[${NUMERAL}]+部分`), '')
  const names = [doc.org, ...orgAliases(doc.org, doc.region).map((a) => a.form)].map(compactText).sort((a, b) => b.length - a.length)
  for (const n of names) t = t.replace(n, '')
  return t.replace(/^\d{4}年度?/, '')
}

/** The part the question names by its words, the longest first (部门预算表 before 预算表). */
function namedPart(doc: BudgetDocument, text: string): TocPart | undefined {
  const q = compactText(text)
  const named = tocOutline(doc)
    .map((p) => ({ p, w: partWords(doc, p) }))
    .filter((x) => x.w.length >= 2 && (q.includes(x.w) || (x.w.length >= 4 && q.includes(x.w.replace(/^(?:部门|单位)/, '')))))
  return named.sort((a, b) => b.w.length - a.w.length)[0]?.p
}

/** "目录列出第一部分及其4项：" */
const partLead = (p: TocPart) => `目录列出第${p.shown}部分${p.items.length ? `及其${p.items.length}项` : ''}：`

export const OUTLINE_ASKS: readonly OutlineAsk[] = [
  {
    name: 'part-numbered',
    // (its own words or an adverb may come first: "第四部分都说明了哪些事项", "第一部分概况写的是…")
    asked: new RegExp(`第\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*部分\\p{Script=Han}{0,4}?(?:是|讲|说|写|包括|包含|有|的内容|内容|主要|叫|名为|名称|标题|题目)`, 'u'),
    read: (doc, _text, m) => {
      const n = numeralValue(m[1])
      const parts = tocOutline(doc)
      if (!parts.length) return undefined
      const p = parts.find((x) => x.no === n)
      return p ? { lead: partLead(p), entries: [p.part, ...p.items] } : { lead: `目录没有列出第${m[1]}部分`, entries: [] }
    },
  },
  {
    // "决算情况说明的第十三项讲的是什么": the item numbered N under the part the question names (or under the one part
    // that lists an item of that number)
    name: 'item-numbered',
    asked: new RegExp(`第\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:项|条|点)(?:是|讲|说|写|包括|的内容|内容|主要|讲的)`),
    read: (doc, text, m) => {
      // "职责第十条": a duty of the list of duties (rule section-asked), not a 目录 item
      if (/职责|职能/u.test(text.slice(0, m.index))) return undefined
      const n = numeralValue(m[1])
      const parts = tocOutline(doc)
      if (!parts.length || n === undefined) return undefined
      const named = namedPart(doc, text.slice(0, m.index))
      const holding = parts.filter((p) => p.items.some((e) => e.no === n))
      const p = named ?? (holding.length === 1 ? holding[0] : undefined)
      if (!p) return undefined
      const item = p.items.find((e) => e.no === n)
      return item ? { lead: `目录第${p.shown}部分的第${m[1]}项是`, entries: [item] } : { lead: `目录第${p.shown}部分没有第${m[1]}项`, entries: [] }
    },
  },
  {
    name: 'last-entry',
    asked: /最后(?:一项|一个|一张|一部分|附的|列的|是)|最后面/,
    read: (doc, text) => {
      const parts = tocOutline(doc)
      if (/最后一部分/.test(text)) return parts.length ? { lead: '目录的最后一部分是', entries: [parts[parts.length - 1].part] } : undefined
      const p = namedPart(doc, text)
      if (p?.items.length) return { lead: `目录第${p.shown}部分所列${p.items.length}项中的最后一项是`, entries: [p.items[p.items.length - 1]] }
      const tables = tocTables(doc)
      return tables.length ? { lead: '目录列出的最后一张表是', entries: [tables[tables.length - 1]] } : undefined
    },
  },
  {
    // "决算公开有哪几个部分", "分几部分": the parts themselves, each as its 目录 lists it
    name: 'parts-listed',
    asked: /(?:有|分为?|分成|包括|包含|由)(?:哪几|哪些|几)个?部分|(?:几|哪几|哪些)(?:个)?部分(?:组成|构成)/,
    read: (doc, text, m) => {
      // (a part named before the ask, "决算情况说明里包括哪些部分", asks that part's items: rule part-contents)
      if (namedPart(doc, text.slice(0, m.index))) return undefined
      const parts = tocOutline(doc)
      return parts.length ? { lead: `目录列出${parts.length}个部分：`, entries: parts.map((p) => p.part) } : undefined
    },
  },
  {
    name: 'part-contents',
    asked: /(?:包括|包含|有|分为?|分成)(?:哪几|哪些|什么|几)(?:项|个|部分|方面|块|类)?(?:内容)?|(?:讲|写|说)(?:了)?(?:什么|啥|哪些)|内容(?:是什么|有哪些)/,
    read: (doc, text, m) => {
      const p = namedPart(doc, text.slice(0, m.index))
      return p ? { lead: partLead(p), entries: [p.part, ...p.items] } : undefined
    },
  },
  {
    // "公开了绩效目标表吗", "有没有三公经费表", "三公经费那张表还包括哪些费用": the table entries holding the words
    name: 'table-listed',
    asked: /(?:公开|包括|包含|列|附|有)了?(?:没有)?([\p{Script=Han}“”"]{2,16}?)(?:报表|表格|表)(?:吗|么|没有|没)|([\p{Script=Han}“”"]{2,16}?)(?:那|这)?(?:一)?(?:张|个)?表(?:还|都|里|中)?(?:包括|包含|含|有)(?:哪些|什么)/u,
    read: (doc, _text, m) => {
      const names = [doc.org, ...orgAliases(doc.org, doc.region).map((a) => a.form)].map(compactText).sort((a, b) => b.length - a.length)
      const asked = names.reduce((w, n) => w.replace(n, ''), compactText(m[1] ?? m[2]))
      const word = asked.replace(/^.*?(?:预算|决算)(?=\p{Script=Han}{2})/u, '').replace(/^\d{4}年度?/, '').replace(/^(?:的|里|中|那|这)+/, '')
      const tables = tocTables(doc)
      if (!tables.length || word.length < 2) return undefined
      const hits = tables.filter((e) => compactText(e.entry).includes(word))
      return hits.length ? { lead: '目录列出：', entries: hits } : { lead: `目录所列的${tables.length}张表中没有名称含“${word}”的表`, entries: [] }
    },
  },
]

const linesText = (ps: Paragraph[]) => {
  const a = Math.min(...ps.map((p) => p.lines[0]))
  const b = Math.max(...ps.map((p) => p.lines[1]))
  return a === b ? `第${a}行` : `第${a}–${b}行`
}

/** The structure a question asks of its named documents, from their 目录; undefined when it asks none. */
export function answerTocOutline(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!targets.length || targets.length > 3) return undefined
  for (const ask of OUTLINE_ASKS) {
    const m = ask.asked.exec(text)
    if (!m || (ask.name === 'part-numbered' && !WHAT.test(text.slice(m.index)))) continue
    const outs = targets.map((t) => ({ t, r: ask.read(t.doc, text, m) }))
    if (outs.every((o) => !o.r)) continue
    const said = outs.map(({ t, r }) => {
      const docName = `${t.doc.org}${t.doc.year}年${t.doc.scope}文件`
      if (!r) return { text: `${docName}没有目录。`, found: false }
      if (!r.entries.length) return { text: `${docName}${r.lead}。`, found: true }
      const quotes = r.entries.map((e) => `“${(paragraphCitation(t.doc, e.p, e.entry).text ?? e.entry).replace(/[;；。]$/, '')}”`)
      // one citation a paragraph: a 目录 read as one block holds all the entries
      const ps = [...new Set(r.entries.map((e) => e.p))]
      for (const p of ps) run.cite(paragraphCitation(t.doc, p, r.entries.filter((e) => e.p === p).map((e) => e.entry).join('')))
      return { text: `${docName}${r.lead}${quotes.join('')}（${linesText(ps)}）。`, found: true }
    })
    return { answer: said.map((o) => o.text).join(''), notFound: said.every((o) => !o.found) }
  }
  return undefined
}
