import { isProseColumn } from '../tools/find-prose-figure.js'
import type { Citation } from '../schema.js'
import { sectionYear } from '../tools/lib/section-year.js'
import type { ExplainFigureInput, Explanation } from '../tools/explain-figure.js'
import type { Figure } from '../tools/lib/figure.js'
import type { SetAside } from '../tools/lib/self-consistent-first.js'
import type { ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'
import type { Amount, ColumnRole, MoneyUnit, TableKind } from '../schema.js'
import { stageOf } from '../schema.js'
import { moneyFields } from '../tools/lib/figure.js'
import { moneyText, printed } from '../tools/lib/money.js'
import { operandOf } from './operands.js'
import { printedAliasOf } from './rules/alias-row.js'
import { WHOLE_ASKED } from '../tools/lib/fiscal-own-line.js'
import { THIS_YEAR_TOTAL } from './rules/this-year-total.js'
import { printedColumnFigure } from './rules/alias-column.js'
import { ALL_FUNDS, ONE_FUND } from '../tools/lib/all-funds-first.js'
import { partInParentRow } from './rules/part-in-parent-row.js'
import { foldMeaning } from '../read/meaning-view.js'
import { compactText } from '../search/normalize-text.js'
import { proseAsAsked } from './rules/prose-as-asked.js'
import { fiscalPartFigure } from './rules/fiscal-part.js'

export interface FigureLookup {
  figure?: Figure
  /** how a figure not printed in a table was obtained (a prior year stated or implied by the prose) */
  note?: string
  others: Figure[]
  /** the row exists but its cell is empty */
  empty?: Citation
  /** a reading set aside: its own table's parts add up to the figure given (rule self-consistent-first) */
  setAside?: SetAside
  /** the stage the figure is of, where the prose's part says it (执行数 of the year before's execution, rule prose-of-year) */
  stage?: string
}

/** One subject in one document: the table cell (get-figure), else the figure the prose states (find-prose-figure). */
export function figureFor(run: ToolRunner, t: Target, subject: ConceptHit, column?: ColumnRole, sameTableAs?: { tableKind?: string }): FigureLookup {
  if (subject.fiscalPart) return { ...fiscalPartFigure(run, t, subject, column), others: [] }
  if (subject.kind === 'project' && !subject.alsoRow) return { figure: projectFigure(run, t, subject.name), others: [] }
  if (sameTableAs?.tableKind) {
    // a share's parts read from one table: 人员经费 ÷ 基本支出 both from the 基本支出表; a line named as printed
    // (本年收入合计, rule this-year-total) is that line of the table, not its 总计
    const tableKind = sameTableAs.tableKind as TableKind
    const printedLine = printedAliasOf(subject)
    const asPrinted = printedLine && THIS_YEAR_TOTAL.test(printedLine) ? run.run('get-figure', { ...figureInput(t, { ...subject, name: printedLine }, column), asPrinted: true, tableKind }) : undefined
    if (asPrinted?.ok) return { figure: asPrinted.figures[0], others: [] }
    const same = run.run('get-figure', { ...figureInput(t, subject, column), tableKind })
    if (same.ok) return { figure: same.figures[0], others: [] }
  }
  const inParent = !column ? partInParentRow(run, t, subject) : undefined
  if (inParent) {
    const whole = t.year === t.doc.year ? allFundsInProse(run, t, subject, inParent, []) : undefined
    return whole ? { figure: whole, others: [inParent] } : { figure: inParent, others: [] }
  }
  const printedName = printedAliasOf(subject)
  if (printedName) {
    const asPrinted = (name: string) => run.run('get-figure', { ...figureInput(t, { ...subject, name }, column), asPrinted: true })
    let own = asPrinted(printedName)
    // "支出合计" where the 总表 prints only 本年支出合计 (its 总计 adds the carry-over): that line (rule this-year-total)
    if (!own.ok && /^(?:收入|支出)合计$/u.test(printedName)) own = asPrinted(`本年${printedName}`)
    if (own.ok) {
      const [f] = own.figures
      // rule all-funds-first, for a printed line: one read only from a one-fund table (本年支出合计 of the 财政拨款收支总表,
      // the all-funds 总表's own line unread) gives way to the concept's all-funds reading when no fund is named
      if (subject.tableKind || !ONE_FUND.has(f.tableKind ?? '')) return { figure: f, others: own.others }
      const whole = run.run('get-figure', figureInput(t, subject, column))
      if (whole.ok && ALL_FUNDS.has(whole.figures[0].tableKind ?? '') && whole.figures[0].fen !== f.fen) return { figure: whole.figures[0], others: [f, ...whole.others] }
      return { figure: f, others: own.others }
    }
    // rule alias-column: printed as a column of the 收入表 (收入决算表 › 财政拨款收入) rather than a row
    const inColumn = !column ? printedColumnFigure(t, printedName) : undefined
    if (inColumn) return { figure: inColumn, others: [] }
  }
  // rule fund-side-line: a fund's side asked (一般公共预算收入) of a place's report whose table prints that fund's own line
  // (一般公共预算收入合计 of its 收支预算表): that line, never the 收入总计 with transfers the side word alone reads
  const side = /^(收入|支出)(?:预算|决算)?数?$/u.exec(compactText(subject.surface))?.[1]
  if (subject.fund && side && t.doc.scope.startsWith('财政')) {
    for (const name of [subject.fund + side, `${subject.fund}${side}合计`]) {
      const line = run.run('get-figure', { ...figureInput(t, { ...subject, name }, column), asPrinted: true })
      if (line.ok) return { figure: line.figures[0], others: line.others }
    }
  }
  const prior = t.year !== t.doc.year
  const input = figureInput(t, subject, column)
  let r = run.run('get-figure', input)
  // "人员经费" where no column prints it: the 基本支出表's own "人员经费合计" line
  if (!r.ok && subject.kind === 'column' && input.name) r = run.run('get-figure', { ...input, name: `${input.name}合计` })
  // a level marker that does not fit ("医疗救助（类）" where it is a 款): the row of that name at its own level
  if (!r.ok && input.level) r = run.run('get-figure', { ...input, level: undefined })
  // rule words-as-printed: the concept's forms found nothing ("总收入" read as 收入预算 on a hospital's indicator
  // table): the row printed with the question's own words
  const surface = compactText(subject.surface)
  if (!r.ok && !subject.code && surface.length >= 3 && surface !== compactText(subject.name)) {
    let own = run.run('get-figure', { ...input, name: surface, asPrinted: true })
    // (…with the concept's side word the question left out: 财政拨款 of 一般公共预算拨款收入 printed 财政拨款收入)
    // (a fund's money, 一般公共预算资金 / 拨款, is its income)
    const side = /(?:收入|支出)$/u.exec(subject.name)?.[0] ?? (/(?:资金|拨款)$/u.test(subject.name) ? '收入' : undefined)
    if (!own.ok && side && !/(?:收入|支出)$/u.test(surface)) own = run.run('get-figure', { ...input, name: surface + side, asPrinted: true })
    if (own.ok) r = own
  }
  if (r.ok) {
    const whole = !prior && (!column || column === 'total') ? allFundsInProse(run, t, subject, r.figures[0], r.others) : undefined
    if (whole) return { figure: whole, others: [r.figures[0], ...r.others] }
    return { figure: r.figures[0], others: r.others, ...(r.setAside ? { setAside: r.setAside[0] } : {}) }
  }
  const empty = r.citations[0]
  if (prior) return proseOfYear(run, t, subject, column) ?? priorFromProse(run, t, subject, column) ?? { others: [], empty }
  if (subject.code) return { others: [], empty }
  // a 决算 column no table prints, as the prose states it for the subject ("完成全年预算5.3万元", "支出决算为2.02万元")
  if (column && isProseColumn(column) && stageOf(t.doc.scope) === '决算') {
    // (the question's own words first: a place's report states 一般公共预算收入 年初预算安排…, never the row's name)
    const said = compactText(subject.surface) + (subject.side ?? '')
    const r = run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, column, ...(said !== compactText(subject.name) ? { asWritten: said } : {}) })
    if (r.ok) return { figure: r.figures[0], others: [] }
  }
  const proseName = column && column !== 'total' ? undefined : subject.name
  if (!proseName) return { others: [], empty }
  // the question's own words first (本年收入, 支出总计 as the prose prints them), then the concept's prose forms: a
  // 决算's prose states 收入总计 and 本年收入 apart, and the concept reads both as the income total
  const own = proseAsAsked(run, t, subject)
  if (own) return { figure: own, others: [] }
  const p = run.run('find-prose-figure', { docId: t.doc.id, name: proseName, kind: 'money', ...(subject.qualifier ? { near: [subject.qualifier] } : {}) })
  if (p.ok && sideAgrees(p.figures[0], subject.side)) return { figure: p.figures[0], others: [] }
  const sibling = siblingProse(run, t, proseName)
  if (sibling) return { figure: sibling, others: [] }
  const part = subject.parent ? partInProse(run, t, subject.parent, proseName) : undefined
  return part ? { figure: part, others: [] } : { others: [], empty }
}

