import { isPipeRow } from './source-lines.js'
import type { Cell, Column, Field, Row } from '../schema.js'
import { parseAmount } from './amount.js'
import { columnHalves, roleHalves } from './column-halves.js'
import { codeFragmentColumns, isCodeSegment, isColumnNumberLabel, joinCodeSegments, statisticUnitOf } from './code-fragments.js'
import { columnNumberWords, isColumnNumberRow } from './column-numbers.js'
import { refillCompactedRows } from './compacted-cells.js'
import { buildColumns, flattenHeader } from './header.js'
import { splitRunTogetherColumns } from './header-split.js'
import { assignHierarchy } from './hierarchy.js'
import { readStackedSides } from './stacked-sides.js'
import { respanLostHeader } from './lost-header-spans.js'
import { realignShiftedRows } from './lost-row-spans.js'
import { headerUnit, isSureWrap, joinWrappedHeaderCells, unitInHeader, withoutUnit } from './header-unit.js'
import { lineNumbers, squeezeHan, splitCells, splitRawCells, type SourceLine } from './source-lines.js'
import { CODE, TOTAL_LABEL, isValueToken } from './tokens.js'
import type { TableDraft } from './table-draft.js'
import { isTitleLine, unitOf } from './blocks.js'

/** a portal's 信息公开 field labels (the planner's page-field-asked reads a text page's head lines by the same words) */
export const PAGE_FIELD_KEYS = '标题|索引号|文号|发文字号|文件编号|发文日期|发布日期|发布时间|生成日期|成文日期|发布机构|发文机关|所属机构|责任部门|公开目录|浏览量|主题分类|体裁分类|组配分类|公开方式|公开范围|公开时限|有效性|主题词|信息来源'
/** a cell (or a line) that is one of those labels alone, 发布机构：*/
export const PAGE_FIELD = new RegExp(`^(?:${PAGE_FIELD_KEYS})[:：]?$`)
/** a table's number on a row of its own: 表1, 表一, 附表3 */
const TABLE_NO = /^(?:附)?表\s*[\d一二三四五六七八九十]{1,3}$/

/** A data line: it starts with a subject code, carries a number, or is a total row with nothing but numbers. */
export function isDataCells(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '')
  if (!filled.length) return false
  const first = squeezeHan(filled[0])
  if (CODE.test(first.split(/\s+/)[0]) && filled.length > 1) return true
  if (filled.some(isValueToken)) return true
  return TOTAL_LABEL.test(first) && filled.slice(1).every(isValueToken)
}

/** A column of figures (not the code, name or a text column). */
export const valueRole = (c: Column) => c.role !== 'code' && c.role !== 'name' && c.role !== 'text'

/** Cell for a value column: the amount in the table's unit (percent columns in %); empty stays empty. */
export function valueCell(col: Column, text: string, unit: string): Cell {
  const t = text.trim()
  const amount = t ? parseAmount(t, col.role === 'growth' || col.role === 'completion' ? '%' : unit) : undefined
  return amount ? { column: col.index, text: t, amount } : { column: col.index, text: t }
}

/**
 * A portal's 信息公开 fields in one row ("索引号 | 640…-00218 | 文号 | | 生成日期 | 2023-10-25"): each label with the
 * cell after it as its value, as printed; a label followed by another label (or nothing) was left blank.
 */
function pageFieldsOf(cells: string[], line: number): Field[] {
  const out: Field[] = []
  cells.forEach((c, i) => {
    const key = c.replace(/\s+/g, '').replace(/[:：]$/, '')
    if (!PAGE_FIELD.test(key)) return
    const next = (cells[i + 1] ?? '').trim()
    const value = next && !PAGE_FIELD.test(next.replace(/\s+/g, '')) ? next : ''
    if (value) out.push({ key, value, line })
  })
  return out
}

