import { longestShared } from '../concept-scan.js'
import type { QuestionFrame } from '../question-frame.js'

/** "多少批次", "多少人", "几辆": a count asked in a unit the 三公 statistic rows are kept in. */
const ASK = /(?:多少|几)(?:个)?(批次|批|人次|人|辆|团组|个|次|台)/g
/** Units a statistic row may be kept in for each unit asked. */
const COMPATIBLE: Record<string, string[]> = {
  批次: ['批次', '批'], 批: ['批次', '批'], 人次: ['人次', '人'], 人: ['人', '人次'], 辆: ['辆'], 团组: ['个'], 个: ['个'], 次: ['次', '人次'], 台: ['台'],
}
/** Words around the subject that only say what kind of figure is asked: 计划公务接待 → 公务接待. */
const LEAD = /^(?:的|计划|预计|拟|安排|全年|一共|共|总共|要|将|年度)+/
const TRAIL = /(?:的|了|有|是|为|共|一共|计划|安排|要|达到|数|数量|总数)+$/

export interface StatisticAsk {
  /** the unit as asked (多少批次 → 批次) */
  asked: string
  /** units a row or sentence may state it in */
  units: string[]
  subject: string
}

/**
 * Rule `statistic-ask`: "计划公务接待多少批次、多少人" asks two counts of one subject; each ask takes the words before
 * it (back to the organisation, the year or a punctuation mark), and an ask with none ("、多少人") takes the previous
 * subject.
 */
export function statisticAsks(frame: QuestionFrame): StatisticAsk[] {
  const t = frame.text
  const claimed = [...frame.orgs.map((o) => o.end), ...[...t.matchAll(/(?:19|20)\d{2}年度?/g)].map((m) => m.index! + m[0].length)]
  const out: StatisticAsk[] = []
  for (const m of t.matchAll(ASK)) {
    const before = t.slice(0, m.index)
    const from = Math.max(0, ...claimed.filter((e) => e <= m.index!), ...[...before.matchAll(/[，,、？?。；;！!]/g)].map((p) => p.index! + 1))
    const subject = before.slice(from).replace(LEAD, '').replace(TRAIL, '')
    const prev = out[out.length - 1]?.subject
    if (subject.length >= 2 || prev) out.push({ asked: m[1], units: COMPATIBLE[m[1]], subject: subject.length >= 2 ? subject : prev! })
  }
  return out
}

/** A statistic row's name without its numbering and unit: "5.公务接待批次(批)" → 公务接待批次. */
export const statisticCore = (name: string) =>
  name.replace(/^\s*(?:\d+\s*[.．、]|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*/, '').replace(/[(（][^()（）]*[)）]\s*$/, '')

/** Share of the subject's characters a row must hold in one run: 外事接待 is not 公务接待 for sharing 接待. */
const MIN_COVER = 0.75

/** How well a row names the subject asked: the longest run of characters they share, when it covers the subject. */
export const statisticFit = (rowName: string, subject: string) => {
  const n = longestShared(subject, statisticCore(rowName)).length
  return n >= 2 && n >= MIN_COVER * subject.length ? n : 0
}

/** The count in one of `units` stated after a subject in a sentence ("国内公务接待41批次,287人次"), commas allowed. */
export function countAfterSubject(sentence: string, subject: string, units: string[], maxGap = 16): { text: string; unit: string } | undefined {
  const at = sentence.indexOf(subject)
  if (at < 0) return undefined
  const rest = sentence.slice(at + subject.length)
  for (const m of rest.matchAll(/(\d[\d,]*)\s*(批次|人次|批|人|辆|个|次|台)/g)) {
    if (m.index! > maxGap || /[。；;]/.test(rest.slice(0, m.index))) break
    if (units.includes(m[2])) return { text: m[1], unit: m[2] }
  }
  return undefined
}
