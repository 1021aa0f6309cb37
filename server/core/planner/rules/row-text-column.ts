import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import { figureFor } from '../figure-for.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** A column's label as asked: its leaf, without the side word it may open with (支出经济分类科目 → 经济分类科目). */
const asAsked = (label: string) => compactText(label.split(' › ').pop() ?? '').replace(/^(?:支出|收入)(?=\p{Script=Han}{4,})/u, '')

/**
 * Rule `row-text-column`: a row asked for one of its table's text columns ("前端补点项目的经济分类科目编码是多少", "用的是
 * 哪个功能科目"): that cell, as printed, cited to the row; never the row's money.
 */
export function answerRowTextColumn(run: ToolRunner, frame: QuestionFrame, t: Target): HandlerOutput | undefined {
  const rows = frame.concepts.filter((c) => c.kind === 'row' || c.kind === 'project')
  if (rows.length !== 1) return undefined
  const text = compactText(frame.text)
  const f = figureFor(run, t, rows[0]).figure
  const table = f?.rowId ? t.doc.tables.find((x) => x.id === f.citation.tableId) : undefined
  const row = table?.rows.find((r) => r.id === f!.rowId)
  if (!table || !row) return undefined
  const col = table.columns.find((c) => c.role === 'text' && asAsked(c.label).length >= 4 && text.includes(asAsked(c.label).replace(/(?:编码|代码)$/u, '')))
  const cell = col && row.cells.find((c) => c.column === col.index)?.text.trim()
  if (!col || !cell) return undefined
  run.cite({ ...f!.citation, column: col.label, value: cell, unit: undefined })
  return { answer: joinSentences([`${t.doc.org}${t.doc.year}年《${table.title}》中，“${row.name}”的${col.label}为${cell}`]) }
}
