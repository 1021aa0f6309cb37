import type { IngestError, Row, Table, Unparsed } from '../schema.js'
import type { SourceLine } from './source-lines.js'
import { TOTAL_LABEL } from './tokens.js'

/** A table under construction, with the sinks for rows, rejected lines and errors. */
export interface TableDraft {
  table: Table
  /** money unit for value cells: the table's own declaration, else the document's */
  unit: string
  /** the unit came from the table's own 单位： line (a unit in the column labels does not override it) */
  unitDeclared?: boolean
  file: string
  unparsed: Unparsed[]
  errors: IngestError[]
  addRow(r: Pick<Row, 'name' | 'cells' | 'lines'> & Partial<Row>): Row
  reject(line: SourceLine, reason: string): void
}

export function createDraft(table: Table, unit: string, file: string): TableDraft {
  const draft: TableDraft = {
    table,
    unit,
    file,
    unparsed: [],
    errors: [],
    addRow(r) {
      const index = table.rows.length
      // an unlabelled first row with figures is the table's total (PDF layouts drop the 合计 label)
      const name = r.name || (index === 0 && !r.code && r.cells.some((c) => c.amount) ? '合计' : r.name)
      const row: Row = {
        id: `${table.id}/r${index}`,
        index,
        level: 0,
        isTotal: TOTAL_LABEL.test(name) && !r.code,
        ...r,
        name,
      }
      table.rows.push(row)
      return row
    },
    reject(line, reason) {
      draft.unparsed.push({ line: line.no, text: line.raw, reason })
      draft.errors.push({ file, line: line.no, message: `${table.number ?? table.title}: ${reason}` })
    },
  }
  return draft
}
