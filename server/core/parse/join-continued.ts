import { readStackedSides } from './stacked-sides.js'
import type { Column, Row, Table } from '../schema.js'
import { CODE, CONTINUED_WORDS, TABLE_NUMBER_AFTER } from './tokens.js'
import { valueCell, valueRole } from './grid-table.js'
import { codeLevel, parentByCode } from './hierarchy.js'

/** "（续表）", "(续)", "续表", "续上表" closing a title: the page after a table's first one. */
const CONTINUED = new RegExp(`\\s*${CONTINUED_WORDS}\\s*$`, 'u')
/** "（下转续表）", "转下页", "(未完)": a table's last line saying it goes on. */
const GOES_ON = /^[（(]?\s*(?:下转续表|转下页|接下页|续下页|未完(?:待续)?)\s*[)）]?$/u

/** A table's number after its title, set apart: "支出决算表　公开03表". */
const NUMBER_AFTER = new RegExp(String.raw`\s+${TABLE_NUMBER_AFTER}$`, 'u')
const sameNumber = (a: string, b: string) => NUMBER_AFTER.exec(a)?.[0].trim() === NUMBER_AFTER.exec(b)?.[0].trim()

const labelOf = (c: Column) => c.label.replace(/\s+/g, '').replace(/^第\d+列$/, '')

/**
 * Rule `continued-table`: a table printed over several pages repeats its title with 续表 and its header on each
 * page. A table titled as the one before it plus a continuation mark ("表三 支出决算表（续表）"), whose every
 * labelled column the one before it has, is the same table: its rows go on from that one's, their columns mapped
 * by label (a page's layout may shift the cells), and the 下转续表 line between them is the table's caption.
 * Returns the tables that stay, numbered again in order.
 */
export function joinContinued(tables: Table[]): Table[] {
  const out: Table[] = []
  for (const t of tables) {
    const prev = out[out.length - 1]
    const columns = prev && continues(prev, t)
    if (columns) append(prev, t, columns)
    else out.push(t)
  }
  out.forEach(renumber)
  return out
}

/** The column map (this table's index → the earlier one's) when `t` continues `prev`, else undefined. */
function continues(prev: Table, t: Table): Map<number, number> | undefined {
  // (the table's number printed after its title, "支出决算表（续表）　公开03表", is no part of the title's words)
  const title = t.title.replace(NUMBER_AFTER, '')
  if (!CONTINUED.test(title) || t.kind === 'performance' || prev.kind === 'performance') return undefined
  const base = title.replace(CONTINUED, '').trim()
  if (base && base !== prev.title.replace(NUMBER_AFTER, '').replace(CONTINUED, '').trim()) return undefined
  if (t.title !== title && prev.title.replace(NUMBER_AFTER, '') !== prev.title && !sameNumber(prev.title, t.title)) return undefined
  if (t.year !== prev.year || (t.unit && prev.unit && t.unit !== prev.unit)) return undefined
  // rule headerless-continued: 续表 over rows alone, its header not repeated (a Word table split after 「续表」): its
  // columns are the earlier one's, one for one
  if (t.columns.every((c) => !labelOf(c)) && t.columns.length === prev.columns.length && prev.columns.some((c) => labelOf(c))) {
    return new Map(t.columns.map((c, k) => [c.index, prev.columns[k].index]))
  }
  const byLabel = new Map<string, number>()
  for (const c of prev.columns) if (labelOf(c) && !byLabel.has(labelOf(c) + (c.side ?? ''))) byLabel.set(labelOf(c) + (c.side ?? ''), c.index)
  const map = new Map<number, number>()
  for (const c of t.columns) {
    const at = byLabel.get(labelOf(c) + (c.side ?? ''))
    if (at !== undefined) { map.set(c.index, at); continue }
    // an unlabelled column no row fills is a page's layout, not a column
    if (labelOf(c) || t.rows.some((r) => r.cells.some((x) => x.column === c.index && x.text.trim()))) return undefined
  }
  return map.size ? map : undefined
}

