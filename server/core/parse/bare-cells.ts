import { isEmptyCellLine, type SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/** A figure cell: a number, a percentage, or a dash for nothing. */
const isFigure = (c: string) => c === '' || isValueToken(c) || /^[-—–－]$/u.test(c)
/** A subject code as tables print it in a column of its own (201, 20126, 2012601, 30101). */
const isCode = (c: string) => /^\d{3,9}$/u.test(c)
/** A header naming a code column: 科目编码, 功能分类科目编码, 代码. */
const CODE_HEADER = /编码|代码|编号/u
/** One cell: short, no gap, tab or pipe inside it, no sentence. */
const isBareCell = (c: string) => c !== '' && c.length <= 40 && !/[\t|]|\s{2,}|\u3000|[。；;]/u.test(c)
const MIN_CELLS = 8

/**
 * Tab-separated rows rebuilt from cells printed one per line: each row numbered by its first cell's line, `spans`
 * mapping that line to its last (the readers of bare cells and bare forms).
 */
export function cellRowBuilder(cellLines: SourceLine[], cells: string[]) {
  const rows: SourceLine[] = []
  const spans = new Map<number, number>()
  const push = (from: number, to: number, row: string[] = cells.slice(from, to)) => {
    const text = row.join('\t')
    rows.push({ no: cellLines[from].no, raw: text, text })
    spans.set(cellLines[from].no, cellLines[to - 1].last ?? cellLines[to - 1].no)
  }
  return { rows, spans, push }
}

/**
 * Rule `bare-cells`: a table whose cells a page printed one per paragraph, with no mark between them (a web table
 * pasted as text: "科目编码", "科目名称", "合计", "基本支出", "项目支出", "201", "一般公共服务支出", "1,000.00", …).
 * The header is the labels before the first row; each row is its code (where the header names a code column; a
 * total may have none), its name, then one figure per value column of the header. Rebuilt as tab-separated rows, each
 * numbered by its first cell's line, `spans` mapping that line to its last; undefined unless every cell reads so.
 */
export function regroupBareCells(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; caption?: number[] } | undefined {
  // (a paragraph of a no-break space is an empty cell, rule empty-cell-paragraph: a figure of nothing)
  const cellLines = lines.filter((l) => l.text.trim() !== '' || isEmptyCellLine(l))
  const cells = cellLines.map((l) => l.text.trim())
  if (cells.length < MIN_CELLS || !cells.every((c) => c === '' || isBareCell(c))) return undefined
  if (!cells[0] || cells.filter(Boolean).length < MIN_CELLS) return undefined
  const first = cells.findIndex((c) => isFigure(c))
  if (first < 2) return undefined
  // (the first row's code: printed, or an empty cell where a total has none)
  const coded = CODE_HEADER.test(cells[0]) && (isCode(cells[first]) || cells[first] === '')
  const header = cells.slice(0, coded ? first : first - 1)
  const names = coded ? 2 : 1
  const width = header.length - names
  if (width < 1 || header.some(isFigure)) return undefined
  const { rows, spans, push } = cellRowBuilder(cellLines, cells)
  push(0, header.length, header)
  let i = header.length
  while (i < cells.length) {
    const from = i
    // (a total's code cell may be left out: "合计" right after the previous row's figures)
    const named = (c: string | undefined) => c !== undefined && !isFigure(c)
    const code = coded ? ((isCode(cells[i]) || cells[i] === '') && named(cells[i + 1]) ? cells[i++] : '') : undefined
    const name = cells[i]
    if (name === undefined || isFigure(name)) return undefined
    const figures = cells.slice(i + 1, i + 1 + width)
    if (figures.length !== width || !figures.every(isFigure)) return undefined
    i += 1 + width
    push(from, i, [...(code === undefined ? [] : [code]), name, ...figures])
  }
  return rows.length >= 3 ? { rows, spans } : undefined
}
