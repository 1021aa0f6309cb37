import type { Cell, Column, Row, Side } from '../schema.js'
import { buildColumns } from './header.js'
import { joinHeaderFragments } from './header-terms.js'
import { assignHierarchy } from './hierarchy.js'
import { resolvePlacements, type PendingRow } from './infer-placement.js'
import { figureEdges, placeByPosition, type Edge } from './layout-columns.js'
import type { SourceLine } from './source-lines.js'
import { valueCell } from './grid-table.js'
import type { TableDraft } from './table-draft.js'
import { CODE, TOTAL_LABEL, isValueToken, joinText, mergeSpacedHan, tokenize } from './tokens.js'

const GROUP = /分类科目$|^科目$|^本年.*支出$|财政拨款支出$/
const SPENDING_LABEL = /支出|结转下年|结余/

function tokensOf(l: SourceLine) {
  const toks = tokenize(l.text)
  return { toks, words: mergeSpacedHan(toks.map((t) => t.tok)) }
}

function isDataWords(words: string[]): boolean {
  if (!words.length) return false
  if (CODE.test(words[0]) && words.length > 1 && !isValueToken(words[1])) return true
  return words.some(isValueToken) || (TOTAL_LABEL.test(words[0]) && words.length === 1)
}

/** Column paths from wrapped header text: terms joined again, group labels become path parents. */
function headerPaths(terms: string[], hasCodes: boolean): string[][] {
  const names = terms.filter((t) => t === '项目')
  if (names.length >= 2) {
    const at = terms.indexOf('项目', terms.indexOf('项目') + 1)
    const side = (ts: string[], label: string) => ts.filter((t) => t !== '收入' && t !== '支出').map((t) => [label, t])
    return [...side(terms.slice(0, at), '收入'), ...side(terms.slice(at), '支出')]
  }
  const paths: string[][] = [['科目编码'], ['科目名称']]
  if (!hasCodes) paths.shift()
  let group: string | undefined
  const startAt = Math.max(0, terms.findIndex((t) => TOTAL_LABEL.test(t)))
  terms.forEach((t, i) => {
    if (/^\d{4}\s*年/.test(t)) { group = t; return }
    if (GROUP.test(t) || /^科目编\s*码$|^科目名称$|^项目$/.test(t) || i < startAt) return
    paths.push(group ? [group, t] : [t])
  })
  return paths
}

/**
 * Parse a table flattened from PDF: cells separated by single spaces, empty cells lost, header cells wrapped.
 * Values after a row's total are placed by the sums of its children (see infer-placement).
 */
export function parseSpaceTable(lines: SourceLine[], draft: TableDraft): void {
  const { table } = draft
  const parsed = lines.map((l) => ({ line: l, ...tokensOf(l) }))
  const first = parsed.findIndex((p) => isDataWords(p.words))
  const header = first < 0 ? parsed : parsed.slice(0, first)
  const data = first < 0 ? [] : parsed.slice(first)
  table.headerLines.push(...header.map((h) => h.line.no))
  const terms = joinHeaderFragments(header.flatMap((h) => h.words))
  const hasCodes = data.some((d) => CODE.test(d.words[0] ?? ''))
  table.columns = buildColumns(headerPaths(terms, hasCodes), table.year)
  const pending: (PendingRow & { edges: Edge[] })[] = []
  const fullEdges = new Map<string, Edge[][]>()
  const indents = new Map<number, number>()
  for (const d of data) {
    const groups = table.columns.some((c) => c.side) ? sideGroups(d.words) : [{ side: undefined, words: d.words }]
    if (!groups) { draft.reject(d.line, 'row has more labelled groups than the two sides of the table'); continue }
    const parts = groups.map((g) => {
      const valueCols = table.columns.filter((c) => c.side === g.side && c.role !== 'code' && c.role !== 'name' && c.role !== 'text')
      let words = g.words
      const code = CODE.test(words[0] ?? '') && words.length > 1 && !isValueToken(words[1]) ? words[0] : undefined
      if (code) words = words.slice(1)
      const values = words.filter(isValueToken)
      const name = words.filter((w) => !isValueToken(w)).reduce(joinText, '')
      return { side: g.side, valueCols, code, values, name }
    })
    const edges = figureEdges(d.line.text).slice(parts[0]?.code ? 1 : 0)
    const wide = parts.find((p) => p.values.length > p.valueCols.length)
    if (wide) { draft.reject(d.line, `row has ${wide.values.length} figures but the header has ${wide.valueCols.length} value columns`); continue }
    let at = 0
    for (const { side, valueCols, code, values, name } of parts) {
      const cells: Cell[] = values.map((v, i) => valueCell(valueCols[i], v, draft.unit))
      const own = edges.slice(at, (at += values.length))
      const full = values.length === valueCols.length || values.length <= 1
      if (values.length === valueCols.length && values.length > 1) fullEdges.set(side ?? '', [...(fullEdges.get(side ?? '') ?? []), own])
      const row = draft.addRow({ code, name, side, cells: full ? padCells(cells, valueCols) : cells, lines: [d.line.no, d.line.no] })
      if (!full) pending.push({ row, values: cells, columns: valueCols, edges: own })
      const nameTok = d.toks[code ? 1 : 0]
      indents.set(row.index, code ? Math.max(0, (nameTok?.gap ?? 1) - 1) : nameTok?.gap ?? 0)
    }
  }
  assignHierarchy(table.rows, indents)
  // aligned layouts (figures set apart by runs of spaces) place figures by position; the rest by sums
  const spaced = data.filter((d) => d.toks.slice(1).filter((t) => isValueToken(t.tok)).every((t) => t.gap >= 2)).length
  const aligned = data.length > 0 && spaced / data.length >= 0.6
  const unplaced = pending.filter((p) => {
    if (!aligned) return true
    const cols = placeByPosition(fullEdges.get(p.row.side ?? '') ?? [], p.edges, p.columns.length)
    if (!cols) return true
    p.row.cells = p.columns.map((c, k) => { const i = cols.indexOf(k); return i >= 0 ? { ...p.values[i], column: c.index } : { column: c.index, text: '' } })
    return false
  })
  resolvePlacements(table.rows, unplaced)
}

function padCells(cells: Cell[], cols: Column[]): Cell[] {
  return cols.map((c) => cells.find((x) => x.column === c.index) ?? { column: c.index, text: '' })
}

/** Two-sided rows: each label opens a group with the figures after it; one group alone goes by its label. */
function sideGroups(words: string[]): { side: Side; words: string[] }[] | undefined {
  const groups: string[][] = []
  for (const w of words) {
    const cur = groups[groups.length - 1]
    if (!isValueToken(w) && (!cur || cur.some(isValueToken) || cur.length > 0)) groups.push([w])
    else if (cur) cur.push(w)
    else groups.push([w])
  }
  if (groups.length > 2) return undefined
  if (groups.length === 2) return [{ side: 'income', words: groups[0] }, { side: 'spending', words: groups[1] }]
  return groups.map((g) => ({ side: SPENDING_LABEL.test(g[0]) ? 'spending' : 'income', words: g }))
}

export type { Row }
