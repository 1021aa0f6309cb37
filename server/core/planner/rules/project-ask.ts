import type { QuestionFrame } from '../question-frame.js'

/** "其中区级支持总部经济多少": the part of a project's budget asked after 其中. */
const PART = /其中[，,]?(\p{Script=Han}{2,30}?)(?:的)?(?:预算|经费|资金)?(?:是|有|为|安排了?|占)?(?:多少|几)/u

/** Words of a whole budget, no subject's: 总预算, 预算总额, 总额. */
const WHOLE_WORD = /^(?:总预算|预算总额|总额|预算总数)$/u

/**
 * Rule `project-ask`: a question no table row or concept names ("科技创新专项经费总预算是多少") may name a project
 * that has its own page (项目经费情况说明). The words asked are the question without its organisations and years;
 * the tool matches them against the pages' titles.
 */
export function projectWords(frame: QuestionFrame): { project: string; part?: string } | undefined {
  // a whole's word after the project's name ("某专项总预算") is the project's total, as a weak word is
  if (frame.op !== 'lookup' || frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column' && !WHOLE_WORD.test(c.surface))) return undefined
  let t = frame.text
  for (const o of [...frame.orgs].sort((a, b) => b.start - a.start)) t = t.slice(0, o.start) + '，' + t.slice(o.end)
  const project = t.replace(/(?:19|20)\d{2}年度?/g, '，').slice(0, 120)
  const part = PART.exec(project)?.[1]
  return { project: part ? project.slice(0, project.indexOf('其中')) : project, ...(part ? { part } : {}) }
}
