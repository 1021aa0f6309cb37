import { docYearAsked } from './doc-year-asked.js'
import type { QuestionFrame } from '../question-frame.js'

/** Words that compare or combine the organisations asked: one reading of the whole question, never a clause each. */
const ACROSS = /比|相比|对比|相差|差距|差额|一致|相符|吻合|对得上|对不上|相同|一样|哪个|哪家|哪一个|排名|排序|一共|合计|加起来|总共|之和|谁/u
/** Words of a clause that name nothing: years, asking words, fillers. */
// (and a document's own words: "（某局部门预算）" names where to read, not what)
const NOTHING = /(?:19|20)\d{2}年度?|\d{2}年|今年|去年|明年|部门预算|单位预算|部门决算|单位决算|预算|决算|文件|公开|分别|各自|各|是|为|有|的|了|呢|吗|多少|几|什么|哪些|和|与|及|还有|以及|另外|[\s\p{P}\p{S}\d]/gu
const MAX_CLAUSES = 3
/** A total word qualifying the name after it ("合计批复总投资"), not an ask ("合计多少", "合计是"). */
const TOTAL_QUALIFYING = /(?:合计|总计|共计)(?=\p{Script=Han})(?!多少|是|为|有|几|约|大概|数)/gu

/**
 * Rule `org-clauses`: "柞水城管局污水处理厂提标改造投了多少，柘峰县卫健局基本公共卫生服务2024年花了多少？" — each
 * organisation asked in a clause of its own (a clause mark between them, or 和 closing a clause that names its own
 * subject: "A21年的公务接待费预算和B16年的公务接待费决算分别是多少"), each clause naming its own subject: each
 * clause is its own question, read and answered alone, so one organisation's subject or year is never read into the
 * other's. Undefined when the organisations share one clause ("A和B的公务接待费分别是多少"), when the question
 * compares or combines them (比, 合计, 哪个), or when a clause names nothing but its organisation ("B局呢").
 */
export function orgClauses(frame: QuestionFrame): string[] | undefined {
  const orgs = [...frame.orgs].sort((a, b) => a.start - b.start)
  // (a subject's own words are not such a word: 本年收入合计 asks a line, it adds nothing up)
  // (nor a total word written before the last organisation as part of a clause's own subject, "A合计批复总投资和B…":
  // that clause's name, not the organisations' sum)
  const lastStart = orgs.length ? orgs[orgs.length - 1].start : 0
  const outside = frame.concepts.reduce((s, c) => s.slice(0, c.start) + '　'.repeat(c.end - c.start) + s.slice(c.end), frame.text)
    .replace(TOTAL_QUALIFYING, (w, at: number) => (at + w.length < lastStart ? '　'.repeat(w.length) : w))
  // (the documents' years asked of them all, "A的报告和B的决算分别是哪一年度的": one reading, rule doc-year-asked)
  if (orgs.length < 2 || orgs.length > MAX_CLAUSES || frame.injected || ACROSS.test(outside) || docYearAsked(frame.text)) return undefined
  const t = frame.text
  // a clause mark between them, or a joining word after a clause naming its own subject ("A21年的公务接待费预算和B16年的…决算")
  // (its own subject: a term of the question, or four words of its own beyond years and asking words, not the rest of a name)
  const subjectIn = (from: number, to: number) => frame.concepts.some((c) => c.kind !== 'weak' && c.start >= from && c.end <= to) || (t.slice(from, to).replace(NOTHING, '').match(/\p{Script=Han}/gu)?.length ?? 0) >= 4
  if (!orgs.slice(1).every((o, i) => /[，,；;？?。！!]/u.test(t.slice(orgs[i].end, o.start)) || (/(?:和|与|及|以及)$/u.test(t.slice(orgs[i].end, o.start)) && subjectIn(orgs[i].end, o.start)))) return undefined
  // an organisation in brackets ("…？（某县卫生健康局部门预算）") says whose document, it asks nothing of its own
  if (orgs.some((o) => /[（(][^）)]*$/u.test(t.slice(0, o.start)))) return undefined
  const clauses = orgs.map((o, i) => t.slice(i === 0 ? 0 : o.start, orgs[i + 1]?.start ?? t.length))
  const own = orgs.map((o, i) => clauses[i].replace(o.text, '').replace(NOTHING, ''))
  if (own.some((w) => !/\p{Script=Han}{2,}/u.test(w))) return undefined
  // (the whole question's "各是多少" said of every clause: one clause asks its own figure, "是多少")
  return clauses.map((c) => c.replace(/^[，,；;？?。！!\s]+|(?:[，,；;\s]|和|与|以及|及)+$/gu, '').replace(/(?:各自|各|分别)(?=(?:是|为)?(?:多少|几|什么))/u, ''))
}

