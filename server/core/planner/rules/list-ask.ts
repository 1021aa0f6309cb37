import type { QuestionFrame } from '../question-frame.js'

/** 有哪些项目 / 项目支出有哪些: the projects the document lists. */
/** (…never a project's own things: "某项目有哪些指标没完成") */
const PROJECTS = /(?:有|包括|安排了?)?哪些(?:预算)?项目(?:支出)?|项目(?:支出)?(?:都|具体)?有哪些(?!(?:绩效)?(?:指标|目标|问题))/u
/** 有哪些支出 / 支出都有哪些 / 钱由哪些部分构成: the spending subjects with their figures. */
const SUBJECTS = /(?:有|都有)哪些支出|支出(?:都|具体|主要)?有哪些|由哪些部分|哪些方面的?支出/u

/**
 * A list question is answered as a list, not as a total: "有哪些项目支出" lists the projects, "有哪些支出" the
 * spending subjects. Only when the question names no other subject than the one listed.
 */
export function asListQuestion(frame: QuestionFrame, own: QuestionFrame): QuestionFrame {
  const others = own.concepts.filter((c) => c.kind !== 'weak' && c.role !== 'project' && c.name !== '支出预算' && c.kind !== 'project')
  if (others.length || own.opExplicit && !['lookup', 'target', 'breakdown'].includes(own.op)) return frame
  if (PROJECTS.test(own.text)) return { ...frame, op: 'target', opExplicit: true, concepts: [], columns: [] }
  if (SUBJECTS.test(own.text)) return { ...frame, op: 'breakdown', opExplicit: true, concepts: [], columns: [] }
  return frame
}