/**
 * Rule `wrapped-header-row`: a header too long for its line, wrapped onto the next ("序号 | 采购项目名称 | … | 预计采购时间 |"
 * / "执行的政府采购政策 | 备注 |"): two header lines, every label filled, the rows below holding more cells than the first
 * line labels and no more than both do: the second line's labels go on after the first's. Returns the line joined.
 */
function wrappedHeaderRow<T extends { line: SourceLine; cells: string[] }>(header: T[], data: T[], trimmedLen: (c: string[]) => number): T | undefined {
  // (lines of text set apart by pipes, as a page printed them: a spreadsheet's or a web table's two header rows are a
  // group row over its leaves, never one row wrapped)
  if (header.length !== 2 || !data.length || !header.every((h) => isPipeRow(h.line.text) && !h.line.text.includes('\t'))) return undefined
  const [a, b] = header.map((h) => h.cells.slice(0, trimmedLen(h.cells)))
  if (a.length < 3 || !b.length || [...a, ...b].some((c) => !c.trim())) return undefined
  // (a first row whose empty cells run on after its labels, "项目 | 预算数 | 决算数 | ||||", spans them over the leaves
  // of the second, which repeat under each: a group row, not a wrapped one)
  if (header[0].cells.length - a.length > 1 || new Set(b).size !== b.length || b.some((x) => a.includes(x))) return undefined
  const widest = Math.max(...data.map((d) => trimmedLen(d.cells)))
  if (widest <= a.length || widest > a.length + b.length) return undefined
  header[0].cells = [...a, ...b]
  return header[1]
}

