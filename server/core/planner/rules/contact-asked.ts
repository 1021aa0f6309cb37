import type { BudgetDocument, Paragraph } from '../../schema.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `contact-asked`: "对…预算公开有疑问，打什么电话？" — many disclosures end their prose with a contact section
 * (预算公开联系方式及信息反馈渠道: 联系电话, 办公地址, 工作时间). The clauses that state what is asked, quoted as
 * printed; a document that publishes none says so, never a figure instead.
 */
const ITEMS: { asked: RegExp; stated: RegExp; word: string }[] = [
  { asked: /电话(?!费)|热线|打什么|拨打|号码/, stated: /(?:电话|热线)[:：]?\s*[（(]?\d{3,4}[）)]?[-－—\s]?\d{7,8}|(?:电话|热线)[:：]?\s*1\d{10}/, word: '联系电话' },
  { asked: /地址|在哪办公|在哪里办公/, stated: /地址[:：]/, word: '办公地址' },
  { asked: /(?:工作|办公|上班)时间/, stated: /(?:工作|办公)时间[:：]/, word: '工作时间' },
  { asked: /邮箱|电子邮件|email/i, stated: /邮箱[:：]|@/, word: '电子邮箱' },
  { asked: /传真/, stated: /传真[:：]/, word: '传真' },
]
const ANY_CONTACT = /联系方式|怎么联系|如何联系|联系谁|找谁|反馈渠道|信息反馈/
/** who to turn to: "请与…办公室联系" */
const WHO = /请与.{2,30}?联系|联系人[:：]/

export function contactAsked(text: string): RegExp[] | undefined {
  const asked = ITEMS.filter((i) => i.asked.test(text))
  if (asked.length) return asked.map((i) => i.stated)
  return ANY_CONTACT.test(text) ? ITEMS.map((i) => i.stated) : undefined
}

const clausesOf = (text: string) => text.split(/(?<=[。；;])/).map((s) => s.trim()).filter(Boolean)

function contactIn(doc: BudgetDocument, wanted: RegExp[]): { p: Paragraph; clauses: string[] } | undefined {
  for (const p of doc.paragraphs) {
    const clauses = clausesOf(p.text)
    const hits = clauses.filter((c) => wanted.some((w) => w.test(c)))
    if (!hits.length) continue
    const who = clauses.find((c) => WHO.test(c) && !hits.includes(c))
    return { p, clauses: who ? [who, ...hits] : hits }
  }
  return undefined
}

/** The contact details a question asks for, from each target document; undefined when no contact is asked. */
export function answerContact(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const wanted = contactAsked(text)
  if (!wanted || !targets.length) return undefined
  const words = ITEMS.filter((i) => wanted.includes(i.stated)).map((i) => i.word).join('、')
  const outs = targets.slice(0, 6).map((t) => {
    const hit = contactIn(t.doc, wanted)
    if (!hit) return { text: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件中没有公布${words}。`, found: false }
    const c = paragraphCitation(t.doc, hit.p, hit.clauses.join(''))
    run.cite(c)
    return { text: `${t.doc.org}${t.doc.year}年${t.doc.scope}公布的联系方式：“${c.text ?? hit.clauses.join('')}”`, found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
