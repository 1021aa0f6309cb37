import type { BudgetDocument } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import type { QuestionFrame } from '../question-frame.js'
import { proseProjects } from './prose-project-list.js'

/** "独居老人探访项目": words naming a project, as a question leaves them when no held name matched. */
const NAMED_PROJECT = /^\p{Script=Han}{2,30}项目$/u

/**
 * Rule `unheld-project`: a project named in the question that no table, form or page holds ("独居老人探访项目的绩效
 * 指标是什么？预算多少？") is not found: the weak 预算 asked beside it is that project's budget, never the whole
 * budget's. Returns the project's words, or undefined when the question names no such project or names a held term.
 */
export function unheldProject(frame: QuestionFrame, askedAfter = false): string | undefined {
  // (askedAfter: the budget asked after it stays with the words before it, "修复项目预算多少": the project is the words
  // up to 项目; read so only to look for the project in the prose's lists, never to say it is not held)
  const words = askedAfter ? frame.unknown?.replace(ASKED_AFTER, '') : frame.unknown
  if (frame.op !== 'lookup' || !words || !NAMED_PROJECT.test(words)) return undefined
  return frame.concepts.some((c) => c.kind !== 'weak') ? undefined : words
}

/** The money asked right after a project's name: 预算多少, 资金是多少, 经费. */
const ASKED_AFTER = /(?<=项目)(?:的)?(?:预算|资金|经费)(?:数|额)?(?:是|为|有)?(?:多少|几)?$/u

/**
 * Rule `prose-listed-project`: a project the question names with 项目 that the prose lists by its name alone with its
 * money ("项目支出583.80万元，…包括：监测设备运维186.00万元；…"): the name without 项目, which the prose readers find.
 */
export function proseListedProject(project: string, docs: BudgetDocument[]): string | undefined {
  const core = compactText(project).replace(/项目$/u, '')
  const listed = new RegExp(`${escapeRegExp(core)}(?:项目)?(?:经费|资金)?[:：为是]?(?:安排|预算)?\\s*-?\\d`, 'u')
  if (core.length >= 4 && docs.some((d) => d.paragraphs.some((p) => listed.test(compactText(p.text))))) return core
  return keywordProject(core, docs)
}

/**
 * Rule `keyword-project`: a project asked by a word of its name and 项目 ("数字化项目", "修复项目" of 馆藏档案数字化加工
 * （二期） and 馆藏破损档案修复): the one project the documents asked name (their forms' 项目名称, the prose's list of
 * projects with their money) whose name holds that word. None when several do or none does.
 */
function keywordProject(core: string, docs: BudgetDocument[]): string | undefined {
  if (core.length < 2 || !/^\p{Script=Han}+$/u.test(core)) return undefined
  const named = new Set<string>()
  for (const d of docs) {
    for (const t of d.tables) for (const f of t.fields) if (/项目名称/u.test(f.key) && f.value.trim()) named.add(f.value.trim())
    for (const x of proseProjects(d)) named.add(x.name)
  }
  const hits = [...named].filter((n) => compactText(n).includes(core) && compactText(n) !== core)
  // (one project printed twice, once with its phase in brackets: the same project)
  const distinct = new Set(hits.map((n) => compactText(n).replace(/\([^()]*\)$/u, '')))
  return distinct.size === 1 ? hits.sort((a, b) => b.length - a.length)[0] : undefined
}
