import type { BudgetDocument } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import type { QuestionFrame } from '../question-frame.js'

/** "独居老人探访项目": words naming a project, as a question leaves them when no held name matched. */
const NAMED_PROJECT = /^\p{Script=Han}{2,30}项目$/u

/**
 * Rule `unheld-project`: a project named in the question that no table, form or page holds ("独居老人探访项目的绩效
 * 指标是什么？预算多少？") is not found: the weak 预算 asked beside it is that project's budget, never the whole
 * budget's. Returns the project's words, or undefined when the question names no such project or names a held term.
 */
export function unheldProject(frame: QuestionFrame): string | undefined {
  if (frame.op !== 'lookup' || !frame.unknown || !NAMED_PROJECT.test(frame.unknown)) return undefined
  return frame.concepts.some((c) => c.kind !== 'weak') ? undefined : frame.unknown
}

/**
 * Rule `prose-listed-project`: a project the question names with 项目 that the prose lists by its name alone with its
 * money ("项目支出583.80万元，…包括：监测设备运维186.00万元；…"): the name without 项目, which the prose readers find.
 */
export function proseListedProject(project: string, docs: BudgetDocument[]): string | undefined {
  const core = compactText(project).replace(/项目$/u, '')
  if (core.length < 4) return undefined
  const listed = new RegExp(`${escapeRegExp(core)}(?:项目)?(?:经费|资金)?[:：为是]?(?:安排|预算)?\\s*-?\\d`, 'u')
  return docs.some((d) => d.paragraphs.some((p) => listed.test(compactText(p.text)))) ? core : undefined
}
