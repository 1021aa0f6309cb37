import type { Column } from '../schema.js'
import { isRowNumberColumn } from './code-fragments.js'
import { isValueToken } from './tokens.js'

/** What a column takes: a name, a row number (行次), a figure. */
type Kind = 'name' | 'line' | 'value'

const WHOLE = /^\d{1,3}$/
const HAN = /\p{Script=Han}/u

function takes(kind: Kind, cell: string): boolean {
  const t = cell.trim()
  if (kind === 'name') return HAN.test(t) && !isValueToken(t)
  if (kind === 'line') return WHOLE.test(t)
  return isValueToken(t) && !HAN.test(t)
}

/** A row as the table reads it: its cells, and the same cells as printed (indents kept). */
export interface GridRow { cells: string[]; raw: string[] }

/**
 * Rule `compacted-cells`: a web table copied with each row's empty cells gathered at its end ("二、上级补助收入 | 2 |
 * 二、外交支出 | 29 | ||", "7 | 七、文化体育与传媒支出 | 34 | |||"). Every row is as wide as the header, but its filled cells
 * slid left over the empty ones, so a name stands under 金额 and a row number under 项目. Such a row's filled cells are
 * put back, in their order, under the columns whose kind takes them: a name under a name column, a whole number under a
 * row-number column (行次) where it continues that column's count, a figure under a figure column. Read only in a table
 * whose columns are all of those three kinds, and only in rows whose cells do not already stand under columns of their
 * kind; a row no placement fits is left as it is.
 */
export function refillCompactedRows(columns: Column[], rows: GridRow[]): void {
  const width = columns.length
  if (width < 3 || rows.length < 3) return
  const kinds = columns.map((c, i): Kind | undefined => {
    const vals = rows.map((r) => r.cells[i]?.trim() ?? '').filter(Boolean)
    if (c.role === 'name') return 'name'
    if (/(?:^|›\s*)(?:行次|栏次|行号)$/u.test(c.label.trim()) || (c.role === 'text' && isRowNumberColumn(c.label, vals))) return 'line'
    return c.role === 'code' || c.role === 'text' || c.role === 'unit' ? undefined : 'value'
  })
  if (kinds.some((k) => k === undefined) || !kinds.includes('name') || !kinds.includes('line')) return
  const ks = kinds as Kind[]
  const filled = (r: GridRow) => r.cells.map((c, i) => [c, i] as const).filter(([c]) => c.trim() !== '')
  // the copy's mark: rows as wide as the header whose empties all stand at the end, some of them out of their columns
  const compact = (r: GridRow) => {
    const f = filled(r)
    return r.cells.length === width && f.every(([, i], n) => i === n)
  }
  const misfit = (r: GridRow) => filled(r).some(([c, i]) => !takes(ks[i], c))
  const out = rows.filter(misfit)
  if (out.length < 2 || !out.every(compact)) return
  const last = new Map<number, number>()
  for (const r of rows) {
    if (misfit(r)) {
      const cells = filled(r)
      const best = place(cells.map(([c]) => c), ks, last)
      if (best) {
        const raw = r.raw
        const nextCells = Array<string>(width).fill('')
        const nextRaw = Array<string>(width).fill('')
        best.forEach((col, n) => { nextCells[col] = cells[n][0]; nextRaw[col] = raw[cells[n][1]] ?? cells[n][0] })
        r.cells.splice(0, r.cells.length, ...nextCells)
        r.raw.splice(0, r.raw.length, ...nextRaw)
      }
    }
    r.cells.forEach((c, i) => { if (ks[i] === 'line' && WHOLE.test(c.trim())) last.set(i, Number(c.trim())) })
  }
}

/**
 * The columns, in order, that take these cells best: every cell under a column of its kind, a whole number under a
 * row-number column scoring when it continues that column's count (and keeping a figure column for figures); the
 * leftmost placement among equals. Undefined when none fits.
 */
function place(cells: string[], kinds: Kind[], last: Map<number, number>): number[] | undefined {
  let best: { cols: number[]; score: number } | undefined
  const walk = (n: number, from: number, cols: number[], score: number) => {
    if (n === cells.length) {
      if (!best || score > best.score) best = { cols: [...cols], score }
      return
    }
    for (let i = from; i <= kinds.length - (cells.length - n); i++) {
      if (!takes(kinds[i], cells[n])) continue
      const gain = kinds[i] === 'line' ? (last.get(i) !== undefined && Number(cells[n].trim()) === last.get(i)! + 1 ? 2 : 0) : 0
      cols.push(i)
      walk(n + 1, i + 1, cols, score + gain)
      cols.pop()
    }
  }
  walk(0, 0, [], 0)
  return best?.cols
}
