import { alsoNamed } from './body-also-named.js'
import type { ReadResult } from '../read/types.js'
import type { BudgetDocument, IngestError, MoneyUnit, PageField, Paragraph, Section, Table, Unparsed } from '../schema.js'
import { segmentBlocks, isNoteLine, unitOf, type TableBlock } from './blocks.js'
import { gapToTabs, hasWideGap } from './gap-table.js'
import { parseGridTable } from './grid-table.js'
import { countColumns, countStatisticRows } from './code-fragments.js'
import { rowColumnUnits, rowLabelUnits } from './row-units.js'
import { yearOf } from './header.js'
import { htmlTableLines } from './html-table.js'
import { regroupCellLines } from './cell-lines.js'
import { regroupBareCells } from './bare-cells.js'
import { regroupBareForm } from './bare-form.js'
import { regroupSparseCells } from './sparse-cells.js'
import { regroupNumberedCells } from './numbered-cells.js'
import { regroupLineNumberedSides } from './line-numbered-sides.js'
import { regroupStackedHeader } from './stacked-header.js'
import { resolveMeta, type SidecarMeta } from './meta-fallback.js'
import { formOrgs } from './form-orgs.js'
import { parsePerformanceTable } from './performance.js'
import { parseProse, type HeadingStack } from './prose.js'
import { isBlank, isEmptyCellLine, isPipeSeparator, lineNumbers, toSourceLines, type SourceLine } from './source-lines.js'
import { parseSpaceTable } from './space-table.js'
import { LEVEL_ONE_WORDS, LEVEL_TWO_WORDS, unflattenForms } from './flat-form.js'
import { isCutShort, unflattenTables } from './flat-table.js'
import { tabSpacedHeaderRows } from './spaced-header-rows.js'
import { createDraft } from './table-draft.js'
import { kindOfTitle } from './table-kind.js'
import { kindByRows } from './kind-by-rows.js'
import { foldMeaning } from '../read/meaning-view.js'
import { attachPrintedForms } from './printed-forms.js'
import { pageFieldsOfLines } from './page-lines.js'
import { joinContinued } from './join-continued.js'
import { joinWrappedNames, remapRepeatedHeader } from './page-breaks.js'
import { bodySpelling } from './body-spelling.js'