/** Parse a tab- or pipe-separated table: grid header rows, then data rows with their empty cells kept. */
export function parseGridTable(lines: SourceLine[], draft: TableDraft): void {
  const { table } = draft
  const all = lines.map((l) => ({ line: l, cells: splitCells(l.text), raw: splitRawCells(l.text) }))
  // rule caption-rows: a web table whose first rows are its title and its 单位：万元, each in the first cell alone,
  // captions itself: those rows declare the unit and are no column labels
  // (and rule page-fields: a portal's 信息公开 fields printed as the table's first rows, 标题: | 索引号: | 发布机构:, and a
  // table number alone, 表1, are no column labels either)
  const captionRow = (g: (typeof all)[number]) => {
    const filled = g.cells.filter(Boolean)
    if (filled.length === 1 && g.cells[0] && (unitOf(g.line) || isTitleLine(g.line) || TABLE_NO.test(g.cells[0].trim()))) return true
    return filled.some((c) => PAGE_FIELD.test(c.replace(/\s+/g, '')))
  }
  const captions = all.findIndex((g) => !captionRow(g))
  // rule page-fields: the portal's fields are the table's fields (索引号 → its value), read as printed
  const fieldRows = captions < 0 ? all : all.slice(0, captions)
  for (const g of fieldRows) table.fields.push(...pageFieldsOf(g.cells, g.line.no))
  // a table of nothing but those fields (the 信息公开 box above a page) has no grid
  if (captions < 0 && table.fields.length) { table.headerLines.push(...all.flatMap((g) => lineNumbers(g.line))); return }
  const grid = captions > 0 && captions < all.length ? all.slice(captions) : all
  const captionUnit = grid === all ? undefined : all.slice(0, captions).map((g) => unitOf(g.line)).find(Boolean)
  if (captionUnit && !draft.unitDeclared) { draft.unit = captionUnit; table.unit = captionUnit; draft.unitDeclared = true }
  if (grid !== all) table.headerLines.push(...all.slice(0, captions).flatMap((g) => lineNumbers(g.line)))
  // (rule outline-label-row: a section's label alone under the header, "一、工作量指标: | | |", is the first row of the
  // data, not another header line)
  const data0 = grid.findIndex((g) => isDataCells(g.cells) && !isColumnNumberRow(g.cells))
  const label0 = grid.findIndex((g, i) => i > 0 && OUTLINE_LABEL.test(g.cells[0]?.trim() ?? '') && g.cells.slice(1).every((c) => !c.trim()))
  const first = label0 > 0 && (data0 < 0 || label0 < data0) ? label0 : data0
  const header = first < 0 ? grid : grid.slice(0, first)
  const data = first < 0 ? [] : grid.slice(first)
  // (two columns printed so close their labels and cells ran together: split apart, rule run-together-column)
  splitRunTogetherColumns(header.map((h) => h.cells), data.map((d) => d.cells))
  const trimmedLen = (cells: string[]) => { let n = cells.length; while (n && cells[n - 1] === '') n--; return n }
  const wrapped = wrappedHeaderRow(header, data, trimmedLen)
  if (wrapped) { table.headerLines.push(...lineNumbers(wrapped.line)); header.splice(1, 1) }
  // a header's trailing empty cells are merged cells, so its raw width counts; a data row may not exceed it
  const width = Math.max(0, ...header.map((h) => h.cells.length)) || Math.max(0, ...data.map((d) => trimmedLen(d.cells)))
  table.headerLines.push(...header.flatMap((h) => lineNumbers(h.line)))
  // a unit printed in the column labels ("金额（万元）") is the table's unit when no 单位： line declared one
  const unitHere = headerUnit(header.flatMap((h) => h.cells))
  if (unitHere && !draft.unitDeclared) { draft.unit = unitHere; table.unit = unitHere }
  // a column-number row keeps only the labels it prints for the code and name columns
  const labelsOf = (cells: string[]) => { const words = columnNumberWords(cells); return cells.map((c, i) => (words.includes(i) ? c : '')) }
  const headRows = header.filter((h) => !isColumnNumberRow(h.cells) || columnNumberWords(h.cells).length).map((h) => (isColumnNumberRow(h.cells) ? labelsOf(h.cells) : h.cells).map((c) => squeezeHan(unitHere ? withoutUnit(c) : c)))
  // rule lost-header-spans: a two-level header copied without its merged cells, its columns read from the figures
  // rule lost-row-spans: a label spanning two header rows lost its span, the row below starts one cell early
  const realigned = realignShiftedRows(headRows, data.map((d) => d.cells), width)
  const respanned = respanLostHeader(realigned, data.map((d) => d.cells))
  table.columns = buildColumns(flattenHeader(joinWrappedHeaderCells(respanned?.rows ?? realigned, unitHere ? undefined : isSureWrap), width), table.year)
  for (const [index, labels] of respanned?.uncertain ?? []) if (table.columns[index]) table.columns[index].candidates = labels
  // 增减额（万元）: a change printed with a money unit is an amount, not a percentage (增减额 without a unit: role change)
  for (const c of table.columns) if ((c.role === 'growth' || c.role === 'change') && header.some((h) => unitInHeader(h.cells[c.index] ?? '') && !/[%％]/.test(h.cells[c.index]))) c.role = 'amount'
  if (!header.length) inferHeaderlessRoles(table.columns, data.map((d) => d.cells))
  else textColumnsByData(table.columns, data.map((d) => d.cells))
  codeFragmentColumns(table.columns, data.map((d) => d.cells))
  // rule compacted-cells: a copy that gathered each row's empty cells at its end: the filled ones put back in place
  refillCompactedRows(table.columns, data)
  const unit = draft.unit
  const indents = new Map<number, number>()
  // halves side by side (人员经费 | 公用经费) are one list each: the right half's rows follow all of the left's
  const halves = columnHalves(table.columns)
  if (halves) roleHalves(halves)
  const deferred: (() => void)[] = []
  const lastSegments = new Map<number, string[]>()
  for (const d of data) {
    const n = trimmedLen(d.cells)
    if (n > width) {
      draft.reject(d.line, `table row has ${n} cells but its header has ${width}`)
      continue
    }
    // 栏次 1 2 3…: the columns' numbers, printed under the header
    if (d.cells.some((c) => isColumnNumberLabel(c)) && d.cells.every((c) => !c.trim() || isColumnNumberLabel(c) || /^\d{1,2}$/.test(c.trim()))) {
      table.headerLines.push(...lineNumbers(d.line))
      continue
    }
    const before = table.rows.length + deferred.length
    const groups = halves ?? sidesOf(table.columns).map((side) => table.columns.filter((c) => c.side === side))
    for (const [g, cols] of groups.entries()) {
      const side = cols[0]?.side
      const codeCols = cols.filter((c) => c.role === 'code')
      const nameCol = cols.find((c) => c.role === 'name') ?? (halves && cols[halves[0].findIndex((c) => c.role === 'name')])
      let code = joinCodeSegments(inheritSegments(lastSegments, g, codeCols.map((c) => d.cells[c.index] ?? '')))
      const rawName = nameCol ? d.raw[nameCol.index] ?? '' : ''
      let name = squeezeHan(nameCol ? d.cells[nameCol.index] ?? '' : '')
      const lead = /^(\d{3}(?:\d{2}){0,2})\s+(.+)$/.exec(name)
      if (!code && lead) { code = lead[1]; name = lead[2] }
      if (code && !CODE.test(code)) { name = name || code; code = '' }
      // text columns (序号, 采购类别, 单位代码…) keep their cells too, as text without an amount
      // a row that counts (接待批次, 人次, 辆) holds counts, not money; a code's fragment in a figure column is no amount
      const rowUnit = statisticUnitOf(name) ?? unit
      const texts = cols.filter(valueRole).map((c) => d.cells[c.index] ?? '')
      const cells = cols.filter((c) => c !== nameCol && (valueRole(c) || c.role === 'text')).map((c) => {
        const t = d.cells[c.index] ?? ''
        if (!valueRole(c)) return { column: c.index, text: t }
        return isCodeSegment(t, code, texts) ? { column: c.index, text: t.trim() } : valueCell(c, t, rowUnit)
      })
      // a side left blank but for its 行次 (a two-sided 决算 总表 numbers every line on both sides) holds no row
      if (!name && !code && cells.every((c) => !c.text || (!valueRole(cols.find((x) => x.index === c.column)!) && /^\d+$/.test(c.text.trim())))) continue
      const add = () => {
        const row = draft.addRow({ code: code || undefined, name, side, cells, lines: [d.line.no, d.line.last ?? d.line.no] })
        indents.set(row.index, rawName.length - rawName.replace(/^[\s\u3000]+/, '').length)
      }
      if (halves && g > 0) deferred.push(add)
      else add()
    }
    if (table.rows.length + deferred.length === before) draft.reject(d.line, 'no name, code or figure under the columns of this table')
  }
  for (const add of deferred) add()
  readStackedSides(table.rows)
  assignHierarchy(table.rows, indents)
}

