import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/**
 * A table whose cells were flattened one per line, each closed by a pipe ("项 目 |", "预 算 数 |", "合 计 |",
 * "40.20 |"), as some pages render a web table when saved as text. The row breaks are lost; the rows are rebuilt
 * from the rhythm of labels and figures.
 */
export const isCellLine = (text: string) => /^[^|\t]*\|\s*$/.test(text) && (text.trim() === '|' || !/^\s*\|/.test(text))

/** The last source line of a cell's line: its own, or the pipe's line that closes it (rule pipe-cell-lines). */
const lastLine = (l: SourceLine) => l.last ?? l.no
const cellOf = (l: SourceLine) => l.text.replace(/\|\s*$/, '').trim()
const isFigure = (s: string) => s === '' || s === '-' || s === '—' || isValueToken(s)

/**
 * Rows of `width` cells, when every row after the header rows is a label followed by figures, or several such
 * blocks side by side (a 收支平衡表: 收入 | 执行数 | 支出 | 执行数): the first body row says where the labels stand,
 * every row has its labels there (a side that ended is empty) and figures everywhere else.
 */
function rowsOf(cells: string[], width: number, first: number): boolean {
  const body = cells.length - first
  if (body <= 0 || body % width) return false
  const labelAt = new Set([...Array(width).keys()].filter((k) => !isFigure(cells[first + k])))
  // labels at the start of each block, each followed by a figure column
  if (!labelAt.has(0) || [...labelAt].some((k) => k + 1 >= width || labelAt.has(k + 1))) return false
  for (let i = first; i < cells.length; i += width) {
    const labels = [...labelAt].map((k) => cells[i + k])
    // a row names something; a label cell holds a label or nothing, never a figure
    if (labels.every((c) => c === '') || labels.some((c) => c !== '' && isFigure(c))) return false
    for (let k = 0; k < width; k++) if (!labelAt.has(k) && !isFigure(cells[i + k])) return false
  }
  return cells.slice(0, first).every((c) => !isValueToken(c))
}

/**
 * The lines of a cell-per-line table regrouped into tab-separated rows, each numbered by its first line, with
 * `spans` mapping that line to the row's last line, and `caption` the lines of rows that only caption the table
 * (rule pipe-run-cells); undefined when the lines are not such a table.
 */
export function regroupCellLines(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; caption?: number[] } | undefined {
  const cellLines = lines.filter((l) => l.text.trim() !== '')
  if (cellLines.length < 4 || cellLines.every((l) => isPipeOnly(l.text))) return undefined
  const tail = pipeTailRows(cellLines)
  if (tail) return tail
  const headed = headerWidthRows(cellLines)
  if (headed) return headed
  if (!cellLines.every((l) => isCellLine(l.text))) return cellLines.every((l) => isCellLine(l.text) || isPipeOnly(l.text)) ? pipeRunRows(cellLines) : undefined
  const cells = cellLines.map(cellOf)
  for (let width = 2; width <= Math.min(12, cellLines.length / 2); width++) {
    for (const headerRows of [1, 2]) {
      if (!rowsOf(cells, width, width * headerRows)) continue
      const rows: SourceLine[] = []
      const spans = new Map<number, number>()
      for (let i = 0; i < cellLines.length; i += width) {
        const group = cellLines.slice(i, i + width)
        const text = group.map(cellOf).join('\t')
        rows.push({ no: group[0].no, raw: text, text })
        spans.set(group[0].no, lastLine(group[group.length - 1]))
      }
      return { rows, spans }
    }
  }
  return groupedHeader(cellLines, cells) ?? pipeRunRows(cellLines)
}

/**
 * Rule `header-width`: a header of text labels, then the 合计 row ("市县/单位名称 | 项目名称 | 金额 | 支出功能分类科目 |
 * 支出经济分类科目 | 合计 | | 78,400 | | |"): the labels before 合计 are the columns, whatever the rows hold (names, codes
 * as text, figures), so long as every row has its figure, or nothing, where the 合计 row has its own. A last line cut
 * off before its pipe (a truncated copy) is a last, short row.
 */
