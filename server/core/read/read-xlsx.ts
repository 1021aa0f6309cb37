import type { LineOrigin } from '../schema.js'
import type { ReadResult } from './types.js'

type XLSX = typeof import('@e965/xlsx')
type Sheet = import('@e965/xlsx').WorkSheet
type Range = import('@e965/xlsx').Range

/** A figure as a cell shows it ("1,234.50", "12.5%"), so amounts keep their printed form. */
const isFigure = (s: string) => /^[-+]?[\d,]+(?:\.\d+)?%?$/.test(s.trim())
/** The filled cells of a row: one alone is a caption (a title merged across the sheet, 单位：元), not cells. */
const filled = (row: string[]) => row.filter((v) => v !== '')

/**
 * The grid of one sheet with merged cells laid out as the parser reads a spanning header: above the first row of
 * figures a merged label repeats over every column and row it covers (a group over its columns); below it a merged
 * label fills down its first column only (a 合计 over code and name), and a merged figure stays in its first cell.
 */
function sheetGrid(X: XLSX, sheet: Sheet, range: Range): string[][] {
  const grid: string[][] = []
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = []
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = sheet[X.utils.encode_cell({ r, c })]
      row.push(cell ? String(cell.w ?? cell.v ?? '').replace(/[\t\r\n]+/g, ' ').trim() : '')
    }
    grid.push(row)
  }
  const firstFigureRow = grid.findIndex((row) => row.some((v) => v && isFigure(v) && !/^\d{1,2}$/.test(v)))
  // a title or unit merged across the sheet is a caption: it stays one cell
  const captionRows = new Set(grid.flatMap((row, r) => (filled(row).length === 1 ? [r] : [])))
  for (const m of sheet['!merges'] ?? []) {
    const r0 = m.s.r - range.s.r
    const c0 = m.s.c - range.s.c
    const text = grid[r0]?.[c0] ?? ''
    if (!text || (captionRows.has(r0) && m.s.r === m.e.r)) continue
    const header = firstFigureRow < 0 || r0 < firstFigureRow
    for (let r = r0; r <= m.e.r - range.s.r; r++) {
      for (let c = c0; c <= m.e.c - range.s.c; c++) {
        if (r === r0 && c === c0) continue
        if (header ? true : c === c0 && !isFigure(text)) grid[r][c] = text
      }
    }
  }
  return grid
}


/**
 * Reader for `.xlsx`/`.xls` workbooks: each sheet becomes its caption lines (title rows of one cell, or the sheet's
 * name) and its rows as tab-separated cells. Each line's origin names the sheet, the 1-based row and the column letter
 * of every tab-separated cell, so a citation can name the sheet and cell range.
 */
export async function readXlsx(_name: string, bytes: Uint8Array): Promise<ReadResult> {
  const X: XLSX = await import('@e965/xlsx')
  // a legacy .xls (OLE) may store text in a code page (936 for GBK): SheetJS decodes it with the code page tables
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) X.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'))
  const book = X.read(bytes, { type: 'array', cellText: true, cellDates: false })
  const lines: string[] = []
  const origins: (LineOrigin | null)[] = []
  const warnings: string[] = []
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]
    if (!sheet?.['!ref']) continue
    const range = X.utils.decode_range(sheet['!ref'])
    const grid = sheetGrid(X, sheet, range)
    const cols = Array.from({ length: range.e.c - range.s.c + 1 }, (_, k) => X.utils.encode_col(range.s.c + k))
    if (!grid.some((row) => filled(row).length)) continue
    const titled = grid.slice(0, 3).some((row) => filled(row).length === 1 && /表|预算|决算/.test(filled(row)[0]))
    if (lines.length) { lines.push(''); origins.push(null) }
    if (!titled) { lines.push(name); origins.push({ sheet: name }) }
    // inside a table (after a row of several cells, before a blank row) a row with one filled cell away from the
    // first column is a row of the table ("节能环保支出" on the 支出 side of a 收支总表, no figure): it keeps its place
    let inTable = false
    grid.forEach((row, k) => {
      const cells = filled(row)
      const sheetRow = range.s.r + k + 1
      if (!cells.length) { inTable = false; lines.push(''); origins.push(null); return }
      const keepsPlace = inTable && cells.length === 1 && row.findIndex((v) => v !== '') > 0 && !/^[（(]?\s*(?:注|备注|说明)\s*[:：]/.test(cells[0])
      if (cells.length > 1) inTable = true
      // a caption row (title, 单位：元, a note) is one text: no tabs around it
      if (cells.length === 1 && !isFigure(cells[0]) && !keepsPlace) {
        const c = row.findIndex((v) => v !== '')
        lines.push(cells[0])
        origins.push({ sheet: name, row: sheetRow, cols: [cols[c]] })
        return
      }
      let last = row.length
      while (last > 0 && row[last - 1] === '') last--
      lines.push(row.slice(0, last).join('\t'))
      origins.push({ sheet: name, row: sheetRow, cols: cols.slice(0, last) })
    })
  }
  if (!lines.length) warnings.push('workbook has no filled cells')
  return { format: 'xlsx', text: lines.join('\n'), origins, warnings }
}
