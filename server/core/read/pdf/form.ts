import { boxOf, chunkBox, chunksOf, joinItems, splitSpacedItem, type Box, type Chunk, type PdfItem, type PdfLine } from './geometry.js'
import { proseLine } from './prose-line.js'
import type { OutLine } from './table.js'

/** The title of a 绩效目标 form (财政项目支出绩效目标填报表, 项目绩效目标表, 绩效目标申报表). */
export const FORM_TITLE = /绩效目标(?:填报|申报|申请|批复)?表|项目(?:支出)?绩效表|绩效自评表/
/** The header of a form's indicator grid. */
const INDICATOR_HEAD = /三级指标|指标名称|指标内容/
/** A header over text blocks side by side (项目总目标 | 年度总体目标, 中期目标 | 年度目标). */
const GOAL = /目标$/

const textOf = (l: PdfLine) => l.chunks.map((c) => c.text).join('')
const mid = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2
const unionBox = (cs: Chunk[]): Box => boxOf(Math.min(...cs.map((c) => c.x0)), Math.min(...cs.map((c) => c.top)), Math.max(...cs.map((c) => c.x1)), Math.max(...cs.map((c) => c.bottom)))
/** Chunks read as one cell, top to bottom. */
const merged = (cs: Chunk[]): Chunk => ({
  text: cs.map((c) => c.text).join(''), x0: Math.min(...cs.map((c) => c.x0)), x1: Math.max(...cs.map((c) => c.x1)),
  top: Math.min(...cs.map((c) => c.top)), bottom: Math.max(...cs.map((c) => c.bottom)),
})
const chunkOf = (items: PdfItem[]): Chunk => ({
  text: joinItems(items), x0: Math.min(...items.map((i) => i.x)), x1: Math.max(...items.map((i) => i.x + i.w)),
  top: Math.min(...items.map((i) => i.top)), bottom: Math.max(...items.map((i) => i.base)),
})

/** A row of cells as one tab-separated line; a line of one cell keeps a tab, so it stays in the form's grid. */
function cellsLine(page: number, cells: Chunk[]): OutLine {
  const text = cells.length === 1 ? `${cells[0].text}\t` : cells.map((c) => c.text.replace(/\t/g, ' ')).join('\t')
  const boxes = cells.map(chunkBox)
  return { text, origin: { page, box: unionBox(cells), cells: cells.length === 1 ? [boxes[0], boxes[0]] : boxes } }
}

/** A part heading (第三部分 …) ends a form; at the top of a new page so does a numbered heading or a line of prose. */
const endsForm = (t: string, cells: number, newPage: boolean) =>
  /^第[一二三四五六七八九十]+部分/.test(t) || (newPage && cells === 1 && (/^[一二三四五六七八九十]+、\S{2,}/.test(t) || (t.length > 24 && /[。；，]/.test(t))))

/**
 * Where the 绩效目标 forms are: from a form's title to the next title, or to the first line of prose that starts
 * left of the form's indicator grid once that grid has begun.
 */
export function formRegions(lines: PdfLine[], isCaption: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < lines.length; i++) {
    if (!isCaption(i) || !FORM_TITLE.test(textOf(lines[i])) || /[。；]/.test(textOf(lines[i]))) continue
    let left = Infinity
    let j = i + 1
    for (; j < lines.length; j++) {
      const l = lines[j]
      const t = textOf(l)
      if (isCaption(j) && /表(?:[（(][^）)]*[）)])?$/.test(t)) break
      if (INDICATOR_HEAD.test(t) && l.chunks.length >= 2) left = Math.min(left, l.chunks[0].x0)
      else if (left !== Infinity && l.chunks.length === 1 && t.length > 24 && l.x0 < left - l.h) break
      else if (endsForm(t, l.chunks.length, l.page !== lines[j - 1].page)) break
    }
    // a title with no cells under it (an entry of the table of contents) is no form
    if (!lines.slice(i + 1, j).some((l) => l.chunks.length >= 2)) continue
    out.push([i, j])
    i = j - 1
  }
  return out
}

/** "表2　一般公共预算支出表": a table's number, then its words (the layout's caption test and the form's title read it). */
export const NUMBERED_TITLE = /^(?:附?表|附件)\s*[一二三四五六七八九十\d]+(?:[-－—.]\d+)?\s*\S/u
const NUMBERED_CAPTION = (t: string) => NUMBERED_TITLE.test(t) && /表$/u.test(t) && !/[。；]/u.test(t) && t.length <= 60

