import type { BudgetDocument } from '../../schema.js'
import { bigramsOf } from '../../search/bigrams.js'
import { compactText } from '../../search/normalize-text.js'
import { MONEY_RE, sentencesOf } from './prose.js'

/**
 * The subjects a document's prose states money for, as the sentence names them: "年初批复预算8个项目985万元" →
 * 年初批复预算, "实际到位资金334.67万元" → 实际到位资金, "一般公共预算财政拨款支出总计1741.75万元" → 一般公共预算财政拨款
 * 支出. The subject is the clause's words right before the amount, without a count between (8个项目), a verb of
 * stating (为, 是, 达) or a totalling word (总计, 合计). Changes and baselines are no subjects (减少4.65万元).
 */
export interface ProseSubject { subject: string; paragraphId: string; amount: string }

const CLAUSE_CUT = /[，,；;：:。（(）)、“”"]/
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|节约|压缩|比|较|差|多|少|相比)(?:了)?$|(?:大于|小于|超过|低于|高于|超出)\p{Script=Han}{0,6}$/u
/** a short gloss in brackets belongs to its name: 因公出国(境)经费 */
const GLOSS = /[（(][^（()）]{1,3}[)）]/g
/** a list item's number: "1. 教育支出…" */
const ITEM_NO = /^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/
const TRAILING = /(?:\d+个(?:项目|单位)?|为|是|达|达到|共|约|计|共计|总计|合计|总额|总数|金额|支出数|数)+$/
const LEADING = /^(?:其中|含|包括|另外|此外|全年|\d{4}年度?|本年度?)+/

export function proseSubjects(doc: BudgetDocument): ProseSubject[] {
  const out: ProseSubject[] = []
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      for (const m of s.text.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
        const before = compactText(s.text.slice(0, m.index)).replace(GLOSS, '')
        if (CHANGE_BEFORE.test(before)) continue
        const clause = before.split(CLAUSE_CUT).pop() ?? ''
        const subject = clause.replace(ITEM_NO, '').replace(TRAILING, '').replace(LEADING, '')
        if (subject.length >= 3 && subject.length <= 16 && /^\p{Script=Han}+$/u.test(subject)) out.push({ subject, paragraphId: p.id, amount: m[1] })
      }
    }
  }
  return out
}

/** How far a question names a subject: the share of the subject's bigrams it holds, 0 unless it holds its head (last two characters). */
export function subjectCover(question: string, subject: string): number {
  if (!question.includes(subject.slice(-2))) return 0
  const grams = bigramsOf(subject)
  return grams.length ? grams.filter((g) => question.includes(g)).length / grams.length : 0
}

/** Where in the question a subject is first named (its earliest bigram held), for the order of "A占B". */
export function subjectAt(question: string, subject: string): number {
  const at = bigramsOf(subject).map((g) => question.indexOf(g)).filter((i) => i >= 0)
  return at.length ? Math.min(...at) : Infinity
}
