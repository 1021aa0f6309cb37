import { isValueToken } from './tokens.js'

/** Right edge of a figure on its line, counted in characters and in display columns (CJK is two wide). */
export interface Edge {
  char: number
  width: number
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Right edges of the figures of a line, in order. */
export function figureEdges(text: string): Edge[] {
  const out: Edge[] = []
  let width = 0
  let char = 0
  for (const part of text.split(/(\s+)/)) {
    for (const ch of part) width += WIDE.test(ch) ? 2 : 1
    char += [...part].length
    if (part.trim() && isValueToken(part)) out.push({ char, width })
  }
  return out
}

/**
 * Columns by position, for layouts that keep alignment (pdftotext -layout and the like): rows that fill every
 * value column give each column's right edge; a row with fewer figures takes the columns nearest its own edges.
 * Returns undefined when no metric lines the full rows up, so the caller falls back to sums.
 */
export function placeByPosition(full: Edge[][], partial: Edge[], columns: number): number[] | undefined {
  if (!full.length || !partial.length) return undefined
  const fit = (key: keyof Edge) => {
    const means = Array.from({ length: columns }, (_, k) => full.reduce((n, r) => n + r[k][key], 0) / full.length)
    const spread = Math.max(...Array.from({ length: columns }, (_, k) => Math.max(...full.map((r) => Math.abs(r[k][key] - means[k])))))
    return { means, spread, key }
  }
  const best = [fit('char'), fit('width')].sort((a, b) => a.spread - b.spread)[0]
  const gaps = best.means.slice(1).map((m, k) => m - best.means[k])
  if (best.spread > 1 || gaps.some((g) => g < 3)) return undefined
  const placedAt = (shift: number) => {
    const placed = partial.map((e) => {
      const d = best.means.map((m) => Math.abs(m - (e[best.key] - shift)))
      const k = d.indexOf(Math.min(...d))
      return d[k] <= 1 ? k : -1
    })
    return placed.every((k, i) => k >= 0 && (i === 0 || k > placed[i - 1])) ? placed : undefined
  }
  // a row pushed right or left as a whole (a long name overflowing its cell) by less than half a column is still
  // aligned: the one shift of its first figure onto a column's edge that lands every figure on one
  const half = Math.min(...gaps) / 2
  const shifts = best.means.map((m) => partial[0][best.key] - m).filter((d) => d !== 0 && Math.abs(d) < half)
  return placedAt(0) ?? shifts.map(placedAt).find(Boolean)
}
