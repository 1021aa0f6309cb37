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
function rowsOf(cells: string[], width: number, headerRows: number): boolean {
  const body = cells.length - width * headerRows
  if (body <= 0 || body % width) return false
  const first = width * headerRows
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
      if (!rowsOf(cells, width, headerRows)) continue
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
  return undefined
}
