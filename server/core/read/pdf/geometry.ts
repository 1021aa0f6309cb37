/**
 * Geometry of a PDF page's text: items (as pdf.js gives them, moved to a top-left origin) grouped into lines by
 * their baseline, and lines split into chunks (cells) where the gap between two items is wide.
 */

/** One text item: `top` is measured from the page's top edge; `base` is its baseline, from the top too. */
export interface PdfItem {
  str: string
  x: number
  top: number
  base: number
  w: number
  h: number
}

export interface PdfPage {
  number: number
  width: number
  height: number
  items: PdfItem[]
}

/** Text set apart from its neighbours on a line: a table cell, or a whole prose line. */
export interface Chunk {
  text: string
  x0: number
  x1: number
  top: number
  bottom: number
}

export interface PdfLine {
  page: number
  base: number
  top: number
  bottom: number
  /** the font height the line is set in (the largest of its items) */
  h: number
  x0: number
  x1: number
  chunks: Chunk[]
  /** the items the chunks were made of, left to right (a form re-reads them with its own cell rules) */
  items: PdfItem[]
}

/**
 * pdf.js item → PdfItem. `view` is the page viewport's transform (it flips y to a top-left origin and undoes the
 * page's rotation and crop offset), so a landscape page stored rotated reads like any other.
 */
export function toItem(str: string, transform: number[], width: number, height: number, view: number[]): PdfItem {
  const [a, b, c, d, e, f] = view
  const t = transform
  const x = a * t[4] + c * t[5] + e
  const base = b * t[4] + d * t[5] + f
  const h = height || Math.hypot(a * t[2] + c * t[3], b * t[2] + d * t[3]) || 1
  return { str, x, top: base - h, base, w: width, h }
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/
/** A string's width in ems as a PDF sets it: a Han or full-width character one, others half. */
const weight = (s: string) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 1 : 0.5), 0)

/**
 * An item whose string holds cells set apart by runs of spaces ("201   03   01   行政运行   12,029,501.84": some
 * exporters write a whole row as one string) becomes one item per part, placed by character widths (a Han
 * character one em, others half). With `minSpaces` 1 it splits at every space: a form writes a value and the next
 * key as one string ("6,351,000.00 年度资金申请总额").
 */
export function splitSpacedItem(it: PdfItem, minSpaces = 2): PdfItem[] {
  const str = it.str.replace(/\s+$/, '')
  if (!(minSpaces > 1 ? /\S\s{2,}\S/ : /\S\s+\S/).test(str)) return [it]
  const scale = it.w / Math.max(weight(str), 0.5)
  const out: PdfItem[] = []
  const re = minSpaces > 1 ? /\S+(?:\s\S+)*/g : /\S+/g
  for (let m = re.exec(str); m; m = re.exec(str)) {
    const x = it.x + weight(str.slice(0, m.index)) * scale
    out.push({ ...it, str: m[0], x, w: weight(m[0]) * scale })
  }
  return out
}

/** A column's label: a year's stage or a measure ("2024年执行数", "2025年预算数", "完成%", "增减额", "增长率"). */
const COLUMN_LABEL = /^(?:(?:19|20)\d{2}年度?)?\p{Script=Han}{0,8}(?:数|额|率|[%％])$/u

/**
 * Rule `spaced-column-labels`: one text item holding three column labels or more set apart by single spaces ("2024年执行数
 * 2025年预算数 2025年执行数 完成%": labels set wider than their cells run into each other, and the reader joins them
 * into one string) is one item per label, each at its share of the run's width. Only labels: a phrase of prose with
 * a space in it is no header.
 */
function splitColumnLabels(it: PdfItem): PdfItem[] {
  const parts = it.str.trim().split(/\s+/u)
  return parts.length >= 3 && parts.every((p) => COLUMN_LABEL.test(p) && /\p{Script=Han}/u.test(p)) ? splitSpacedItem(it, 1) : [it]
}

