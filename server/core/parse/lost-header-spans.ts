import { isNumberToken } from './amount.js'
import { decimalOf } from './amount.js'
import { roleOf } from './header.js'

/**
 * Rule lost-header-spans: a two-level header copied without its merged cells prints its labels packed to the left
 * (“三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费, then 小计 | 公务用车购置费 | 公务用车运行费)
 * under rows of more figures than either line has labels. Which top label was the group over the second line's
 * labels is read from the figures: every layout that gives the right number of columns is tried, and one is taken
 * only when it alone adds up (a group's 小计 = its other children, a 合计 = the other top columns) with a figure
 * that is not zero. Otherwise the columns whose label differs between the candidate layouts are left unlabelled
 * (their candidate labels kept), so no figure is ever read from a column that is not known.
 */

export interface RespannedHeader {
  /** header rows with the group label repeated over its children and each leaf alone on the first row */
  rows: string[][]
  /** column index → the labels the column may have, for the columns the figures cannot tell apart */
  uncertain: Map<number, string[]>
}

type Layout = string[][] // per column: its path

const SUBTOTAL = /^(?:小计|合计)$/
const TOTAL = /(?:合计|总计)$/
const MAX_LAYOUTS = 2000

const filledPrefix = (cells: string[]): number | undefined => {
  const n = cells.filter((c) => c.trim() !== '').length
  return cells.slice(0, n).every((c) => c.trim() !== '') ? n : undefined
}

/** Group sizes for each top label (0 = a leaf): g groups of at least 2 children sharing n2 labels, in order. */
function* groupSizes(n1: number, g: number, n2: number, at = 0): Generator<number[]> {
  if (at === n1) { if (g === 0 && n2 === 0) yield []; return }
  if (n1 - at > g) for (const rest of groupSizes(n1, g, n2, at + 1)) yield [0, ...rest]
  if (g > 0) for (let k = 2; k <= n2 - 2 * (g - 1); k++) for (const rest of groupSizes(n1, g - 1, n2 - k, at + 1)) yield [k, ...rest]
}

function layoutOf(top: string[], second: string[], sizes: number[]): Layout {
  const out: Layout = []
  let child = 0
  sizes.forEach((k, i) => {
    if (!k) out.push([top[i]])
    else for (let j = 0; j < k; j++) out.push([top[i], second[child++]])
  })
  return out
}

/** Exact value of a figure cell in hundredths (any unit: only equality matters); empty is 0. */
const valueOf = (cell: string): bigint | undefined => {
  const t = cell.trim()
  if (!t || /^[-—–]+$/.test(t)) return 0n
  if (!isNumberToken(t)) return undefined
  const [int, frac = ''] = decimalOf(t).split('.')
  if (frac.length > 2) return BigInt(int + frac.padEnd(6, '0'))
  return BigInt(int + frac.padEnd(2, '0')) * 10_000n
}

const isTextRole = (path: string[]) => ['code', 'name', 'text'].includes(roleOf(path, undefined))

/** Whether a layout fits the data: text under text labels, figures under the others, and every sum it implies holds. */
function verdict(layout: Layout, data: string[][]): 'fails' | 'fits' | 'adds-up' {
  const text = layout.map(isTextRole)
  for (const row of data) for (let c = 0; c < layout.length; c++) {
    const cell = (row[c] ?? '').trim()
    if (text[c] ? cell !== '' && isNumberToken(cell) : valueOf(cell) === undefined) return 'fails'
  }
  // sums: a group's subtotal child, and a top-level total leaf
  const checks: { total: number; parts: number[] }[] = []
  const groups = new Map<string, number[]>()
  layout.forEach((p, c) => { if (p.length === 2) groups.set(p[0], [...(groups.get(p[0]) ?? []), c]) })
  for (const cols of groups.values()) {
    const sub = cols.find((c) => SUBTOTAL.test(layout[c][1]))
    if (sub !== undefined) checks.push({ total: sub, parts: cols.filter((c) => c !== sub) })
  }
  const topTotal = layout.findIndex((p, c) => p.length === 1 && !text[c] && TOTAL.test(p[0]))
  if (topTotal >= 0) {
    const parts: number[] = []
    const seen = new Set<string>()
    layout.forEach((p, c) => {
      if (c === topTotal || text[c]) return
      if (p.length === 1) parts.push(c)
      else if (!seen.has(p[0])) {
        seen.add(p[0])
        const cols = groups.get(p[0])!
        const sub = cols.find((x) => SUBTOTAL.test(layout[x][1]))
        parts.push(...(sub !== undefined ? [sub] : cols))
      }
    })
    checks.push({ total: topTotal, parts })
  }
  let informative = false
  for (const row of data) for (const { total, parts } of checks) {
    const t = valueOf(row[total] ?? '')!
    const sum = parts.reduce((s, c) => s + valueOf(row[c] ?? '')!, 0n)
    if (t !== sum) return 'fails'
    if (t !== 0n) informative = true
  }
  return informative ? 'adds-up' : 'fits'
}

/**
 * Restore the spans of a two-row header whose labels are packed to the left, from the figures of its data rows.
 * Undefined when the header is not of that shape (it keeps its own spans, or its lines have as many labels as columns).
 */
export function respanLostHeader(header: string[][], data: string[][]): RespannedHeader | undefined {
  if (header.length !== 2 || !data.length) return undefined
  const [n1, n2] = header.map(filledPrefix)
  const width = Math.max(...data.map((r) => { let n = r.length; while (n && !(r[n - 1] ?? '').trim()) n--; return n }))
  if (n1 === undefined || n2 === undefined || n1 < 2 || n2 < 2 || n1 >= width || n2 >= width || n1 + n2 <= width) return undefined
  const top = header[0].slice(0, n1).map((c) => c.trim())
  const second = header[1].slice(0, n2).map((c) => c.trim())
  const g = n1 + n2 - width
  const fitting: Layout[] = []
  const adding: Layout[] = []
  let tried = 0
  for (const sizes of groupSizes(n1, g, n2)) {
    if (++tried > MAX_LAYOUTS) return undefined
    const layout = layoutOf(top, second, sizes)
    const v = verdict(layout, data)
    if (v === 'adds-up') adding.push(layout)
    if (v !== 'fails') fitting.push(layout)
  }
  // the layouts that add up, or (when none does: all figures zero) every layout the figures fit
  const candidates = adding.length ? adding : fitting
  if (!candidates.length) return undefined
  const uncertain = new Map<number, string[]>()
  const layout: Layout = Array.from({ length: width }, (_, c) => {
    const labels = [...new Set(candidates.map((l) => l[c].join(' › ')))]
    if (labels.length === 1) return candidates[0][c]
    uncertain.set(c, labels)
    return []
  })
  const rows = [0, 1].map((r) => layout.map((p) => (p.length === 2 ? p[r] : r === 0 ? p[0] ?? '' : '')))
  return { rows, uncertain }
}
