import { stageOf, type BudgetDocument } from '../../schema.js'
import type { QuestionFrame } from '../question-frame.js'
import { isFiscalScope } from '../../tools/lib/fiscal-own-line.js'

/**
 * Rule `stage-in-final`: "公务接待费预算数是多少" of a 决算 that prints 预算数 beside 决算数 asks the budget column
 * (a 决算 with no stage named keeps its 决算 default); of a 预算 the same words are its plain figure. Applied to a
 * look-up when every document asked is a 决算 of the year asked.
 */
export function stageInFinal(frame: QuestionFrame, targets: { doc: BudgetDocument; year: number }[]): QuestionFrame {
  if (!frame.stagesIfFinal?.length || frame.columns.length || frame.op !== 'lookup' || !targets.length) return frame
  // (…or a place's report read for the closed year before its own, whose tables print 预算数 beside 执行数)
  if (!targets.every((t) => (stageOf(t.doc.scope) === '决算' && t.year === t.doc.year) || (isFiscalScope(t.doc.scope) && t.year < t.doc.year))) return frame
  return { ...frame, columns: frame.stagesIfFinal }
}
