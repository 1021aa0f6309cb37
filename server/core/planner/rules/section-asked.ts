import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { orgAliases } from '../../tools/lib/org-alias.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { numeralValue, tocTables } from './toc-entry-asked.js'
import { linesText } from './head-label-asked.js'

/**
 * Rule `section-asked`: a question about what a standard section of the disclosure says, answered by quoting that
 * section or the one sentence that says it, as printed, with its lines; never a figure. The sections are the genre's
 * own: 职能职责 (one duty an item), 部门预算单位构成 (本级 only, or the units it covers), the 目录's note on empty
 * tables (空表表示…), and the 目录's list of tables (those whose name holds the word asked, 绩效 → 绩效目标表).
 */
interface SectionAsk {
  name: string
  asked: RegExp
  /** what the answer calls it, also in a not-found */
  word: string
  /** how the answer introduces the quotes, after the document's name (default: the section's title) */
  /** how the answer introduces the quotes (after the document's name); a function of them, or none: 写明 */
  lead?: string | ((quotes: Quote[]) => string | undefined)
  /** when no document asked prints it, left to the other readings rather than said missing */
  quiet?: boolean
  /** the quoted paragraphs: a whole section, a sentence, or 目录 entries */
  read: (doc: BudgetDocument, text: string) => Quote[]
}

interface Quote { p: Paragraph; excerpt: string }

/**
 * The paragraphs under the first section whose title fits and that has a body of its own (not its subsections): the
 * 目录 repeats the titles without a body ("一、部门职责" listed, then printed again over its text).
 */
function sectionBody(doc: BudgetDocument, title: RegExp, max = 12): Quote[] {
  for (const s of doc.sections) {
    if (!title.test(s.title)) continue
    const body = doc.paragraphs.filter((p) => p.section === s.id && !p.heading)
    if (body.length) return body.slice(0, max).map((p) => ({ p, excerpt: p.text.trim() }))
  }
  // a heading run into its paragraph ("（一）主要职能。负责全县…"): it and its words, up to the next run-in heading
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    const m = RUN_IN.exec(p.text.trim())
    if (m && title.test(m[1])) return [{ p, excerpt: p.text.trim().slice(0, p.text.trim().length - m[2].length) + m[2].split(NEXT_RUN_IN)[0].trim() }]
  }
  return []
}
/** A paragraph opening with its own short heading: "（一）主要职能。…", "一、部门职责：…". */
const RUN_IN = /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])?\s*(\p{Script=Han}{2,10})[。:：]\s*([\s\S]+)$/u
const NEXT_RUN_IN = /\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）])\s*\p{Script=Han}{2,10}[。:：]/u

/**
 * "某局是主管全县审计工作的县政府工作部门": the sentence by which the unit says what it is (its name, or 本局/我单位, then
 * 是/为 … 部门/机构/机关).
 */
const DEFINING = /(?:是|为)[\p{Script=Han}、“”]{2,40}?(?:部门|机构|机关)[。；;]?$/u

function definingSentence(doc: BudgetDocument): Quote[] {
  const names = [doc.org, ...orgAliases(doc.org, doc.region).filter((a) => a.place !== 'level').map((a) => a.form)].map(compactText)
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      const clause = s.text.split(/(?<=[，,；;：:])/).pop()!
      if (!DEFINING.test(clause)) continue
      const subject = compactText(clause.slice(0, clause.search(/是|为/)))
      if (SELF_WORD.test(subject) || names.some((n) => subject.endsWith(n) || (subject.length >= 2 && n.endsWith(subject)))) return [{ p, excerpt: s.text.trim() }]
    }
  }
  return []
}

/** The paragraphs of the unit's 职责/职能 section, as printed. */
export const dutyParagraphs = (doc: BudgetDocument): Paragraph[] => sectionBody(doc, /职能|职责/, 40).map((q) => q.p)

const SELF_WORD = /^(?:本|我)(?:单位|部门|局|委|办|中心|院|所|站)$/
/** "主要干什么", "是干啥的", "主要负责哪些事": the unit's duties asked in plain words */
const DUTIES_PLAIN = /主要(?:干|做|管|负责|承担)(?:些)?(?:什么|啥|哪些)(?:事情?|事务|工作)?|(?:是)?(?:干|做)(?:什么|啥|嘛)的|(?:负责|管)(?:哪些|什么|啥)(?:事情?|事务|工作)?[？?吗呢]*$/

