import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { linesText } from './head-label-asked.js'

/**
 * Rule `report-head`: a government's budget report (预算执行情况和预算草案的报告, 决算报告) heads itself with the
 * meeting it is made at ("——2023年1月10日在某市第十届人民代表大会第三次会议上") and who makes it ("某市财政局",
 * alone on its line, or "某市财政局局长 某某"). A question asking at which meeting or on which day the report was made,
 * or which body made it, gets those lines, quoted with their line numbers; a document that prints neither is left to
 * the other rules.
 */
const HEAD_PARAGRAPHS = 40
// (a page may print the meeting without its day: "——在某区第十届人民代表大会常务委员会第十七次会议上")
const MEETING = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?在(\p{Script=Han}{2,40}?(?:会议|大会))上/u
/** the body that makes the report, with its head's title if printed ("某市财政局局长") */
const BODY = String.raw`(\p{Script=Han}{2,20}?(?:财政局|财政厅|财政所|人民政府))(?:代)?(?:局长|副局长|厅长|所长)?`
/** alone on its line (a name may follow the title), or run on before the address to the deputies */
const PRESENTER = new RegExp(`^${BODY}\\p{Script=Han}{0,4}$`, 'u')
// (with the head's own name after the body or its title, before the address: "某区财政局局长 某某主任、各位副主任",
// "某县财政局 某某各位代表")
const RUN_ON = new RegExp(`^${BODY}(?:\\p{Script=Han}{2,3}(?=主任|各位))?(?=各位|主任|$)`, 'u')
const ASK_MEETING = /会议|什么会|哪个会|人代会|哪次会|哪天|哪一天|什么时候|何时|日期/u
const ASK_WHO = /哪个单位|哪个部门|哪家单位|谁作|谁做|谁来作|由谁|谁报告|作报告的是|报告人/u
const REPORT_WORDS = /报告|预算草案|人代会|会议/u

/** The meeting line (its paragraph, and the next when the line was broken) and the presenter's line near it. */
export function reportHead(doc: BudgetDocument): { meeting?: { ps: Paragraph[]; date?: string; meeting: string }; presenter?: { p: Paragraph; name: string } } {
  const head = doc.paragraphs.slice(0, HEAD_PARAGRAPHS)
  let meeting: { ps: Paragraph[]; date?: string; meeting: string } | undefined
  let at = -1
  for (let i = 0; i < head.length && !meeting; i++) {
    const one = compactText(head[i].text)
    const own = MEETING.exec(one)
    // a meeting line broken across two lines ("…人民代表大会" / "第七次会议上"): it starts in this one
    const joined = own ? null : i + 1 < head.length ? MEETING.exec(one + compactText(head[i + 1].text)) : null
    const m = own ?? (joined && joined.index! < one.length ? joined : null)
    if (!m) continue
    const both = !own
    meeting = { ps: both ? [head[i], head[i + 1]] : [head[i]], date: m[1], meeting: m[2] }
    at = i
  }
  // the presenter: a body's name on a line of its own, right after the meeting line or the title (a page that ran
  // its lines together prints it right after "…会议上")
  const near = at >= 0 ? head.slice(at, at + 5) : head.slice(0, 12)
  const found = near.map((p) => ({ p, m: PRESENTER.exec(compactText(p.text).replace(/^[—－-]+/u, '')) })).find((x) => x.m)
  if (found) return { ...(meeting ? { meeting } : {}), presenter: { p: found.p, name: found.m![0] } }
  const last = meeting?.ps[meeting.ps.length - 1]
  const after = last ? compactText(last.text).split(`${meeting!.meeting}上`).pop() ?? '' : ''
  const run = RUN_ON.exec(after)
  return { ...(meeting ? { meeting } : {}), ...(run && last ? { presenter: { p: last, name: run[0] } } : {}) }
}

/** The words as the page prints them (its spaces kept: "财政局局长 某某"), found by their compact form; else as given. */
function printed(text: string, compact: string): string {
  const re = new RegExp([...compact].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'u')
  return re.exec(text)?.[0] ?? compact
}

export function answerReportHead(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!targets.length || targets.length > 2) return undefined
  const q = compactText(text)
  const askMeeting = ASK_MEETING.test(q) && REPORT_WORDS.test(q)
  const askWho = ASK_WHO.test(q) && REPORT_WORDS.test(q)
  if (!askMeeting && !askWho) return undefined
  const outs = targets.map((t) => ({ t, head: reportHead(t.doc) }))
  if (outs.every(({ head }) => !(askMeeting && head.meeting) && !(askWho && head.presenter))) return undefined
  const said = outs.map(({ t, head }) => {
    const name = `${t.doc.org}${t.doc.year}年${t.doc.scope}文件中的报告`
    const parts: string[] = []
    if (askMeeting && head.meeting) {
      for (const p of head.meeting.ps) run.cite(paragraphCitation(t.doc, p))
      const date = head.meeting.date ?? ''
      parts.push(`是${date}在${head.meeting.meeting}上作的（“${printed(head.meeting.ps.map((p) => p.text).join(''), `${date}在${head.meeting.meeting}上`)}”，${head.meeting.ps.map(linesText).join('、')}）`)
    }
    if (askWho && head.presenter) {
      run.cite(paragraphCitation(t.doc, head.presenter.p))
      parts.push(`由${head.presenter.name}作（“${printed(head.presenter.p.text, head.presenter.name)}”，${linesText(head.presenter.p)}）`)
    }
    return parts.length ? `${name}${parts.join('，')}。` : `${name}的开头没有写明所问的内容。`
  })
  return { answer: said.join('') }
}
