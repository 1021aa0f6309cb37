import type { BudgetDocument, Column, Row, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { yearNamedTotal } from '../../parse/row-year.js'
import { OF_WHICH } from '../../parse/part-rows.js'
import { compositionParagraphs } from './composition.js'
import { OFFICE_IN_BRACKETS, UNIT_NAME, unitGroups, type UnitGroup } from './unit-groups.js'
import { proseUnitRows, splitNameOf } from './prose-unit-table.js'

/**
 * The units a department's budget covers (本级 + 所属单位), as its disclosure names them: the rows of a table whose
 * name column is 单位名称 (收入总表, 支出总表, 三公 by unit), and the numbered list of its 机构设置 / 单位构成.
 */
export interface UnitTable {
  table: Table
  total: Row
  rows: Row[]
  /** a unit-grouped table (支出总表 by unit): each unit's row with the subject-code rows printed under it */
  groups?: UnitGroup[]
}

/** The department's own office: 本级 / 机关, or its name with the office in brackets after it (某局（局机关）), never one
 *  of its member units. */
export const OWN_OFFICE = new RegExp(`本级|机关$|${OFFICE_IN_BRACKETS.source}`, 'u')
const NAME_HEADER = /单位名称|单位/
const TOTAL = /^(?:合计|总计|小计)$/
/** "2025年预算合计", "2024年预算合计": the year of a total a table prints per year */
const totalYear = (r: Row) => {
  const named = yearNamedTotal(r.name)
  return named && /^(?:合计|总计)$/.test(named.rest) ? named.year : undefined
}

/** The table's 合计 row; where it prints one per year, the document's own year's. */
function unitTableTotal(doc: BudgetDocument, table: Table): Row | undefined {
  return table.rows.find((r) => r.isTotal && TOTAL.test(compactText(r.name))) ?? table.rows.find((r) => totalYear(r) === doc.year)
}

const tableCache = new WeakMap<BudgetDocument, UnitTable[]>()

/** Tables with one row per unit under the 合计 row (a name column headed 单位名称). */
export function unitTables(doc: BudgetDocument): UnitTable[] {
  let v = tableCache.get(doc)
  if (v) return v
  v = []
  for (const table of doc.tables) {
    const grouped = groupedUnitTable(doc, table)
    if (grouped) { v.push(grouped); continue }
    const nameCol = table.columns.find((c) => (c.role === 'name' || c.role === 'text') && c.path.some((p) => NAME_HEADER.test(p)) && !/项目|科目/.test(c.label))
    if (!nameCol) {
      const units = ofWhichUnits(doc, table) ?? trailingUnits(doc, table, v)
      if (units) v.push(units)
      continue
    }
    const total = unitTableTotal(doc, table)
    const rows = table.rows.filter((r) => !r.isTotal && totalYear(r) === undefined && UNIT_NAME.test(compactText(r.name)) && !/^\d{3,7}$/.test(r.name))
    if (total && rows.length) v.push({ table, total, rows })
  }
  tableCache.set(doc, v)
  return v
}

/**
 * Rule `trailing-units`: a table by item that lists the department's units after its items ("项目／单位": 合计,
 * 1．因公出国（境）费 … 3．公务接待费, then 某局本级, 某中学, 某小学): the rows named exactly as the units another
 * per-unit table of the document lists (two at least) are the units', each with its own figures.
 */
function trailingUnits(doc: BudgetDocument, table: Table, found: UnitTable[]): UnitTable | undefined {
  const known = new Set(found.flatMap((u) => u.rows.map((r) => compactText(r.name))))
  if (known.size < 2) return undefined
  const total = unitTableTotal(doc, table)
  const rows = table.rows.filter((r) => !r.isTotal && !r.code && known.has(compactText(r.name)))
  return total && rows.length >= 2 ? { table, total, rows } : undefined
}

/**
 * Rule `of-which-units`: a table by subject (its name column headed 科目名称) that splits its 合计 by unit first
 * ("合计 | 其中：某局（局机关） | 某中心 | 208 社会保障和就业支出 …"): the uncoded rows from 其中 to the first code are
 * the units, each with its own figures; without 其中, when those rows add up to the 合计.
 */
function ofWhichUnits(doc: BudgetDocument, table: Table): UnitTable | undefined {
  const total = unitTableTotal(doc, table)
  const after = total ? table.rows.filter((r) => r.index > total.index) : []
  if (!total || !after[0] || after[0].code) return undefined
  // (without 其中, "合计 | 某局（本级） | 某中心 | 某支队 | 208 …": the uncoded units' figures add up to the 合计)
  const ofWhich = OF_WHICH.test(compactText(after[0].name))
  const rows: Row[] = []
  for (const r of after) {
    if (r.code || r.isTotal || !UNIT_NAME.test(compactText(r.name).replace(OF_WHICH, ''))) break
    rows.push(r)
  }
  if (rows.length < 2 || !after.some((r) => r.code)) return undefined
  return ofWhich || addsUp(total, rows) ? { table, total, rows } : undefined
}

/** The rows' first figures add up to the total's, in fen. */
function addsUp(total: Row, rows: Row[]): boolean {
  const first = total.cells.find((c) => c.amount?.fen !== undefined)
  if (!first) return false
  const sum = rows.reduce((k, r) => k + (r.cells.find((c) => c.column === first.column)?.amount?.fen ?? NaN), 0)
  return sum === first.amount!.fen
}

/** A table whose name (or code) column is headed 单位名称/科目名称 (单位名称/科目编码), printed as blocks per unit. */
function groupedUnitTable(doc: BudgetDocument, table: Table): UnitTable | undefined {
  // (a name column headed 科目名称 may print the unit's row over each block too: the blocks say it, see unitGroups)
  const groups = unitGroups(table, (n) => UNIT_NAME.test(n))
  const total = unitTableTotal(doc, table)
  return groups.length && total ? { table, total, rows: groups.map((g) => g.unit), groups } : undefined
}

/** "1.淮澄某馆；2.某站" → the names of a numbered list of units in the composition statement. */
const NUMBERED = /(?:^|[：:；;，,。\s])\s*(?:\d+|[一二三四五六七八九十]+)\s*[.．、]\s*([^；;，,。\s\d]{3,40}?)(?=[；;，,。\s]|$)/gu

/** A flattened table's header naming its units' column, and its rows numbered by a bare number before the name. */
const UNIT_HEADER = /序号\s*单位名称|单位名称\s*单位性质/u
const NUMBERED_BARE = /(?:^|[^\d.,，、])\d{1,2}\s+([^\s\d；;，,。]{3,40}?)(?=\s)/gu

export interface ListedUnits { names: string[]; paragraphs: BudgetDocument['paragraphs'] }

/** The units the 机构设置 / 单位构成 statement lists by number, verbatim, in order. */
export function listedUnits(doc: BudgetDocument): ListedUnits {
  const paragraphs = compositionParagraphs(doc)
  const names: string[] = []
  for (const [i, p] of paragraphs.entries()) {
    // (a table of the units flattened into a paragraph under its header, "序号 单位名称 单位性质 …" then "1 某局（本级）
    // 行政单位 28人2 某馆 …": numbered by bare numbers)
    const listed = i > 0 && UNIT_HEADER.test(paragraphs[i - 1].text) ? [...p.text.matchAll(NUMBERED_BARE), ...p.text.matchAll(NUMBERED)] : [...p.text.matchAll(NUMBERED)]
    for (const m of listed) {
      const name = m[1].trim()
      if (UNIT_NAME.test(name) && !names.includes(name)) names.push(name)
    }
  }
  return { names, paragraphs }
}

const memberCache = new WeakMap<BudgetDocument, string[]>()
const NONE: string[] = []

/** Member units of a department's disclosure (its own office left out), from per-unit rows and the numbered list. */
export function memberUnits(doc: BudgetDocument): string[] {
  // a catalog entry's stub (no tables, no paragraphs) lists none: a question over a city's catalog reads 10,000 of them
  if (!doc.tables.length && !doc.paragraphs.length) return NONE
  let v = memberCache.get(doc)
  if (v) return v
  const org = compactText(doc.org)
  const names = new Set<string>()
  for (const u of unitTables(doc)) for (const r of u.rows) names.add(compactText(r.name).replace(OF_WHICH, ''))
  for (const n of listedUnits(doc).names) names.add(compactText(n))
  // (a split by unit names its units short: the units are those the tables and the list name)
  for (const r of proseUnitRows(doc)) if (!r.split) names.add(compactText(r.name))
  for (const n of columnUnits(doc)) names.add(n)
  v = [...names].filter((n) => n !== org && !OWN_OFFICE.test(n))
  memberCache.set(doc, v)
  return v
}

/** A 分单位 table's column of one unit: under 其中 beside the 合计, or any money column of a table titled by unit. */
export function isUnitColumn(t: Table, c: Column): boolean {
  if (c.role === 'total' || c.role === 'name' || c.role === 'code' || c.role === 'text') return false
  if (c.path.length >= 2 && /^其中/u.test(compactText(c.path[c.path.length - 2]))) return true
  return /分单位|按单位|各单位/u.test(t.title) && c.path.length === 1
}

/**
 * Units a table prints as its columns (isUnitColumn): under 其中 beside the 合计 ("项目 | 合计 | 其中 › 某局（本级） |
 * 其中 › 某中心"), or each a column of a table titled by unit ("分单位收入支出决算表": 项目 | 局机关 | 某中心 | 合计): a
 * 分单位 table laid out across (rule unit-columns).
 */
export function columnUnits(doc: BudgetDocument): string[] {
  const out: string[] = []
  for (const t of doc.tables) {
    for (const c of t.columns) {
      if (!isUnitColumn(t, c)) continue
      const leaf = compactText(c.path[c.path.length - 1])
      if (UNIT_NAME.test(leaf) && !out.includes(leaf)) out.push(leaf)
    }
  }
  return out
}

/** The row of a unit in a per-unit table: its printed name is the unit's, or ends with the form asked. */
export function unitRow(u: UnitTable, unit: string): Row | undefined {
  const want = compactText(unit)
  return u.rows.find((r) => compactText(r.name) === want) ?? u.rows.find((r) => compactText(r.name).endsWith(want))
}

/** A money column of a per-unit table (not the code or name columns). */
export const moneyColumns = (t: Table): Column[] => t.columns.filter((c) => !['code', 'name', 'text'].includes(c.role))

/** The column heading a kind's whole in a table of units side by side: “三公”经费决算数, 本年收入合计, 本年支出合计. */
const KIND_HEAD: Partial<Record<Table['kind'], RegExp>> = { 'three-public': /三公/u, income: /^(?:本年)?收入(?:合计|总计)/u, spending: /^(?:本年)?支出(?:合计|总计)/u }

/**
 * Rule `units-kind-column`: a table of the department's units side by side whose columns are several tables' wholes
 * (各单位收入支出及“三公”经费决算情况表: 单位名称 | 本年收入合计 | 本年支出合计 | 基本支出 | 项目支出 | “三公”经费决算数)
 * holds a kind's figure in the column its head names, never in its first column. Undefined for a table of one kind's
 * parts (a 三公 table by unit: 合计 | 因公出国（境）费 | …) or a table that is no such table.
 */
export function unitsKindColumn(doc: BudgetDocument, table: Table, kind: Table['kind']): Column | undefined {
  const head = KIND_HEAD[kind]
  if (!head || !unitTables(doc).some((u) => u.table === table)) return undefined
  const heads = moneyColumns(table).filter((c) => c.role !== 'prior')
  const named = heads.filter((c) => head.test(compactText(c.label).replace(/[“”"‘’]/gu, '')))
  // (several kinds' wholes side by side: another kind's head printed too)
  const mixed = Object.entries(KIND_HEAD).some(([k, re]) => k !== kind && heads.some((c) => re!.test(compactText(c.label).replace(/[“”"‘’]/gu, ''))))
  return named.length === 1 && mixed ? named[0] : undefined
}

/** Whether some per-unit table of the document prints a row for the unit. */
export const hasUnitRow = (doc: BudgetDocument, unit: string) =>
  unitTables(doc).some((u) => !!unitRow(u, unit)) || proseUnitRows(doc).some((r) => compactText(r.name).endsWith(compactText(unit)) || (!!r.split && splitNameOf(r.name, compactText(unit))))
