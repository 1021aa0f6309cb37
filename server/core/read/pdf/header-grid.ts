import { overlap, placeChunk, type ColumnSpan } from './columns.js'
import { labelChunk, type Label } from './header-labels.js'

/** One header row of the grid: per column, the label covering that cell (undefined: none), and its own labels. */
export interface HeaderRow {
  cells: (Label | undefined)[]
  own: Label[]
}

const midY = (l: Label) => (l.top + l.bottom) / 2
const midX = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2
/** Cost of a header cell left uncovered above a leaf, or covered where the leaf reaches up: worse than any centring. */
const BROKEN = 1000

/** The column a leaf label stands over: the one it overlaps most, else the nearest. */
function leafColumn(lab: Label, columns: ColumnSpan[]): number {
  const ov = columns.map((s) => overlap(lab, s))
  const best = ov.indexOf(Math.max(...ov))
  return ov[best] > 0 ? best : placeChunk(labelChunk(lab), columns)[0]
}

/** Label mids clustered into rows (within half a line), top to bottom. */
function clusterRows(mids: number[], h: number): number[] {
  const rows: number[] = []
  for (const m of [...mids].sort((a, b) => a - b)) if (!rows.length || m - rows[rows.length - 1] > 0.5 * h) rows.push(m)
  return rows
}

/**
 * A header as the grid of merged cells it prints, every cell filled with the label that covers it (as a sheet's
 * merged header cells are spread: the parser then reads each column's path top to bottom, and never has to guess
 * how far a label reaches).
 *
 * Group labels (a lower label stands in a column under them) define the grid's rows, with the lowest leaves as the
 * bottom row. A leaf fills its column from the row at which its label is vertically centred between that row and
 * the bottom (公务接待费 centred in a cell two rows high beside 小计/购置费/运行费) down. The cells above a leaf are
 * covered by the group labels of those rows, and no group reaches down into a leaf's cell: merged cells tile the
 * header. Within that, each group spans the columns it is centred over (side by side, 本年收入 | 本年支出 share the
 * row out); a lower group's span lies inside a higher one's or apart from it.
 */
