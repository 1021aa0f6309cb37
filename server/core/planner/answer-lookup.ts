import { DONE_WORD } from '../lexicon/stage-words.js'
import { fundPartOf, partFundOf } from '../tools/lib/all-funds-first.js'
import { stageOf } from '../schema.js'
import type { Citation, ColumnRole } from '../schema.js'
import type { Explanation } from '../tools/explain-figure.js'
import type { Figure } from '../tools/lib/figure.js'
import type { SetAside } from '../tools/lib/self-consistent-first.js'
import { linesText } from '../tools/lib/verbatim.js'
import type { ConceptHit, QuestionFrame } from './question-frame.js'
import { answerStatedCounts, statedCountsAsked } from './answer-stated-count.js'
import { isStatedCount } from './rules/stated-count.js'
import { statedNone } from './rules/stated-none.js'
import { PARTS_OF_WHOLE, statedPartsAnswer } from './rules/stated-parts-asked.js'
import { columnByWords } from './rules/column-words.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, accountsLabel, labelOf, orgYear, stageWord, quoteOf } from './compose.js'
import { explanationFor, figureFor, FUND_WORDS } from './figure-for.js'
import { notFoundInDoc } from './not-found.js'
import type { Target } from './resolve-scope.js'
import { compactText } from '../search/normalize-text.js'
import { COLUMN_WORD, rowColumnsAnswer } from './answer-row-columns.js'
import { rowFundColumns } from './rules/row-fund-columns.js'
import { withoutBaselineAmounts } from './rules/other-year-amount.js'
import { fundSourceAsked, fundSourceText } from './rules/fund-source.js'
import { otherFundOnly } from '../lexicon/fund-names.js'


/** The subject as the answer names it. */
export function askedName(s: ConceptHit): string {
  return s.code ? s.code : s.name
}

interface Ask { subject: ConceptHit; column?: ColumnRole }

/**
 * Rule `one-cell-one-subject`: two different things asked ("人员经费和公用经费", "项目支出" beside "一般公共预算")
 * never get the same cell. When a later subject falls back to a cell an earlier one already answered, the table has
 * no figure of its own for it: not found, rather than the same figure stated for both.
 */
type CellCitation = { rowId?: string; paragraphId?: string; tableId?: string; column?: string; value?: string }

/** The cell (or paragraph figure) a citation points at, within one document: one key for one printed figure. */
export const cellKey = (docId: string, c: CellCitation) => `${docId}|${c.rowId ?? c.paragraphId ?? c.tableId}|${c.column ?? ''}|${c.value ?? ''}`

export function claimsCell(used: Map<string, string>, t: Target, f: { citation: CellCitation }, asked: string): boolean {
  const key = cellKey(t.doc.id, f.citation)
  const before = used.get(key)
  if (before !== undefined && before !== asked) return false
  used.set(key, asked)
  return true
}

