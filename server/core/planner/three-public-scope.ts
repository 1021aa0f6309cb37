import { docYearAsked } from './rules/doc-year-asked.js'
import { stageOf, type Paragraph } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { foldMeaning } from '../read/meaning-view.js'
import type { Scope } from './resolve-scope.js'
import { pageFieldsAsked } from './rules/page-field-asked.js'
import { PROSE_FACTS } from './rules/prose-fact-asked.js'

/** Words of the 三公 subjects: 因公出国（境）费, 公务接待费, 公务用车购置及运行费 (and 三公 itself), and 机关运行经费, 会议费, 培训费. */
// 机关运行经费 is published with the 三公 budget on many of these pages ("三公经费及机关运行经费情况说明"), and 会议费 and
// 培训费 in the same table on others ("“三公”经费、会议费、培训费预算表")
const THREE_PUBLIC = /三公|出国|出境|接待|公务用车|公务车|公车|车辆|用车|购置|运行费|运维|运行经费|会议费|培训费/

const onlyThreePublic = (scope: string) => scope.startsWith('三公')

/**
 * A fee the question names (…租车费) that the page's own prose prints: published beside the 三公 figures ("一个月及以上
 * 的租车费1466.71万元"), the page may answer it.
 */
function printsFeeAsked(paragraphs: readonly Paragraph[], question: string): boolean {
  const q = compactText(question)
  const fees: string[] = []
  for (let i = q.indexOf('费'); i >= 2; i = q.indexOf('费', i + 1)) for (let n = 3; n <= 5 && i + 1 - n >= 0; n++) fees.push(q.slice(i + 1 - n, i + 1))
  const asked = fees.filter((f) => /^\p{Script=Han}+$/u.test(f))
  return asked.length > 0 && paragraphs.some((p) => asked.some((f) => compactText(foldMeaning(p.text)).includes(f)))
}

/**
 * A page that publishes only the 三公 budget cannot answer for the rest of the budget ("部门预算总支出"): such
 * documents leave the scope of a question about anything else; when nothing is left, the refusal says what they hold.
 * A count asked (多少人, 几个部门) is no 收支 figure: a 三公 page states the units, staff and vehicles it covers.
 */
export function narrowToThreePublic(question: string, scope: Scope, op?: string): { scope: Scope; refusal?: string } {
  // (a page's own particulars asked, 发布日期 or 发布机构, its year, or a fact its prose states, are no figure the 三公
  // page lacks)
  if (op === 'count' || THREE_PUBLIC.test(question) || scope.targets.some((t) => onlyThreePublic(t.doc.scope) && printsFeeAsked(t.doc.paragraphs, question)) || pageFieldsAsked(question).length > 0 || docYearAsked(question) || PROSE_FACTS.some((f) => f.asked.test(question)) || !scope.targets.some((t) => onlyThreePublic(t.doc.scope))) return { scope }
  const targets = scope.targets.filter((t) => !onlyThreePublic(t.doc.scope))
  if (targets.length) return { scope: { ...scope, targets } }
  const held = [...new Set(scope.targets.map((t) => `${t.doc.org}${t.doc.year}年`))].join('、')
  return { scope: { ...scope, targets }, refusal: `没有找到：所收录的${held}文件只公开了“三公”经费${stageOf(scope.targets[0].doc.scope)}（因公出国（境）费、公务接待费、公务用车购置及运行费），不含其他收支数字。` }
}