/** A document that cannot be ingested at all; names the file and line. */
export class ParseError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`)
  }
}

export interface ParseResult {
  document: BudgetDocument
  /** problems that did not stop the document: rejected rows, a truncated ending */
  errors: IngestError[]
}

const BUDGET_WORDS = /预算|决算|三公|财务信息公示|财务公示|收支情况/
/**
 * A page stating money in yuan (two amounts or more: "总收入1233.62万元", "结余21.5万元"), whatever it calls itself (a
 * 彩票公益金 notice, a hospital's 财务 figures): public money accounted for, held as "metadata needed" when nobody is named.
 */
const MONEY_STATED = /\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)/g
const statesMoney = (text: string) => (text.match(MONEY_STATED)?.length ?? 0) >= 2
/** A table of money by its unit and sides ("单位:元" over 总收入, 总支出): a statement of accounts, whatever its title. */
const MONEY_TABLE = /单位\s*[:：]\s*(?:亿元|万元|千元|元)[\s\S]*(?:收入|支出)/u
const NO_DATA = /无数据|无该项|无.{0,12}收支|无此项|本表为空/

/** Reject what is not text: NUL bytes, or many control / replacement characters. */
function assertText(file: string, text: string): void {
  const bad = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  if (text.includes('\u0000') || bad > Math.max(8, text.length * 0.01)) {
    const line = text.slice(0, text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/)).split('\n').length
    throw new ParseError(file, line, 'binary file: not a text document')
  }
}

function newTable(block: TableBlock, docId: string, index: number, docYear: number, unit: MoneyUnit | undefined): Table {
  const table: Table = {
    id: `${docId}/t${index}`, docId, index, title: block.title, kind: block.announced ? 'other' : kindOfTitle(block.title), year: yearOf(block.title) ?? docYear,
    columns: [], rows: [], fields: [], noData: false, notes: [], lines: [1, 1], headerLines: [], captionLines: [],
  }
  if (block.number) table.number = block.number
  if (unit) table.unit = unit
  return table
}

/** The keys a project's form prints down its first column, besides 项目名称. */
const FORM_KEY = new RegExp(`^(?:主管部门|实施单位|项目单位|项目资金|资金来源|年度绩效目标|绩效目标|年度目标|(?:${LEVEL_ONE_WORDS}|${LEVEL_TWO_WORDS})指标)`, 'u')

/** Rows of two cells down a form: 项目名称 first, then at least two more of its keys. */
function isKeyValueForm(rows: SourceLine[]): boolean {
  const cells = rows.map((l) => l.text.split('\t').map((c) => c.replace(/\s+/g, '')))
  // a project's 绩效目标 form under a caption that does not say so (its title printed once above several forms): 项目名称
  // first, a 绩效目标 key and the indicator grid's header below
  if (cells[0]?.[0]?.startsWith('项目名称') && cells.some((c) => /^(?:年度|当年|项目)?(?:绩效)?目标$|^年度绩效目标/u.test(c[0] ?? '')) && cells.some((c) => c.some((x) => /^(?:三级指标|指标名称)$/u.test(x)))) return true
  if (cells.some((c) => c.filter(Boolean).length > 2)) return false
  const keys = cells.filter((c) => c.length === 2 && c[0] && c[1]).map((c) => c[0])
  return keys[0]?.startsWith('项目名称') === true && keys.filter((k) => FORM_KEY.test(k)).length >= 2
}

/** The tables of one block: one, or one per project for a 绩效目标表 that lists several projects. */
function buildTables(block: TableBlock, docId: string, index: number, docYear: number, fallbackUnit: MoneyUnit | undefined, file: string) {
  const lines = block.body.filter((l) => !isBlank(l))
  // cells flattened one per line ("合 计 |" / "40.20 |"): regrouped into rows, each row keeping all its lines
  // …or one per paragraph with no mark at all (rule bare-cells), its empty cells dropped (rule sparse-cells)
  // (…a 绩效目标表's form too: its keys each before its value, then its indicator grid, rule bare-form)
  const bare = block.mode === 'space' ? block.body.filter((l) => !isBlank(l) || isEmptyCellLine(l)) : undefined
  const cellRows = block.mode === 'tab' ? regroupCellLines(lines) : bare ? regroupBareCells(bare) ?? regroupSparseCells(bare) ?? (kindOfTitle(block.title) === 'performance' ? regroupBareForm(bare) : undefined) : undefined
  // (a caption row above such a table's header may declare its unit: "单位:万元 |")
  const captionUnit = cellRows?.caption && lines.filter((l) => cellRows.caption!.includes(l.no)).map((l) => unitOf({ ...l, text: l.text.replace(/\|\s*$/, '') })).find(Boolean)
  const declared = block.unit ?? captionUnit
  const unit = declared ?? fallbackUnit
  const table = newTable(block, docId, index, docYear, unit)
  table.captionLines = block.caption.filter((l) => !isBlank(l)).flatMap(lineNumbers)
  const drafts = [createDraft(table, unit ?? '', file)]
  drafts[0].unitDeclared = !!declared
  const next = () => {
    const d = createDraft(newTable(block, docId, index + drafts.length, docYear, unit), unit ?? '', file)
    d.unitDeclared = !!declared
    drafts.push(d)
    return d
  }
  const content: SourceLine[] = []
  // an HTML table: its <tr> rows become tab-separated rows; lines that start no row are header markup
  const html = block.mode === 'html' ? htmlTableLines(lines) : undefined
  if (html) table.headerLines.push(...html.markup)
  // (rows above such a table's header that only caption it, and rows of empty cells: caption lines)
  if (cellRows?.caption) table.captionLines.push(...cellRows.caption)
  for (const l of html?.rows ?? cellRows?.rows ?? lines) {
    if (isNoteLine(l.text)) { table.notes.push(l.text.replace(/\t+/g, ' ').trim()); table.captionLines.push(l.no) }
    else if (isPipeSeparator(l.text)) table.headerLines.push(l.no)
    else content.push(l)
  }
  // cells set apart by runs of full-width spaces: placed under the header's cells, then read as a grid
  const gapped = block.mode === 'space' && content.filter((l) => hasWideGap(l.raw)).length * 2 >= content.length && content.some((l) => hasWideGap(l.raw))
  const rows = gapped ? gapToTabs(content) : content
  const mode = gapped || cellRows || block.mode !== 'space' ? 'tab' : 'space'
  // rule key-value-form: a two-column table of a project's form keys (项目名称 | …, 主管部门 | …, 数量指标 | …) is a 绩效目标
  // form whatever its caption says ("（1）某项目" under the 绩效目标表's title)
  if (table.kind === 'other' && mode === 'tab' && isKeyValueForm(rows)) table.kind = 'performance'
  if (table.kind === 'performance') parsePerformanceTable(rows, drafts[0], mode, next)
  else if (mode === 'tab') parseGridTable(rows, drafts[0])
  else parseSpaceTable(rows, drafts[0])
  const tables = drafts.map((d) => d.table)
  if (html) htmlLineHomes(tables, html.spans)
  if (cellRows) htmlLineHomes(tables, cellRows.spans)
  tables.forEach(rowLabelUnits)
  tables.forEach(rowColumnUnits)
  tables.forEach(countStatisticRows)
  tables.forEach(countColumns)
  for (const t of tables) if (isCutShort(t)) t.cutShort = true
  tables.forEach(kindByRows)
  for (const t of tables) {
    // a 绩效 table's figures are its targets too: a project list printing no budget still holds them (≥70%, 0次)
    // (…and a project's form printing its particulars, 项目名称 and more, though its money lines were cut off or lost)
    const formFilled = t.kind === 'performance' && t.fields.some((f) => /^项目名称/u.test(f.key) && f.value) && t.fields.filter((f) => f.value).length >= 4
    const hasFigures = t.rows.some((r) => r.cells.some((c) => c.amount) || !!r.indicator?.target) || t.fields.some((f) => f.amount) || formFilled
    // a note saying another table is empty (无国有资本经营预算收支) does not empty a table with non-zero figures
    const nonZero = t.rows.some((r) => r.cells.some((c) => c.amount && c.amount.fen !== 0)) || t.fields.some((f) => f.amount && f.amount.fen !== 0)
    t.noData = (t.notes.some((n) => NO_DATA.test(n)) && !nonZero) || !hasFigures
    const used = [...t.captionLines, ...t.headerLines, ...t.rows.flatMap((r) => r.lines), ...t.fields.map((f) => f.line)]
    t.lines = used.length ? [Math.min(...used), Math.max(...used)] : [lines[0]?.no ?? 1, lines[lines.length - 1]?.no ?? 1]
  }
  // the block's first and last lines belong to its first and last table (captions and notes included)
  const first = block.caption.find((l) => !isBlank(l))?.no ?? lines[0]?.no ?? 1
  const last = lines[lines.length - 1]?.no ?? block.caption[block.caption.length - 1]?.no ?? first
  tables[0].lines[0] = first
  if (tables.length === 1) tables[0].lines[1] = last
  else tables[tables.length - 1].lines[1] = Math.max(tables[tables.length - 1].lines[1], last)
  return { tables, unparsed: drafts.flatMap((d) => d.unparsed), errors: drafts.flatMap((d) => d.errors) }
}

/**
 * Lines of an HTML table: rows sharing a source line count it once (for a data row when one holds it), and a row
 * whose <tr> runs over several lines takes them all (a header row's go to the header lines).
 */
function htmlLineHomes(tables: Table[], spans: Map<number, number>): void {
  for (const [first, last] of spans) {
    const rows = tables.flatMap((t) => t.rows).filter((r) => r.lines[0] === first)
    if (rows.length) { for (const r of rows) r.lines[1] = Math.max(r.lines[1], last); continue }
    const home = tables.find((t) => t.headerLines.includes(first)) ?? tables[0]
    for (let n = first + 1; n <= last; n++) home.headerLines.push(n)
  }
  for (const t of tables) {
    const rowLines = new Set(t.rows.flatMap((r) => Array.from({ length: r.lines[1] - r.lines[0] + 1 }, (_, k) => r.lines[0] + k)))
    t.headerLines = [...new Set(t.headerLines)].filter((n) => !rowLines.has(n)).sort((a, b) => a - b)
  }
}

/** The unit most tables carry, when no table declared one in a 单位： line. */
function commonTableUnit(tables: Table[]): MoneyUnit | undefined {
  const count = new Map<MoneyUnit, number>()
  for (const t of tables) if (t.unit) count.set(t.unit, (count.get(t.unit) ?? 0) + 1)
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/**
 * A unit the document declares for all its figures, in its head or as a note: "（公开日期：… 金额单位：万元）",
 * "以下金额单位均为万元", "注：本报告金额单位为元". Read from prose lines only (a table's own 单位： line is its caption's).
 */
const DOC_UNIT = /(?:金额|货币|计量)单位(?:均|统一)?\s*(?:[:：]|为|是)\s*(万元|元|千元|亿元)(?![\p{Script=Han}])|以下(?:金额)?单位(?:均|统一)?为\s*(万元|元|千元|亿元)/u

function declaredDocUnit(blocks: ReturnType<typeof segmentBlocks>): MoneyUnit | undefined {
  for (const b of blocks) {
    if (b.kind !== 'prose') continue
    for (const l of b.lines) {
      const m = DOC_UNIT.exec(l.text)
      if (m) return (m[1] ?? m[2]) as MoneyUnit
    }
  }
  return undefined
}

/**
 * Rule `unit-from-prose`: tables that declare no unit anywhere, whose figures the prose states with one ("合计 11.4"
 * beside "…支出预算为11.4萬元"): two or more distinct non-zero figures of the tables stated in one unit, and none in
 * another, give that unit. The prose is read in the meaning view (萬元 is 万元).
 */
function proseUnit(blocks: ReturnType<typeof segmentBlocks>, tables: TableBlock[]): MoneyUnit | undefined {
  const figures = new Set<number>()
  for (const t of tables) for (const l of t.body) for (const m of l.text.matchAll(/(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.%％])/g)) {
    const n = Number(m[0].replace(/,/g, ''))
    if (n > 0) figures.add(n)
  }
  const seen = new Map<MoneyUnit, Set<number>>()
  for (const b of blocks) {
    if (b.kind !== 'prose') continue
    for (const l of b.lines) for (const m of l.text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/g)) {
      const n = Number(m[1].replace(/,/g, ''))
      if (!figures.has(n)) continue
      const u = m[2] as MoneyUnit
      seen.set(u, (seen.get(u) ?? new Set()).add(n))
    }
  }
  const units = [...seen]
  return units.length === 1 && units[0][1].size >= 2 ? units[0][0] : undefined
}

/** The unit most tables declare, for tables that declare none. */
function commonUnit(blocks: TableBlock[]): MoneyUnit | undefined {
  const count = new Map<MoneyUnit, number>()
  for (const b of blocks) if (b.unit) count.set(b.unit, (count.get(b.unit) ?? 0) + 1)
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/**
 * Parse one disclosure: text in, a typed document out. Every non-blank line ends up in exactly one place:
 * a table row, header or caption, a paragraph, or `unparsed` with its reason. `read` (from a reader) sets the
 * document's format and line origins; plain text needs none.
 */
export function parseDocument(file: string, text: string, read?: ReadResult, options: { sidecar?: SidecarMeta } = {}): ParseResult {
  assertText(file, text)
  const source = text.replace(/\r\n?/g, '\n')
  // the meaning view (Simplified, no pinyin glosses), line for line: every stage below reads it; quotes use the source
  const view = foldMeaning(source)
  const lines = toSourceLines(view)
  const firstLine = lines.find((l) => !isBlank(l))
  if (!firstLine) throw new ParseError(file, 1, 'empty file: no text to parse')
  const pageTitle = read?.title === undefined ? undefined : foldMeaning(read.title)
  const publisher = read?.publisher === undefined ? undefined : foldMeaning(read.publisher)
  const siteOwner = read?.siteOwner === undefined ? undefined : foldMeaning(read.siteOwner)
  const { meta, needed } = resolveMeta(lines, file, { sidecar: options.sidecar, pageTitle, publisher, published: read?.published, siteOwner })
  // a table or a self-evaluation form that lost its line breaks is read back into lines first (flat-table, flat-form)
  const blocks = segmentBlocks(tabSpacedHeaderRows(unflattenTables(unflattenForms(regroupStackedHeader(regroupLineNumberedSides(regroupNumberedCells(lines)))))))
  const tableBlocks = blocks.filter((b): b is TableBlock => b.kind === 'table')
  // metadata missing and no word of a budget anywhere: not a disclosure at all, rejected; otherwise held as "metadata needed"
  if (needed.length && !BUDGET_WORDS.test(view) && !statesMoney(view) && !MONEY_TABLE.test(view)) throw new ParseError(file, firstLine.no, 'not a budget disclosure: no title naming an organisation, a year and 部门预算/单位预算 in the first lines')
  const id = file.replace(/^.*[\\/]/, '').replace(/\.(txt|md|pdf|html?|xlsx?|docx)$/i, '')
  const sections: Section[] = []
  const paragraphs: Paragraph[] = []
  const tables: Table[] = []
  const unparsed: Unparsed[] = []
  const errors: IngestError[] = []
  // tables that declare no unit: the one most tables declare, else the one the document declares for all its figures
  const unit = commonUnit(tableBlocks) ?? declaredDocUnit(blocks) ?? proseUnit(blocks, tableBlocks)
  const styles: HeadingStack = []
  for (const b of blocks) {
    if (b.kind === 'prose') { parseProse(id, b.lines, sections, paragraphs, styles); continue }
    const r = buildTables(b, id, tables.length, meta.year, unit, file)
    tables.push(...r.tables)
    unparsed.push(...r.unparsed)
    errors.push(...r.errors)
  }
  // a table printed over pages (续表 under its title on each) is one table
  // (a page break inside a table read from a page's text: names wrapped onto a line, the header printed again)
  tables.splice(0, tables.length, ...joinContinued(tables.map((t) => joinWrappedNames(remapRepeatedHeader(t)))))
  errors.push(...truncation(file, blocks, tables))
  // no 单位： line anywhere: the document's unit is the one its tables' column headers declare
  const docUnit = unit ?? commonTableUnit(tables)
  // a project's self-evaluation published on its own speaks for its 主管部门 too
  const speaksFor = meta.scope === '绩效自评' ? formOrgs(tables, meta.org) : []
  const orgName = (meta.org && bodySpelling(meta.org, view)) || id
  const also = alsoNamed(orgName, meta.city, meta.region, view)
  const document: BudgetDocument = {
    id, file: file.replace(/^.*[\\/]/, ''), title: meta.title, org: orgName, year: meta.year, scope: meta.scope,
    ...(meta.stageFromWords ? { stageFromWords: true } : {}),
    ...(meta.yearFromDate ? { yearFromDate: meta.yearFromDate } : {}),
    ...(meta.period ? { period: meta.period } : {}),
    lineCount: lines.length, sections, paragraphs, tables, unparsed,
    ...(meta.region ? { region: meta.region } : {}), ...(meta.city ? { city: meta.city } : {}), ...(meta.province ? { province: meta.province } : {}), ...(docUnit ? { unit: docUnit } : {}),
    ...(read && read.format !== 'text' ? { format: read.format } : {}),
    ...(needed.length ? { metadataNeeded: needed } : {}),
    ...(speaksFor.length ? { speaksFor } : {}),
    ...(also.length ? { alsoNamed: also } : {}),
    ...(read?.origins ? { origins: read.origins } : {}),
    ...(read?.imageTables?.length ? { imageTables: read.imageTables } : {}),
    ...pageFieldsOf(read, lines.length),
  }
  if (view !== source) attachPrintedForms(document, lines, toSourceLines(source), read?.title, read?.pageLines?.map((l) => l.text))
  return { document, errors }
}

/** rule page-lines: the page's particulars its reader set apart, kept beside the document (never its text) */
function pageFieldsOf(read: ReadResult | undefined, lineCount: number): { pageFields?: PageField[] } {
  const fields = read?.pageLines ? pageFieldsOfLines(read.pageLines, lineCount) : []
  return fields.length ? { pageFields: fields } : {}
}

/** A document cut short: it ends inside a sentence, or with a table that has a caption and nothing else. */
function truncation(file: string, blocks: ReturnType<typeof segmentBlocks>, tables: Table[]): IngestError[] {
  const last = blocks[blocks.length - 1]
  if (!last) return []
  if (last.kind === 'table') {
    const t = tables[tables.length - 1]
    return t.rows.length === 0 && t.headerLines.length === 0 && t.fields.length === 0
      ? [{ file, line: t.lines[1], message: `document looks truncated: table "${t.title}" has a caption but no header or rows` }]
      : []
  }
  const lastLine = [...last.lines].reverse().find((l) => !isBlank(l))
  const t = lastLine?.text.trim() ?? ''
  return t.length >= 30 && !/[。；;！？!?）)”"：:\d号日]$/.test(t)
    ? [{ file, line: lastLine!.no, message: 'document looks truncated: it ends in the middle of a sentence' }]
    : []
}
