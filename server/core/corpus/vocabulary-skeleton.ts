import type { BudgetDocument, Column, Row, Table, TableKind } from '../schema.js'

/**
 * The words questions are matched against (row names and codes, amount-column headers, indicators, project and
 * procurement item names) of every document, without the figures: one small "skeleton" document built at ingest.
 * The planner's vocabulary over a few loaded documents is the vocabulary of the whole corpus, as before.
 */
export interface DocWords {
  rows: [name: string, code?: string][]
  indicators: string[]
  columns: Column[]
  projects: string[]
  items: string[]
}

const PROJECT_FIELD = /项目名称|专项资金名称/

export function documentWords(doc: BudgetDocument): DocWords {
  const w: DocWords = { rows: [], indicators: [], columns: [], projects: [], items: [] }
  for (const t of doc.tables) {
    if (t.kind === 'catalog') continue
    for (const r of t.rows) {
      if (r.indicator) w.indicators.push(r.indicator.name)
      else w.rows.push(r.code ? [r.name, r.code] : [r.name])
      if (t.kind === 'procurement') {
        for (const c of r.cells) if (!c.amount && t.columns.find((x) => x.index === c.column)?.role === 'text') w.items.push(c.text)
      }
    }
    if (t.kind !== 'performance') for (const c of t.columns) if (c.role === 'amount') w.columns.push(c)
    const project = t.fields.find((f) => PROJECT_FIELD.test(f.key))?.value
    if (project) w.projects.push(project)
  }
  return w
}

const table = (id: string, kind: TableKind, rows: Row[], columns: Column[] = [], project?: string): Table => ({
  id, docId: 'vocabulary', index: 0, title: '', kind, columns, rows, noData: false, notes: [], lines: [1, 1], headerLines: [], captionLines: [],
  fields: project ? [{ key: '项目名称', value: project, line: 1 }] : [],
})
const row = (i: number, name: string, extra: Partial<Row> = {}): Row => ({ id: `vocabulary/r${i}`, index: i, name, level: 1, isTotal: false, cells: [], lines: [1, 1], ...extra })

/** Merges documents' words (each distinct word once) and renders them as one document for vocabularyOf. */
export class VocabularyBuilder {
  private readonly rows = new Map<string, [string, string?]>()
  private readonly indicators = new Set<string>()
  private readonly columns = new Map<string, Column>()
  private readonly projects = new Set<string>()
  private readonly items = new Set<string>()

  add(w: DocWords): void {
    for (const r of w.rows) this.rows.set(`${r[0]}\u0000${r[1] ?? ''}`, r)
    w.indicators.forEach((x) => this.indicators.add(x))
    for (const c of w.columns) this.columns.set(`${c.label}\u0000${c.path.join('›')}`, c)
    w.projects.forEach((x) => this.projects.add(x))
    w.items.forEach((x) => this.items.add(x))
  }

  toJSON(): DocWords {
    return { rows: [...this.rows.values()], indicators: [...this.indicators], columns: [...this.columns.values()], projects: [...this.projects], items: [...this.items] }
  }
}

/** The skeleton document of merged words. */
export function skeletonDocument(w: DocWords): BudgetDocument {
  let i = 0
  const rows = w.rows.map(([name, code]) => row(i++, name, code ? { code } : {}))
  const indicators = w.indicators.map((name) => row(i++, name, { indicator: { name } }))
  const textColumn: Column = { index: 0, path: ['品目'], label: '品目', role: 'text' }
  const items = w.items.map((text) => row(i++, '', { cells: [{ column: 0, text }] }))
  const columns = w.columns.map((c, n) => ({ ...c, index: n }))
  const tables = [
    table('vocabulary/t0', 'other', rows, columns),
    table('vocabulary/t1', 'performance', indicators),
    table('vocabulary/t2', 'procurement', items, [textColumn]),
    ...w.projects.map((p, n) => table(`vocabulary/t${n + 3}`, 'other', [], [], p)),
  ]
  return { id: 'vocabulary', file: 'vocabulary', title: '', org: '', year: 0, scope: '部门预算', lineCount: 1, sections: [], paragraphs: [], tables, unparsed: [] }
}
