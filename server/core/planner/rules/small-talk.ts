import type { BudgetDocument, Corpus } from '../../schema.js'
import { latestPerOrg } from '../../tools/lib/org-scope.js'
import type { QuestionFrame } from '../question-frame.js'

/** Words that make a question about a budget even when no organisation, year or row is named. */
const BUDGET_WORD =
  /预算|决算|支出|收入|经费|费|资金|拨款|钱|元|项目|科目|三公|绩效|目标|指标|人员|编制|车|单位|部门|局|中心|文件|采购|资产|结转|基金|工资|补贴|公积金|社保|合计|总额|多少|几|金|指的?是|是什么|什么是|含义|意思|解释|定义|哪|为什么|原因|增加|减少|变化|比|占|呢|budget|spend|cost|fund|expens|revenue|income|salar|staff|project|how much|why|what|which|who|mean|defin/iu
const GREETING = /^(?:你好|您好|嗨|哈喽|hello|hi|hey|在吗|在不在|谢谢|多谢|感谢|谢了|thanks?|thank you|好的|好|嗯|哦|ok|okay|再见|拜拜|bye|你是谁|你能做什么|你会什么|help|帮助)/iu

/**
 * Greetings, thanks, nonsense and questions outside budgets: nothing in the question asks about a figure, so it
 * must not re-run an earlier question. Read on this turn alone, before any follow-up inheritance.
 */
export function isSmallTalk(frame: QuestionFrame, raw: string): boolean {
  if (frame.orgs.length || frame.years.length || frame.priorRelative || frame.concepts.length || frame.countNoun) return false
  const text = raw.replace(/[\s\p{P}\p{S}]/gu, '')
  if (!text) return true
  if (GREETING.test(text) && text.length <= 12) return true
  return !BUDGET_WORD.test(raw)
}

const shortName = (org: string) => org.replace(/^原/, '').replace(/^\p{Script=Han}{2,3}?市(?=\p{Script=Han}{2,}(?:区|县))/u, '')

/** Example questions for the documents in scope: a figure, a change, a list; no amounts. */
function examples(docs: BudgetDocument[]): string[] {
  const byYear = [...docs].sort((a, b) => b.year - a.year)
  const d = byYear[0]
  if (!d) return []
  const who = shortName(d.org)
  const out = [`${who}${d.year}年的公务接待费是多少？`, `${who}${d.year}年项目支出比上年增加还是减少？`]
  const other = byYear.find((x) => x.org !== d.org)
  out.push(other ? `${shortName(other.org)}${other.year}年有哪些项目？` : `${who}${d.year}年有哪些项目？`)
  return out
}

/** The short help answer: what can be asked here, with example questions for the scope in force. */
export function helpAnswer(corpus: Corpus, scopeDocs?: BudgetDocument[]): string {
  const docs = scopeDocs?.length ? scopeDocs : latestPerOrg(corpus.documents)
  const scoped = !!scopeDocs?.length
  const what = scoped
    ? `我可以回答${shortName(docs[0].org)}预算文件中的问题`
    : `我可以回答所收录的${new Set(docs.map((d) => d.org)).size}个单位预算文件中的问题`
  return `${what}，例如：${examples(docs).map((q) => `“${q}”`).join('、')}`
}
