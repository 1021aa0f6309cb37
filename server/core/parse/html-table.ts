import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/** A line that opens an HTML table (`<table …>`, pasted from a web page). */
export const isHtmlTableStart = (raw: string) => /^\s*<table\b/i.test(raw)
export const isHtmlTableEnd = (raw: string) => /<\/table\s*>/i.test(raw)

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: '\u3000', thinsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', middot: '·', hellip: '…', times: '×', yen: '¥' }

/** Decode HTML character references: the common named ones and numeric ones (&#8195; &#x3000;). */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? m
    const code = dec ? Number(dec) : parseInt(hex!, 16)
    if (code === 0xa0 || code < 0x20) return ' '
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m
  })
}

/** The text of a cell: tags gone (a `<br>` or paragraph break is a space), entities decoded, one line. */
export function cellText(html: string): string {
  const s = html.replace(/<br\s*\/?>|<\/p>\s*<p\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '')
  return decodeEntities(s).replace(/[\t\r\n]+/g, ' ').replace(/\|/g, '｜').replace(/\s+$/, '')
}

interface HtmlCell { text: string; head: boolean; colspan: number; rowspan: number }
interface HtmlRow { line: number; last: number; cells: HtmlCell[] }

const span = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)
  return m ? Math.max(1, Math.min(Number(m[1]), 50)) : 1
}

/** The `<tr>` rows of a table's source lines, each with the line its `<tr>` starts on. */
function htmlRows(lines: SourceLine[]): HtmlRow[] {
  // one text with a marker per line start, so every <tr> knows its source line
  const text = lines.map((l) => `\u0001${l.no}\u0002${l.raw}`).join('\n')
  const rows: HtmlRow[] = []
  let line = lines[0]?.no ?? 1
  let row: HtmlRow | undefined
  let cell: { head: boolean; attrs: string; start: number } | undefined
  const token = /\u0001(\d+)\u0002|<(\/?)(tr|td|th)\b([^>]*)>|<\/table\s*>/gi
  const closeCell = (end: number) => {
    if (cell && row) row.cells.push({ text: cellText(text.slice(cell.start, end).replace(/\u0001\d+\u0002/g, '')), head: cell.head, colspan: span(cell.attrs, 'colspan'), rowspan: span(cell.attrs, 'rowspan') })
    cell = undefined
  }
  const closeRow = (end: number) => {
    closeCell(end)
    if (row?.cells.length) rows.push({ ...row, last: Math.max(row.line, line) })
    row = undefined
  }
  for (let m: RegExpExecArray | null; (m = token.exec(text)); ) {
    if (m[1]) { line = Number(m[1]); continue }
    const tag = m[3]?.toLowerCase()
    if (!tag) { closeRow(m.index); continue }
    if (tag === 'tr') { closeRow(m.index); if (!m[2]) row = { line, last: line, cells: [] }; continue }
    if (!row) row = { line, last: line, cells: [] } // a cell outside any <tr>: a row of its own
    closeCell(m.index)
    if (!m[2]) cell = { head: tag === 'th', attrs: m[4], start: m.index + m[0].length }
  }
  closeRow(text.length)
  return rows
}

/**
 * Lay the rows out on a grid, spans expanded: a header cell (th) repeats over the columns and rows it spans, so a
 * colspan label becomes the group over its columns and a rowspan label fills down; a data cell (td) keeps its text
 * in its first column (a 合计 label over code and name) and fills down only when it is a label, never a figure.
 */
function toGrid(rows: HtmlRow[]): string[][] {
  const grid: string[][] = []
  const taken: boolean[][] = []
  rows.forEach((row, r) => {
    grid[r] ??= []
    taken[r] ??= []
    let c = 0
    for (const cell of row.cells) {
      while (taken[r][c]) c++
      const figure = isValueToken(cell.text.trim())
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= []
        taken[r + dr] ??= []
        for (let dc = 0; dc < cell.colspan; dc++) {
          const first = dr === 0 && dc === 0
          const fill = cell.head || (dc === 0 && !figure)
          grid[r + dr][c + dc] = first || fill ? cell.text : ''
          taken[r + dr][c + dc] = true
        }
      }
      c += cell.colspan
    }
  })
  return grid.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? ''))
}

/** A form field of a 绩效目标表 printed as a line, its value possibly a whole sentence: "项目名称：某项目", "年度绩效目标：保障……。"
 *  (a form over its HTML table here; a form line in a space layout in blocks). */
export const FORM_LINE = /^\s*[\p{Script=Han}（）()]{2,12}[:：]\S/u

/** The numbers of the lines inside a <table>…</table> of the block. */
function tableLineNumbers(lines: SourceLine[]): Set<number> {
  const out = new Set<number>()
  let open = false
  for (const l of lines) {
    if (/<table\b/i.test(l.raw)) open = true
    if (open) out.add(l.no)
    if (isHtmlTableEnd(l.raw)) open = false
  }
  return out
}

/**
 * An HTML table's source lines as tab-separated rows for the grid-table path: one row per `<tr>`, numbered by the
 * line its `<tr>` starts on (rows sharing a line share its number). `spans` gives, for a row whose `<tr>` runs on
 * over further lines, the last of them; lines that belong to no row (`<table>`, `</table>`, `<tbody>`) are markup:
 * header lines of the table.
 */
export function htmlTableLines(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; markup: number[] } {
  // a form line between the tables of one block ("项目名称：某项目　实施单位：某单位", rule form-over-html) is a row of its
  // own, its parts set apart by wide gaps as cells, in its place among the rows
  const inTable = tableLineNumbers(lines)
  const forms: HtmlRow[] = lines.filter((l) => !inTable.has(l.no) && FORM_LINE.test(l.text)).map((l) => ({ line: l.no, last: l.no, cells: l.text.trim().split(/[\s\u3000]{2,}|\u3000+/u).filter(Boolean).map((text) => ({ text, head: false, colspan: 1, rowspan: 1 })) }))
  const rows = [...htmlRows(lines), ...forms].sort((a, b) => a.line - b.line)
  const grid = toGrid(rows)
  const width = Math.max(0, ...grid.map((r) => r.length))
  const out = rows.map((row, i): SourceLine => {
    const cells = Array.from({ length: width }, (_, c) => grid[i][c] ?? '')
    const text = cells.join('\t')
    return { no: row.line, raw: text, text }
  })
  // a row ends on its own last line, before the line the next row starts on
  const spans = new Map<number, number>()
  rows.forEach((row, i) => {
    const next = rows.slice(i + 1).find((r) => r.line > row.line)?.line ?? Infinity
    const last = Math.max(row.line, Math.min(row.last, next - 1))
    if (last > (spans.get(row.line) ?? row.line)) spans.set(row.line, last)
  })
  const inRow = (n: number) => [...spans.entries()].some(([a, b]) => n >= a && n <= b) || rows.some((r) => r.line === n)
  const markup = lines.filter((l) => l.raw.trim() !== '' && !inRow(l.no)).map((l) => l.no)
  return { rows: out, spans, markup }
}
