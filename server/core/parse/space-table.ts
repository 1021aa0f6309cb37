import type { Cell, Column, Row, Side } from '../schema.js'
import { buildColumns } from './header.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import { assignHierarchy } from './hierarchy.js'
import { readStackedSides } from './stacked-sides.js'
import { resolvePlacements, type PendingRow } from './infer-placement.js'
import { columnSpans, placeBySpans, placedWords, type Placed } from './header-spans.js'
import { figureEdges, placeByPosition, type Edge } from './layout-columns.js'
import { leadRoles, splitLeadWords } from './lead-columns.js'
import { headerPaths } from './space-header.js'
import type { SourceLine } from './source-lines.js'
import { valueCell } from './grid-table.js'
import type { TableDraft } from './table-draft.js'
import { CODE, TOTAL_LABEL, isValueToken, joinText, mergeSpacedHan, tokenize } from './tokens.js'

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

/**
 * Parse a table flattened from PDF: cells separated by spaces, empty cells lost, header cells wrapped.
 * A row's figures are placed, in order of preference, by the right edges of rows that fill every column, by the
 * header labels above them (aligned layouts), or by the sums of its children (see infer-placement).
 */
export function parseSpaceTable(lines: SourceLine[], draft: TableDraft): void {
  const { table } = draft
  const parsed = lines.map((l) => ({ line: l, ...tokensOf(l) }))
  const first = parsed.findIndex((p) => isDataWords(p.words))
  const header = first < 0 ? parsed : parsed.slice(0, first)
  const data = first < 0 ? [] : parsed.slice(first)
  table.headerLines.push(...header.map((h) => h.line.no))
  const terms = defaultVocabulary.header.join(header.flatMap((h) => h.words))
  const hasCodes = data.some((d) => CODE.test(d.words[0] ?? ''))
  const hasNames = data.some((d) => d.words.some((w) => !isValueToken(w)))
  const { paths, lead } = headerPaths(terms, hasCodes, hasNames, header.length === 1)
  table.columns = buildColumns(paths, table.year)
  const leadCols = table.columns.slice(0, lead)
  leadRoles(leadCols)
  // aligned layouts (figures set apart by runs of spaces) place figures by position; the rest by sums
  const spaced = data.filter((d) => d.toks.slice(1).filter((t) => isValueToken(t.tok)).every((t) => t.gap >= 2)).length
  const aligned = data.length > 0 && spaced / data.length >= 0.6
  const valueCols = table.columns.filter(isValueColumn)
  const spans = aligned ? columnSpans(header.map((h) => h.line), valueCols) : undefined
  const leadSpans = aligned && lead ? columnSpans(header.map((h) => h.line), leadCols) : undefined
  const key = spans ? metricOf(data.map((d) => placedWords(d.line.text)), [...spans.values()]) : 'width'
  const pending: (PendingRow & { edges: Edge[] })[] = []
  const fullEdges = new Map<string, Edge[][]>()
  const indents = new Map<number, number>()
  const textCells = new Map<number, Cell[]>()
  for (const d of data) {
    const groups = table.columns.some((c) => c.side) ? sideGroups(d.words) : [{ side: undefined, words: d.words }]
    if (!groups) { draft.reject(d.line, 'row has more labelled groups than the two sides of the table'); continue }
    let edges: Edge[]
    let texts: Cell[] = []
    let parts: { side: Side | undefined; valueCols: Column[]; code?: string; values: string[]; name: string }[]
    if (lead) {
      const split = splitLeadWords(placedWords(d.line.text), leadCols, leadSpans, spans && [...spans.values()], key)
      const words = (c: Column | undefined) => (c ? split.lead.get(c.index) ?? [] : [])
      const codeWords = words(leadCols.find((c) => c.role === 'code'))
      const code = codeWords.length === 1 && CODE.test(codeWords[0]) ? codeWords[0] : undefined
      const name = [...words(leadCols.find((c) => c.role === 'name')), ...(code ? [] : codeWords)].reduce(joinText, '')
      texts = leadCols.filter((c) => c.role === 'text').map((c) => ({ column: c.index, text: words(c).reduce(joinText, '') }))
      parts = [{ side: undefined, valueCols, code, values: split.figures.map((f) => f.text), name }]
      edges = split.figures.map((f) => f.edge)
    } else {
      parts = groups.map((g) => {
        let words = g.words
        const code = CODE.test(words[0] ?? '') && words.length > 1 && !isValueToken(words[1]) ? words[0] : undefined
        if (code) words = words.slice(1)
        const values = words.filter(isValueToken)
        const name = words.filter((w) => !isValueToken(w)).reduce(joinText, '')
        return { side: g.side, valueCols: table.columns.filter((c) => c.side === g.side && isValueColumn(c)), code, values, name }
      })
      edges = figureEdges(d.line.text).slice(parts[0]?.code ? 1 : 0)
    }
    const wide = parts.find((p) => p.values.length > p.valueCols.length)
    if (wide) { draft.reject(d.line, `row has ${wide.values.length} figures but the header has ${wide.valueCols.length} value columns`); continue }
    let at = 0
    for (const { side, valueCols: cols, code, values, name } of parts) {
      const cells: Cell[] = values.map((v, i) => valueCell(cols[i], v, draft.unit))
      const own = edges.slice(at, (at += values.length))
      const full = values.length === cols.length || values.length <= 1
      if (values.length === cols.length && values.length > 1) fullEdges.set(side ?? '', [...(fullEdges.get(side ?? '') ?? []), own])
      // rule `label-over-figures`: figures alone on the line after a label alone ("三、出院者平均医药费用" / "5591.34 5641.93 …") are that label's row
      const host = !name && !code && parts.length === 1 ? labelOnlyRow(table.rows, d.line.no) : undefined
      // rule `heading-before-item`: a section's heading printed on its first item's line ("一、收入支出情况对比 (一) 收入总计")
      // is a row of its own, with no figures: the item is "(一) 收入总计"
      const heading = !host && !code ? HEADING_THEN_ITEM.exec(name) : null
      if (heading) draft.addRow({ name: heading[1], side, cells: padCells([], cols), lines: [d.line.no, d.line.no] })
      const rowCells = full ? padCells(cells, cols) : cells
      const row = host ? Object.assign(host, { cells: rowCells, lines: [host.lines[0], d.line.no] }) : draft.addRow({ code, name: heading ? heading[2] : name, side, cells: rowCells, lines: [d.line.no, d.line.no] })
      if (!full || (values.length === 1 && cols.length > 1)) pending.push({ row, values: cells, columns: cols, edges: own })
      if (texts.length) textCells.set(row.index, texts)
      if (host) continue
      const nameTok = d.toks[code ? 1 : 0]
      indents.set(row.index, lead ? 0 : code ? Math.max(0, (nameTok?.gap ?? 1) - 1) : nameTok?.gap ?? 0)
    }
  }
  readStackedSides(table.rows)
  assignHierarchy(table.rows, indents)
  const unplaced = pending.filter((p) => {
    if (!aligned) return p.values.length > 1
    const sp = spans && p.columns.map((c) => spans.get(c.index)!)
    const cols = placeByPosition(fullEdges.get(p.row.side ?? '') ?? [], p.edges, p.columns.length) ?? (sp && placeBySpans(sp, p.edges))
    if (!cols) return p.values.length > 1
    p.row.cells = p.columns.map((c, k) => { const i = cols.indexOf(k); return i >= 0 ? { ...p.values[i], column: c.index } : { column: c.index, text: '' } })
    return false
  })
  resolvePlacements(table.rows, unplaced)
  for (const [i, cells] of textCells) table.rows[i].cells = [...cells, ...table.rows[i].cells].sort((a, b) => a.column - b.column)
}