function headerWidthRows(cellLines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number> } | undefined {
  const cut = !isCellLine(cellLines[cellLines.length - 1].text) ? 1 : 0
  const body = cellLines.slice(0, cellLines.length - cut)
  if (!body.every((l) => isCellLine(l.text))) return undefined
  const cells = body.map(cellOf)
  const width = cells.findIndex((c) => /^(?:合\s*计|总\s*计)$/u.test(c))
  if (width < 3 || cells.slice(0, width).some((c) => c === '' || isFigure(c))) return undefined
  const total = cells.slice(width, width * 2)
  const at = total.findIndex((c, k) => k > 0 && isValueToken(c))
  if (at < 0 || total.length < width) return undefined
  const groups: SourceLine[][] = []
  for (let i = 0; i < body.length; i += width) groups.push(body.slice(i, i + width))
  const full = groups.filter((g) => g.length === width)
  if (full.length < 3 || full.slice(1).some((g) => !isFigure(cellOf(g[at])))) return undefined
  if (cut) groups[groups.length - 1]?.length === width ? groups.push([cellLines[cellLines.length - 1]]) : groups[groups.length - 1].push(cellLines[cellLines.length - 1])
  const rows: SourceLine[] = []
  const spans = new Map<number, number>()
  for (const g of groups) {
    const text = g.map((l) => (isCellLine(l.text) ? cellOf(l) : l.text.trim())).join('\t')
    rows.push({ no: g[0].no, raw: text, text })
    spans.set(g[0].no, lastLine(g[g.length - 1]))
  }
  return { rows, spans }
}

/**
 * Rule `cell-lines-group`: a header one cell longer than the rows, a group's label over its own 合计 and parts
 * ("年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 合计 | 车辆购置 | 车辆运行", rows of 7 cells): the
 * label before the second 合计 (or 小计) heads the columns from that 合计 to the end; rebuilt as two header rows.
 */
function groupedHeader(cellLines: SourceLine[], cells: string[]): { rows: SourceLine[]; spans: Map<number, number> } | undefined {
  for (let width = 3; width <= Math.min(12, cellLines.length / 3); width++) {
    const h = width + 1
    if (!rowsOf(cells, width, h)) continue
    const head = cells.slice(0, h).map((c) => c.replace(/\s+/g, ''))
    const sub = head.findIndex((c, i) => i > 1 && /^(?:合计|小计)$/u.test(c))
    if (sub < 2) continue
    const blank = (n: number) => Array<string>(n).fill('')
    const top = [...head.slice(0, sub), ...blank(h - sub - 1)]
    const second = [...blank(sub - 1), ...head.slice(sub)]
    const rows: SourceLine[] = []
    const spans = new Map<number, number>()
    const headLines = cellLines.slice(0, h)
    rows.push({ no: headLines[0].no, raw: top.join('\t'), text: top.join('\t') }, { no: headLines[sub].no, raw: second.join('\t'), text: second.join('\t') })
    spans.set(headLines[0].no, lastLine(headLines[sub - 1]))
    spans.set(headLines[sub].no, lastLine(headLines[h - 1]))
    for (let i = h; i < cellLines.length; i += width) {
      const group = cellLines.slice(i, i + width)
      const text = group.map(cellOf).join('\t')
      rows.push({ no: group[0].no, raw: text, text })
      spans.set(group[0].no, lastLine(group[group.length - 1]))
    }
    return { rows, spans }
  }
  return undefined
}

/** A cell whose pipe is followed by more pipes ("0.00 | |||"): the last filled cell of its row (rule pipe-tail-rows). */
const isRowCloser = (text: string) => /^[^|\t]*[^|\s][^|\t]*\|\s*\|+\s*$/.test(text)

/**
 * Rule `pipe-tail-rows`: cells one a line, each closed by a pipe, a row's last filled cell followed by more pipes
 * (its blank and merged-away cells: "一、一般公共服务支出 |" / "31 |" / "0.00 | |||"), so the row breaks survive:
 * each closer ends a row. A row shorter than the widest is spread over it: when both split into equal halves (a
 * 收支总表's 收入 side and 支出 side), each half's first cell stands at its half's start and the rest at its end
 * ("收入 | 支出" over 项目 | 行次 | 决算数 | 项目 | 行次 | 决算数; "栏次 | 1 | 栏次 | 2" under them); otherwise packed
 * to the left, as is a last row left open. Undefined unless every line is such a cell and two or more rows close.
 */
