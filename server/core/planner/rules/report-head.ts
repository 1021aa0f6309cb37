import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { linesText } from './head-label-asked.js'
import { reportHead } from '../../tools/lib/report-head.js'

/**
 * Rule `report-head` (the head read by tools/lib/report-head.ts): a question asking at which meeting or on which day a
 * government's budget report was made, or which body made it, gets those lines, quoted with their line numbers.
 */
const ASK_MEETING = /会议|什么会|哪个会|人代会|哪次会|哪天|哪一天|什么时候|何时|日期/u
const ASK_WHO = /哪个单位|哪个部门|哪家单位|谁作|谁做|谁来作|由谁|谁报告|是谁|谁向|谁在|作报告的是|报告人/u
const REPORT_WORDS = /报告|预算草案|人代会|会议/u

/** The words as the page prints them (its spaces kept: "财政局局长 某某"), found by their compact form; else as given. */
function printed(text: string, compact: string): string {
  const re = new RegExp([...compact].map(escapeRegExp).join('\\s*'), 'u')
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