/**
 * A 绩效目标 form, read as a form rather than a grid of columns: the key/value rows as printed (a value and the next
 * key written as one string are split), labels stacked at the left over several rows (项目资金 / （元）) as a line of
 * their own, the text blocks under 项目总目标 | 年度总体目标 each gathered under its label, and the indicator grid
 * with its columns from its header (an indicator wrapped over lines is one cell; a level label centred over several
 * indicators is each one's).
 */
export function renderForm(lines: PdfLine[]): OutLine[] {
  const out: OutLine[] = []
  let i = 0
  // (the form's numbered title is its caption, though a wide space sets its number apart: "表6　项目支出绩效目标表")
  for (; i < lines.length && (lines[i].chunks.length === 1 || (i === 0 && NUMBERED_CAPTION(textOf(lines[i])))) && !INDICATOR_HEAD.test(textOf(lines[i])); i++) out.push(proseLine(lines[i]))
  const head = lines.findIndex((l, k) => k >= i && l.chunks.length >= 2 && INDICATOR_HEAD.test(textOf(l)))
  const band = head < 0 ? undefined : headerBand(lines, head)
  const end = band ? band.from : lines.length
  const goal = lines.findIndex((l, k) => k >= i && k < end && l.chunks.length >= 2 && l.chunks.every((c) => GOAL.test(c.text)))
  out.push(...keyValueRows(lines.slice(i, goal < 0 ? end : goal)))
  if (goal >= 0) out.push(...goalBlocks(lines[goal], lines.slice(goal + 1, end)))
  if (band) out.push(...indicatorRows({ ...lines[head], chunks: band.labels }, lines.slice(band.to)))
  return out
}

/** A header cell's words only: short, no figure. */
const headWord = (c: Chunk) => [...c.text].length <= 6 && !/\d/.test(c.text)
const overlaps = (a: Chunk, b: Chunk) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0

/**
 * Rule `header-band`: an indicator grid's header printed over two or three lines, a label set in a cell of its own
 * height broken where the others are not (一级 / 指标 above and below 项目名称 … 三级指标): the lines within a line
 * height of the header line, of header words only, each word beside no label of the header line. Their words are
 * stacked into labels of their own (or onto the label they sit over), in order left to right. `from`..`to` are the
 * lines the header takes.
 */
function headerBand(lines: PdfLine[], head: number): { labels: Chunk[]; from: number; to: number } {
  const h = lines[head]
  const fits = (l: PdfLine | undefined) =>
    !!l && l.page === h.page && Math.abs(l.base - h.base) < 1.5 * h.h && l.chunks.every((c) => headWord(c) && !h.chunks.some((x) => overlaps(x, c)))
  let from = head
  while (fits(lines[from - 1])) from--
  let to = head + 1
  while (fits(lines[to])) to++
  const extra = [...lines.slice(from, head), ...lines.slice(head + 1, to)].flatMap((l) => l.chunks)
  const groups: Chunk[][] = []
  for (const c of extra) {
    const g = groups.find((cs) => cs.some((x) => overlaps(x, c)))
    if (g) g.push(c)
    else groups.push([c])
  }
  const labels = [...h.chunks, ...groups.map((g) => merged(g.sort((a, b) => a.top - b.top)))].sort((a, b) => a.x0 - b.x0)
  return { labels, from, to }
}

/** Key/value rows; short labels stacked over one another at the start of rows are one label, on a line of its own. */
function keyValueRows(lines: PdfLine[]): OutLine[] {
  const rows = lines.map((l) => chunksOf(l.items.flatMap((it) => splitSpacedItem(it, 1))))
  const short = (c: Chunk) => [...c.text].length <= 8 && !/\d/.test(c.text)
  const stacked = new Set<Chunk>()
  const labels: Chunk[][] = []
  rows.forEach((cells, k) => {
    const first = cells[0]
    if (!first || stacked.has(first) || !short(first)) return
    const group = [first]
    for (let n = k + 1; n < rows.length; n++) {
      const last = group[group.length - 1]
      const h = last.bottom - last.top
      if (rows[n][0] && rows[n][0].top - last.bottom > 0.5 * h) break
      // the next piece sits right under the last, centred with it (rows of other cells may print between them)
      const below = rows[n].find((c) => short(c) && Math.abs(mid(c) - mid(last)) <= 0.5 * Math.max(c.x1 - c.x0, last.x1 - last.x0))
      if (below && below === rows[n][0]) group.push(below)
    }
    if (group.length < 2) return
    group.forEach((c) => stacked.add(c))
    labels.push(group)
  })
  const out: OutLine[] = []
  rows.forEach((cells, k) => {
    const label = labels.find((g) => g[0] === cells[0])
    if (label) out.push(cellsLine(lines[k].page, [merged(label)]))
    const rest = cells.filter((c) => !stacked.has(c))
    if (rest.length) out.push(cellsLine(lines[k].page, rest))
  })
  return out
}