function pipeTailRows(cellLines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number> } | undefined {
  if (!cellLines.every((l) => isRowCloser(l.text) || (isCellLine(l.text) && !isPipeOnly(l.text)))) return undefined
  if (cellLines.filter((l) => isRowCloser(l.text)).length < 2) return undefined
  const groups: SourceLine[][] = [[]]
  for (const l of cellLines) {
    groups[groups.length - 1].push(l)
    if (isRowCloser(l.text)) groups.push([])
  }
  // (cells after the last closer: a row the page cut short, packed to the left)
  const open = groups[groups.length - 1].length ? groups[groups.length - 1] : (groups.pop(), undefined)
  const cellText = (l: SourceLine) => l.text.replace(/\|[\s|]*$/, '').trim()
  const width = Math.max(...groups.map((g) => g.length))
  const spread = (cells: string[], closed: boolean): string[] => {
    const n = cells.length
    if (n === width) return cells
    if (closed && n >= 2 && n % 2 === 0 && width % 2 === 0) {
      const half = (part: string[]) => [part[0], ...Array<string>(width / 2 - part.length).fill(''), ...part.slice(1)]
      return [...half(cells.slice(0, n / 2)), ...half(cells.slice(n / 2))]
    }
    return [...cells, ...Array<string>(width - n).fill('')]
  }
  const rows: SourceLine[] = []
  const spans = new Map<number, number>()
  for (const g of groups) {
    const text = spread(g.map(cellText), g !== open).join('\t')
    rows.push({ no: g[0].no, raw: text, text })
    spans.set(g[0].no, lastLine(g[g.length - 1]))
  }
  return { rows, spans }
}

/** A line of nothing but pipes ("|", "||", "|||||"). */
const isPipeOnly = (text: string) => /^\s*\|+\s*$/.test(text)

interface PlacedCell { text: string; first: number; last: number }

/**
 * Rule `pipe-run-cells`: cells one a line where a line of nothing but pipes holds that many empty cells ("|" one,
 * "||" two, "|||||" five), as a page saves a row's blank and merged-away cells after its filled ones:
 *
 *   编制单位:某某中学 | / 单位:万元 | / |||||| / 项目 | / 预算数 | / 决算数 | / ||||| / 合计 | / 财政拨款 | / 合计 | /
 *   财政拨款 | / ||| / 公务接待费 | / 3.00 | / 3.00 | / 2.40 | / 2.40 | / |
 *
 * read at the width whose rows come out regular: the body rows last, each a label then figures (or figures alone,
 * every row alike), a column the body always leaves blank dropped; above them a header of one full row, or of two
 * rows whose cells were packed to the left (the first cells of the upper row stand over both rows, the rest head
 * equal groups of the lower row's cells: 预算数 over 合计 | 财政拨款); above the header only caption rows, short rows
 * of words (编制单位, 单位). Undefined when no width reads so.
 */
