import type { BudgetDocument } from '../../schema.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "下属林场", "所属的种苗站", "直属二级单位水文站": a unit under the organisation named, by the shape of its name */
const SUBORDINATE = /(?:下属|所属|下辖|直属)(?:的)?(?:单位|二级单位|事业单位)?(?:的)?(\p{Script=Han}{0,10}?(?:林场|农场|牧场|苗圃|站|所|队|中心|医院|学校|中学|小学|幼儿园|馆|园|处|公司|基地|保护区))/u
/** How a document says its budget covers no unit below it */
const NO_MEMBERS = /无下属(?:预算)?单位|没有下属(?:预算)?单位|不含下属|只有.{0,24}本级|仅(?:包括|含|为).{0,24}本级/u

const mentions = (doc: BudgetDocument, unit: string) =>
  doc.paragraphs.some((p) => p.text.includes(unit)) || doc.tables.some((t) => t.rows.some((r) => r.name.includes(unit)))

function scopeSentence(doc: BudgetDocument) {
  for (const p of doc.paragraphs) {
    const s = p.text.split(/(?<=[。；;])/).find((x) => NO_MEMBERS.test(x))?.replace(/[。；;]\s*$/, "")
    if (s) return { p, s: s.trim() }
  }
  return undefined
}

/**
 * Rule `subordinate-asked`: a unit under the organisation named ("…局下属林场") that no held document and no per-unit
 * row names (the member-unit rule found none): not found, with the document's own statement of what its budget
 * covers when it makes one ("纳入编制范围的只有…本级，无下属预算单位"). Never the organisation's own total instead.
 */
export function subordinateNotHeld(run: ToolRunner, own: QuestionFrame, targets: Target[]): HandlerOutput | undefined {
  if (own.orgs.length !== 1 || !targets.length) return undefined
  const m = SUBORDINATE.exec(own.text)
  if (!m || m.index < own.orgs[0].end) return undefined
  // a unit the documents do name (a member row, the 机构设置) is another rule's to read, not a not-found
  if (targets.some((t) => mentions(t.doc, m[1]))) return undefined
  return notHeldAnswer(run, targets, m[1])
}

function notHeldAnswer(run: ToolRunner, targets: Target[], unit: string): HandlerOutput {
  const outs = targets.slice(0, 6).map((t) => {
    const said = scopeSentence(t.doc)
    const head = `没有找到${t.doc.org}下属“${unit}”的预算：所收录的${t.doc.org}${t.doc.year}年${t.doc.scope}中没有这一单位的数字`
    if (!said) return `${head}。`
    const c = paragraphCitation(t.doc, said.p, said.s)
    run.cite(c)
    return `${head}，文件写明“${c.text ?? said.s}”。`
  })
  return { answer: outs.join(''), notFound: true }
}
