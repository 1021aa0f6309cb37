import type { Cell, Column, Row } from '../schema.js'

/** A row whose values lost their empty cells: the first value is the total, the rest need columns. */
export interface PendingRow {
  row: Row
  values: Cell[]
  /** value columns of the row's side, total first */
  columns: Column[]
}

const MAX_COMBOS = 20_000

function combinations(n: number, k: number): number[][] {
  const out: number[][] = []
  const rec = (start: number, acc: number[]) => {
    if (acc.length === k) { out.push([...acc]); return }
    for (let i = start; i < n; i++) rec(i + 1, [...acc, i])
  }
  rec(0, [])
  return out
}

/** Candidate placements of the values after the total, as column indices (ordered, empty cells skipped). */
function candidates(p: PendingRow): number[][] {
  const rest = p.columns.slice(1)
  return combinations(rest.length, p.values.length - 1).map((c) => c.map((i) => rest[i].index))
}

/** Template order: the general budget is the commonest funding source, then left to right. */
function byPrior(p: PendingRow): number[] {
  const score = (c: number[]) => c.filter((i) => /一般公共预算/.test(p.columns.find((x) => x.index === i)!.label)).length
  const all = candidates(p)
  return all.reduce((best, c) => (score(c) > score(best) ? c : best), all[0])
}

function place(p: PendingRow, placement: number[]) {
  const cells: Cell[] = [{ ...p.values[0], column: p.columns[0].index }]
  placement.forEach((col, i) => cells.push({ ...p.values[i + 1], column: col, inferred: true }))
  p.row.cells = p.columns.map((c) => cells.find((x) => x.column === c.index) ?? { column: c.index, text: '' })
}

/** One unit of the last printed decimal place of the row's figures, in fen. */
function unitFen(row: Row): number {
  const a = row.cells.find((c) => c.amount?.fen)?.amount
  const digits = a ? Number(a.value.replace('-', '').replace('.', '')) : 0
  return digits ? Math.round(Math.abs(a!.fen!) / digits) : 0
}

const fenAt = (row: Row, col: number) => row.cells.find((c) => c.column === col)?.amount?.fen ?? 0

/**
 * Place the values of rows flattened from PDF (empty cells lost). Children of a parent must add up to the
 * parent in every column: the placement that makes the sums hold wins; otherwise template order decides.
 */
export function resolvePlacements(rows: Row[], pending: PendingRow[]): void {
  const byRow = new Map(pending.map((p) => [p.row.index, p]))
  const total = rows.find((r) => r.isTotal)
  const done = new Set<number>()
  const settle = (p: PendingRow, placement: number[]) => { place(p, placement); done.add(p.row.index) }
  if (total && byRow.has(total.index)) settle(byRow.get(total.index)!, byPrior(byRow.get(total.index)!))
  const groups = new Map<number, Row[]>()
  for (const r of rows) {
    const parent = r.parent ?? (r.code && total && r !== total ? total.index : undefined)
    if (parent === undefined) continue
    groups.set(parent, [...(groups.get(parent) ?? []), r])
  }
  for (const r of [total, ...rows].filter(Boolean) as Row[]) {
    const kids = (groups.get(r.index) ?? []).filter((k) => byRow.has(k.index) && !done.has(k.index))
    if (!kids.length || (byRow.has(r.index) && !done.has(r.index))) continue
    solveGroup(r, groups.get(r.index)!, kids.map((k) => byRow.get(k.index)!), settle)
  }
  for (const p of pending) if (!done.has(p.row.index)) settle(p, byPrior(p))
}

function solveGroup(parent: Row, siblings: Row[], kids: PendingRow[], settle: (p: PendingRow, c: number[]) => void) {
  const options = kids.map(candidates)
  const size = options.reduce((n, o) => n * Math.max(o.length, 1), 1)
  const cols = kids[0].columns.slice(1).map((c) => c.index)
  const fixed = siblings.filter((s) => !kids.some((k) => k.row === s))
  if (size <= MAX_COMBOS) {
    // the placement whose column sums come closest to the parent's; printed rounding allows one unit per row
    const pick: number[][] = []
    let best: { dev: number; pick: number[][] } | undefined
    const deviation = () => cols.reduce((dev, col) => {
      let sum = fixed.reduce((n, s) => n + fenAt(s, col), 0)
      kids.forEach((k, i) => { const at = pick[i].indexOf(col); if (at >= 0) sum += k.values[at + 1].amount?.fen ?? 0 })
      return dev + Math.abs(sum - fenAt(parent, col))
    }, 0)
    const search = (i: number): void => {
      if (i === kids.length) { const dev = deviation(); if (!best || dev < best.dev) best = { dev, pick: pick.map((p) => [...p]) }; return }
      for (const o of options[i]) { pick[i] = o; search(i + 1) }
    }
    search(0)
    if (best && best.dev <= siblings.length * unitFen(parent)) { kids.forEach((k, i) => settle(k, best!.pick[i])); return }
  }
  kids.forEach((k) => settle(k, byPrior(k)))
}