/**
 * Rule `side-agrees`: a figure the prose states for a concept asked by its side (一般公共预算收入, read as 一般公共预算
 * with side 收入) is never one whose own clause names the other side right before it ("…一般公共预算支出 62.99亿元"):
 * a page whose columns ran together (a yearbook's two columns) may print a 收入 sentence into a 支出 one.
 */
function sideAgrees(f: Figure, side: '收入' | '支出' | undefined): boolean {
  if (!side) return true
  const text = compactText(foldMeaning(f.citation.text ?? ''))
  const at = text.indexOf(f.amount.text.replace(/\s+/gu, ''))
  if (at < 0) return true
  const clause = text.slice(0, at).split(/[，,；;。:：]/u).pop() ?? ''
  const other = side === '收入' ? '支出' : '收入'
  return !clause.includes(other) || clause.lastIndexOf(side) > clause.lastIndexOf(other)
}

/**
 * A 部门预算 published as tables only, its explanation published as the 单位预算 of the same organisation and year: the
 * figure the sibling document's prose states (cited to that document).
 */
export const tablesOnly = (t: Target) => !t.doc.paragraphs.some((p) => !p.heading && p.text.length > 40)

function siblingProse(run: ToolRunner, t: Target, name: string): Figure | undefined {
  if (!tablesOnly(t)) return undefined
  const r = run.run('find-prose-figure', { org: t.doc.org, year: t.doc.year, name, kind: 'money' })
  return r.ok ? r.figures.find((f) => f.docId !== t.doc.id && f.org === t.doc.org && f.year === t.doc.year) : undefined
}