const HEADING_THEN_ITEM = /^([一二三四五六七八九十]+[、.．][^（(\d]{2,20}?)\s*([（(][一二三四五六七八九十]+[)）]\s*\S.*)$/u

/** The last row when it is a label with no figure on the line just before `lineNo`. */
function labelOnlyRow(rows: Row[], lineNo: number): Row | undefined {
  const last = rows[rows.length - 1]
  return last && last.name && last.lines[1] === lineNo - 1 && last.cells.every((c) => !c.text.trim()) ? last : undefined
}

const isValueColumn = (c: Column) => c.role !== 'code' && c.role !== 'name' && c.role !== 'text'

/** The metric (characters or display columns) in which the rows' figures line up with the header labels. */
function metricOf(rows: Placed[][], spans: Placed[]): keyof Edge {
  const cost = (key: keyof Edge) => rows.flat().filter((w) => isValueToken(w.text)).reduce((n, w) => {
    // capped: a code or 序号 under a text column is far from every figure column in both metrics
    return n + Math.min(8, ...spans.map((s) => (w.end[key] < s.start[key] ? s.start[key] - w.end[key] : w.end[key] > s.end[key] ? w.end[key] - s.end[key] : 0)))
  }, 0)
  return cost('char') < cost('width') ? 'char' : 'width'
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
