import type { BudgetDocument, Corpus, Paragraph, Row, Table } from '../schema.js'
import { fenOf, printed, wanText } from '../tools/lib/money.js'

/** What a search hit says about its row or paragraph, rebuilt from the corpus at load (not stored in the index). */
export interface HitMeta {
  kind: 'row' | 'paragraph'
  ref: string
  docId: string
  org: string
  year: number
  tableId?: string
  tableNumber?: string
  tableTitle?: string
  tableKind?: string
  code?: string
  name?: string
  /** the row's main figure as printed, its unit, and the 万元 form for money */
  value?: string
  unit?: string
  wan?: string
  text?: string
  lines: [number, number]
}

/** The row's main figure: the total (or single amount) column of the document year, else the first filled money cell. */
function mainCell(table: Table, row: Row) {
  const byRole = (roles: string[]) =>
    table.columns.find((c) => roles.includes(c.role) && row.cells.some((x) => x.column === c.index && x.amount))
  const col = byRole(['total']) ?? byRole(['amount'])
  const cell = col ? row.cells.find((x) => x.column === col.index) : row.cells.find((x) => x.amount)
  return cell?.amount
}

function rowMeta(doc: BudgetDocument, table: Table, row: Row): HitMeta {
  const a = mainCell(table, row)
  const fen = fenOf(a)
  return {
    kind: 'row', ref: row.id, docId: doc.id, org: doc.org, year: table.year ?? doc.year,
    tableId: table.id, tableNumber: table.number, tableTitle: table.title, tableKind: table.kind,
    code: row.code, name: row.name, value: a?.text, unit: a?.unit, wan: fen === undefined ? undefined : wanText(fen),
    text: a ? `${row.name} ${printed(a)}` : row.name, lines: row.lines,
  }
}

function paragraphMeta(doc: BudgetDocument, p: Paragraph): HitMeta {
  return { kind: 'paragraph', ref: p.id, docId: doc.id, org: doc.org, year: doc.year, text: p.text, lines: p.lines }
}

/** Every indexed item of the corpus with its meta, in a stable order. */
export function indexedItems(corpus: Corpus): HitMeta[] {
  const out: HitMeta[] = []
  for (const doc of corpus.documents) {
    for (const t of doc.tables) for (const r of t.rows) if (r.name || r.code) out.push(rowMeta(doc, t, r))
    for (const p of doc.paragraphs) if (p.text.trim()) out.push(paragraphMeta(doc, p))
  }
  return out
}