function oneFigure(inp: HandlerInput, t: Target, { subject, column }: Ask, compact: boolean, explain: boolean, used: Map<string, string>): { text: string; found: boolean } {
  const { run } = inp
  const r = figureFor(run, t, subject, column)
  const missing = (empty?: Citation) => ({ text: notFoundInDoc(run, t, askedName(subject) + (column && COLUMN_WORD[column] ? `的${COLUMN_WORD[column]}` : ''), empty, compact), found: false })
  // (a plain amount column read by default gives way to the one the question names by its words: rule column-words)
  const worded = r.figure && !column ? columnByWords(run, t, r.figure, inp.frame.text) : undefined
  if (worded) r.figure = worded
  if (!r.figure || !claimsCell(used, t, r.figure, `${askedName(subject)}|${column ?? ''}`)) return missing(r.empty)
  const f = r.figure
  // rule other-fund-table: a question naming one fund ("一般公共预算收入总计") is never answered from a table of another
  // fund only (the 政府性基金预算收支表's 收入总计): that fund's table does not hold the figure asked
  if (otherFundOnly(inp.frame.text, f.citation.tableTitle)) return missing()
  // rule standard-asked: a rate per head or per unit asked ("人均补助标准", "生均公用经费标准", "每亩补助多少") is never the
  // subject's whole amount: only a figure read where the document states the standard answers it
  const standard = STANDARD_ASKED.exec(inp.frame.text)?.[0]
  if (standard && !STANDARD_WORD.test(f.citation.text ?? '') && !STANDARD_WORD.test(f.label ?? '')) {
    const stated = standardStated(inp, t, labelOf(f, subject.name))
    if (stated) return { text: stated, found: true }
    return { text: `没有找到${orgYear(t)}“${askedName(subject)}”的${standard.replace(/是?多少$/u, '')}：文件所列${labelOf(f, subject.name)}${figureText(f)}是全年的总额，不是标准。`, found: false }
  }
  const none = f.fen === 0 ? statedNone(run.vocabulary, t.doc, subject.name) : undefined
  if (none) {
    run.cite(none.citation)
    return { text: `${orgYear(t)}没有${labelOf(f, subject.name)}：文件写明“${none.citation.text ?? none.sentence}”。`, found: true }
  }
  // rule fund-part-no-reading: the whole read from an all-funds table (支出总表's 基本支出), a one-fund table's smaller
  // figure (一般公共预算支出表's) is that fund's part, not another reading: said only when the question names a fund
  const others = FUND_NAMED.test(inp.frame.text) ? r.others : r.others.filter((o) => !fundPartOf(f, o))
  // rule coded-row-fund-part: a 功能科目 row (its code printed) read from the all-funds 支出表 is followed by its
  // 财政拨款 part where a one-fund table prints a smaller figure for the same code — said as the part it is ("其中…"),
  // never as another reading of the whole
  // (a whole asked as such, "总共多少（含事业收入）", is answered whole: no part beside it)
  const parts = others === r.others || WHOLE_ASKED.test(inp.frame.text) ? [] : codedFundParts(f, r.others)
  run.cite(f.citation, ...others.map((o) => o.citation), ...parts.map((o) => o.citation))
  const col = column && column !== 'total' && COLUMN_WORD[column] && f.citation.tableTitle && !f.citation.tableTitle.includes(COLUMN_WORD[column]!) ? `中${COLUMN_WORD[column]}` : ''
  // a 决算's prose states its 收入/支出 as the year's accounts, and so does a 决算 table's column that is no budget
  // column: the asked total's 预算 (the concept's name) is said as 决算 there
  const staged = accountsLabel(labelOf(f, subject.name), f, t.doc.scope)
  // rule code-asked: "科目编码是多少" — the row's subject code said beside its name
  const coded = f.code && CODE_ASKED.test(inp.frame.text) && !staged.includes(f.code) ? `${staged}（科目编码${f.code}）` : staged
  // rule part-within-coded: a part asked of a coded subject row ("博物馆科目…（含事业收入）") is that row's part only where
  // the figure read sits under the row's code; a figure of the whole department is never said to be the row's
  const parentCode = subject.parent ? codedRowCode(t, subject.parent) : undefined
  const outside = !!parentCode && !(f.code && f.code !== parentCode && f.code.startsWith(parentCode))
  const label = (subject.parent && !outside ? `${subject.parent}中的` : '') + coded
  const outsideNote = outside ? `（文件没有分列${subject.parent}的${coded}，这是${t.doc.org}全部的${coded}）` : ''
  if (compact) return { text: `${t.doc.org}（${t.year}年）${label}${col}：${figureText(f)}`, found: true }
  // a figure of a table of the year asked (a budget's 执行情况表 of the year before) is no 上年预算数 column
  const ownYearTable = t.doc.tables.find((x) => x.id === f.citation.tableId)?.year === t.year
  // (the column named as printed where it says which figure it holds: "2024年执行数" is no 上年预算数)
  const priorColumn = f.citation.column && DONE_WORD.test(f.citation.column) && !/预算/u.test(f.citation.column) ? f.citation.column : undefined
  const prior = t.year === t.doc.year || ownYearTable ? '' : r.note ? `（${r.note}）` : priorColumn ? `（取自${t.doc.year}年${stageOf(t.doc.scope)}文件的“${priorColumn}”栏）` : `（取自${t.doc.year}年${stageOf(t.doc.scope)}文件的上年${stageOf(t.doc.scope)}数）`
  // each other reading names its table: the reader sees which fund or scope it counts
  const otherText = [...others.map((o) => `${o.citation.tableTitle ? `《${o.citation.tableTitle}》中` : '另一张表中'}为${figureText(o)}`), ...parts.map((o) => `其中${partFundOf(o)}${figureText(o)}${o.citation.tableTitle ? `（《${o.citation.tableTitle}》）` : ''}`), ...(r.setAside ? [setAsideText(r.setAside, f)] : [])].join('；')
  const why = explain && f.fen !== undefined && t.year === t.doc.year ? explanationFor(run, t, subject.name, f.fen) : undefined
  // (a sentence stating the same amount of the other side, "一般公共预算支出1,867.48万元" for 收入总计, explains nothing of it)
  const said = why && sideFits(label, why.e.quote ?? why.e.sentence) ? lookupQuote(why.e) : undefined
  if (said && why) run.cite(why.c, ...why.more)
  const source = fundSourceAsked(inp.frame.text) ? fundSourceText(run, t, f) : undefined
  return {
    text: joinSentences([`${orgYear(t)}${label}${col}${worded ? `的“${f.citation.column?.split(' › ').pop()?.trim()}”` : r.stage ?? ownColumnWord(f) ?? stageWord(t, label + col, f.citation.column)}为${figureText(f)}${prior}${outsideNote}`, otherText, source, said]),
    found: true,
  }
}

