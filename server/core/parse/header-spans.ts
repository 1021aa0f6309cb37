import type { Column } from '../schema.js'
import type { Edge } from './layout-columns.js'
import type { SourceLine } from './source-lines.js'

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** A word of a line with where it starts and ends, in characters and in display columns (CJK is two wide). */
export interface Placed {
  text: string
  start: Edge
  end: Edge
}

/** Words of a line with their positions; a run of single Han characters split by spaces ("项    目") is one word. */
export function placedWords(text: string): Placed[] {
  const out: Placed[] = []
  let char = 0
  let width = 0
  for (const part of text.split(/(\s+)/)) {
    const start = { char, width }
    for (const ch of part) width += WIDE.test(ch) ? 2 : 1
    char += [...part].length
    if (!part.trim()) continue
    const prev = out[out.length - 1]
    if (prev && /^\p{Script=Han}$/u.test(part) && /^\p{Script=Han}+$/u.test(prev.text) && [...prev.text].length === 1) {
      prev.text += part
      prev.end = { char, width }
    } else out.push({ text: part, start, end: { char, width } })
  }
  return out
}

/**
 * Where each column's label sits on the header lines (aligned layouts such as pdftotext -layout): the k-th
 * column with a label takes the label's k-th occurrence, in reading order. Undefined when a label is not found.
 */
export function columnSpans(header: SourceLine[], columns: Column[]): Map<number, Placed> | undefined {
  const words = header.flatMap((l) => placedWords(l.text))
  const used = new Set<Placed>()
  const spans = new Map<number, Placed>()
  for (const c of columns) {
    const label = c.path[c.path.length - 1] ?? ''
    const w = words.find((x) => x.text === label && !used.has(x))
    if (!w) return undefined
    used.add(w)
    spans.set(c.index, w)
  }
  return spans
}

/** Distance from a figure's right edge to a header label's span, in one metric. */
const distance = (e: Edge, s: Placed, key: keyof Edge) => (e[key] < s.start[key] ? s.start[key] - e[key] : e[key] > s.end[key] ? e[key] - s.end[key] : 0)

/**
 * Columns of a row's figures by the header labels above them: each right edge goes to the nearest label span,
 * in the metric that fits best; the columns must increase. Returns indexes into `spans`, or undefined.
 */
export function placeBySpans(spans: Placed[], edges: Edge[], tolerance = 4): number[] | undefined {
  let best: { cost: number; placed: number[] } | undefined
  for (const key of ['width', 'char'] as const) {
    let cost = 0
    const placed = edges.map((e) => {
      const d = spans.map((s) => distance(e, s, key))
      const k = d.indexOf(Math.min(...d))
      cost += d[k]
      return d[k] <= tolerance ? k : -1
    })
    const ok = placed.every((k, i) => k >= 0 && (i === 0 || k > placed[i - 1]))
    if (ok && (!best || cost < best.cost)) best = { cost, placed }
  }
  return best?.placed
}