/** The first sentence of the prose that fits. */
function sentenceSaying(doc: BudgetDocument, said: RegExp): Quote[] {
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    const s = sentencesOf(p.text).find((x) => said.test(x.text))
    if (s) return [{ p, excerpt: s.text.trim() }]
  }
  return []
}

/** "公开了哪些绩效方面的表": the word between 哪些 and 表 that the entries must hold ('' for all of them). */
/** "2018年共8张部门预算表格": a sentence counting the tables */
const COUNTED_TABLES = /共\s*(?:\d+|[一二三四五六七八九十]+)\s*张[^。；;]{0,12}?(?:表格|报表|表)/u
const TABLES_ASKED = /(?:公开|包括|包含|列|有)了?(?:哪些|哪几张|什么|几张)([\p{Script=Han}]{0,8}?)(?:方面|相关|类)?的?(?:报表|表格|表)/u

export /** The item of a numbered list the question counts to (第二条, 第3项) among the duties. */
const NTH_DUTY = /(?:职能|职责)[^？?。]{0,10}?第\s*([一二三四五六七八九十\d]{1,3})\s*(?:条|项|点|个|款)/u
const cnOf = (n: number) => (n <= 10 ? '一二三四五六七八九十'[n - 1] : n < 20 ? `十${'一二三四五六七八九'[n - 11] ?? ''}` : `${'一二三四五六七八九'[Math.floor(n / 10) - 1]}十${'一二三四五六七八九'[(n % 10) - 1] ?? ''}`)

/** The n-th item of a numbered list in the quoted paragraphs, from its number to the next item's (or the sentence's end). */
function nthItem(quotes: Quote[], n: number): Quote[] {
  const marks = (k: number) => [`(?<![\\d.])${k}\\s*[、.．)）]`, `[（(]${cnOf(k)}[)）]`, `(?<![\\p{Script=Han}])${cnOf(k)}、`, `${cnOf(k)}是`]
  for (const q of quotes) {
    for (const mark of marks(n)) {
      const m = new RegExp(mark, 'u').exec(q.excerpt)
      if (!m) continue
      const rest = q.excerpt.slice(m.index)
      const next = marks(n + 1).map((x) => new RegExp(x, 'u').exec(rest)?.index ?? Infinity).reduce((a, b) => Math.min(a, b))
      const item = (Number.isFinite(next) ? rest.slice(0, next) : rest.split(/[。]/u)[0]).replace(/[;；，,。\s]+$/u, '')
      if (item.length > 3) return [{ p: q.p, excerpt: item }]
    }
  }
  return []
}