/** A quote speaking of one side only (收入 or 支出) fits a label of that side, or of none. */
function sideFits(label: string, quote: string): boolean {
  const side = (x: string) => (/收入/u.test(x) && !/支出/u.test(x) ? '收入' : /支出/u.test(x) && !/收入/u.test(x) ? '支出' : undefined)
  // (the subject the quote states its first amount for: the clause right before it)
  const first = /\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)/u.exec(quote)
  const subject = first ? quote.slice(0, first.index).split(/[，,；;。：:]/u).pop() ?? '' : ''
  const [a, b] = [side(label), side(subject)]
  // (…unless it states the label's side too: "收入总计3349.97万元，支出总计3349.97万元")
  return !a || !b || a === b || quote.includes(a)
}

/** A whole asked with every source in it: 总共, 一共, 含事业收入, 全部资金. */
const WHOLE_ASKED = /总共|一共|[含包]括?\p{Script=Han}{0,6}收入|全部资金|所有资金/u

/** The one-fund tables' smaller figures for the coded row read from an all-funds table, one per fund (rule coded-row-fund-part). */
function codedFundParts(whole: Figure, others: Figure[]): Figure[] {
  if (!whole.code || !/^\d{5,7}$/.test(whole.code)) return []
  const seen = new Set<string>()
  return others.filter((o) => {
    const fund = partFundOf(o)
    if (!fund || o.code !== whole.code || !fundPartOf(whole, o) || !o.fen || seen.has(fund)) return false
    seen.add(fund)
    return true
  })
}

/**
 * A reading set aside (rule self-consistent-first), said without its figure: a wrong amount beside the right one is
 * read as an answer. Where it stands (table, line) lets a reader check it.
 */
function setAsideText(s: SetAside, f: { citation: { tableNumber?: string; tableTitle?: string } }): string {
  const c = s.citation
  const where = c.tableNumber ?? (c.tableTitle ? `《${c.tableTitle}》` : '另一张表')
  const line = c.lines?.[0] ? `第${c.lines[0]}行` : ''
  const agree = f.citation.tableNumber ?? (f.citation.tableTitle ? `《${f.citation.tableTitle}》` : '其他表')
  return `${where}${line ? `（${line}）` : ''}所印的该项合计与其自身各分项之和不符（文件自身不一致），以上取与各分项之和相符的${agree}数字`
}

/** Where a sentence turns to the baseline: "，比2024年预算…", "，较上年决算…". */
const BASELINE_CLAUSE = /[，,；;]\s*(?:比|较|与|同)\s*(?:上一?年度?|去年|\d{4}\s*年)/u
const AMOUNT = /\d\s*(?:亿元|万元|千元|元)/u