/** An amount (its decimals or thousands printed), one space, then words: "36,599,572.40 一、一般公共服务支出". */
const FIGURE_THEN_WORDS = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+)\s+(?=[\p{Script=Han}（(])/u

/**
 * Rule `figure-then-words`: one text item holding a cell's amount and the next cell's words set apart by a single
 * space (a writer that sets a row's neighbouring cells in one run): two items, each at its share of the run's width.
 * An amount never goes on into a name, so the space is a cell's border.
 */
function splitFigureThenWords(it: PdfItem): PdfItem[] {
  const m = FIGURE_THEN_WORDS.exec(it.str)
  return m ? splitAt(it, m[0].length) : [it]
}

function splitAt(it: PdfItem, at: number): PdfItem[] {
  const scale = it.w / Math.max(weight(it.str), 0.5)
  const left = it.str.slice(0, at).trimEnd()
  const right = it.str.slice(at)
  return [{ ...it, str: left, w: weight(left) * scale }, { ...it, str: right, x: it.x + weight(it.str.slice(0, at)) * scale, w: weight(right) * scale }]
}

/** Header words a table sets letter-spaced across its cell ("收            入", "项    目", "合    计"). */
const SPACED_WORDS = new Set(['收入', '支出', '项目', '金额', '合计', '总计', '小计', '行次', '科目', '名称', '备注', '序号', '单位', '预算', '决算', '摘要'])

/** The gap between two items on a line (none beyond a line's ends). */
const gap = (a: PdfItem | undefined, b: PdfItem | undefined) => (a && b ? b.x - (a.x + a.w) : Infinity)
/** One Han character alone. */
const single = (x: PdfItem | undefined) => !!x && /^\p{Script=Han}$/u.test(x.str)

/**
 * Rule `letter-spaced-word`: two single characters that make one of the header words tables letter-space, no farther
 * apart than from their neighbours, are that word in one cell ("收", "入" of "收            入        支            出").
 */
export function joinLetterSpaced(parts: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = []
  for (let i = 0; i < parts.length; i++) {
    const [a, b] = [parts[i], parts[i + 1]]
    if (single(a) && single(b) && SPACED_WORDS.has(a.str + b.str) && gap(a, b) <= gap(parts[i - 1], a) && gap(a, b) <= gap(b, parts[i + 2])) {
      out.push({ ...a, str: a.str + b.str, w: b.x + b.w - a.x })
      i++
    } else out.push(a)
  }
  return out
}

/** Items on one baseline (within a third of their height) form a line; lines come top to bottom. */
export function groupLines(page: number, items: PdfItem[]): PdfLine[] {
  const text = items.filter((i) => i.str.trim() !== '').flatMap((i) => splitSpacedItem(i)).flatMap(splitColumnLabels).flatMap(splitFigureThenWords).sort((a, b) => a.base - b.base || a.x - b.x)
  const groups: PdfItem[][] = []
  for (const it of text) {
    const g = groups[groups.length - 1]
    const ref = g?.[0]
    if (g && Math.abs(it.base - ref.base) <= Math.max(1.5, 0.3 * Math.min(it.h, ref.h))) g.push(it)
    else groups.push([it])
  }
  return groups.map((g) => lineOf(page, joinLetterSpaced(g.sort((a, b) => a.x - b.x))))
}

const LATIN_END = /[A-Za-z]$/
const LATIN_START = /^[A-Za-z]/

/** Items joined: no space in Chinese or inside a number ("9746.50 万元" printed digit by digit stays whole). */
export function joinItems(items: PdfItem[]): string {
  let out = ''
  let prev: PdfItem | undefined
  for (const it of items) {
    const s = it.str.trim()
    const gap = prev ? it.x - (prev.x + prev.w) : 0
    out += prev && gap > 0.2 * it.h && LATIN_END.test(out) && LATIN_START.test(s) ? ' ' + s : s
    prev = it
  }
  return out
}

/** A whole figure item (not one digit of a number printed digit by digit). */
const figureItem = (s: string) => s.trim().length >= 2 && isFigure(s)
/** An item of two or more Han characters: a word or label, not one letter-spaced character of a title. */
const wordItem = (s: string) => /^\p{Script=Han}[\p{Script=Han}（）()]*\p{Script=Han}$/u.test(s.trim())

/** A column's label with Han in it ("2025年预算数", "完成%"). */
const labelItem = (s: string) => COLUMN_LABEL.test(s.trim()) && /\p{Script=Han}/u.test(s)

/**
 * Split a line's items into chunks where the gap exceeds `gapEm` times the font height, or a quarter of it next
 * to a figure (figures of neighbouring columns can sit closer than a character width).
 */
export function chunksOf(items: PdfItem[], gapEm = 0.9): Chunk[] {
  const runs: PdfItem[][] = []
  for (const it of items) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    const h = last ? Math.min(it.h, last.h) : 0
    const gap = last ? it.x - (last.x + last.w) : 0
    // Chinese sets no spaces between words: a visible gap between two words is the border between two cells
    // (two header labels of empty columns nearly touching: 政府性基金预算 国有资本经营预算)
    // (…and so do two column labels, "2024年执行数" "2025年预算数")
    const apart = gap > gapEm * h || (gap > 0.25 * h && (figureItem(last!.str) || figureItem(it.str) || (wordItem(last!.str) && wordItem(it.str)) || (labelItem(last!.str) && labelItem(it.str))))
    if (last && !apart) run.push(it)
    else runs.push([it])
  }
  return runs.map((r) => ({
    text: joinItems(r),
    x0: r[0].x,
    x1: Math.max(...r.map((i) => i.x + i.w)),
    top: Math.min(...r.map((i) => i.top)),
    bottom: Math.max(...r.map((i) => i.base)),
  }))
}

function lineOf(page: number, items: PdfItem[]): PdfLine {
  const chunks = chunksOf(items)
  return {
    page,
    base: items[0].base,
    top: Math.min(...chunks.map((c) => c.top)),
    bottom: Math.max(...chunks.map((c) => c.bottom)),
    h: Math.max(...items.map((i) => i.h)),
    x0: chunks[0].x0,
    x1: chunks[chunks.length - 1].x1,
    chunks,
    items,
  }
}

export type Box = [number, number, number, number]
const r1 = (n: number) => Math.round(n * 10) / 10
export const boxOf = (x0: number, top: number, x1: number, bottom: number): Box => [r1(x0), r1(top), r1(x1 - x0), r1(bottom - top)]
export const chunkBox = (c: Chunk): Box => boxOf(c.x0, c.top, c.x1, c.bottom)
export const lineBox = (l: PdfLine): Box => boxOf(l.x0, l.top, l.x1, l.bottom)

/** A figure as tables print it: 1,234.50 / -17 / 12.5% (no unit, no text). */
export const isFigure = (s: string) => /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$/.test(s.trim())