/** A row that only says the table goes on ("（下转续表）"): no code, no name, one text. */
const isGoesOn = (r: Row) => !r.code && !r.name.trim() && r.cells.filter((c) => c.text.trim()).length === 1 && r.cells.some((c) => GOES_ON.test(c.text.trim()))

const lineRange = ([a, b]: [number, number]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)

function append(prev: Table, t: Table, columns: Map<number, number>): void {
  const keep = (table: Table) => {
    const rows = table.rows.filter((r) => !isGoesOn(r))
    for (const r of table.rows) if (isGoesOn(r)) table.captionLines.push(...lineRange(r.lines))
    return rows
  }
  const before = keep(prev)
  const offset = before.length
  const remap = new Map<number, number>()
  const after = keep(t)
  after.forEach((r, k) => remap.set(r.index, offset + k))
  before.forEach((r, k) => { if (r.index !== k) reparent(before, r.index, k); r.index = k })
  const byIndex = new Map(prev.columns.map((c) => [c.index, c]))
  const role = (i: number) => byIndex.get(i)?.role
  const moved = after.map((r): Row => {
    const cells = r.cells.filter((c) => columns.has(c.column)).map((c) => ({ ...c, column: columns.get(c.column)! }))
    // a headerless page's cells land in the earlier page's columns: its name column names the row (the code read as
    // the name when no column said which is which), its amount columns hold amounts in the earlier page's unit
    const named = cells.find((c) => role(c.column) === 'name' && c.text.trim())?.text.trim()
    const codeAsName = named && !r.code && CODE.test(r.name.trim()) ? r.name.trim() : undefined
    return {
      ...r,
      ...(codeAsName ? { code: codeAsName, level: codeLevel(codeAsName) } : {}),
      ...(named && (codeAsName || !r.name.trim()) ? { name: named } : {}),
      index: remap.get(r.index)!,
      parent: r.parent !== undefined ? remap.get(r.parent) : undefined,
      cells: cells.filter((c) => role(c.column) !== 'name' && role(c.column) !== 'code')
        .map((c) => (c.amount || !valueRole(byIndex.get(c.column)!) ? c : valueCell(byIndex.get(c.column)!, c.text, prev.unit ?? ''))),
    }
  })
  const rows = [...before, ...moved]
  // a subject code whose parent is on an earlier page: the nearest earlier row whose code it extends
  for (const r of moved) {
    if (r.parent !== undefined || !r.code) { if (r.parent === undefined) delete r.parent; continue }
    const parent = parentByCode(rows.slice(0, r.index).filter((p) => CODE.test(p.code ?? '')), r.code)
    if (parent) r.parent = parent.index
    else delete r.parent
  }
  prev.rows = rows
  // (a one-column 收支总表 whose sides its rows' order gave, rule stacked-sides: the pages after go on with the side the
  // page before ended in, read again over the whole table)
  if (!prev.columns.some((c) => c.side) && before.some((r) => r.side) && moved.every((r) => !r.side)) {
    for (const r of rows) delete r.side
    readStackedSides(rows)
  }
  prev.captionLines = [...prev.captionLines, ...t.captionLines].sort((a, b) => a - b)
  prev.headerLines = [...prev.headerLines, ...t.headerLines].sort((a, b) => a - b)
  prev.notes.push(...t.notes)
  prev.fields.push(...t.fields)
  prev.lines = [Math.min(prev.lines[0], t.lines[0]), Math.max(prev.lines[1], t.lines[1])]
  prev.noData = prev.noData && t.noData
  if (t.cutShort) prev.cutShort = true
  else delete prev.cutShort
}

/** Rows whose parent was `from` now point at `to` (a dropped row before them moved their parent up). */
function reparent(rows: Row[], from: number, to: number): void {
  for (const r of rows) if (r.parent === from) r.parent = to
}

function renumber(t: Table, index: number): void {
  const id = `${t.docId}/t${index}`
  t.index = index
  t.id = id
  t.rows.forEach((r, k) => { r.id = `${id}/r${k}` })
}