function pipeRunRows(cellLines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; caption: number[] } | undefined {
  // (pipes before the first filled cell start no row: they go to the caption)
  const lead = cellLines.findIndex((l) => !isPipeOnly(l.text))
  const cells: PlacedCell[] = cellLines.slice(lead).flatMap((l) => isPipeOnly(l.text)
    ? Array.from({ length: l.text.trim().length }, () => ({ text: '', first: l.no, last: l.no }))
    : [{ text: cellOf(l), first: l.no, last: lastLine(l) }])
  for (let width = 2; width <= Math.min(12, cells.length / 2); width++) {
    const grid: PlacedCell[][] = []
    for (let i = 0; i < cells.length; i += width) grid.push(cells.slice(i, i + width))
    const last = grid[grid.length - 1]
    while (last.length < width) last.push({ ...last[last.length - 1], text: '' })
    const read = readPipeGrid(grid.map((r) => r.map((c) => c.text)))
    if (!read) continue
    // each row keeps the lines of its cells that no earlier row holds; rows dropped (blank, caption) leave theirs to the caption
    const rows: SourceLine[] = []
    const spans = new Map<number, number>()
    const caption = cellLines.slice(0, lead).map((l) => l.no)
    let owned = caption[caption.length - 1] ?? 0
    grid.forEach((r, k) => {
      const lines = [...new Set(r.flatMap((c) => [c.first, c.last]))].filter((n) => n > owned)
      if (!lines.length) return
      owned = lines[lines.length - 1]
      const text = read.rows.get(k)
      if (text === undefined) { caption.push(...lines); return }
      rows.push({ no: lines[0], raw: text.join('\t'), text: text.join('\t') })
      spans.set(lines[0], lines[lines.length - 1])
    })
    return { rows, spans, caption }
  }
  return undefined
}

/**
 * The rows of a grid of pipe-run cells (rule pipe-run-cells) as they read, by their index in the grid (captions
 * and blank rows left out), or undefined when the grid is not regular at its width.
 */
function readPipeGrid(grid: string[][]): { rows: Map<number, string[]> } | undefined {
  const filled = (r: string[]) => r.filter((c) => c !== '').length
  const at = grid.map((_, k) => k).filter((k) => filled(grid[k]) > 0)
  // the body: the last rows, each a label then figures, or every one figures alone from its first cell on
  let b = at.length
  const labelled = (r: string[]) => r[0] !== '' && !isFigure(r[0]) && r.slice(1).every(isFigure)
  const bare = (r: string[]) => r[0] !== '' && r.every(isFigure)
  const kind = at.length && labelled(grid[at[at.length - 1]]) ? labelled : bare
  while (b > 0 && kind(grid[at[b - 1]])) b--
  const body = at.slice(b)
  if (!body.length || b === 0) return undefined
  // the columns the body fills: a last column it always leaves blank is no column
  let width = grid[0].length
  while (width > 2 && body.every((k) => grid[k][width - 1] === '')) width--
  for (let w = width; w <= grid[0].length; w++) {
    const header = headerRows(at.slice(0, b).map((k) => grid[k]), w)
    if (!header) continue
    const rows = new Map<number, string[]>()
    const heads = at.slice(b - header.length, b)
    heads.forEach((k, i) => rows.set(k, header[i]))
    for (const k of body) rows.set(k, grid[k].slice(0, w))
    // above the header, captions only: rows of words filling less than half the width
    const above = at.slice(0, b - header.length).map((k) => grid[k])
    if (above.some((r) => filled(r) * 2 >= w || r.some((c) => isValueToken(c)))) continue
    return { rows }
  }
  return undefined
}

/**
 * The header over `w` columns from the rows above the body (last one or two of them): one row filling every
 * column; or two rows packed to the left, the upper row's first cells standing over both rows and each of the rest
 * heading an equal group (two or more) of the lower row's cells, placed back over their columns.
 */
function headerRows(above: string[][], w: number): string[][] | undefined {
  const packed = (r: string[]) => {
    const n = r.filter((c) => c !== '').length
    return r.slice(0, n).every((c) => c !== '') && r.slice(n).every((c) => c === '') && !r.some((c) => isValueToken(c)) ? n : -1
  }
  const one = above[above.length - 1]
  if (!one) return undefined
  if (packed(one) === w) return [one.slice(0, w)]
  if (above.length < 2) return undefined
  const top = above[above.length - 2]
  const t = packed(top)
  const m = packed(one)
  const spanned = w - m
  const groups = t - spanned
  if (t < 0 || m < 2 || spanned < 0 || groups < 1 || m % groups || m / groups < 2 || t > w) return undefined
  const size = m / groups
  const upper = [...top.slice(0, spanned), ...top.slice(spanned, t).flatMap((c) => [c, ...Array<string>(size - 1).fill('')])]
  const lower = [...Array<string>(spanned).fill(''), ...one.slice(0, m)]
  return [upper, lower]
}
