import { decodeEntities } from './html-table.js'

/** A source line after cleaning: markup removed, provenance (1-based line number) kept. */
export interface SourceLine {
  no: number
  raw: string
  text: string
  /** a line rebuilt from several source lines (rule numbered-cells): the last of them */
  last?: number
}

/** The source line numbers a line stands for: its own, or the range it was rebuilt from. */
export function lineNumbers(l: SourceLine): number[] {
  return l.last === undefined ? [l.no] : Array.from({ length: l.last - l.no + 1 }, (_, k) => l.no + k)
}

const TAG = /<\/?(?:b|strong|i|em|u|span|font|p|br|div|a|img|sup|sub|small|big|center|h[1-6])\b[^>]*>/gi
const BOOKMARK = /\[bookmark:[^\]]*\]/gi

/**
 * Clean one line for parsing: stray HTML tags, markdown heading/bold markers and Word bookmarks go;
 * tabs stay (they separate cells). `<p>` boundaries become spaces so paragraphs inside a cell stay apart.
 */
export function cleanLine(raw: string): string {
  let s = raw.replace(/\r$/, '').replace(/^\uFEFF/, '')
  s = s.replace(/<\/p>\s*<p>/gi, ' ').replace(TAG, '').replace(BOOKMARK, '')
  s = decodeEntities(s)
  s = s.replace(/^\s*#{1,6}\s+/, '')
  s = s.replace(/\*\*([^*]*)\*\*/g, '$1').replace(/^\*\*|\*\*$/g, '')
  s = normalizeSeparators(s)
  return s.replace(/[ \u3000\u00a0]+$/g, '').replace(/^[\u3000\u00a0]+/, '')
}

/**
 * Cell separators of other exporters become the ASCII pipe: box-drawing bars (│ ┃) always, the full-width bar
 * (｜) when a line has two or more of them (one alone may be text).
 */
function normalizeSeparators(s: string): string {
  if (/[\u2502\u2503]/.test(s)) s = s.replace(/[\u2502\u2503]/g, '|')
  if ((s.match(/\uff5c/g)?.length ?? 0) >= 2) s = s.replace(/\uff5c/g, '|')
  return s
}

export function toSourceLines(text: string): SourceLine[] {
  return joinPipeCells(text.split('\n').map((raw, i) => ({ no: i + 1, raw, text: cleanLine(raw) })))
}

/** At least this many filled cells in a row, each on its line and each closed by a pipe on the next line, make a table. */
const PIPE_CELL_RUN = 6

/**
 * Rule `pipe-cell-lines`: a web table saved one cell a line with its separator on a line of its own ("年度" / "|" /
 * "合计" / "|" …): each cell is closed by its pipe on its own line (read as the cell-per-line form, cell-lines), the
 * pipe's line left empty and counted the cell's own (its last), so the line numbers stay those of the page. Within
 * the run a second pipe, where a cell should stand, closes an empty cell and stays ("公务接待费" / "|" / "|" /
 * "公务用车购置费" / "|": 公务接待费 with its figure left blank).
 */
function joinPipeCells(lines: SourceLine[]): SourceLine[] {
  const pipe = (l: SourceLine | undefined) => l?.text.trim() === '|'
  const cell = (l: SourceLine | undefined) => !!l && l.text.trim() !== '' && !l.text.includes('|') && l.text.trim().length <= 60
  for (let i = 0; i < lines.length; ) {
    let j = i
    let cells = 0 // (filled ones)
    for (;;) {
      if (cell(lines[j]) && pipe(lines[j + 1])) { j += 2; cells++ } else if (j > i && pipe(lines[j])) j += 1
      else break
    }
    if (cells >= PIPE_CELL_RUN) {
      for (let k = i; k < j; k++) {
        if (pipe(lines[k])) continue
        lines[k] = { ...lines[k], text: `${lines[k].text.trim()} |`, last: lines[k + 1].no }
        lines[k + 1] = { ...lines[k + 1], text: '' }
        k++
      }
      i = j
    } else i = Math.max(j, i + 1)
  }
  return lines
}

/** Cells of a tab- or pipe-separated line, trimmed; empty cells kept. */
export function splitCells(text: string): string[] {
  return splitRawCells(text).map((c) => c.trim())
}

/** Cells of a tab- or pipe-separated line, untrimmed (a name cell's leading spaces are its indentation). */
export function splitRawCells(text: string): string[] {
  // ASCII spaces around a pipe are padding (markdown); full-width spaces at a cell's start are indentation
  if (isPipeRow(text)) return text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.replace(/^[ \t]+/, ''))
  return text.split('\t')
}

/**
 * A pipe-separated row: framed by pipes (markdown, box-drawing), or cells split by two or more pipes without a
 * frame ("项目|金额|备注").
 */
export const isPipeRow = (t: string) => /^\s*\|.*\|\s*$/.test(t) || (!t.includes('\t') && (t.match(/\|/g)?.length ?? 0) >= 2)
export const isPipeSeparator = (t: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(t)

/** Non-empty cells of a line split on tabs/pipes. */
export function filledCells(text: string): string[] {
  return splitCells(text).filter((c) => c !== '')
}

/** Text with whitespace between Han characters removed ("合    计" → "合计"). */
export function squeezeHan(s: string): string {
  return s.replace(/(?<=[\p{Script=Han}（）()“”])\s+(?=[\p{Script=Han}（）()“”])/gu, '').trim()
}

export const isBlank = (l: SourceLine) => l.text.trim() === ''
/**
 * The line a reader writes for an empty cell printed as a paragraph of its own ("<p>&nbsp;</p>" among a table's cells
 * one per paragraph): a no-break space, blank to every reader of prose, an empty cell to the reader of such cells.
 */
export const EMPTY_CELL_LINE = '\u00a0'
export const isEmptyCellLine = (l: SourceLine) => l.raw === EMPTY_CELL_LINE
