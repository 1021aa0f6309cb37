import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { MONEY_RE, sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { linesText } from './head-label-asked.js'

/**
 * Rule `doc-year-asked`: "这个页面是哪一年的数", "自评报告和决算分别是哪一年度的" ask the year a document is of, not a
 * figure: each document named answers with its year and kind, quoting the line its title is read from. When the
 * first sentence that states an amount is of another year ("2017年…支出合计13.78万元" under a 2018 title), the answer
 * says so and quotes it: the page's own words disagree, and the reader is told both.
 */
const ASKED = /(?:是|为)?(?:哪一?年|哪个年度|哪一年度|哪年度|什么年度|哪个年份|什么年份)(?:度)?的?(?:数|数据|数字|文件|材料|报告|页面|决算|预算)?[？?。！!]*$/u
/** Words of an amount or a count asked: then the year is the figure's, read by other rules. */
const FIGURE_ASKED = /多少|几[个辆人次批项]|金额|比例|占比|增加|减少|增长|下降|花了/u
const STATES_MONEY = new RegExp(MONEY_RE.source, 'u')
const YEAR_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*((?:19|20)\d{2})\s*年/u

export const docYearAsked = (text: string): boolean => ASKED.test(compactText(text)) && !FIGURE_ASKED.test(text)

/** The paragraph holding a document's title line, else its first. */
function titleParagraph(doc: BudgetDocument): Paragraph | undefined {
  const title = compactText(doc.title)
  return doc.paragraphs.slice(0, 12).find((p) => title && compactText(p.text).includes(title)) ?? doc.paragraphs[0]
}

/** The first sentence stating an amount, when it opens with a year other than the document's. */
function otherYearFigures(doc: BudgetDocument): { p: Paragraph; sentence: string; year: number } | undefined {
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      if (!STATES_MONEY.test(s.text)) continue
      const y = YEAR_OPENING.exec(s.text)?.[1]
      return y && Number(y) !== doc.year ? { p, sentence: s.text.trim(), year: Number(y) } : undefined
    }
  }
  return undefined
}

/** `text` the question (each organisation's part of it may leave the ask to the last: "A的报告和B的决算分别是哪一年度的"). */
export function answerDocYear(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!targets.length || targets.length > 4 || !docYearAsked(text)) return undefined
  const docs = [...new Map(targets.map((t) => [t.doc.id, t.doc])).values()]
  const said = docs.map((doc) => {
    const p = titleParagraph(doc)
    const head = `${doc.org}的${doc.scope}文件是${doc.year}年度的`
    if (!p) return `${head}。`
    const title = paragraphCitation(doc, p, compactText(p.text).includes(compactText(doc.title)) ? doc.title : undefined)
    run.cite(title)
    const other = otherYearFigures(doc)
    if (!other) return `${head}（“${title.text ?? doc.title}”，${linesText(p)}）。`
    const c = paragraphCitation(doc, other.p, other.sentence)
    run.cite(c)
    return `${head}（“${title.text ?? doc.title}”，${linesText(p)}）；但正文所列数字写的是${other.year}年：“${c.text}”（${linesText(other.p)}），文件前后不一致。`
  })
  return { answer: said.join('') }
}
