import type { OrgScope } from '../../tools/lib/org-scope.js'
import type { QuestionFrame } from '../question-frame.js'

/** Words of a question after a project's form: its 绩效 (targets, self-evaluation, score). */
const FORM_WORDS = /绩效|自评|得分|评分|总分|指标值|实际完成值|偏差原因/

/** The question asks of a project or its form: a project or indicator named, a target asked, or the form's own words. */
export const asksOfProjectForm = (frame: QuestionFrame) =>
  frame.op === 'target' || frame.concepts.some((c) => c.kind === 'project' || c.kind === 'indicator') || FORM_WORDS.test(frame.text)

/**
 * Rule form-speaks-for: a 绩效自评 form found by its 主管部门's name answers only what is asked of its project; a
 * question about the department's own accounts ("某局2024年本年支出合计") never reaches it, so the form's figures are
 * never given as the department's.
 */
export function formsOnlyForProjects(groups: OrgScope[], frame: QuestionFrame): OrgScope[] {
  if (asksOfProjectForm(frame)) return groups
  return groups.map((g) => (g.viaForm?.length ? { ...g, docs: g.docs.filter((d) => !g.viaForm!.includes(d)) } : g))
}