/** A sum of the organisations' figures asked: 一共, 合计, 加起来… */
const SUM_ASKED = /一共|合计|加起来|加在一起|合起来|总共|之和/u
/** Which is larger asked: 哪个多, 谁高… */
const WHICH_ASKED = /哪个|哪家|哪一个|谁/u
/** The combining ask that closes such a question, with what follows it. */
const COMBINING_ASK = /[，,]?\s*(?:两者|二者|两项|两个|这两个?|两家)?(?:的)?(?:哪个|哪家|哪一个|谁|一共|合计|加起来|加在一起|合起来|总共|之和)[^，,]*$/u

/**
 * Rule `org-clauses-combined`: "A的基本支出预算和B的机关运行经费，哪个多？", "A一般公共预算的高中教育和B的教育支出加起来
 * 多少？" — each organisation in a clause of its own naming a subject of its own, the figures then compared or added:
 * each clause is its own question (one organisation's subject is never read into the other's), and the combining ask
 * (`op`) is worked from their figures. Undefined when the clauses ask one subject (a ranking reads that), or when a
 * clause names nothing of its own.
 */
export function orgClausesCombined(frame: QuestionFrame): { clauses: string[]; op: 'sum' | 'which' } | undefined {
  const orgs = [...frame.orgs].sort((a, b) => a.start - b.start)
  if (orgs.length < 2 || orgs.length > MAX_CLAUSES || frame.injected) return undefined
  const t = frame.text
  const ask = COMBINING_ASK.exec(t)
  if (!ask || ask.index < orgs[orgs.length - 1].end) return undefined
  const op = SUM_ASKED.test(ask[0]) ? 'sum' : WHICH_ASKED.test(ask[0]) ? 'which' : undefined
  if (!op) return undefined
  const body = t.slice(0, ask.index)
  // each organisation then its subject, joined by 和/与/及 or a clause mark
  if (!orgs.slice(1).every((o, i) => /(?:[，,；;、]|和|与|及|以及)$/u.test(body.slice(orgs[i].end, o.start)))) return undefined
  const clauses = orgs.map((o, i) => body.slice(i === 0 ? 0 : o.start, orgs[i + 1]?.start ?? body.length).replace(/^[，,；;\s]+|(?:[，,；;、\s]|和|与|以及|及)+$/gu, ''))
  const own = orgs.map((o, i) => clauses[i].replace(o.text, '').replace(NOTHING, ''))
  if (own.some((w) => !/\p{Script=Han}{2,}/u.test(w)) || new Set(own).size < own.length) return undefined
  // (the subjects the terms read in each clause: the same subject in every clause is a ranking's)
  const conceptsIn = (i: number) => frame.concepts.filter((c) => c.kind !== 'weak' && c.start >= (i ? orgs[i].start : 0) && c.end <= (orgs[i + 1]?.start ?? body.length)).map((c) => c.name).sort().join('|')
  const read = orgs.map((_, i) => conceptsIn(i))
  if (read.every((r) => r && r === read[0])) return undefined
  return { clauses, op }
}
