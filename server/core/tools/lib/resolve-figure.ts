import type { PlaceAccount } from './prose-account.js'
import { stageOfHead } from '../../lexicon/stage-words.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { stageOf, type BudgetDocument, type Citation, type Column, type ColumnRole, type Table, type TableKind } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { rowCitation } from './citation.js'
import { columnSubject, figureOfCell, pickColumn, type Figure } from './figure.js'
import { ALL_FUNDS, allFundsFirst, fundNamed, ONE_FUND } from './all-funds-first.js'
import { selfConsistentFirst, type SetAside } from './self-consistent-first.js'
import { titleSubject } from './title-subject.js'
import { fiscalOwnLine } from './fiscal-own-line.js'
import { stageColumn } from './stage-column.js'
import { findRowsIn, grandRowOf, kindRank, LEVEL_DIGITS, stageRowOf, thisYearRowOf, totalRowOf, yearRowOf, type RowMatch } from './row-search.js'
import { unitsKindColumn } from './member-units.js'

export interface ConceptWant {
  name?: string
  code?: string
  tableKind?: TableKind
  column?: ColumnRole
  columnLabel?: string
  year?: number
  level?: keyof typeof LEVEL_DIGITS
  /** only a row printed with this very name (财政拨款收入 as a row), not the concept the name is also a word for */
  asPrinted?: boolean
  /** the whole side asked (总收入, 收入总计): a place's 平衡表 gives its 总计, not its own line (fiscal-own-line) */
  whole?: boolean
  /** the grand total asked (收入总计, 收支总计): a 收支总表's 总计 line rather than its 本年…合计 (rule grand-total) */
  grand?: boolean
  /** the place's account asked (区本级 → own, 全区 → whole): of a table printing both, that group's columns (rule account-columns) */
  account?: PlaceAccount
}

export interface Resolved {
  figure?: Figure
  /** the same subject read from other tables where the value differs (办公费 in 基本支出 and 项目支出 tables) */
  others: Figure[]
  /** the row exists but the wanted cell is empty: not 0, not stated */
  empty?: Citation
  /** a reading set aside because its own table's parts add up to the figure given (rule self-consistent-first) */
  setAside?: SetAside
}

/** A name fit that means the same name (numbering and variants aside). */
const SAME_NAME = 0.95

const NUMBERED = (t: Table) => t.kind !== 'catalog' && t.kind !== 'performance'

/** A total asked by the bare word (总额, 合计): the whole budget's, never the 合计 of a table of one subject. */
const BARE_TOTAL = /^(?:总额|合计|总计|总数|共计)+$/
const WHOLE_KINDS = new Set<string>(['summary', 'fiscal-summary', 'income', 'spending', 'general-spending'])

/**
 * Rule `bare-total`: "2024年部门预算总额" of a 2025 budget asks the whole budget's prior year; the 合计 row of a 三公,
 * 政府采购 or 政府性基金 table printing a 2024 column is that subject's total, not the budget's, so a bare total word
 * of another year reads only the tables of the whole budget (unless a table kind is asked).
 */
/** A lexicon concept (三公经费, 支出预算…) read from its table kinds: the totals row × the wanted column. */
function fromConceptTables(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  const c = v.conceptOf(want.name)
  if (!c || !c.tableKinds.length) return undefined
  let empty: Citation | undefined
  for (const kind of c.tableKinds.filter((k) => !want.tableKind || k === want.tableKind)) {
    for (const table of doc.tables.filter((t) => t.kind === kind)) {
      const byYear = yearRowOf(table, want.year ?? table.year ?? doc.year)
      // stages down the side (预算数 | 决算数 rows): the stage is the row, the concept's own column the cell
      const staged = byYear ? undefined : stageRowOf(table, want.column, stageOf(doc.scope))
      if (staged === null) continue
      const own = c.row === 'total' && !want.whole ? fiscalOwnLine(doc, table, c.side) : undefined
      const grand = c.row === 'total' && want.grand ? grandRowOf(table, c.side) : undefined
      const row = byYear ?? staged ?? own ?? grand ?? (c.row === 'this-year' ? thisYearRowOf(table, c.side) : totalRowOf(table, c.side, c.row === 'first' ? 'first' : 'total'))
      if (!row) continue
      // (a table of units side by side: the kind's whole in the column its head names, rule units-kind-column)
      const col = (!want.columnLabel && !byYear && !staged && unitsKindColumn(doc, table, kind)) || pickColumn(doc, table, row, { role: staged ? c.column : want.column ?? c.column, year: byYear ? undefined : want.year, label: want.columnLabel, side: c.side, account: want.account })
      if (!col) continue
      const figure = figureOfCell(doc, table, row, col)
      // the concept read from a table's only row (a procurement table's one project) is still the concept
      // a total read for a concept that is one line of it (本年支出合计 of the 财政拨款 table) is named as asked
      // the place's own line of a 平衡表 (本级收入) is named as printed, not as the concept's total
      if (figure) return { figure: (row.isTotal && c.row !== 'this-year') || row === own ? figure : { ...figure, label: c.label }, others: [] }
      empty ??= rowCitation(doc, table, row, col)
    }
  }
  return { others: [], empty }
}