export function headerGrid(labels: Label[], columns: ColumnSpan[]): HeaderRow[] {
  if (!labels.length || !columns.length) return []
  const h = Math.max(...labels.map((l) => l.h))
  const placed = labels.map((lab) => ({ lab, range: placeChunk(labelChunk(lab), columns), col: leafColumn(lab, columns) }))
  const below = (a: Label, b: Label) => midY(b) > midY(a) + 0.3 * a.h
  // a label is a group when a lower one stands in its columns, or right under the label itself, one's axis within
  // the other (预算数 centred over its block may overlap no column that has a leaf)
  const under = (a: Label, b: Label) => (midX(a) >= b.x0 && midX(a) <= b.x1) || (midX(b) >= a.x0 && midX(b) <= a.x1)
  const isGroup = (p: (typeof placed)[number]) => placed.some((q) => q !== p && below(p.lab, q.lab) && ((q.col >= p.range[0] && q.col <= p.range[1]) || under(p.lab, q.lab)))
  const groups = placed.filter(isGroup)
  const leaves = placed.filter((p) => !isGroup(p))
  const bottom = Math.max(...leaves.map((p) => midY(p.lab)))
  const rowMids = clusterRows([...groups.map((g) => midY(g.lab)), bottom], h)
  const rowOf = (y: number) => rowMids.reduce((best, m, i) => (Math.abs(m - y) < Math.abs(rowMids[best] - y) ? i : best), 0)
  const last = rowMids.length - 1
  // a leaf's top row: where its label sits centred between that row and the bottom
  const leafTop = (lab: Label) => rowMids.reduce((best, m, i) => (Math.abs((m + rowMids[last]) / 2 - midY(lab)) < Math.abs((rowMids[best] + rowMids[last]) / 2 - midY(lab)) ? i : best), last)
  const leafAt: Label[][] = columns.map(() => [])
  const top = columns.map(() => Infinity)
  for (const p of leaves.sort((a, b) => a.lab.x0 - b.lab.x0)) {
    leafAt[p.col].push(p.lab)
    top[p.col] = Math.min(top[p.col], leafTop(p.lab))
  }
  // a column's cell is at least as wide as its leaf label (an empty table's name column has only 合计 under it)
  const cellExtent = columns.map((s, c) => ({ x0: Math.min(s.x0, ...leafAt[c].map((l) => l.x0)), x1: Math.max(s.x1, ...leafAt[c].map((l) => l.x1)) }))
  const span = new Map<Label, [number, number]>()
  // cells a group one row down reaches up into (`row:column`)
  const tall = new Map<string, Label>()
  const rowGroups = (r: number) => groups.filter((g) => rowOf(midY(g.lab)) === r).sort((a, b) => a.lab.x0 - b.lab.x0)
  // the lowest rows first: a higher group's span must nest with the ones below it
  for (let r = last; r >= 0; r--) {
    const row = rowGroups(r)
    if (!row.length) continue
    const lower = [...span.values()]
    // a bottom cell with a group label over it on a higher row may be that label's, reaching down: no reason to cover it
    const overhead = columns.map((_, c) => groups.some((g) => rowOf(midY(g.lab)) < r && overlap(g.lab, cellExtent[c]) > 0))
    const taken = columns.map((_, c) => tall.has(`${r}:${c}`))
    const chosen = spansOfRow(row.map((g) => ({ lab: g.lab, anchor: [g.col, g.col] as [number, number] })), cellExtent, r, top, lower, taken, overhead)
    row.forEach((g, i) => span.set(g.lab, chosen[i]))
    // groups side by side with the next row's groups but printed higher (合计, 因公出国（境）费 and 公务接待费 beside
    // 小计/购置费/运行维护费 under 公务用车购置及运行维护费) are centred in taller cells: they reach up one row more
    const below = rowMids.findIndex((_, k) => k > r && rowGroups(k).length > 0)
    if (r === 0 || below < 0) continue
    const next = rowGroups(below)
    // (only groups standing right over leaves, like the ones beside them: none of the lower spans lies under them)
    const disjoint = (a: [number, number], b: [number, number]) => a[1] < b[0] || a[0] > b[1]
    const apart = row.every((g) => lower.every((o) => disjoint(o, span.get(g.lab)!))) && next.every((o) => lower.every((x) => x === span.get(o.lab) || disjoint(x, span.get(o.lab)!)))
    if (!apart || Math.max(...row.map((g) => midY(g.lab))) > Math.min(...next.map((o) => midY(o.lab))) - 0.3 * h) continue
    for (const g of row) for (let c = span.get(g.lab)![0]; c <= span.get(g.lab)![1]; c++) tall.set(`${r - 1}:${c}`, g.lab)
  }
  const groupAt = (r: number, c: number) => tall.get(`${r}:${c}`) ?? groups.find((g) => rowOf(midY(g.lab)) === r && span.get(g.lab)![0] <= c && c <= span.get(g.lab)![1])?.lab
  // a leaf fills its column from its top row down, and up through cells no group covers (a label set at the foot of
  // a tall cell); above a group's cell, the column's cells are the groups' only
  const grid = columns.map((_, c) => {
    const cells: (Label | undefined)[] = rowMids.map(() => undefined)
    const leaf = joinLabels(leafAt[c])
    let open = true
    for (let r = last; r >= 0; r--) {
      const g = r >= top[c] ? undefined : groupAt(r, c)
      if (g) open = false
      cells[r] = g ?? (open ? leaf : undefined)
    }
    // a cell left between a group and the groups under it (a row only other columns' labels define) is the group's
    for (let r = 1; r < cells.length; r++) if (!cells[r] && cells[r - 1] && cells.slice(r + 1).some(Boolean)) cells[r] = cells[r - 1]
    return cells
  })
  return rowMids.map((_, r) => {
    const own = [...groups.filter((g) => rowOf(midY(g.lab)) === r), ...leaves.filter((p) => leafTop(p.lab) === r)].map((p) => p.lab)
    return { cells: grid.map((col) => col[r]), own }
  })
}

/** Two leaves in one column (a label printed in two pieces on one line): one label. */
function joinLabels(labs: Label[]): Label | undefined {
  if (labs.length <= 1) return labs[0]
  return {
    chunks: labs.flatMap((l) => l.chunks), x0: Math.min(...labs.map((l) => l.x0)), x1: Math.max(...labs.map((l) => l.x1)),
    top: Math.min(...labs.map((l) => l.top)), bottom: Math.max(...labs.map((l) => l.bottom)), h: labs[0].h, page: labs[0].page,
  }
}

