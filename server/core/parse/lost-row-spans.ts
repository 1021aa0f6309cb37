import { isValueToken } from './tokens.js'
import { roleOf } from './header.js'

/**
 * Rule lost-row-spans: a header cell that spans two header rows (序号, 项目 printed once beside a two-line group)
 * loses its row span when a page is copied; the row below then starts one cell early, every label sitting over its
 * left neighbour's column ("序号 | 收入 | 支出" over "项 目 | 预算数 | 项 目 | 预算数 | (empty)"). Which cell a label
 * belongs over is read from the figures under it: a header row with empty cells at its end is moved right when
 * that puts its name labels over text, its amount labels over figures and its 序号 over the row numbers better
 * than where it stands, and the row above prints a label over every cell it would leave empty (the spanning cell).
 * Among shifts that fit as well, the largest: the cells that span down lead the header ("项目 | 2023年预算数 |
 * 2024年预算数 | 比上年增、减情况" over "增、减金额 | 增、减幅度"), so the row's labels belong at its end.
 */
export function realignShiftedRows(rows: string[][], data: string[][], width: number): string[][] {
  if (rows.length < 2 || !data.length) return rows
  const kinds = Array.from({ length: width }, (_, c) => columnKind(data.map((d) => (d[c] ?? '').trim())))
  const out = rows.map((r) => [...r])
  for (let r = 1; r < out.length; r++) {
    const row = out[r]
    const used = filledLength(row)
    if (!used || used >= width) continue
    const fit = (shift: number) => row.slice(0, used).reduce((s, label, i) => s + agreement(label, kinds[i + shift]), 0)
    let best = 0
    for (let shift = 1; used + shift <= width; shift++) {
      // the cells a shift leaves empty were covered by a label above that spanned down
      const spanned = Array.from({ length: shift }, (_, c) => out.slice(0, r).some((above) => (above[c] ?? '').trim() !== ''))
      // a tie goes to the larger shift: the cells that span down are the leading ones, the row's labels sit at its end
      if (spanned.every(Boolean) && fit(shift) >= fit(best) && fit(shift) > fit(0)) best = shift
    }
    if (best) out[r] = [...Array<string>(best).fill(''), ...row.slice(0, used), ...Array<string>(Math.max(0, width - used - best)).fill('')]
  }
  return out
}

type Kind = 'serial' | 'figures' | 'text' | 'empty'

function filledLength(cells: string[]): number {
  let n = cells.length
  while (n && (cells[n - 1] ?? '').trim() === '') n--
  return n
}

/** What a column holds in the body: row numbers 1, 2, 3…, figures, words, or nothing. */
function columnKind(values: string[]): Kind {
  const filled = values.filter(Boolean)
  if (!filled.length) return 'empty'
  if (filled.length >= 3 && filled.every((v) => /^\d{1,3}$/.test(v)) && filled.every((v, i) => i === 0 || Number(v) > Number(filled[i - 1]))) return 'serial'
  if (filled.some(isValueToken)) return 'figures'
  return 'text'
}

const SERIAL_LABEL = /^(?:序\s*号|行\s*次|栏\s*次)$/

/** +1 when a label fits what its column holds, −1 when it cannot head it, 0 when the body cannot tell. */
function agreement(label: string, kind: Kind | undefined): number {
  const l = label.trim()
  if (!l || !kind || kind === 'empty') return 0
  if (SERIAL_LABEL.test(l)) return kind === 'serial' ? 1 : kind === 'figures' ? -1 : 0
  const role = roleOf([l], undefined)
  // a subject code is digits: its column reads as figures too
  if (role === 'code') return kind === 'text' ? 1 : 0
  if (role === 'name' || role === 'text') return kind === 'text' ? 1 : -1
  return kind === 'figures' ? 1 : -1
}