/**
 * Rule `code-segment-inherit`: 类/款/项 in columns of their own, each printed once for the rows under it (a merged
 * cell, or left blank below its first row: 207 | | 文化旅游体育与传媒支出, then | 03 | 体育, then | | 01 | 行政运行):
 * the blank segments before a row's first printed one are the row above's (2070301). A row printing none keeps none.
 */
function inheritSegments(last: Map<number, string[]>, group: number, parts: string[]): string[] {
  if (parts.length < 2) return parts
  const p = parts.map((s) => s.trim())
  const first = p.findIndex((s) => /^\d{1,3}$/.test(s))
  if (first < 0 || p.some((s) => s !== '' && !/^\d{1,3}$/.test(s))) return parts
  const above = last.get(group)
  const out = p.map((s, i) => (i < first ? above?.[i] ?? '' : s))
  // (no row above to take the blank segments from: the row keeps what it prints, and is what the rows below take)
  const whole = out.slice(0, first).every((s) => s !== '')
  last.set(group, whole ? out : p)
  return whole ? out : parts
}

const OUTLINE_LABEL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\p{Script=Han}/u

function sidesOf(columns: Column[]): (Row['side'])[] {
  return columns.some((c) => c.side) ? ['income', 'spending'] : [undefined]
}

/**
 * A header label alone cannot say that 采购项目 or 采购类别 holds text: a money column whose cells are all text
 * (no figure in any row) is a text column, and the side's name column when it has none; a 科目 column of codes is
 * the code column.
 */
