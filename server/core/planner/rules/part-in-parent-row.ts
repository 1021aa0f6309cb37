import { compactText } from '../../search/normalize-text.js'
import { figureOfCell, type Figure } from '../../tools/lib/figure.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `part-in-parent-row`: "国土绿化项目一共安排多少？包含上年结转多少？" — a part asked of a row (其中/包含) that the
 * row's own table prints as a column of that row (项目支出表: 合计 | 一般公共预算拨款 | 上年结转): that cell, not the
 * document-wide row of the same name elsewhere.
 */
export function partInParentRow(run: ToolRunner, t: Target, subject: ConceptHit): Figure | undefined {
  if (!subject.parent) return undefined
  const whole = run.run('get-figure', { docId: t.doc.id, name: subject.parent, year: t.year })
  if (!whole.ok) return undefined
  const { tableId, rowId } = whole.figures[0].citation
  const table = t.doc.tables.find((x) => x.id === tableId)
  const row = table?.rows.find((r) => r.id === rowId)
  if (!table || !row) return undefined
  const name = compactText(subject.surface || subject.name)
  const columns = table.columns.filter((c) => c.role !== 'name' && c.role !== 'text' && compactText(c.path[c.path.length - 1] ?? c.label) === name)
  if (columns.length !== 1) return undefined
  const f = figureOfCell(t.doc, table, row, columns[0])
  // the sentence names the part ("…中的上年结转"), the citation keeps the row and column it was read from
  return f && { ...f, label: subject.surface || subject.name, citation: { ...f.citation, kind: 'row' as const } }
}
