import type { BudgetDocument, Paragraph } from '../../schema.js'
import type { ToolRunner } from '../tool-runner.js'
import type { Target } from '../resolve-scope.js'

/**
 * Rule `prose-project-list`: the prose of a budget lists its projects with their money after its 项目支出 ("项目支出
 * 583.80万元，…包括：监测设备运维186.00万元；环境空气质量自动监测站运行245.50万元；…"). Asked which projects it
 * has, the list as the prose states it answers, each figure read and cited by find-prose-figure, where it names
 * more projects than the performance forms do (forms often cover one project of several).
 */

/** "项目支出…包括：", "项目支出…主要用于：", "项目支出…具体为：" (the colon may be left out). */
const LIST_LEAD = /项目支出[^。]{0,80}?(?:包括|主要有|主要用于|具体(?:为|是|包括)|分别(?:为|是)|其中)[:：]?/u
/** One item: its name, then its money ("监测设备运维186.00万元", "“档案数字化”项目50万元"). */
const ITEM = /^[\s“"「]*(\p{Script=Han}[^\d；;。，,]{1,30}?)[”"」]?(?:项目)?(?:经费|资金)?(?:预算|安排)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/u

/** Where one listed item ends: ；, or 、 right after its money ("…加工（二期）96.00万元、档案库房安全运维…"). */
const ITEM_END = /[；;]|(?<=元)\s*、/u

export interface ProseProject { name: string; paragraph: Paragraph }

const cache = new WeakMap<BudgetDocument, ProseProject[]>()

/** The projects the prose lists after the 项目支出 with their money, in order; none unless two or more. */
export function proseProjects(doc: BudgetDocument): ProseProject[] {
  const had = cache.get(doc)
  if (had) return had
  let out: ProseProject[] = []
  for (const p of doc.paragraphs) {
    const lead = LIST_LEAD.exec(p.text)
    if (!lead) continue
    const tail = p.text.slice(lead.index + lead[0].length).split(/。/u)[0]
    const items = tail.split(ITEM_END).map((s) => ITEM.exec(s)?.[1]?.trim()).filter((n): n is string => !!n && n.length >= 2)
    if (items.length >= 2) { out = [...new Set(items)].map((name) => ({ name, paragraph: p })); break }
  }
  cache.set(doc, out)
  return out
}

/** "有哪些项目支出", "都有什么项目": the projects asked as a list (not their indicators). */
const LIST_ASKED = /(?:哪些|哪几个|什么|啥)项目|项目(?:支出)?(?:都|分别)?(?:有|是)(?:哪些|什么|啥)/u

/** Projects the forms of the document name (项目名称 fields). */
const formProjects = (doc: BudgetDocument) => new Set(doc.tables.flatMap((t) => t.fields.filter((f) => /项目名称/u.test(f.key)).map((f) => f.value))).size

/** The prose's list as the answer, when a list of projects is asked of one document whose prose names more than its forms. */
export function answerProseProjects(run: ToolRunner, text: string, targets: Target[]): string | undefined {
  if (targets.length !== 1 || !LIST_ASKED.test(text) || /绩效|指标/u.test(text)) return undefined
  const t = targets[0]
  const listed = proseProjects(t.doc)
  return listed.length > formProjects(t.doc) ? sayProseProjects(run, t, listed) : undefined
}

/** The prose's list as the answer says it, each figure cited; undefined when a figure is not found where listed. */
function sayProseProjects(run: ToolRunner, t: Target, listed: ProseProject[]): string | undefined {
  const lines: string[] = []
  for (const x of listed.slice(0, 12)) {
    const r = run.run('find-prose-figure', { docId: t.doc.id, name: x.name, kind: 'money' })
    const f = r.ok ? r.figures.find((g) => g.citation.paragraphId === x.paragraph.id) : undefined
    if (!f) return undefined
    run.cite(f.citation)
    lines.push(`\n· ${x.name}：${f.text}`)
  }
  return `${t.doc.org}${t.year}年文件的说明列出${listed.length}个项目支出：${lines.join('')}\n`
}
