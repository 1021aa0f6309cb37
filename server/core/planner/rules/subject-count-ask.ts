import type { QuestionFrame } from '../question-frame.js'
import { statisticAsks } from './statistic-ask.js'

/** One count asked of a subject named in the question's own words; `units` absent: whatever unit the text counts in. */
export interface SubjectCountAsk { subject: string; units?: string[] }

const UNIT = '批次|人次|团组|辆|人|个|名|台|家|项|次|批'
/** "A、B各几人", "A和B的C各多少": a list asked one count each. */
const EACH = new RegExp(`(\\p{Script=Han}[\\p{Script=Han}、]*?)各(?:有|是|为)?(?:多少|几)(?:个)?(${UNIT})?`, 'gu')
/** "执法执勤用车多少？": a count asked with no unit, the question or clause ending there. */
const BARE = /(\p{Script=Han}{2,16}?)(?:有|是|为)?(?:多少|几)(?=[？?，,。；;！!]|$)/gu
/** "离退休人员里离休、退休": the whole the listed parts are counted within. */
const CONTAINER = /^.*?(?:里面|里|之中|当中|中(?![心央小学级华国]))(?:的)?/u
/** Words that only lead into the subject. */
const LEAD = /^(?:的|有|其中|一共|共|总共|分别)+/u

/** Where the organisation and the year named end: a subject starts after them. */
const claimedEnds = (frame: QuestionFrame) => [
  ...frame.orgs.map((o) => o.end),
  ...[...frame.text.matchAll(/(?:19|20)\d{2}年度?/g)].map((m) => m.index! + m[0].length),
]

/** The words before position `at`, back to the organisation, the year or a punctuation mark. */
function wordsBefore(frame: QuestionFrame, from: number, at: number): string {
  const t = frame.text
  const starts = [from, ...claimedEnds(frame).filter((e) => e <= at), ...[...t.slice(0, at).matchAll(/[，,？?。；;！!\s]/g)].map((p) => p.index! + 1)]
  return t.slice(Math.max(...starts), at)
}

/** "行政编制和事业编制的财政供养人员" → 行政编制财政供养人员, 事业编制财政供养人员; "离休、退休" → 离休, 退休. */
function listedSubjects(words: string): string[] {
  const list = words.replace(CONTAINER, '').replace(LEAD, '')
  const de = list.lastIndexOf('的')
  const [items, head] = de > 0 ? [list.slice(0, de), list.slice(de + 1)] : [list, '']
  const parts = items.split(/[、和与及]/u).map((x) => x.replace(LEAD, '')).filter(Boolean)
  return parts.length >= 2 && parts.every((p) => p.length >= 2) ? parts.map((p) => p + head) : []
}

/**
 * Rule `subject-count-ask`: the counts a question asks of subjects it names in its own words ("财政供养人员一共多少人",
 * "离退休人员里离休、退休各几人", "行政编制和事业编制的财政供养人员各多少", "执法执勤用车多少"), for the text to state
 * right after those very words. In the question's order; empty when it names none.
 */
export function subjectCountAsks(frame: QuestionFrame): SubjectCountAsk[] {
  const t = frame.text
  const out: { at: number; ask: SubjectCountAsk }[] = []
  const taken: [number, number][] = []
  for (const m of t.matchAll(EACH)) {
    const subjects = listedSubjects(wordsBefore(frame, m.index!, m.index! + m[1].length))
    if (!subjects.length) continue
    taken.push([m.index!, m.index! + m[0].length])
    for (const subject of subjects) out.push({ at: m.index!, ask: { subject, ...(m[2] ? { units: [m[2]] } : {}) } })
  }
  const free = (i: number) => !taken.some(([a, b]) => i >= a && i < b)
  for (const a of statisticAsks(frame)) {
    const at = t.indexOf(a.subject)
    if (at >= 0 && free(at)) out.push({ at, ask: { subject: a.subject, units: a.units } })
  }
  for (const m of t.matchAll(BARE)) {
    const subject = wordsBefore(frame, m.index!, m.index! + m[1].length).replace(LEAD, '')
    if (subject.length >= 2 && free(m.index!) && !out.some((o) => o.ask.subject === subject)) out.push({ at: m.index!, ask: { subject } })
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.ask)
}
