/**
 * Rule distributive-prose: "收、支总计各是4125.49,4143.91万元", "与上年相比，收、支总计各减少X,Y万元，各下降P%、Q%",
 * "基本支出和项目支出分别为a万元、b万元", "分别增长p%、q%": a list of subjects and, after 各/分别, as many figures in
 * the same order: the first figure is the first subject's. Each subject gets its own reading of the sentence, in which
 * the list is that subject alone and each run of figures that one figure ("收入总计是4125.49万元", "收入总计减少
 * 1267.86万元，下降23.51%"), so the readers of single figures read it. The sentence quoted stays the one printed.
 */

const NUM = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`
// (counts too: "购置数及保有量分别为1辆和130辆")
const UNIT = String.raw`亿元|万元|千元|元|%|％|人次|批次|辆|人|个|次|项|台|套|家|所`
/** 各/分别 + a verb (或 none) + figures parted by , 、 和, each with its unit or the last carrying it */
const RUN = new RegExp(String.raw`(各|分别)(是|为|增加了?|减少了?|增长了?|下降了?|上升了?|增支|减支|增收|减收)?\s*((?:${NUM})\s*(?:${UNIT})?(?:\s*(?:[,，、和及]|以及)\s*(?:${NUM})\s*(?:${UNIT})?)+)`, 'gu')
const FIGURE = new RegExp(String.raw`(${NUM})\s*(${UNIT})?`, 'gu')
/** the subjects, right before 各/分别: Han names parted by 、 和 及 与 */
const LIST = /((?:\p{Script=Han}{1,16}(?:、|和|及|与))+\p{Script=Han}{1,16})$/u
/** words of time or framing that open a clause, not a subject ("2022年度收、支总计": 年度) */
const LEAD = /^(?:年度?|本年度?|全年|当年|其中|的|中|共|合计)/u
const SHORT: Record<string, string> = { 收: '收入', 支: '支出' }
/** "…和扶贫等重点支出": the kind the items before 等 are of, named after it */
const KINDS_AFTER = /等(\p{Script=Han}{0,8})$/u

/** The subjects a list names, a shared head or prefix spread: 收、支总计 → 收入总计, 支出总计; 一般公共预算收入、支出 → …收入, …支出. */
export function listedSubjects(list: string): string[] {
  const items = list.replace(LEAD, '').split(/、|以及|和|及|与/u).map((s) => s.trim())
  if (items.some((s) => !s)) return []
  const first = items[0]
  const last = items[items.length - 1]
  const shortest = Math.min(...items.slice(0, -1).map((s) => s.length))
  // "收、支总计": the head after the short items is every item's
  if (items.slice(0, -1).every((s) => s.length === shortest) && last.length > shortest + 1) {
    const head = last.slice(shortest)
    return [...items.slice(0, -1), last.slice(0, shortest)].map((s) => (/^[入出]/u.test(head) ? s : SHORT[s] ?? s) + head)
  }
  // "一般公共预算收入、支出": the opening before the first item's last word is every item's
  if (items.length === 2 && first.length > last.length + 1) return [first, first.slice(0, first.length - last.length) + last]
  return items
}

interface Run { at: number; end: number; verb: string; figures: { num: string; unit: string }[] }

function runsOf(sentence: string): Run[] {
  return [...sentence.matchAll(RUN)].map((m) => {
    const figs = [...m[3].matchAll(FIGURE)].map((f) => ({ num: f[1], unit: f[2] ?? '' }))
    const unit = [...figs].reverse().find((f) => f.unit)?.unit ?? ''
    return { at: m.index!, end: m.index! + m[0].length, verb: m[2] ?? '', figures: figs.map((f) => ({ num: f.num, unit: f.unit || unit })) }
  })
}

/** 均/都/各 + a verb + ONE figure after a list: the figure is every subject's ("收入、支出总计均为241.78万元"). */
const SHARED = new RegExp(String.raw`(均|都|各)(是|为|增加了?|减少了?|增长了?|下降了?|上升了?)\s*(?:${NUM})\s*(?:${UNIT})(?!\s*(?:[,，、和及]|以及)\s*${NUM})`, 'u')

/**
 * Rule shared-figure: "收入、支出总计均为241.78万元", "收、支总计各增加29.92万元": one figure said of every subject listed
 * before 均/都/各; each subject's reading names it alone, the marker dropped ("收入总计为241.78万元").
 */
function sharedReadings(sentence: string): { subject: string; text: string }[] {
  const s = SHARED.exec(sentence)
  if (!s) return []
  const m = LIST.exec(sentence.slice(0, s.index))
  if (!m) return []
  const list = m[1].replace(LEAD, '')
  const subjects = listedSubjects(list)
  if (subjects.length < 2) return []
  const text = sentence.slice(0, s.index) + sentence.slice(s.index + s[1].length)
  return subjects.map((subject) => ({ subject, text: text.split(list).join(subject) }))
}

/** Each subject's reading of a distributive sentence; [] when the sentence is not one (or its counts disagree). */
export function distributedReadings(sentence: string): { subject: string; text: string }[] {
  if (!/各|分别|均|都/u.test(sentence)) return []
  const runs = runsOf(sentence)
  if (!runs.length) return sharedReadings(sentence)
  const m = LIST.exec(sentence.slice(0, runs[0].at))
  if (!m) return []
  const list = m[1].replace(LEAD, '')
  const fits = (xs: string[]) => xs.length >= 2 && runs.every((r) => r.figures.length === xs.length && r.figures.every((f) => f.unit))
  // rule listed-kinds: "科学技术、文化体育与传媒…和扶贫等重点支出分别增长…": the items before 等 are each of the head's
  // kind (节能环保 → 节能环保支出), and a name may hold 与 or 及 itself (文化体育与传媒): parted by 、 and 和 only when
  // that gives as many items as figures
  const kinds = KINDS_AFTER.exec(list)
  const items = kinds ? list.slice(0, kinds.index) : list
  const head = kinds ? (/(支出|收入|资金|经费)$/u.exec(kinds[1])?.[1] ?? '') : ''
  const parted = [listedSubjects(items), items.replace(LEAD, '').split(/、|和/u).map((x) => x.trim())].find((xs) => xs.every(Boolean) && fits(xs))
  if (!parted) return []
  const subjects = parted.map((x) => (head && !x.endsWith(head) ? x + head : x))
  return subjects.map((subject, i) => {
    let text = ''
    let from = 0
    for (const r of runs) {
      text += sentence.slice(from, r.at) + r.verb + r.figures[i].num + r.figures[i].unit
      from = r.end
    }
    text += sentence.slice(from)
    return { subject, text: text.split(list).join(subject) }
  })
}

/** The readings a sentence is read by: each subject's when it is distributive, else the sentence itself. */
export function readingsOf(sentence: string): string[] {
  const each = distributedReadings(sentence)
  return each.length ? each.map((r) => r.text) : [sentence]
}

/** The reading of a sentence for one keyword: its subject's when the sentence is distributive and names it, else as printed. */
export function readingFor(sentence: string, keyword: string): string {
  const each = distributedReadings(sentence)
  return each.find((r) => r.subject.includes(keyword) || keyword.includes(r.subject))?.text ?? sentence
}