/** The words a part of a figure is headed with. */
const PART_WORD: Partial<Record<ColumnRole, string>> = { basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费' }

/**
 * A column printed under each stage's group (预算数 › 一般公共预算财政拨款 | 决算数 › 一般公共预算财政拨款): the one of the
 * document's own stage (a 决算's accounts, a 预算's budget), never the first group's by position.
 */
function ofDocStage(doc: BudgetDocument, table: Table, col: Column): Column {
  const leaf = compactText(col.path[col.path.length - 1] ?? '')
  const staged = (c: Column) => c.path.length > 1 ? stageOfHead(compactText(c.path[0])) : undefined
  if (!staged(col)) return col
  const want = stageOf(doc.scope) === '决算' ? 'final' : 'initial'
  const same = table.columns.filter((c) => compactText(c.path[c.path.length - 1] ?? '') === leaf && staged(c))
  return same.find((c) => staged(c) === want) ?? col
}

/** Tables of one fund's spending by subject (not the 财政拨款 summary, which adds them). */
const FUND_TABLE: ReadonlySet<string> = new Set(['general-spending', 'gov-fund', 'state-capital'])

/** A fund asked by its name (政府性基金) heading a 三公 table's column with its funding words (政府性基金预算财政拨款): that column. */
const FUND_ASKED = /^(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?$/u
const fundColumn = (asked: string, subject: string) => FUND_ASKED.test(asked) && subject.startsWith(asked) && /^(?:预算)?(?:财政)?拨款$/u.test(subject.slice(asked.length))

/** A name that is a column header (人员经费, 公务接待费, 项目支出): the totals (or only) row × that column. */
function fromColumnHeader(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  // a 决算 column of a column subject (会议费 › 预算数 | 决算数) is its group's business
  if (!want.name || want.column === 'initial' || want.column === 'final') return undefined
  const role = v.columnRoleOf(want.name)
  const n = compactText(want.name)
  // "基本支出中人员经费": a column of a column subject is read from that subject's own table (the 基本支出表) only
  const inner = role && want.column && want.column !== 'total' && want.column !== role ? want.column : undefined
  const hits: { table: Table; fit: number }[] = []
  for (const t of doc.tables.filter(NUMBERED)) {
    if (want.tableKind && t.kind !== want.tableKind && !fundBasicTable(want, inner, t)) continue
    // rule bare-total: the 合计 column of a table of one subject is not the budget's 总额
    if (bareTotalElsewhere(want, doc.year) && !WHOLE_KINDS.has(t.kind)) continue
    // …or from a table that prints the part under it ("基本支出 › 人员经费")
    if (inner && !wholeTable(role, t) && !t.columns.some((c) => c.role === inner && c.path.some((p) => compactText(p) === n))) continue
    const fit = wholeTable(role, t) || inner ? 1 : Math.max(0, ...t.columns.map((c) => (role && c.role === role ? 1 : t.kind === 'three-public' && fundColumn(n, columnSubject(c)) ? 1 : v.names.fit(n, columnSubject(c)))))
    if (fit >= 0.95) hits.push({ table: t, fit })
  }
  // rule all-funds-first: the department's whole spending (支出总表, a 收支总表 or 分单位 table of all funds) before
  // the 财政拨款 table and before one fund's table (一般公共预算), as for 支出预算
  const rank = (k: TableKind) => (k === 'spending' ? -3 : k === 'summary' ? -2 : k === 'fiscal-summary' ? -1 : kindRank(k))
  // (no fund asked, a table of one fund, by its kind or its title, after the others that print the column: the
  // 一般公共预算支出表's 基本支出 › 公用经费 after the 基本支出表 of every fund; the fund asked, its own tables first, an
  // all-funds 基本支出表 only when none of them prints the part)
  const oneFund = (t: Table) => (!want.tableKind ? (FUND_TABLE.has(t.kind) || FUND_TITLE.test(compactText(t.title)) ? 1 : 0) : t.kind === want.tableKind || FUND_TITLE.test(compactText(t.title)) ? 0 : 1)
  hits.sort((a, b) => b.fit - a.fit || oneFund(a.table) - oneFund(b.table) || rank(a.table.kind) - rank(b.table.kind))
  const read = (table: Table): { figure?: Figure; empty?: Citation } | undefined => {
    const byYear = yearRowOf(table, want.year ?? table.year ?? doc.year)
    const staged = byYear ? undefined : stageRowOf(table, want.column, stageOf(doc.scope))
    if (staged === null) return undefined
    const row = byYear ?? staged ?? totalRowOf(table, 'spending') ?? totalRowOf(table, undefined, 'first')
    if (!row) return undefined
    const year = byYear ? undefined : want.year
    const fund = role || table.kind !== 'three-public' ? undefined : table.columns.find((c) => fundColumn(n, columnSubject(c)))
    const picked = role
      ? pickColumn(doc, table, row, { role: inner ?? (wholeTable(role, table) ? 'total' : role), year, account: want.account })
      : fund ?? pickColumn(doc, table, row, { label: lastSegmentLabel(v, table, n), year, account: want.account })
    const col = picked && ofDocStage(doc, table, picked)
    if (!col) return undefined
    // a part asked of the name's column (一般公共预算 › 基本支出) is never another part's column headed by the name
    // ("项目支出 › 一般公共预算" is no 基本支出)
    if (!role && want.column && PART_WORD[want.column] && col.role !== want.column && !col.path.some((p) => compactText(p).includes(PART_WORD[want.column!]!))) return undefined
    // halves side by side (人员经费合计 | 公用经费合计) print each total on its own row: the one that fills the column
    const filled = byYear ? undefined : table.rows.find((r) => r.isTotal && r !== row && r.side === row.side && figureOfCell(doc, table, r, col))
    const figure = figureOfCell(doc, table, row, col) ?? (filled && figureOfCell(doc, table, filled, col))
    return figure ? { figure } : { empty: rowCitation(doc, table, row, col) }
  }
  let empty: Citation | undefined
  for (const [i, { table }] of hits.entries()) {
    const r = read(table)
    if (!r?.figure) {
      empty ??= r?.empty
      continue
    }
    // the other tables' readings that differ: one fund's part beside the whole, or the other funds beside one (rule one-fund-named)
    const others = hits.slice(i + 1).flatMap(({ table: t }) => (t.kind !== table.kind && (ONE_FUND.has(t.kind) || ALL_FUNDS.has(t.kind)) ? [read(t)?.figure] : []))
      .filter((f): f is Figure => !!f && f.fen !== 0 && f.fen !== r.figure!.fen)
      .filter((f, j, all) => all.findIndex((g) => g.tableKind === f.tableKind) === j)
    return { figure: fundNamed(r.figure, others), others }
  }
  return empty ? { others: [], empty } : undefined
}

function lastSegmentLabel(v: Vocabulary, table: Table, n: string): string | undefined {
  const c = table.columns.find((c) => v.names.fit(n, columnSubject(c)) >= 0.95)
  return c && columnSubject(c)
}

/**
 * Rule `fund-basic-table`: the 一般公共预算's 基本支出 parts (人员经费, 公用经费) are printed either as the 一般公共预算支出表's
 * 基本支出 › part columns or by the fund's own 基本支出表 (一般公共预算基本支出表): asked of the fund, both are read.
 */
const fundBasicTable = (want: ConceptWant, inner: ColumnRole | undefined, t: Table) => want.tableKind === 'general-spending' && !!inner && t.kind === 'basic-spending'
const FUND_TITLE = /一般公共预算|财政拨款/u

/** 基本支出 asked of a row of the 基本支出表 (or 项目支出 of the 项目支出表) means that table's total column. */
const wholeTable = (role: ColumnRole | undefined, t: Table) =>
  (role === 'basic' && t.kind === 'basic-spending') || (role === 'project' && t.kind === 'project-spending')

/**
 * A row found by code under another name ("森林草原防灭火专项" coded 2130234 in a 项目支出表, beside the function row
 * 林业草原防灾减灾) is a project charged to that code, one of possibly several: not the same subject printed twice.
 */
// (and a project's row in the 政府采购预算表 is what it buys, not what it is budgeted)
function sameSubject(want: ConceptWant, figure: Figure, other: Figure): boolean {
  if (!want.code || want.name) return true
  const [a, b] = [figure.label, other.label].map((n) => n.replace(/[\s（）()]/g, ''))
  return a.includes(b) || b.includes(a)
}

/** A subject's income (收入决算表 by code) is not a second reading of its spending: 决算 income and spending differ. */
const incomeBeside = (figure: Figure, other: Figure) => other.tableKind === 'income' && figure.tableKind !== 'income'

/** A subject row by code or name × the wanted column (default the total of the year asked). */
function fromRows(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  if (!want.name && !want.code) return undefined
  const codeLength = want.level && LEVEL_DIGITS[want.level]
  // a column word asked as a name (基本支出) is a row only by that very name, never a short row inside it ("支出")
  const minFit = want.asPrinted || v.columnRoleOf(want.name) ? SAME_NAME : 0.85
  const matches = findRowsIn(v, [doc], { name: want.name, code: want.code, tableKind: want.tableKind, minFit, codeLength }).filter((m) => NUMBERED(m.table) && !otherSide(want.name, m) && !subjectTotal(want, m, doc.year))
  if (!matches.length) return undefined
  const columnOf = (m: RowMatch) =>
    pickColumn(doc, m.table, m.row, { role: wholeTable(want.column, m.table) ? 'total' : want.column, label: want.columnLabel, year: want.year, account: want.account })
  const figures: Figure[] = []
  let empty: Citation | undefined
  for (const m of rowsHoldingColumn(matches, want, columnOf, doc.year)) {
    const col = columnOf(m)
    if (!col) continue
    const f = figureOfCell(doc, m.table, m.row, col)
    // (a 项目支出表 row found by its project's name is that project's figure: labelled so)
    if (f) figures.push(m.named ? { ...f, label: m.named } : f)
    else empty ??= rowCitation(doc, m.table, m.row, col)
  }
  if (!figures.length) return { others: [], empty }
  // readings of the same name ("一、文化旅游体育与传媒支出") that may agree where the first does not add up
  const alike = () => matches.filter((m) => m.fit >= SAME_NAME).flatMap((m) => { const c = columnOf(m); const f = c && figureOfCell(doc, m.table, m.row, c); return f ? [f] : [] })
  const consistent = selfConsistentFirst(doc, want.tableKind ? figures : allFundsFirst(figures), alike)
  const [figure, ...rest] = consistent.figures
  const setAside = consistent.setAside ? { setAside: consistent.setAside } : {}
  // (a table that also prints the figure read, on another of its rows of the name, does not disagree with it: its row
  // of another amount is another line of that name, 上年结转's 一般公共预算拨款 under the year's own)
  const tableOf = (f: Figure) => (f.citation.kind === 'row' ? f.citation.tableId : undefined)
  const agrees = (f: Figure) => [figure, ...rest].some((g) => g.fen === figure.fen && tableOf(g) !== undefined && tableOf(g) === tableOf(f))
  const others = rest.filter((f, i) => f.fen !== figure.fen && rest.findIndex((g) => g.fen === f.fen) === i && f.tableKind !== figure.tableKind && sameSubject(want, figure, f) && (f.tableKind !== 'procurement' || figure.tableKind === 'procurement') && !incomeBeside(figure, f) && !agrees(f))
  return { figure: fundNamed(figure, others), others, ...setAside }
}

const subjectTotal = (want: ConceptWant, m: RowMatch, docYear: number) => bareTotalElsewhere(want, docYear) && !WHOLE_KINDS.has(m.table.kind)
/** a bare total word asked of another year than the document's (its 上年 column): the tables printing that column may be any subject's */
const bareTotalElsewhere = (want: ConceptWant, docYear: number) => !want.tableKind && want.year !== undefined && want.year !== docYear && BARE_TOTAL.test(compactText(want.name ?? ''))

/**
 * Rule `side-word`: a name that ends in 支出 is never a line of a two-sided table's income side ("政府性基金预算财政拨款"
 * under 年初结转和结余), nor one ending in 收入 a spending line, unless the line itself ends so: 决算 totals print the
 * same fund on both sides with different figures.
 */
function otherSide(name: string | undefined, m: RowMatch): boolean {
  const word = /支出$/.test(compactText(name ?? '')) ? '支出' : /收入$/.test(compactText(name ?? '')) ? '收入' : undefined
  if (!word || !m.row.side || compactText(m.row.name).endsWith(word)) return false
  return m.row.side !== (word === '支出' ? 'spending' : 'income')
}

/**
 * The rows a subject is read from: those of the best name fit; when a column is asked (人员经费 of 社会保障和就业支出),
 * or an earlier year than the document's (its 上年预算数 column), the rows of that same name ("3.公务接待费" is the
 * same name) in tables that have the column come first.
 */
function rowsHoldingColumn(matches: RowMatch[], want: ConceptWant, columnOf: (m: RowMatch) => Column | undefined, docYear: number): RowMatch[] {
  const best = matches[0].fit
  const top = matches.filter((m) => m.fit === best)
  const priorAsked = want.year !== undefined && want.year < docYear
  if (!want.column && !want.columnLabel && !priorAsked) return top
  const sameName = matches.filter((m) => m.fit >= Math.min(best, SAME_NAME))
  const holding = sameName.filter((m) => columnOf(m))
  return holding.length ? holding : top
}

/**
 * A 决算 column of a subject that heads a column group ("公务接待费 › 预算数 | 决算数", "预算数 › 会议费"): the
 * group's column of that stage, in the totals (or only) row.
 */
function fromColumnGroup(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  if (!want.name || (want.column !== 'initial' && want.column !== 'final')) return undefined
  const n = compactText(want.name)
  for (const t of doc.tables.filter(NUMBERED)) {
    if (want.tableKind && t.kind !== want.tableKind) continue
    const group = t.columns.filter((c) => c.path.some((seg) => v.names.fit(n, seg) >= SAME_NAME))
    if (!group.length) continue
    const byYear = yearRowOf(t, want.year ?? t.year ?? doc.year)
    const staged = byYear ? undefined : stageRowOf(t, want.column, stageOf(doc.scope))
    if (staged === null) continue
    const row = byYear ?? staged ?? totalRowOf(t, 'spending') ?? totalRowOf(t, undefined, 'first')
    if (!row) continue
    const filled = new Set(row.cells.filter((c) => c.text !== '').map((c) => c.column))
    const col = staged
      ? group.find((c) => filled.has(c.index)) ?? group[0]
      : group.find((c) => c.role === want.column && filled.has(c.index)) ?? stageColumn(doc, t, group, want.column, filled)
    const figure = col && figureOfCell(doc, t, row, col)
    if (figure) return { figure: { ...figure, label: want.name }, others: [] }
  }
  return undefined
}

/** The 三公 items by name: 因公出国（境）费, 公务接待费, 公务用车购置（及运行）费, 公务用车运行（维护）费, 三公经费. */
const THREE_PUBLIC_ITEM = /^(?:三公经费|因公出国[（(]?境[)）]?费|公务接待费|公务用车购置(?:及运行(?:维护)?)?费|公务用车运行(?:维护)?费)$/

/**
 * Rule `three-public-table-first`: a 三公 item asked by name is the 三公 table's figure (财政拨款, the stage's
 * columns), whether that table prints the item as a row or as a column (预算数 › 公务接待费 | 决算数 › 公务接待费);
 * the economic rows of the 基本支出 table (30217 公务接待费, 30231 公务用车运行维护费) are read only when it has none.
 */
function threePublicFirst(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  if (want.tableKind || want.code || want.level || want.asPrinted || !want.name) return undefined
  if (!THREE_PUBLIC_ITEM.test(compactText(want.name).replace(/[“”"]/g, '')) || !doc.tables.some((t) => t.kind === 'three-public')) return undefined
  // of a 决算 with no stage named, the accounts (决算数), never the budget columns printed first (accountsColumn)
  const column = want.column ?? (stageOf(doc.scope) === '决算' ? 'final' : undefined)
  const inTable: ConceptWant = { ...want, tableKind: 'three-public', column }
  const staged = column === 'initial' || column === 'final'
  for (const t of staged ? [fromRows, fromColumnGroup] : [fromRows, fromColumnHeader]) {
    const r = t(v, doc, inTable)
    if (r?.figure) return r
  }
  return undefined
}

/**
 * Rule `title-subject`: a name no row, concept or column holds that a table's title names ("一般公共预算收入" of
 * 2021年某区一般公共预算收入执行情况表) is that table's total line × the column asked (its total by default).
 */
function fromTitledTable(_v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  if (!want.name || want.code) return undefined
  const n = compactText(want.name)
  for (const table of doc.tables.filter((t) => NUMBERED(t) && titleSubject(doc, t) === n)) {
    const row = totalRowOf(table) ?? totalRowOf(table, undefined, 'first')
    const col = row && pickColumn(doc, table, row, { role: want.column, label: want.columnLabel, year: want.year, account: want.account })
    const figure = row && col && figureOfCell(doc, table, row, col)
    if (figure) return { figure: { ...figure, label: want.name }, others: [] }
  }
  return undefined
}

/** Resolve one concept in one document's tables: lexicon concept, subject row, then column header (a level names a row only). */
export function resolveInTables(v: Vocabulary, doc: BudgetDocument, want: ConceptWant): Resolved {
  const tries = want.level || want.asPrinted ? [fromRows] : [threePublicFirst, fromConceptTables, fromRows, fromColumnHeader, fromColumnGroup, fromTitledTable]
  let empty: Citation | undefined
  // rule grand-total: 收支总计 of an earlier year asked of a document printing a 总计 line is read from that line only;
  // another table's 合计 (the 一般公共预算 table's, whose 2023 column the 收支总表 lacks) is another figure
  // (of the document's own year, the 总计 line is read first, another table's 合计 of the same amount only when no try
  // finds that line: "收支总计" cites the 收支总表's 收入总计/支出总计, not the 支出总表's 合计)
  const earlier = want.year !== undefined && want.year !== doc.year
  const grandIds = want.grand ? new Set(doc.tables.flatMap((t) => [grandRowOf(t), grandRowOf(t, 'income'), grandRowOf(t, 'spending')].flatMap((r) => r?.id ?? []))) : undefined
  // (each try read once: the second pass, any line, reads what the first, 总计 lines only, already read)
  const results = new Map<number, Resolved | undefined>()
  const tried = (i: number) => { if (!results.has(i)) results.set(i, tries[i](v, doc, want)); return results.get(i) }
  const read = (onlyGrand: boolean): Resolved | undefined => {
    for (let i = 0; i < tries.length; i++) {
      const r = tried(i)
      if (r?.figure && onlyGrand && grandIds?.size && !grandIds.has(r.figure.rowId ?? '')) continue
      // a completion rate asked (完成年初预算的%) is a completion column's cell, never a money column a subject's words found
      if (r?.figure && want.column === 'completion' && r.figure.columnRole !== 'completion') continue
      if (r?.figure) return r
      empty ??= r?.empty
    }
    return undefined
  }
  return read(!!grandIds?.size) ?? (earlier ? undefined : summaryGrand(doc, want) ?? read(false)) ?? { others: [], empty }
}

/** Rule grand-total, the year's own: "收支总计" read from the 收支总表's 总计 line (收入总计), where it prints one. */
function summaryGrand(doc: BudgetDocument, want: ConceptWant): Resolved | undefined {
  if (!want.grand) return undefined
  // (the 财政拨款收支总表 asked, or a name saying 财政拨款 ("财政拨款收入总计"), is that table's 总计 line, never the
  // all-funds one; one fund's name has no 总计 line of its own)
  const name = compactText(want.name ?? '')
  if (!want.tableKind && /一般公共预算|政府性基金|国有资本/u.test(name)) return undefined
  const kind = want.tableKind === 'fiscal-summary' || /财政拨款/u.test(name) ? 'fiscal-summary' : 'summary'
  for (const table of doc.tables.filter((t) => t.kind === kind)) {
    const row = grandRowOf(table)
    const col = row && pickColumn(doc, table, row, { role: want.column, label: want.columnLabel, year: want.year, account: want.account })
    const figure = row && col && figureOfCell(doc, table, row, col)
    if (figure) return { figure, others: [] }
  }
  return undefined
}