const MONEY_TEXT = /^(-?\d[\d,]*(?:\.\d+)?)(亿元|万元|千元|元)$/

/** A money Figure read from a paragraph (or computed from what it states), cited to that paragraph. */
function paragraphFigure(t: Target, label: string, amount: Amount, c: Citation): Figure {
  return {
    docId: t.doc.id, org: t.doc.org, year: t.year, label, amount, text: printed(amount), ...moneyFields(amount),
    citation: { ...c, value: amount.text, unit: amount.unit },
  }
}

/**
 * The prior year when no table prints it: the amount the prose gives for it ("比2023年预算数1572.13万元增加…"),
 * else this year's figure less the change the prose states ("12.50万元，比2023年减少1.30万元" → 13.80万元).
 */
function priorFromProse(run: ToolRunner, t: Target, subject: ConceptHit, column?: ColumnRole): FigureLookup | undefined {
  if (column && column !== 'total') return undefined
  const cur = figureFor(run, { doc: t.doc, year: t.doc.year }, subject, column)
  const r = run.run('explain-figure', { docId: t.doc.id, name: subject.name, ...(cur.figure?.fen ? { fen: cur.figure.fen } : {}) })
  const ch = r.ok ? r.explanations[0].change : undefined
  if (!r.ok || !ch || ch.baselineYear !== t.year) return undefined
  // (a sentence stating another figure, "财政拨款支出10421.56万元，占本年支出合计的…", states another figure's change)
  const stated0 = r.explanations[0].statedFen
  if (stated0 !== undefined && cur.figure?.fen && stated0 !== cur.figure.fen) return undefined
  const c = r.citations[0]
  const stage = stageOf(t.doc.scope)
  const stated = `据${t.doc.year}年${stage}文件文字说明`
  if (ch.baselineAmount) return { figure: paragraphFigure(t, subject.name, ch.baselineAmount, c), others: [], note: `${stated}所列` }
  if (!cur.figure?.fen) return undefined
  if (ch.direction === 'flat') return { figure: { ...cur.figure, year: t.year }, others: [], note: `${stated}，与${t.doc.year}年持平` }
  const m = ch.text ? MONEY_TEXT.exec(ch.text) : null
  if (!m || !c.paragraphId) return undefined
  const delta = { paragraphId: c.paragraphId, value: m[1], unit: m[2] }
  const k = run.run('compute', { op: ch.direction === 'down' ? 'sum' : 'difference', operands: [operandOf(cur.figure), delta] })
  const v = k.ok ? MONEY_TEXT.exec(k.result.text) : null
  if (!k.ok || !v) return undefined
  run.cite(cur.figure.citation)
  const amount: Amount = { text: v[1], value: v[1].replace(/,/g, ''), unit: v[2] }
  // both inputs in the result's unit: 元 and 万元 are never mixed in one sum
  const d = k.inputs[1]
  const deltaText = d.fen !== undefined && d.amount.unit !== v[2] ? `${moneyText(d.fen, v[2] as MoneyUnit)}（文件写作${ch.text}）` : ch.text
  // the year asked is the only year whose amount the answer states: the document's own year is named, not its figure
  const how = `${t.doc.year}年${stage}数${ch.direction === 'down' ? '加上' : '减去'}文件所说明的比上年${ch.direction === 'down' ? '减少' : '增加'}的${deltaText}`
  // a change as large as the figure itself: the year before spent nothing
  const none = Number(v[1].replace(/,/g, '')) === 0 ? `，即${t.year}年没有支出` : ''
  return { figure: paragraphFigure(t, subject.name, amount, c), others: [], note: `${stated}推算：${how}${none}` }
}

