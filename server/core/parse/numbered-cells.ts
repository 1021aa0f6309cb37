import { isTitleLine, unitOf } from './blocks.js'
import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/**
 * Rule `numbered-cells`: a web table copied as text one cell per line, its empty cells kept as lines holding only
 * spaces ("1 / 一、一般公共预算拨款收入 / 2205.12 / 一、一般公共服务支出 / (blank)"). Templates that number their
 * lines (a 序号 column: 1, 2, 3 … down the table) give the rows away: the row numbers stand a fixed number of lines
 * apart, and that stride is the table's width. The rows are rebuilt from it, the header from the label lines above
 * the first row (the 栏次 line 1 2 3 4 one row of its own), and the caption cells between the title and the header
 * (the unit's code and name, 预算年度, 单位) one caption row. Each rebuilt line keeps the range of source lines it
 * stands for. Lines that are not such a table are returned as they are.
 */
export function regroupNumberedCells(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined
  let from = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.trim() !== '1') continue
    const table = numberedTableAt(lines, i)
    if (!table || table.start < from) continue
    out ??= []
    out.push(...lines.slice(from, table.start), ...table.lines)
    from = i = table.end
    i--
  }
  return out ? [...out, ...lines.slice(from)] : lines
}

const MIN_ROWS = 4
const MAX_WIDTH = 12
const text = (l: SourceLine | undefined) => (l?.text ?? '').trim()
/** a cell of a table: short, no sentence */
const isCell = (s: string) => s.length <= 40 && !/[。；;]/.test(s)
/** a header label: a short word, no figure, no field (预算年度:2024) */
const isLabel = (s: string) => s !== '' && s.length <= 16 && !/[:：。；;]/.test(s) && !isValueToken(s)
/** words that head a group of columns over the leaf labels (收入 over 项目 | 预算数) */
const GROUP = /^(?:收\s*入|支\s*出|序\s*号)$/

function joined(cells: SourceLine[]): SourceLine {
  const t = cells.map(text).join('\t')
  return { no: cells[0].no, raw: t, text: t, last: cells[cells.length - 1].no }
}

function numberedTableAt(lines: SourceLine[], i: number): { start: number; end: number; lines: SourceLine[] } | undefined {
  let best: { width: number; rows: number } | undefined
  for (let width = 2; width <= MAX_WIDTH; width++) {
    let rows = 0
    while (i + rows * width < lines.length && text(lines[i + rows * width]) === String(rows + 1)) rows++
    if (rows >= MIN_ROWS && (!best || rows > best.rows)) best = { width, rows }
  }
  if (!best) return undefined
  const { width, rows } = best
  const end = i + rows * width
  if (end > lines.length) return undefined
  const body: SourceLine[][] = []
  for (let r = 0; r < rows; r++) body.push(lines.slice(i + r * width, i + (r + 1) * width))
  // every cell short, and figures in some rows: a table, not a numbered list of sentences
  if (!body.every((cells) => cells.every((c) => isCell(text(c))))) return undefined
  if (body.filter((cells) => cells.slice(1).some((c) => isValueToken(text(c)))).length < 2) return undefined
  // the 栏次 line: 栏次 1 2 … (width − 1) right above the first row
  const numbering = /^[栏行]\s*次$/.test(text(lines[i - width])) && Array.from({ length: width - 1 }, (_, k) => text(lines[i - width + 1 + k]) === String(k + 1)).every(Boolean)
  let head = numbering ? i - width : i
  const labels: SourceLine[] = []
  while (head > 0 && labels.length < 3 * width && isLabel(text(lines[head - 1])) && !isTitleLine(lines[head - 1])) labels.unshift(lines[--head])
  if (labels.length < 2) return undefined
  const headerRows = splitHeader(labels, width)
  if (!headerRows) return undefined
  // the caption cells between the title and the header, the unit line last
  const caption: SourceLine[] = []
  let start = head
  if (head > 0 && unitOf(lines[head - 1]) && !lines[head - 1].text.includes('\t')) {
    let k = head - 1
    while (k > 0 && caption.length < 3 && text(lines[k - 1]) && isCell(text(lines[k - 1])) && !isTitleLine(lines[k - 1]) && !unitOf(lines[k - 1])) k--
    if (k < head - 1) { caption.push(...lines.slice(k, head)); start = k }
  }
  const out = [...(caption.length ? [joined(caption)] : []), ...headerRows.map(joined), ...(numbering ? [joined(lines.slice(i - width, i))] : []), ...body.map(joined)]
  return { start, end, lines: out }
}

/**
 * The header labels as rows: one row when they fit the width; else the leaf labels last (the longest run at the end
 * that fits and holds no group word) under the group labels before them.
 */
function splitHeader(labels: SourceLine[], width: number): SourceLine[][] | undefined {
  if (labels.length <= width) return [labels]
  let leaf = 0
  while (leaf < width && leaf < labels.length - 1 && !GROUP.test(text(labels[labels.length - 1 - leaf]))) leaf++
  const top = labels.slice(0, labels.length - leaf)
  if (!leaf || top.length > width) return undefined
  return [top, labels.slice(labels.length - leaf)]
}
