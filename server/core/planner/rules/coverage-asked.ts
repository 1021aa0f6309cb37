import type { BudgetDocument, Paragraph } from '../../schema.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import { linesText } from '../../tools/lib/verbatim.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `coverage-asked`: "这个三公经费预算包括哪些单位？是谁汇总的？" — a disclosure that adds up many units (a city's
 * “三公” page, a 市本级 total) says in its prose whose figures it sums (全市行政单位、事业单位…, 市本级各部门) and which
 * body compiled them (经某某财政局汇总, 由某某财政局…汇总编制). Those clauses answer, quoted as printed; a figure
 * does not.
 */
const UNITS_ASKED = /(?:包括|包含|涵盖|覆盖|统计了?|汇总了?)(?:了)?(?:哪些|哪几类|哪几个|什么)(?:单位|部门|机构)|(?:统计|汇总|编制|预算)范围|范围是什么/u
const COMPILER_ASKED = /(?:是)?谁(?:来)?(?:汇总|编制|统计|编的|汇总的)|由谁|(?:哪个|什么|哪一个)(?:部门|单位|机关)(?:来)?(?:汇总|编制|统计)/u

/** "经某某财政局汇总", "由某某财政局根据…汇总编制": the compiling body (group 1) */
const COMPILER = /(?:经|由)(\p{Script=Han}{2,20}?(?:财政局|财政厅|财政部门|财政委员会|人民政府|政府办公室|局|委员会))[^，,。；;]{0,30}?(?:汇总|编制|统计)/u
/** "全市行政单位(含…)、事业单位和其他单位", "市本级部门（包括…）": the units a total sums */
const SCOPE = /(?:全市|全县|全区|全旗|全州|全省|[市县区]本级|本级|[市县区]级)[^，,。；;]{0,60}?(?:单位|部门|机关|组织)|(?:包括|包含)[^，,。；;]{2,60}?(?:单位|部门|机关|组织)/u

const MONEY = /\d\s*(?:亿元|万元|千元|元)/u

/** Clauses of a sentence: split at commas, not inside a figure's thousands separator. */
const clausesOf = (s: string) => s.split(/[，]|,(?!\d{3}(?:\D|$))/u)

export const asksCoverage = (text: string) => ({ units: UNITS_ASKED.test(text), compiler: COMPILER_ASKED.test(text) })

interface Coverage { p: Paragraph; excerpt: string; compiler?: string }

/** The clauses of one document that name its compiler and the units summed: the first paragraph stating either. */
function coverageIn(doc: BudgetDocument): Coverage[] {
  const out: Coverage[] = []
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      const clauses = clausesOf(s.text)
      const compiled = COMPILER.test(s.text)
      // a scope is the subject of a total ("全市…单位…安排“三公”经费…1969万元"), not any mention of 市级各部门
      const scoped = (c: string) => SCOPE.test(c) && (compiled || MONEY.test(c))
      const hits = clauses.map((c, i) => (COMPILER.test(c) || scoped(c) ? i : -1)).filter((i) => i >= 0)
      if (!hits.length) continue
      // the clauses from the first to the last that say it, as one excerpt (the words between belong to it)
      const excerpt = clauses.slice(hits[0], hits[hits.length - 1] + 1).join('，')
      out.push({ p, excerpt, compiler: COMPILER.exec(s.text)?.[1] })
    }
  }
  return out
}

/** The units summed and the compiler of each target document, quoted; undefined when neither is asked or stated. */
export function answerCoverage(run: ToolRunner, text: string, targets: Target[], subject?: string): HandlerOutput | undefined {
  const asked = asksCoverage(text)
  if ((!asked.units && !asked.compiler) || !targets.length || targets.length > 3) return undefined
  const outs = targets.flatMap((t) => {
    const hits = coverageIn(t.doc)
    if (!hits.length) return []
    const compiler = hits.find((h) => h.compiler)?.compiler
    const quotes = hits.slice(0, 2).map((h) => {
      const c = paragraphCitation(t.doc, h.p, h.excerpt)
      run.cite(c)
      return `“${c.text}”${linesText(h.p.lines)}`
    })
    const who = asked.compiler ? (compiler ? `由${compiler}汇总` : '文件没有写明由哪个部门汇总') : ''
    return [`${t.doc.org}${t.doc.year}年${subject ?? t.doc.scope}${who ? `${who}；` : ''}文件写明：${quotes.join('；')}。`]
  })
  return outs.length ? { answer: outs.join('') } : undefined
}