/**
 * Rule `prose-of-year`: the year before a report's own, asked of it, where its prose has a part of that year
 * ("2023年财政预算执行情况" in the 2024 report, rule year-part-line): the figure that part states for the subject.
 */
const PLAN_CLAUSE = /预算|安排|年初|计划|调整|目标/u

/** "截至2022年底", "2022年末", "到2022年12月31日": a stock stated as at a year's end */
const YEAR_END = /(?:截至|截止|到|至)?((?:19|20)\d{2})年(?:底|末|12月31日)/u
function proseOfYear(run: ToolRunner, t: Target, subject: ConceptHit, column?: ColumnRole): FigureLookup | undefined {
  if ((column && column !== 'total') || subject.code) return undefined
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, kind: 'money' })
  if (!r.ok) return undefined
  for (const f of r.figures) {
    const p = f.citation.paragraphId ? t.doc.paragraphs.find((x) => x.id === f.citation.paragraphId) : undefined
    const part = p && sectionYear(t.doc, p)
    // rule year-end-stock: a balance the sentence states as at the end of the year asked ("截至2022年底,…一般债务余额为
    // 152,995.83万元" in a 2023 document) is that year's, whatever year its section speaks of
    const said = compactText(f.citation.text ?? '')
    const end = YEAR_END.exec(said.slice(0, Math.max(0, said.indexOf(compactText(f.amount.text)))).split('。').pop() ?? '')
    if (end && Number(end[1]) === t.year) return { figure: { ...f, year: t.year }, others: [], stage: '', note: `据${t.doc.year}年${stageOf(t.doc.scope)}文件所写截至${t.year}年底的数` }
    if (part?.year !== t.year) continue
    // (a plan the part restates, "支出预算35.81亿元", "支出预算调整为45.12亿元", is no figure of the year's execution)
    const text = compactText(f.citation.text ?? '')
    const at = text.indexOf(compactText(f.amount.text))
    const clause = at < 0 ? text : text.slice(0, at).split(/[，,；;。：:]/u).pop() ?? ''
    if (PLAN_CLAUSE.test(clause) && !/完成|实现|执行/u.test(clause)) continue
    const stage = part.executed ? '执行数' : '预算数'
    return { figure: { ...f, year: t.year }, others: [], stage, note: `据${t.doc.year}年${stageOf(t.doc.scope)}文件报告${t.year}年${part.executed ? '预算执行情况' : '预算'}的部分` }
  }
  return undefined
}

