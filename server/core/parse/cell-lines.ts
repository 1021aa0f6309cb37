import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/**
 * A table whose cells were flattened one per line, each closed by a pipe ("项 目 |", "预 算 数 |", "合 计 |",
 * "40.20 |"), as some pages render a web table when saved as text. The row breaks are lost; the rows are rebuilt
 * from the rhythm of labels and figures.
 */
export const isCellLine = (text: string) => /^[^|\t]*\|\s*$/.test(text) && (text.trim() === '|' || !/^\s*\|/.test(text))

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
 * `spans` mapping that line to the row's last line; undefined when the lines are not such a table.
 */
export function regroupCellLines(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number> } | undefined {
  const cellLines = lines.filter((l) => l.text.trim() !== '')
  if (cellLines.length < 4 || !cellLines.every((l) => isCellLine(l.text)) || cellLines.every((l) => l.text.trim() === '|')) return undefined
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
        spans.set(group[0].no, group[group.length - 1].no)
      }
      return { rows, spans }
    }
  }
  return groupedHeader(cellLines, cells)
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
    spans.set(headLines[0].no, headLines[sub - 1].no)
    spans.set(headLines[sub].no, headLines[h - 1].no)
    for (let i = h; i < cellLines.length; i += width) {
      const group = cellLines.slice(i, i + width)
      const text = group.map(cellOf).join('\t')
      rows.push({ no: group[0].no, raw: text, text })
      spans.set(group[0].no, group[group.length - 1].no)
    }
    return { rows, spans }
  }
  return undefined
}
