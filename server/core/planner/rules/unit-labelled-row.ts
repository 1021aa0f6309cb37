import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureIn, joinSentences } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { ToolRunner } from '../tool-runner.js'
import type { MemberUnitHit } from './member-unit-asked.js'
import { recipientsOf } from './recipient-rows.js'

/**
 * Rule `unit-labelled-row`: a row asked of one of a department's units in a table that labels each row with its unit
 * (a 项目支出表's 单位名称 column: "椋川县第一中学 | 学生宿舍维修改造 | 78.50"): that row, the unit's, read by its
 * total column and cited; never another unit's row of the same name. Undefined when no such row is labelled with the unit.
 */
export function unitLabelledRow(run: ToolRunner, hit: MemberUnitHit, concept: QuestionFrame['concepts'][number]): HandlerOutput | undefined {
  const unit = compactText(hit.unit)
  const names = [concept.surface, concept.name].map(compactText).filter((w) => w.length >= 2)
  // (the rows each table's 单位名称 column labels with the unit, as rule recipient-rows reads them)
  for (const listed of recipientsOf(hit.doc).filter((l) => l.unit === unit)) {
    const row = listed.rows.find((r) => names.some((w) => compactText(r.name) === w || compactText(r.name).includes(w)))
    const r = row ? run.run('get-figure', { rowId: row.id, columnLabel: listed.money.label }) : undefined
    if (!r?.ok) continue
    const f = r.figures[0]
    run.cite(f.citation)
    return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}《${listed.table.title}》中，${hit.unit}的${row!.name}为${figureIn(f, f.amount.unit)}`]) }
  }
  return undefined
}