/**
 * The prose beside a looked-up figure: quoted whole, unless it prints the baseline year's amount ("比2024年预算50.80万元
 * 增加…"), a figure the year asked does not own: then quoted up to that comparison (the cut marked ……), with its stated
 * reason when that prints no amount.
 */
function lookupQuote(e: Explanation): string | undefined {
  // rule other-year-amount: the baseline's own amount cut from the change clause, the change itself kept
  // ("较2024年的……减少221万元"); where that clause is written otherwise, the quote stops before it
  const q = e.quote ?? e.sentence
  const cleaned = withoutBaselineAmounts(q)
  if (!e.change?.baselineAmount || cleaned !== q) return `文件说明：${quoteOf({ ...e, quote: cleaned })}`
  const cut = q.search(BASELINE_CLAUSE)
  const head = cut > 0 && AMOUNT.test(q.slice(0, cut)) ? `${q.slice(0, cut)}……` : undefined
  const reason = e.reasonQuote && !AMOUNT.test(e.reasonQuote) ? e.reasonQuote : e.reason && !AMOUNT.test(e.reason) ? `主要原因：${e.reason}` : undefined
  if (!head && !reason) return undefined
  return `文件说明：${[head, reason].filter(Boolean).join('')}${e.lines?.length ? linesText(e.lines) : ''}`
}

/** A figure that is no money (自评得分 93.5分) is named by its column's own words, not by the document's stage (决算为). */
function ownColumnWord(f: { fen?: number; citation: { column?: string } }): string | undefined {
  const leaf = f.citation.column?.split(' › ').pop()?.trim()
  return f.fen === undefined && leaf && !/预算|决算|合计|总计|小计|金额|数$|^第\d+列$/.test(leaf) ? leaf : undefined
}

/** A rate per head or per unit asked: 人均补助标准, 生均公用经费, 每亩补助多少, 补助标准. */
const STANDARD_ASKED = /(?:人均|生均|户均|亩均|每人|每名|每户|每亩|每生|每个|每平方米)[^，,。？?]{0,10}?(?:标准|补助|经费)?(?:是)?多少|(?:人均|生均|户均|亩均)?(?:补助|补贴|经费|拨款)标准|定额标准/u
/** Words of a standard where the document states one. */
const STANDARD_WORD = /标准|人均|生均|户均|亩均|每人|每名|每户|每亩|每生|定额/u

/** The standard as the document states it: a 绩效 indicator naming the subject and a standard ("人均基本公共卫生服务经费补助标准 | 94 | 元"). */
function standardStated(inp: HandlerInput, t: Target, subject: string): string | undefined {
  const key = compactText(subject).slice(0, 4)
  const r = inp.run.run('performance-targets', { docId: t.doc.id, limit: 50 })
  if (!r.ok) return undefined
  const best = r.targets.find((x) => STANDARD_WORD.test(x.indicator) && compactText(x.indicator).includes(key) && !!x.target)
  if (!best) return undefined
  const c = r.citations.find((x) => x.rowId === best.rowId)
  inp.run.cite(c)
  return joinSentences([`${t.doc.org}${best.year}年绩效目标写明“${best.indicator}”为${best.text.replace(/^=/, '')}（${c?.tableTitle ?? ''}）`])
}

/** The question asks a subject's code: 科目编码, 功能分类编码, 科目代码, 编码是多少, 哪个(功能)科目编码, 对应什么科目. */
// (…and asked with the amount: "科目编码和金额")
const CODE_ASKED = /(?:科目|分类)?(?:编码|代码|编号)(?:是|为)?(?:多少|什么|几)|(?:科目|分类)(?:编码|代码)(?:和|与|及|、|以及)|(?:哪个|哪一个|什么|哪一?项)(?:功能|经济)?(?:分类)?(?:科目)?(?:编码|代码|编号)|(?:对应|属于|是|用的?是?)(?:哪个|哪一个|什么|哪一?项|哪一?类)(?:功能|经济)?(?:分类)?科目/u

