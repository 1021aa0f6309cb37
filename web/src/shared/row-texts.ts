import type { Row, Table } from './types.js'

/**
 * A row's text per column, as the table printed it. The parser keeps 科目编码/科目名称 on the row itself,
 * so code and name columns are filled from row.code and row.name when the cell is empty.
 */
export function rowTexts(table: Pick<Table, 'columns'>, row: Pick<Row, 'cells' | 'code' | 'name'>): string[] {
  const texts = table.columns.map(() => '')
  for (const cell of row.cells) if (cell.column < texts.length) texts[cell.column] = cell.text
  const hasCode = table.columns.some((c) => c.role === 'code')
  table.columns.forEach((c, i) => {
    if (texts[i]) return
    if (c.role === 'code') texts[i] = row.code ?? ''
    else if (c.role === 'name') texts[i] = !hasCode && row.code ? `${row.code} ${row.name}` : row.name
  })
  return texts
}
