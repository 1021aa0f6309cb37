import type { Row, Table } from '../schema.js'
import { CODE, CONTINUED_WORDS, TOTAL_LABEL } from './tokens.js'
import { valueCell } from './grid-table.js'
import { parentByCode } from './hierarchy.js'

/**
 * What a page break leaves inside one table read from a page's text (a PDF without ruling lines, a scan's text layer):
 * a subject's long name wrapped onto a line of its own, and the table's title, unit line and header printed again
 * on the next page ("续表 表5 一般公共预算支出表 / 单位：万元 / 功能科目名称 合计 基本支出 项目支出"), the rows
 * after it laid out by that header's columns, not the first page's. Two named stages, each a pure function of the
 * table: rule `wrapped-name` and rule `repeated-header`.
 */

const compact = (s: string) => s.replace(/\s+/gu, '')
const hasAmount = (r: Row) => r.cells.some((c) => c.amount)
const filled = (r: Row) => r.cells.filter((c) => c.text.trim() !== '')
/** "一、", "1.", "（1）", "其中：": the lead of a row of its own, never the rest of a wrapped name. */
const OWN_ROW_LEAD = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|其中)/u
const CONTINUED_ROW = new RegExp(`^${CONTINUED_WORDS}`, 'u')
const UNIT_ROW = /^(?:金额)?单位[:：]/u

/**
 * Rule `wrapped-name`: a line holding only words, no code and no amount, the line right after a coded row with amounts and
 * before the next coded row (or the total line, or the table's end), is the rest of that row's name ("机关事业单位基本
 * 养老保险" + "缴费支出"): joined to it, not a row.
 */
export function joinWrappedNames(table: Table): Table {
  const drop = new Set<number>()
  const rows = table.rows
  // (a header's word printed again over a page, "科目编码", is no rest of a name)
  const headerWords = new Set(table.columns.flatMap((c) => [...c.path, c.label]).map(compact))
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]
    const prev = rows[i - 1]
    const next = rows[i + 1]
    if (drop.has(i - 1) || r.code || hasAmount(r) || filled(r).length || r.isTotal || r.indicator) continue
    const words = compact(r.name)
    if (!words || words.length > 12 || OWN_ROW_LEAD.test(words) || TOTAL_LABEL.test(words) || !/^\p{Script=Han}/u.test(words)) continue
    if (headerWords.has(words) || /编码|名称|单位[:：]/u.test(words)) continue
    if (!prev.code || !CODE.test(prev.code) || !hasAmount(prev)) continue
    // (the very next line: a note or a blank line between is no wrap)
    if (r.lines[0] !== prev.lines[1] + 1) continue
    if (next && !(next.code && CODE.test(next.code)) && !next.isTotal) continue
    prev.name = `${prev.name}${words}`
    if (prev.printed) prev.printed = `${prev.printed}${words}`
    prev.lines = [prev.lines[0], Math.max(prev.lines[1], r.lines[1])]
    drop.add(i)
  }
  return drop.size ? dropRows(table, drop) : table
}

/**
 * Rule `repeated-header`: a 续表 line inside the table, then the unit line and a line of the table's own column
 * labels: those lines are the next page's caption and header, and each later row's cells are moved to the column its
 * header label names (the next page may print one column fewer or more, so its cells shift).
 */
export function remapRepeatedHeader(table: Table): Table {
  const rows = table.rows
  const at = rows.findIndex((r) => !r.code && !hasAmount(r) && CONTINUED_ROW.test(compact(r.name)))
  if (at < 1) return table
  const labelAt = new Map<string, number>()
  for (const c of table.columns) if (c.label && !/^第\d+列$/u.test(c.label)) labelAt.set(compact(c.label), c.index)
  let header: Row | undefined
  let k = at + 1
  for (; k < rows.length && k <= at + 3; k++) {
    const r = rows[k]
    if (r.code || hasAmount(r)) break
    const texts = filled(r).map((c) => compact(c.text))
    if (!UNIT_ROW.test(compact(r.name)) && texts.filter((t) => labelAt.has(t)).length >= 2) { header = r; k++; break }
  }
  if (!header) return table
  // each of the header line's cells names the column its cells go to
  const move = new Map<number, number>()
  for (const c of header.cells) {
    const to = labelAt.get(compact(c.text))
    if (to !== undefined) move.set(c.column, to)
  }
  const byIndex = new Map(table.columns.map((c) => [c.index, c]))
  for (const r of rows.slice(k)) {
    r.cells = r.cells.flatMap((c) => {
      const to = move.get(c.column)
      // (a cell under no label of the repeated header is the page's layout: dropped)
      if (to === undefined) return []
      if (to === c.column) return [c]
      const col = byIndex.get(to)!
      return [c.amount ? { ...c, column: to } : { ...valueCell(col, c.text, table.unit ?? ''), column: to }]
    })
  }
  const drop = new Set<number>()
  for (let i = at; i < k; i++) drop.add(i)
  const dropped = rows.slice(at, k).flatMap((r) => Array.from({ length: r.lines[1] - r.lines[0] + 1 }, (_, j) => r.lines[0] + j))
  table.captionLines = [...new Set([...table.captionLines, ...dropped])].sort((a, b) => a - b)
  return dropRows(table, drop)
}

/** The table without the rows dropped: indices, ids and parents renumbered; a coded row's parent found by its code. */
function dropRows(table: Table, drop: Set<number>): Table {
  const kept = table.rows.filter((_, i) => !drop.has(i))
  const remap = new Map(kept.map((r, k) => [r.index, k]))
  for (const [k, r] of kept.entries()) {
    const parent = r.parent !== undefined ? remap.get(r.parent) : undefined
    r.index = k
    r.id = `${table.id}/r${k}`
    if (parent !== undefined) r.parent = parent
    else if (r.parent !== undefined) {
      const byCode = r.code ? parentByCode(kept.slice(0, k), r.code) : undefined
      if (byCode) r.parent = byCode.index
      else delete r.parent
    }
  }
  table.rows = kept
  return table
}