/**
 * Text blocks side by side under their labels, as one line: label, text, label, text. Each item goes to the label
 * nearest its centre; a label stacked at the far left (项目 / 绩效 / 目标) is left of every block and is kept apart.
 */
function goalBlocks(header: PdfLine, lines: PdfLine[]): OutLine[] {
  const labels = header.chunks
  const items = lines.flatMap((l) => l.items)
  const textLeft = Math.min(...items.filter((it) => [...it.str.trim()].length > 4).map((it) => it.x))
  const aside = items.filter((it) => it.x + it.w < textLeft - 1)
  const blocks: PdfItem[][] = labels.map(() => [])
  for (const it of items) {
    if (aside.includes(it)) continue
    const c = mid({ x0: it.x, x1: it.x + it.w })
    const k = labels.reduce((best, l, n) => (Math.abs(mid(l) - c) < Math.abs(mid(labels[best]) - c) ? n : best), 0)
    blocks[k].push(it)
  }
  const out: OutLine[] = []
  if (aside.length) out.push(cellsLine(header.page, [chunkOf(aside.sort((a, b) => a.top - b.top))]))
  const cells = labels.flatMap((l, k) => {
    const text = blocks[k].sort((a, b) => a.base - b.base || a.x - b.x)
    return text.length ? [l, chunkOf(text)] : [l, { ...l, text: '' }]
  })
  out.push(cellsLine(header.page, cells))
  return out
}

interface Block { chunks: Chunk[]; top: number; bottom: number }

/** Chunks of one column grouped into cells: lines closer than half a line belong to one wrapped cell. */
function columnBlocks(chunks: Chunk[]): Block[] {
  const out: Block[] = []
  for (const c of [...chunks].sort((a, b) => a.top - b.top)) {
    const last = out[out.length - 1]
    if (last && c.top - last.bottom < 0.6 * (c.bottom - c.top)) { last.chunks.push(c); last.bottom = Math.max(last.bottom, c.bottom) }
    else out.push({ chunks: [c], top: c.top, bottom: c.bottom })
  }
  return out
}

const centre = (b: { top: number; bottom: number }) => (b.top + b.bottom) / 2

/** Chunks of one column, one block per printed line (chunks whose tops differ by less than a third of a line). */
function lineBlocks(chunks: Chunk[]): Block[] {
  const out: Block[] = []
  for (const c of [...chunks].sort((a, b) => a.top - b.top)) {
    const last = out[out.length - 1]
    if (last && Math.abs(c.top - last.top) < 0.34 * (c.bottom - c.top)) { last.chunks.push(c); last.bottom = Math.max(last.bottom, c.bottom) }
    else out.push({ chunks: [c], top: c.top, bottom: c.bottom })
  }
  return out
}

/** Two columns' lines one for one, each pair on one baseline. */
const alignedLines = (a: Block[], b: Block[]) => a.length === b.length && a.every((x, i) => Math.abs(x.top - b[i].top) < 0.5 * (x.bottom - x.top))

/**
 * Rows in order split among a column's merged cells in order, each cell centred over its rows (产出指标 over four
 * indicators, 效益指标 over two), or printed on the first of its rows (a form without rules): the split that places each best.
 */
function splitRows(rows: number[], cells: Block[]): number[] {
  const n = rows.length
  const m = cells.length
  // (a label is centred on its rows, or printed on the first of them as a form without rules prints it)
  const cost = (b: Block, a: number, z: number) => Math.min(Math.abs(centre(b) - (rows[a] + rows[z]) / 2), Math.abs(centre(b) - rows[a]))
  // best[k][z]: cells 0..k cover rows 0..z
  const best = Array.from({ length: m }, () => Array.from({ length: n }, () => ({ cost: Infinity, from: -1 })))
  for (let z = 0; z < n; z++) best[0][z] = { cost: cost(cells[0], 0, z), from: 0 }
  for (let k = 1; k < m; k++) {
    for (let z = k; z < n; z++) {
      for (let a = k; a <= z; a++) {
        const c = best[k - 1][a - 1].cost + cost(cells[k], a, z)
        if (c < best[k][z].cost) best[k][z] = { cost: c, from: a }
      }
    }
  }
  const owner = rows.map(() => -1)
  if (m > n) return rows.map((y) => cells.reduce((b, c, k) => (Math.abs(centre(c) - y) < Math.abs(centre(cells[b]) - y) ? k : b), 0))
  let z = n - 1
  for (let k = m - 1; k >= 0; k--) {
    const a = best[k][z].from
    for (let r = a; r <= z; r++) owner[r] = k
    z = a - 1
  }
  return owner
}

