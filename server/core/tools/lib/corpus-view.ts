import type { BudgetDocument, Corpus, Paragraph, Row, Table } from '../../schema.js'
import { rowYear } from '../../parse/row-year.js'

export interface RowRef { doc: BudgetDocument; table: Table; row: Row }
export interface ParagraphRef { doc: BudgetDocument; paragraph: Paragraph }

/** Lookup maps over a loaded corpus, built once per corpus object (tools are called per request). */
export interface CorpusView {
  docs: BudgetDocument[]
  docById: Map<string, BudgetDocument>
  tableById: Map<string, { doc: BudgetDocument; table: Table }>
  rowById: Map<string, RowRef>
  paragraphById: Map<string, ParagraphRef>
}

const cache = new WeakMap<Corpus, CorpusView>()

export function viewOf(corpus: Corpus): CorpusView {
  let v = cache.get(corpus)
  if (v) return v
  v = { docs: corpus.documents, docById: new Map(), tableById: new Map(), rowById: new Map(), paragraphById: new Map() }
  for (const doc of corpus.documents) {
    v.docById.set(doc.id, doc)
    for (const table of doc.tables) {
      v.tableById.set(table.id, { doc, table })
      for (const row of table.rows) v.rowById.set(row.id, { doc, table, row })
    }
    for (const paragraph of doc.paragraphs) v.paragraphById.set(paragraph.id, { doc, paragraph })
  }
  cache.set(corpus, v)
  return v
}

/** Latest document year per organisation, and all years held (document years plus prior-year columns). */
export function yearsHeld(doc: BudgetDocument): number[] {
  const ys = new Set<number>([doc.year])
  for (const t of doc.tables) {
    // a table of another year ("2024年全县一般公共预算收支平衡表" in a 2025 report) holds that year
    if (t.year) ys.add(t.year)
    for (const c of t.columns) if (c.year) ys.add(c.year)
    for (const r of t.rows) {
      const y = rowYear(r)
      if (y) ys.add(y)
    }
  }
  return [...ys].sort((a, b) => b - a)
}