const WHOLE_TAIL = /(?:预算|总额|支出|经费|资金|合计)+$/
const PART_TAIL = /(?:类|项|部分|方面|预算|支出|经费)+$/

/** a fund named in a sentence: what it states is that fund's part, not the whole */
/** A fund named: 一般公共预算, 政府性基金, 国有资本经营, 财政拨款. */
export const FUND_WORDS = /一般公共预算|政府性基金|国有资本经营|财政拨款/u
/** the sentence that splits the year's whole spending (本年支出合计…，其中基本支出…，项目支出…; 支出预算1,800.00万元，其中…) */
const SPLIT_OF_WHOLE = /支出(?:合计|总计)|本年支出|总支出|支出总额|(?<!基本|项目|人员|公用)支出预算(?=\s*[\d,])/u

/**
 * Rule all-funds-first, from the prose: a part of the year's spending (基本支出, 项目支出, 人员经费, 公用经费) asked with
 * no fund named, that only a one-fund table prints (the
 * 一般公共预算财政拨款支出决算表's 项目支出) while the document's prose states it for every fund ("本年支出合计…，其中基本
 * 支出…，项目支出23,243,030.00元", in a sentence naming no fund): the prose's figure is the subject's, the table's is
 * its one fund's part, kept as the other reading. Undefined when an all-funds table prints the subject (resolve-figure
 * orders those) or the prose states the same amount or none.
 */
function allFundsInProse(run: ToolRunner, t: Target, subject: ConceptHit, f: Figure, others: Figure[]): Figure | undefined {
  const kind = f.tableKind ?? t.doc.tables.find((x) => x.id === f.citation.tableId)?.kind
  if (subject.kind !== 'column' || subject.tableKind || subject.code || !ONE_FUND.has(kind ?? '') || others.some((x) => ALL_FUNDS.has(x.tableKind ?? ''))) return undefined
  const p = run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, kind: 'money' })
  const g = p.ok ? p.figures[0] : undefined
  const said = g && fullSentence(t, g)
  if (!g || g.fen === undefined || g.fen === f.fen || FUND_WORDS.test(said ?? '') || !SPLIT_OF_WHOLE.test(said ?? '')) return undefined
  return g
}

/** The whole sentence (to its 。) a prose figure's clause belongs to: "…其中基本支出…；项目支出799.87万元" splits at "；". */
function fullSentence(t: Target, g: Figure): string | undefined {
  const clause = g.citation.text
  const p = t.doc.paragraphs.find((x) => x.id === g.citation.paragraphId)
  if (!clause || !p) return clause
  const at = p.text.indexOf(clause.replace(/[。；;]$/, ''))
  if (at < 0) return clause
  const start = Math.max(p.text.lastIndexOf('。', at - 1) + 1, 0)
  const end = p.text.indexOf('。', at)
  return p.text.slice(start, end < 0 ? undefined : end + 1)
}

/**
 * A part of a whole as the prose writes it: "其中服务类" of 政府采购预算 is "政府采购服务预算 56.00 万元";
 * else the part's own words in a sentence that names the whole.
 */