const SECTION_ASKS: readonly SectionAsk[] = [
  {
    // "是个什么部门": the sentence saying what the unit is, else its duties
    name: 'what-it-is', word: '单位职责',
    asked: /是(?:个|一个)?(?:什么|啥|哪种|哪类)(?:样的|性质的)?(?:部门|机构|机关)/,
    read: (doc) => {
      const said = definingSentence(doc)
      return said.length ? said : sectionBody(doc, /职能|职责/)
    },
  },
  {
    // "主要职责里，第二条是什么": the duty numbered so (1、… 2、…, （一）… （二）…, 一是… 二是…), quoted as printed
    name: 'nth-duty', word: '该条职责',
    asked: NTH_DUTY,
    read: (doc, text) => {
      const n = numeralValue(NTH_DUTY.exec(text)?.[1] ?? '')
      return n ? nthItem(sectionBody(doc, /职能|职责/), n) : []
    },
  },
  {
    name: 'duties', word: '职能职责',
    asked: new RegExp(`职能职责|主要职能|基本职能|(?:职能|职责)(?:都|主要)?(?:有|是|包括)(?:哪些|什么)|${DUTIES_PLAIN.source}`),
    read: (doc) => sectionBody(doc, /职能|职责/),
  },
  {
    name: 'budget-units', word: '预算单位构成',
    asked: /(?:包含|包括|含有?|有没有|有无)(?:其他|下属|下级|所属|二级)(?:的)?(?:预算)?单位|预算单位构成|单位构成|(?:只有|仅含|只含)本级/,
    read: (doc) => {
      const body = sectionBody(doc, /预算单位构成|单位构成|预算单位范围|编制范围/, 3)
      // "下属二级预算单位0个", "无下属二级预算单位", "下辖 0 个预算单位": the count stated, 0 included
      return body.length ? body : sentenceSaying(doc, /只有本级|仅含本级|(?:没有|无)(?:其他|下属)?(?:的)?(?:二级)?预算单位|下属(?:二级)?(?:预算)?单位(?:包括|有|\s*\d+\s*[个家])|(?:下辖|下设|下属|所属)\s*\d+\s*[个家](?:二级)?预算单位/)
    },
  },
  {
    // "设了哪些处室", "内设机构有哪些": the offices the 机构设置 prose lists, its whole paragraph (a list runs on past "；")
    name: 'offices-listed', word: '内设机构', quiet: true,
    // (a hospital's 临床科室, 医技科室 are its departments of care, not the offices its 机构设置 lists)
    asked: /(?:设了?|设有|有|包括)(?:哪些|哪几个|什么)(?:处室|科室|股室|内设机构|职能部门)|(?<!临床|医技|业务)(?:处室|科室|股室|内设机构)(?:都)?(?:有|包括)(?:哪些|哪几个|什么)/,
    read: (doc) => {
      const p = doc.paragraphs.find((x) => !x.heading && /内设机构|内设|下设/.test(x.text) && /[处科股室]/.test(x.text))
      return p ? [{ p, excerpt: p.text.trim() }] : []
    },
  },
  {
    name: 'empty-table', word: '空表的说明',
    asked: /空表/,
    read: (doc) => sentenceSaying(doc, /空表/),
  },
  {
    name: 'tables-listed', word: '所列的表', lead: (quotes) => (quotes.length >= 3 ? `的目录列出${quotes.length}张表` : COUNTED_TABLES.test(quotes[0]?.excerpt ?? '') ? undefined : '的目录列出'),
    asked: TABLES_ASKED,
    read: (doc, text) => {
      const word = (TABLES_ASKED.exec(text)?.[1] ?? '').replace(/^(?:预算|决算)$/, '')
      const listed = tocTables(doc).filter((e) => e.entry.includes(word)).map((e) => ({ p: e.p, excerpt: e.entry.replace(/[;；。]$/, '') }))
      // no 目录: the sentence that counts the tables ("2018年共8张部门预算表格,包括…")
      return listed.length ? listed : sentenceSaying(doc, COUNTED_TABLES)
    },
  },
]


/** The section a question asks of its named documents, quoted; undefined when it asks none of them. */
export function answerSectionAsked(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const ask = SECTION_ASKS.find((a) => a.asked.test(text))
  if (!ask || !targets.length || targets.length > 3) return undefined
  // a list no document prints is left to the other readings (its count, a sentence naming it), not said missing here
  if (ask.quiet && targets.every((t) => !ask.read(t.doc, text).length)) return undefined
  const outs = targets.map((t) => {
    const docName = `${t.doc.org}${t.doc.year}年${t.doc.scope}文件`
    const quotes = ask.read(t.doc, text)
    if (!quotes.length) return { text: `${docName}中没有写明${ask.word}。`, found: false }
    const parts = quotes.map((q) => {
      const c = paragraphCitation(t.doc, q.p, q.excerpt)
      run.cite(c)
      return `“${c.text ?? q.excerpt}”（${linesText(q.p)}）`
    })
    const where = quotes[0].p.section && t.doc.sections.find((s) => s.id === quotes[0].p.section)
    const own = typeof ask.lead === 'function' ? ask.lead(quotes) : ask.lead
    const lead = own ? `${docName}${own}：` : where ? `${docName}“${(where.printed ?? where.title).replace(/[:：]$/, '')}”写明：` : `${docName}写明：`
    return { text: `${lead}${parts.join('')}`, found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
