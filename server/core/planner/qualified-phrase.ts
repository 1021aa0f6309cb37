import { compactText } from '../search/normalize-text.js'
import { MONEY_RE, sentencesOf } from '../tools/lib/prose.js'
import { longestShared } from './concept-scan.js'
import type { QuestionFrame } from './question-frame.js'
import type { Scope } from './resolve-scope.js'

/** Fewest characters a qualifier must share with the prose: 中小企业 yes, 预算 no. */
const MIN_SHARED = 4
const WINDOW = 18
const CHANGE = /增加|减少|增长|下降|变化|持平|调整/
/** what may follow a qualifier in a question: the ask, a particle, the subject's own name (cut out as |) */
const QUALIFIER_END = /^(?:了|是|有|为|的|约|共|多少|几|吗|呢|金额|资金|预算|经费|部分)/u
/** Budget words alone qualify nothing. */
const GENERIC = /^(?:预算|支出|收入|经费|资金|拨款|财政|合计|总计|年度|本年|上年|一般公共|基本|项目|部门|单位|安排|多少|金额)+$/

/**
 * "政府采购面向中小企业预留了多少": a subject the tables hold (政府采购) qualified by words they do not (面向中小企业预留).
 * When the one document asked about states money right after those words in its prose, that figure is what was asked,
 * not the subject's total: returns those words (as the prose writes them), else undefined.
 */
export function qualifiedPhrase(frame: QuestionFrame, scope: Scope): string | undefined {
  // a stage word after the subject (群众文化全年预算) is its column, not a qualifier
  if (frame.op !== 'lookup' || frame.concepts.length !== 1 || frame.columns.length || frame.stagesIfFinal?.length || scope.targets.length !== 1) return undefined
  const c = frame.concepts[0]
  if (c.kind === 'count' || c.kind === 'indicator' || c.kind === 'project') return undefined
  // the question without its subject, organisation and year
  const doc = scope.targets[0].doc
  // the subject's own names: the concept's, and for a code the names its rows print
  const names = [c.name, ...doc.tables.flatMap((t) => t.rows.filter((r) => c.code && r.code === c.code).map((r) => r.name))].map(compactText)
  let rest = compactText(frame.text).replace(compactText(c.surface), '|')
  for (const n of names) rest = rest.replace(n, '|')
  for (const o of frame.orgs) rest = rest.replace(o.text, '|')
  rest = rest.replace(/\d{2,4}年(?:度)?|\d+/g, '|')
  // nothing left to qualify the subject: skip the scan of the prose (most lookups)
  if (!new RegExp(`[^|]{${MIN_SHARED}}`).test(rest)) return undefined
  let best = ''
  let proseNext = ''
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(compactText(p.text))) {
      for (const m of s.text.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
        const before = s.text.slice(Math.max(0, m.index! - WINDOW), m.index!)
        const run = longestShared(rest, before)
        if (run.length > best.length) { best = run; proseNext = before.slice(before.indexOf(run) + run.length) }
      }
    }
  }
  // a run that stops inside the question's words ("本级一般公共" of 本级一般公共服务支出 against the prose's 本级一般公共
  // 预算支出) is part of another subject's name, not the qualifier asked
  // (a bracket the question leaves out is no other name: "因公出国境" of 因公出国(境))
  const next = rest.charAt(rest.indexOf(best) + best.length)
  if (best && /\p{Script=Han}/u.test(next) && !QUALIFIER_END.test(rest.slice(rest.indexOf(best) + best.length)) && !proseNext.slice(0, 3).includes(next)) return undefined
  // words of the subject's own name ("2101504信息化建设") say which row, not what qualifies it
  if (best.length < MIN_SHARED || GENERIC.test(best) || CHANGE.test(best) || names.some((n) => n.includes(best))) return undefined
  // words of a table's title name where to look ("财政拨款收支总表里…"), not what to look for
  if (doc.tables.some((t) => compactText(t.title).includes(best))) return undefined
  return best
}