function partInProse(run: ToolRunner, t: Target, whole: string, part: string): Figure | undefined {
  const w = whole.replace(WHOLE_TAIL, '')
  const p = part.replace(PART_TAIL, '')
  if (w.length < 2 || p.length < 2) return undefined
  for (const input of [{ name: w + p }, { name: p, near: [w] }]) {
    const r = run.run('find-prose-figure', { docId: t.doc.id, kind: 'money', ...input })
    if (r.ok && (!input.near || foldMeaning(r.figures[0].citation.text ?? '').includes(w))) return r.figures[0]
  }
  return undefined
}

export function figureInput(t: Target, subject: ConceptHit, column?: ColumnRole) {
  const prior = t.year !== t.doc.year
  // a fund named with the subject reads it from that fund's table, where the document has one
  // (the 一般公共预算's 基本支出 where the document prints no 一般公共预算支出表: the fund's own 基本支出表, rule fund-basic-table)
  const has = (k: string) => t.doc.tables.some((x) => x.kind === k)
  const tableKind = !subject.tableKind ? undefined : has(subject.tableKind) ? subject.tableKind : subject.tableKind === 'general-spending' && subject.role === 'basic' && has('basic-spending') ? 'basic-spending' as const : undefined
  return {
    ...(tableKind ? { tableKind } : {}),
    docId: t.doc.id,
    name: subject.code ? undefined : subject.name,
    code: subject.code,
    level: subject.level,
    column: column && column !== 'total' ? column : undefined,
    year: prior ? t.year : undefined,
    ...(WHOLE_ASKED.test(subject.surface) ? { whole: true } : {}),
    ...(GRAND_ASKED.test(compactText(subject.surface)) ? { grand: true } : {}),
  }
}

/** Words that ask a 收支总表's 总计 line (rule grand-total): 收入总计, 收支总计, 收支预算总额, 收入支出总计. */
export const GRAND_ASKED = /总计|^收支|^收入支出/u

/** The prose's explanation of a figure (change against last year, 主要原因), when it states that very figure. */
export function explanationFor(
  run: ToolRunner, t: Target, name: string, fen?: number, requireAnchor = true, asWritten?: string, rowId?: string, againstBudget = false,
): { e: Explanation; c: Citation; more: Citation[] } | undefined {
  const input: ExplainFigureInput = {
    docId: t.doc.id, name, fen, ...(asWritten ? { asWritten } : {}), ...(rowId ? { rowId } : {}), ...(againstBudget ? { about: 'budget-gap' as const } : {}),
  }
  const r = run.run('explain-figure', input)
  if (!r.ok || !r.explanations.length) return undefined
  const e = r.explanations[0]
  if (requireAnchor && !e.anchored) return undefined
  if (!e.change && !e.reason) return undefined
  // the reason's own paragraph, when it comes after the change's: cited with it
  const more = e.reasonQuote ? r.citations.slice(1).filter((c) => c.docId === e.docId && (c.kind === 'row' || (c.kind === 'paragraph' && c.text === e.reasonQuote))) : []
  return { e, c: r.citations[0], more }
}

/** A project's name as its money is printed: without its bracketed phase and a closing 项目. */
const projectKey = (name: string) => compactText(name).replace(/\([^()]*\)/gu, '').replace(/项目$/u, '')

/**
 * Rule `project-money`: a project's money as a figure to compute with: its own row (a 项目支出表 line printed with its
 * name), else the sentence of the prose that states it by name ("其中馆藏档案数字化加工（二期）项目预算96.00万元"); never
 * a row whose shorter name its name happens to hold (文物 of 博物馆馆藏文物保护修复).
 */
function projectFigure(run: ToolRunner, t: Target, name: string): Figure | undefined {
  const key = projectKey(name)
  const row = run.run('get-figure', { docId: t.doc.id, name, ...(t.year !== t.doc.year ? { year: t.year } : {}) })
  const own = row.ok ? row.figures.find((f) => projectKey(f.citation.rowName ?? f.label) === key) : undefined
  if (own) return own
  const prose = run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'money' })
  return prose.ok ? prose.figures.find((f) => f.fen !== undefined && compactText(foldMeaning(f.citation.text ?? '')).replace(/\([^()]*\)/gu, '').includes(key)) : undefined
}