/** Lookup: each subject (× each column asked) per document; several documents answered compactly, one line each. */
export function answerLookup(inp: HandlerInput): HandlerOutput {
  const { frame, scope } = inp
  const subjects = frame.concepts.filter((c, i, a) => c.kind !== 'count' && !isStatedCount(inp.run.vocabulary, c) && a.findIndex((x) => x.name === c.name && x.code === c.code) === i)
  const asks: Ask[] = subjects.flatMap((subject) => (frame.columns.length ? frame.columns.map((column) => ({ subject, column })) : [{ subject }]))
  // a row, then sources of money its table prints as its columns ("某经费，一般公共预算拨款和上年结转各多少")
  const sources = frame.columns.length ? undefined : rowFundColumns(inp, subjects)
  if (sources) return sources
  const compact = scope.targets.length > 1
  // rule stated-parts: a whole the prose states, asked with its parts
  if (!compact && subjects.length === 1 && !frame.columns.length && PARTS_OF_WHOLE.test(frame.text)) {
    const told = statedPartsAnswer(inp, scope.targets[0], subjects[0])
    if (told) return { answer: told }
  }
  // one document, columns asked of a subject row: every column read from that one row
  const byRow = !compact && frame.columns.some((c) => c !== 'total')
  const used = new Map<string, string>()
  const parts = byRow
    ? scope.targets.flatMap((t) => subjects.map((s) => rowColumnsAnswer(inp.run, t, s, frame.columns, qualifierBefore(frame, s), frame.text)))
    : scope.targets.flatMap((t) => asks.map((a) => oneFigure(inp, t, a, compact, asks.length === 1, used)))
  const found = parts.filter((p) => p.found)
  if (!found.length && compact) {
    return { answer: `未找到“${subjects.map(askedName).join('、')}”的金额：所收录的文件中都没有这一项。`, notFound: true }
  }
  // several documents: the figures first, then in one clause the documents that list none
  const missing = parts.filter((p) => !p.found).map((p) => p.text.replace(/：未列出$/, ''))
  const listed = `${subjects.map((s) => s.name).join('、')}（按单位）：${found.map((p) => p.text).join('；')}`
  const body = compact ? listed + (missing.length ? `。未列出该项的：${missing.join('、')}` : '') : parts.map((p) => p.text).join('')
  // "…运行维护费是多少？保有量多少辆？": the counts the prose states, after the figures
  const counts = statedCountsAsked(inp)
  const told = counts.length ? answerStatedCounts(inp, counts) : undefined
  return { answer: joinSentences([body]) + (told?.answer ?? ''), notFound: !found.length && (told?.notFound ?? true) }
}

/**
 * The words the question writes right before a subject that no term claimed ("一般公共" + 预算总收入): the subject as
 * written with them, so the prose is read for that fund's line, never another fund's (政府性基金预算总收入).
 */
function qualifierBefore(frame: QuestionFrame, s: ConceptHit): string | undefined {
  if (s.kind !== 'lexicon' || !s.surface) return undefined
  // the Han words right before it, after the organisation, the year and a level word (县本级, 的)
  const before = frame.text.slice(0, s.start)
  const orgEnd = Math.max(0, ...frame.orgs.map((o) => (o.end <= s.start ? o.end : 0)))
  const run = /[\p{Script=Han}]{2,8}$/u.exec(before.slice(orgEnd))?.[0].split(/[年级的]/u).pop() ?? ''
  return run.length >= 2 && !/^(?:今年|去年|明年|本年)$/u.test(run) ? `${run}${s.surface}` : undefined
}

/** A fund named in the question (公共财政 too): its part of a whole is asked ("总共多少？其中一般公共预算多少"). */
const FUND_NAMED = new RegExp(`${FUND_WORDS.source}|公共财政`, 'u')

/** The subject code of a coded row the document prints under this name (博物馆 → 2070205), if any. */
function codedRowCode(t: Target, name: string): string | undefined {
  const want = compactText(name)
  for (const table of t.doc.tables) for (const r of table.rows) if (r.code && compactText(r.name) === want) return r.code
  return undefined
}
