import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

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
// (titles joined by 、 before it: "某区政协副主席、财政局局长 某某")
const BODY = String.raw`((?:\p{Script=Han}{2,16}、\p{Script=Han}{0,20}?|\p{Script=Han}{2,20}?)(?:财政局|财政厅|财政所|人民政府))(?:代)?(?:局长|副局长|厅长|所长)?`
/** alone on its line (a name may follow the title), or run on before the address to the deputies */
const PRESENTER = new RegExp(`^${BODY}\\p{Script=Han}{0,4}$`, 'u')
// (with the head's own name after the body or its title, before the address: "某区财政局局长 某某主任、各位副主任",
// "某县财政局 某某各位代表")
const RUN_ON = new RegExp(`^${BODY}(?:\\p{Script=Han}{2,3}(?=主任|各位))?(?=各位|主任|$)`, 'u')

/** The meeting line (its paragraph, and the next when the line was broken) and the presenter's line near it. */
function readReportHead(doc: BudgetDocument): { meeting?: { ps: Paragraph[]; date?: string; meeting: string }; presenter?: { p: Paragraph; name: string; body: string } } {
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
  if (found) return { ...(meeting ? { meeting } : {}), presenter: { p: found.p, name: found.m![0], body: found.m![1] } }
  const last = meeting?.ps[meeting.ps.length - 1]
  const after = last ? compactText(last.text).split(`${meeting!.meeting}上`).pop() ?? '' : ''
  const run = RUN_ON.exec(after)
  return { ...(meeting ? { meeting } : {}), ...(run && last ? { presenter: { p: last, name: run[0], body: run[1] } } : {}) }
}

const heads = new WeakMap<BudgetDocument, ReturnType<typeof readReportHead>>()
/** The report's head, read once per document (a citation of the report names its presenter). */
export function reportHead(doc: BudgetDocument): ReturnType<typeof readReportHead> {
  let h = heads.get(doc)
  if (!h) heads.set(doc, (h = readReportHead(doc)))
  return h
}

/**
 * The body that made a government's budget report, as its head prints it without the head's title or name
 * ("某市财政局局长 某某" → 某市财政局, read with the head, once per document): a citation of the report names it beside
 * the account's own name (某市本级).
 */
export function reportPresenter(doc: BudgetDocument): { presenter?: string } {
  if (!doc.scope.startsWith('财政')) return {}
  const body = reportHead(doc).presenter?.body
  return body ? { presenter: body } : {}
}
