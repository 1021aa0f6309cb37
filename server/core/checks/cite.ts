import type { BudgetDocument, Citation, Column, Paragraph, Row, Table } from '../schema.js'

/** Citation of a table row, narrowed to one column when a single cell is meant. */
export function cellCitation(doc: BudgetDocument, table: Table, row: Row, column?: Column): Citation {
  const cell = column ? row.cells.find((c) => c.column === column.index) : undefined
  return {
    kind: 'row', docId: doc.id, org: doc.org, year: column?.year ?? table.year ?? doc.year,
    tableId: table.id, tableNumber: table.number, tableTitle: table.title,
    rowId: row.id, code: row.code, rowName: row.name, column: column?.label,
    value: cell ? cell.amount?.text ?? cell.text : undefined,
    unit: cell?.amount?.unit ?? table.unit,
    lines: row.lines,
  }
}

/** Citation of a whole table (one that prints no figures, for example). */
export function tableCitation(doc: BudgetDocument, table: Table): Citation {
  return {
    kind: 'row', docId: doc.id, org: doc.org, year: table.year ?? doc.year,
    tableId: table.id, tableNumber: table.number, tableTitle: table.title, unit: table.unit, lines: table.lines,
  }
}

/** Citation of a paragraph; `excerpt` is the sentence the figure was read from. */
export function paragraphCitation(doc: BudgetDocument, p: Paragraph, excerpt: string, value?: string, unit?: string): Citation {
  return {
    kind: 'paragraph', docId: doc.id, org: doc.org, year: doc.year, paragraphId: p.id,
    text: excerpt, value, unit, lines: p.lines,
  }
}
