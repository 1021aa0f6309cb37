import type { ColumnRole, TableKind } from '../../schema.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** The tables of one fund each: together they hold a row's 财政拨款 money. */
export const FUND_TABLES: TableKind[] = ['general-spending', 'gov-fund', 'state-capital']

/**
 * Rule `fiscal-part`: a row's 财政拨款 figure ("其他城乡社区公共设施支出中财政拨款支出") is its row in the fund tables;
 * printed in one fund's table only, that row is the whole of its 财政拨款. Printed in several, no single cell says it
 * (undefined: not found, never one fund's part nor the all-funds row).
 */
export function fiscalPartFigure(run: ToolRunner, t: Target, subject: ConceptHit, column?: ColumnRole): { figure?: Figure } {
  const figures: Figure[] = []
  for (const tableKind of FUND_TABLES.filter((k) => t.doc.tables.some((x) => x.kind === k))) {
    const r = run.run('get-figure', {
      docId: t.doc.id, tableKind, name: subject.code ? undefined : subject.name, code: subject.code, level: subject.level,
      column: column && column !== 'total' ? column : undefined, year: t.year !== t.doc.year ? t.year : undefined,
    })
    if (r.ok && r.figures[0].fen) figures.push(r.figures[0])
  }
  if (figures.length) return figures.length === 1 ? { figure: figures[0] } : {}
  // a document with no fund table states the row's 财政拨款 money in its prose, where a passage about 财政拨款 lists it
  // ("财政拨款收支总预算1196.69万元…支出包括:教育支出978.53万元"); a passage of every fund's money is not it
  if (subject.code || (column && column !== 'total') || t.doc.tables.some((x) => FUND_TABLES.includes(x.kind))) return {}
  for (const para of t.doc.paragraphs) {
    const at = para.text.indexOf('财政拨款')
    if (at < 0 || para.text.indexOf(subject.name, at) < 0) continue
    const p = run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, kind: 'money', paragraphId: para.id })
    if (p.ok) return { figure: p.figures[0] }
  }
  return {}
}
