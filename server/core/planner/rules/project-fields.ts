import type { BudgetDocument, Paragraph } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { linesText } from '../../tools/lib/verbatim.js'
import type { HandlerOutput } from '../answer-types.js'
import { orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "1.“文化中心运营专项经费”项目。": a project's description opens with its number and quoted name. */
const PROJECT_OPEN = /(?:^|\s)\d{1,2}[.．、]\s*[“"]([^”"]{2,30})[”"]项目[。.:：]?/gu
/** "(6)年度预算安排。财政拨款634万元": one numbered field of it, its name closed by 。 or a colon. */
const FIELD = /[（(]\d{1,2}[)）]\s*(\p{Script=Han}{2,8})[。:：]\s*/gu
const MONEY = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/u

/** The fields a question asks of a project, by its words: which field names answer it. */
const ASKED: { ask: RegExp; fields: string[]; money?: boolean }[] = [
  { ask: /多少|几万|预算|安排|钱/u, fields: ['预算安排', '资金安排', '预算金额', '年度预算'], money: true },
  { ask: /为什么|为啥|为何|立项|依据/u, fields: ['立项依据', '设立依据', '依据'] },
  { ask: /期限|起止|什么时候|时间|哪年/u, fields: ['起止时间', '实施期限', '实施周期', '实施时间'] },
  { ask: /谁|主体|哪个单位|实施单位/u, fields: ['实施主体', '实施单位'] },
  { ask: /包括|哪几块|哪些方面|用在|用于|干什么|做什么|内容|用途/u, fields: ['项目内容', '主要内容', '资金用途', '项目概述'] },
  { ask: /目标/u, fields: ['绩效目标'] },
]

interface Project { name: string; core: string; p: Paragraph; fields: { name: string; text: string; at: number; end: number }[] }

/** The projects a page describes field by field, each with its fields as printed. */
function projectsOf(doc: BudgetDocument): Project[] {
  const out: Project[] = []
  for (const p of doc.paragraphs) {
    const opens = [...p.text.matchAll(PROJECT_OPEN)]
    opens.forEach((o, k) => {
      const from = o.index! + o[0].length
      const to = k + 1 < opens.length ? opens[k + 1].index! : p.text.length
      const block = p.text.slice(from, to)
      const marks = [...block.matchAll(FIELD)]
      const fields = marks.map((m, j) => {
        const at = from + m.index!
        const end = from + (j + 1 < marks.length ? marks[j + 1].index! : block.length)
        return { name: m[1], text: p.text.slice(at, end).trim(), at, end }
      })
      // a project's own name without the words every project has (专项经费, 资金, 项目)
      const core = o[1].replace(/(?:专项)?(?:经费|资金)$|项目$/u, '')
      if (fields.length >= 2 && core.length >= 3) out.push({ name: o[1], core, p, fields })
    })
  }
  return out
}

/**
 * Rule `project-fields`: a page that describes its projects field by field ("1.“某某专项经费”项目。(1)项目概述。…(2)立项
 * 依据。…(6)年度预算安排。财政拨款634万元") answers a question naming one of them from the field it asks: the money of its
 * 预算安排, its 项目内容, 立项依据, 起止时间 or 实施主体, each quoted as printed. The project is the one whose own name
 * the question says (outside the organisation's name); nothing when none is, or the field asked is not printed.
 */
export function answerProjectFields(run: ToolRunner, text: string, targets: Target[], orgSpans: { start: number; end: number }[]): HandlerOutput | undefined {
  const q = foldMeaning(text)
  const free = (i: number, n: number) => !orgSpans.some((s) => i < s.end && i + n > s.start)
  const namedIn = (t: Target) => projectsOf(t.doc)
    .map((x) => ({ x, at: q.indexOf(x.core) }))
    .filter(({ x, at }) => at >= 0 && free(at, x.core.length))
    .sort((a, b) => b.x.core.length - a.x.core.length)[0]?.x
  // (no organisation named: the one document that describes a project of that name)
  const hits = targets.slice(0, 50).map((t) => ({ t, named: namedIn(t) })).filter((h) => h.named)
  if (hits.length !== 1) return undefined
  const { t, named } = hits[0] as { t: Target; named: Project }
  const rest = q.slice(q.indexOf(named.core) + named.core.length)
  const ask = ASKED.find((a) => a.ask.test(rest) || a.ask.test(q))
  // (the field names in the order they answer best: 项目内容 before 项目概述)
  const field = ask && ask.fields.map((n) => named.fields.find((f) => f.name.includes(n))).find(Boolean)
  if (!ask || !field) return undefined
  run.cite(paragraphCitation(t.doc, named.p, field.text))
  const lines = linesText(named.p.lines)
  if (ask.money) {
    const m = MONEY.exec(field.text)
    const amount = m ? parseAmount(m[1], m[2] as '元') : undefined
    if (!m || !amount) return undefined
    return { answer: `${orgYear(t)}“${named.name}”项目的${field.name}为${m[1]}${m[2]}。原文：“${field.text}”${lines}。` }
  }
  return { answer: `${orgYear(t)}“${named.name}”项目的${field.name}：“${field.text}”${lines}。` }
}
