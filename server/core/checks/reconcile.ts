import type { BudgetDocument, Table } from '../schema.js'
import type { Finding } from './finding.js'

/** Findings about a table's own sums or its agreement with the other tables (not the prose's figures). */
const isTableFinding = (f: Finding) => !f.kind.startsWith('prose') && f.severity !== 'info'

/** A table the checks can test: figures plus a total row, a row hierarchy or a total column over parts. */
function checkable(t: Table): boolean {
  if (t.noData || t.cutShort || !t.rows.some((r) => r.cells.some((c) => c.amount))) return false
  return t.rows.some((r) => r.isTotal || r.parent !== undefined) || t.columns.some((c) => c.role === 'total')
}

/** The table findings that cite a table, most severe first (the order checkDocument gives). */
export const tableFindings = (findings: Finding[], tableId: string) =>
  findings.filter((f) => isTableFinding(f) && f.citations.some((c) => c.tableId === tableId))

/**
 * Set `table.reconciled` from the document's findings: 'mismatch' when a check of its sums (against its rows or the
 * other tables) fails, 'ok' when it could be checked and nothing failed, 'unchecked' otherwise.
 */
export function reconcileTables(doc: BudgetDocument, findings: Finding[]): void {
  for (const t of doc.tables) t.reconciled = tableFindings(findings, t.id).length ? 'mismatch' : checkable(t) ? 'ok' : 'unchecked'
}

/** Share of a document's amount cells that sit in reconciled tables (0–1; 1 for a document without figures). */
export function reconciledShare(doc: BudgetDocument): number {
  let all = 0
  let ok = 0
  for (const t of doc.tables) {
    const n = t.rows.reduce((k, r) => k + r.cells.filter((c) => c.amount).length, 0)
    all += n
    if (t.reconciled === 'ok') ok += n
  }
  return all ? ok / all : 1
}
