import type { OrgMention } from './org-mention.js'
import { orgType } from './org-match.js'
import { unitAt } from './org-shape.js'

/**
 * Rule `bare-unit`: a question that opens on a department named without any place ("文旅局的基本支出是多少",
 * "请问教育局2024年三公经费") names that department, not the whole catalog. Read only where no other organisation
 * was found in the question, at its head (after a polite or asking lead), and only when what follows the unit word
 * is how a question goes on about an organisation (的, a year, a budget word, the end): "数据中心建设项目" names a
 * project, not a unit. The scope then answers for the held units of that department, a short form of exactly one
 * held unit's name, or says it is not held: never every organisation.
 */
const LEAD = /^(?:请问|请|麻烦|我想(?:知道|了解|问问?|查(?:一下|询)?)|想(?:知道|了解)|帮我查(?:一下|询)?|查(?:一下|询)?|问(?:一下)?)?/u
const GOES_ON = /^(?:$|[的\d，,。？?！!：:、]|今年|去年|明年|上年|本年|前年|全年|(?:部门|单位)?(?:预算|决算)|三公|基本|项目|一般|政府|财政|人员|公用|收入|支出|总|共|有|是|花|用|一共|有多少|多少)/u
const POINTING = /^[全本我各该此这那哪每][市区县州省镇乡旗]?/u
/** The unit words a department is named by (orgType's 局/委员会/中心/办公室, and their short forms 委/办). */
const DEPT_UNIT = /(?:局|委员会|中心|办公室|厅|委|办)$/u

export function bareUnitAtHead(t: string): OrgMention | undefined {
  const start = LEAD.exec(t)![0].length
  const unit = unitAt(t.slice(start))
  // "全市城市管理局", "我县教育局", "各区医保局": a place said by a pointing word is the question's, not this rule's
  if (!unit || !DEPT_UNIT.test(unit.name) || unit.name.length < 3 || POINTING.test(unit.name)) return undefined
  const end = start + unit.length
  if (!GOES_ON.test(t.slice(end))) return undefined
  const dept = unit.name.replace(/事务|服务|管理|委员会|中心|局|办公室|厅|委|办$/gu, '')
  if (dept.length < 2) return undefined
  return { start, end, text: t.slice(start, end), known: true, type: orgType(unit.name) ?? 'bureau', dept, unit: unit.name, bare: true }
}