/**
 * The indicator grid: columns from its header labels (each chunk to the label nearest its centre), one row per
 * cell of the indicator-name column; the columns left of it hold level labels (一级指标, 二级指标) that may be merged
 * over several rows; cells right of it go to the nearest row. A label left of the whole grid (绩效指标) stands apart.
 */
function indicatorRows(header: PdfLine, lines: PdfLine[]): OutLine[] {
  const labels = header.chunks
  const nameAt = Math.max(0, labels.findIndex((c) => INDICATOR_HEAD.test(c.text)))
  // pages stacked one under another, so a grid continued over a page break keeps its order
  const y = (l: PdfLine, v: number) => (l.page - header.page) * 10000 + v
  const aside: Chunk[] = []
  const byColumn: Chunk[][] = labels.map(() => [])
  const pageOf = new Map<Chunk, number>()
  // the grid's left edge: its first label, or the cells under it that start further left (a name set flush left
  // under a centred 项目名称); a piece left of that edge stands apart, one under the cells is theirs
  const left = Math.min(labels[0].x0, ...lines.flatMap((l) => l.chunks).filter((c) => c.x1 >= labels[0].x0 - 2).map((c) => c.x0))
  for (const l of lines) {
    for (const c of l.chunks) {
      const placed = { ...c, top: y(l, c.top), bottom: y(l, c.bottom) }
      pageOf.set(placed, l.page)
      if (c.x1 < left - 2) { aside.push(placed); continue }
      const k = labels.reduce((best, lab, n) => (Math.abs(mid(lab) - mid(c)) < Math.abs(mid(labels[best]) - mid(c)) ? n : best), 0)
      byColumn[k].push(placed)
    }
  }
  const out: OutLine[] = []
  if (aside.length) out.push(cellsLine(pageOf.get(aside[0]) ?? header.page, [merged(aside)]))
  out.push(cellsLine(header.page, labels))
  // rule line-per-row: lines set closer than half a line are one wrapped cell, unless the value columns print as many
  // lines as the names, line for line (a form without rules set tight: each line its own indicator; the level labels
  // left of the names may wrap, splitRows places them)
  const names = lineBlocks(byColumn[nameAt])
  const values = byColumn.filter((cs, k) => k > nameAt && cs.length)
  const perLine = names.length >= 2 && values.length > 0 && columnBlocks(byColumn[nameAt]).length < names.length &&
    values.every((cs) => alignedLines(lineBlocks(cs), names))
  const blocksOf = perLine ? lineBlocks : columnBlocks
  const rowBlocks = blocksOf(byColumn[nameAt])
  if (!rowBlocks.length) return out
  const rowY = rowBlocks.map(centre)
  const cells: Block[][][] = rowBlocks.map((b) => labels.map((_, k) => (k === nameAt ? [b] : [])))
  labels.forEach((_, k) => {
    if (k === nameAt || !byColumn[k].length) return
    const blocks = blocksOf(byColumn[k])
    // (a level label wrapped onto a line of its own, more lines than rows: each line to its nearest row)
    if (k < nameAt && !(perLine && blocks.length > rowY.length)) splitRows(rowY, blocks).forEach((b, r) => { if (b >= 0) cells[r][k].push(blocks[b]) })
    else for (const b of blocks) cells[rowY.reduce((best, v, r) => (Math.abs(v - centre(b)) < Math.abs(rowY[best] - centre(b)) ? r : best), 0)][k].push(b)
  })
  for (const row of cells) {
    const own = row[nameAt][0].chunks
    const page = pageOf.get(own[0]) ?? header.page
    const unpage = (c: Chunk) => ({ ...c, top: c.top - (page - header.page) * 10000, bottom: c.bottom - (page - header.page) * 10000 })
    const line = row.map((bs, k) => {
      const cs = bs.flatMap((b) => b.chunks).map(unpage)
      return cs.length ? merged(cs) : { ...labels[k], text: '', top: unpage(own[0]).top, bottom: unpage(own[0]).bottom }
    })
    out.push(cellsLine(page, line))
  }
  return out
}