function textColumnsByData(columns: Column[], rows: string[][]): void {
  for (const c of columns) {
    if (!valueRole(c)) continue
    const vals = rows.map((r) => r[c.index] ?? '').filter(Boolean)
    // 功能科目 after 项目名称: a column of subject codes is the rows' code, not an amount
    // (a 合计 merged across the code and name columns repeats in the code column: it is no code, and no figure)
    const codes = vals.filter((v) => !/^[合总小]\s*计$/.test(v.replace(/\s+/g, '')))
    if (codes.length && /科目$|编码$/.test(c.label) && codes.every((v) => CODE.test(v))) { c.role = 'code'; continue }
    if (!vals.length || vals.some(isValueToken)) continue
    c.role = columns.some((x) => x.role === 'name' && x.side === c.side) ? 'text' : 'name'
  }
  groupLabelColumn(columns, rows)
  slidNameLabel(columns, rows)
}

/**
 * Rule `slid-name-label`: "科目编码 | | 科目名称 | 合计" over "21011 | 行政事业单位医疗 | | 369.59": a page whose header
 * cell slid one column off its names. The name column empty on every row, the unlabelled column beside it holding
 * text on every row: that column is the name column, under its label.
 */
function slidNameLabel(columns: Column[], rows: string[][]): void {
  const name = columns.find((c) => c.role === 'name')
  if (!name) return
  const body = rows.filter((r) => r.some(isValueToken))
  const filled = (c: Column) => body.filter((r) => (r[c.index] ?? '').trim()).length
  if (body.length < 2 || filled(name) > 0) return
  const slid = columns.find((c) => Math.abs(c.index - name.index) === 1 && c.side === name.side && c.role === 'text' && (!c.label || /^第\d+列$/.test(c.label))
    && filled(c) === body.length && body.every((r) => !isValueToken(r[c.index] ?? '')))
  if (!slid) return
  const { label, path } = name
  Object.assign(name, { role: 'text', label: slid.label, path: slid.path })
  Object.assign(slid, { role: 'name', label, path })
}

/**
 * Rule `group-label-column`: "一级指标 | 二级指标": a label column printed only on the first row of each group
 * ("经济指标" over 总收入 and 总支出) groups the rows; the label column right after it, filled on every row, names them.
 */
function groupLabelColumn(columns: Column[], rows: string[][]): void {
  const name = columns.find((c) => c.role === 'name')
  const next = name && columns.find((c) => c.index === name.index + 1 && c.role === 'text' && c.side === name.side)
  if (!name || !next) return
  const body = rows.filter((r) => r.some((v, i) => i > next.index && isValueToken(v ?? '')))
  const filled = (c: Column) => body.filter((r) => (r[c.index] ?? '').trim()).length
  if (body.length < 3 || filled(next) !== body.length || filled(name) >= body.length || filled(name) === 0) return
  if (body.some((r) => isValueToken(r[next.index] ?? ''))) return
  name.role = 'text'
  next.role = 'name'
}

/** Without a header: a column of subject codes is the code, the first text column the name. */
function inferHeaderlessRoles(columns: Column[], rows: string[][]): void {
  for (const c of columns) {
    const vals = rows.map((r) => r[c.index] ?? '').filter(Boolean)
    if (vals.length && vals.every((v) => CODE.test(v))) c.role = 'code'
    else if (vals.some((v) => !isValueToken(v)) && !columns.some((x) => x.role === 'name')) c.role = 'name'
    else if (vals.some((v) => !isValueToken(v))) c.role = 'text'
    c.label = c.label || `第${c.index + 1}列`
  }
}
