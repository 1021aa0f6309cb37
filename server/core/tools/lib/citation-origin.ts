import type { BudgetDocument, Citation, Column, Lines } from '../../schema.js'

/**
 * Where a cited row (and column) sits in a spreadsheet, from the document's line origins: the sheet and the cell
 * range ("C12", "A12:F12", "C12:C13" for a row over two lines). Empty for documents that are not sheets.
 */
export function sheetPlace(doc: BudgetDocument, lines: Lines, column?: Column): Pick<Citation, 'sheet' | 'cellRange'> {
  const first = doc.origins?.[lines[0] - 1]
  const last = doc.origins?.[lines[1] - 1] ?? first
  if (!first?.sheet || !first.row) return {}
  const endRow = last?.sheet === first.sheet && last.row ? last.row : first.row
  const cols = first.cols ?? []
  const col = column ? cols[column.index] : undefined
  const from = col ?? cols[0]
  const to = col ?? cols[cols.length - 1]
  if (!from || !to) return { sheet: first.sheet }
  const a = `${from}${first.row}`
  const b = `${to}${endRow}`
  return { sheet: first.sheet, cellRange: a === b ? a : `${a}:${b}` }
}