/** How far (in label heights) a left-set group label may stand from its column's left edge. */
const LEFT_SET = 0.5

/**
 * Spans for the group labels of one row, left to right and apart: each holds the column it stands over, the cells
 * above a leaf must be covered and a leaf's own cells must not be, lower spans nest; among those, the labels
 * centred best over their spans (ties: the narrower span).
 */
function spansOfRow(row: { lab: Label; anchor: [number, number] }[], columns: ColumnSpan[], r: number, top: number[], lower: [number, number][], taken: boolean[], overhead: boolean[]): [number, number][] {
  const last = Math.max(...top.filter((t) => t !== Infinity))
  const h = Math.max(...row.map((g) => g.lab.h))
  const n = columns.length
  // the cost of leaving a column's cell on this row uncovered: a leaf centred over several rows shows that the cells
  // above it are another label's; a leaf on the bottom row (text set at the foot of a tall cell) only suggests it;
  // a column with no leaf may go either way
  const uncovered = top.map((t, c) => (t === Infinity || t <= r || taken[c] ? 0 : t < last ? BROKEN : overhead[c] ? 0 : 2 * h))
  const forbidden = top.map((t, c) => t <= r || taken[c])
  const gap = (a: number, b: number) => { let k = 0; for (let c = a; c <= b; c++) k += uncovered[c]; return k }
  const nests = (a: number, b: number) => lower.every(([x, y]) => y < a || x > b || (a <= x && y <= b))
  const cost = (lab: Label, a: number, b: number) => {
    let k = 0
    for (let c = a; c <= b; c++) if (forbidden[c]) k++
    return k * BROKEN + Math.abs(midX(lab) - (columns[a].x0 + columns[b].x1) / 2) + 0.01 * (b - a)
  }
  // rule left-set-groups: every group label of the row set at the left edge of its column (a sheet's merged cells with
  // their text left-aligned, "预算数" over six columns, "决算数" over the next six): each reaches to the next one's column
  const leftSet = row.length >= 2 && row.every((g, i) => Math.abs(g.lab.x0 - columns[g.anchor[0]].x0) <= LEFT_SET * h && (i === 0 || g.anchor[0] > row[i - 1].anchor[0]))
  if (leftSet) {
    const spans = row.map((g, i): [number, number] => [g.anchor[0], i + 1 < row.length ? row[i + 1].anchor[0] - 1 : n - 1])
    if (spans.every(([a, b]) => nests(a, b) && !forbidden.slice(a, b + 1).some(Boolean)) && gap(0, spans[0][0] - 1) === 0) return spans
  }
  // best[i][b]: the cheapest spans for groups 0..i with group i ending at column b
  const best: { cost: number; a: number; prev: number }[][] = row.map(() => Array.from({ length: n }, () => ({ cost: Infinity, a: -1, prev: -1 })))
  row.forEach((g, i) => {
    for (let a = 0; a <= g.anchor[0]; a++) {
      for (let b = Math.max(a, g.anchor[1]); b < n; b++) {
        if (!nests(a, b)) continue
        const own = cost(g.lab, a, b)
        if (i === 0) {
          const total = gap(0, a - 1) + own
          if (total < best[0][b].cost) best[0][b] = { cost: total, a, prev: -1 }
          continue
        }
        for (let e = 0; e < a; e++) {
          const total = best[i - 1][e].cost + gap(e + 1, a - 1) + own
          if (total < best[i][b].cost) best[i][b] = { cost: total, a, prev: e }
        }
      }
    }
  })
  const lastRow = best[row.length - 1]
  let end = -1
  let min = Infinity
  lastRow.forEach((s, b) => { const t = s.cost + gap(b + 1, n - 1); if (t < min) { min = t; end = b } })
  const out: [number, number][] = row.map((g) => g.anchor)
  if (end < 0) return out
  for (let i = row.length - 1; i >= 0; i--) {
    const s = best[i][end]
    out[i] = [s.a, end]
    end = s.prev
  }
  return out
}
