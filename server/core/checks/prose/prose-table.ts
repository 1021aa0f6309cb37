import { sectionYear } from '../../tools/lib/section-year.js'
import { stageOf, type BudgetDocument, type Column } from '../../schema.js'
import { differsByCarryOver } from '../carry-over-scope.js'
import { classCodes } from '../subject-figures.js'
import { cellCitation, paragraphCitation, tableCitation } from '../cite.js'
import { carryOverNote } from '../cross-table.js'
import type { FindingDraft } from '../make-finding.js'
import { computedFigure, fenText, printedFigure, quote, roundingSlack, sameFigure } from '../money.js'
import { columnName, moneyAt, rowName, tableName } from '../table-cells.js'
import type { Statement } from './statements.js'
import { emptyThreePublic, tableFiguresFor } from './table-figures.js'

/** Words of a sentence that speak of the department's whole budget (every source), not of the general budget. */
const ALL_SOURCES = /(部门|单位)(综合)?(预算|决算)?(收支|收入|支出)|收支总(预算|计)?|(收入|支出)总计/
const GENERAL_WORDS = /一般公共预算|财政拨款/
/** Sources no fiscal allocation includes: a paragraph that lists them beside 一般公共预算拨款 speaks of every source. */
const NON_FISCAL_SOURCES = /事业收入|事业单位经营收入|其他收入/

/**
 * The text speaks of the general budget: its sentence says so; a sentence that names the whole budget
 * (部门预算支出总计…，其中基本支出…) does not; else the paragraph or one of its section headings decides.
 */
function generalContext(doc: BudgetDocument, s: Statement): boolean {
  if (GENERAL_WORDS.test(s.excerpt)) return true
  if (ALL_SOURCES.test(s.excerpt)) return false
  // "收入预算591.90万元，其中：一般公共预算拨款…；事业收入…。支出预算…，其中：基本支出…": the whole budget
  if (NON_FISCAL_SOURCES.test(s.paragraph.text)) return false
  const titles: string[] = []
  for (let id = s.paragraph.section; id; ) {
    const sec = doc.sections.find((x) => x.id === id)
    if (!sec) break
    titles.push(sec.title)
    id = sec.parent
  }
  return GENERAL_WORDS.test([s.paragraph.text, ...titles].join(' '))
}

/**
 * A 决算 document's text quotes the year's budget beside the accounts (年初预算为455.00万元，支出决算为…). The words
 * from the sentence's year on label the figure: a heading run into the paragraph ("…支出决算情况说明2024年度…支出
 * 预算为14.00万元") says nothing of it.
 */
const budgetStageFigure = (doc: BudgetDocument, s: Statement) => {
  const own = s.subject.replace(/^.*(?:19|20)\d{2}\s*年度?/, '')
  return stageOf(doc.scope) === '决算' && /预算(数)?$/.test(own) && !/决算/.test(own)
}

/** The subject key (subject-figures.ts) a prose concept stands for, when it has a carry-over of its own. */
function subjectKeyOf(doc: BudgetDocument, key: string): string | undefined {
  if (key === 'total') return 'total'
  const code = key.startsWith('class:') ? classCodes(doc).get(key.slice(6)) : undefined
  return code ? `code:${code}` : undefined
}

const COMPARED = /^(tp:|item:|class:)|^(basic|project|personnel|public|total|income:general)$/

const proseFigure = (s: Statement) => printedFigure(`正文：${s.concept.label}`, s.amount)
const proseCitation = (doc: BudgetDocument, s: Statement) => paragraphCitation(doc, s.paragraph, s.excerpt, s.amount.text, s.amount.unit)

/** A figure the text states for a subject against the figure each table prints for it. */
export function checkProseTable(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  const levels = statements.flat().filter((s) => s.kind === 'level' && !s.reason && COMPARED.test(s.concept.key))
  for (const s of levels) {
    if (budgetStageFigure(doc, s)) continue
    for (const f of tableFiguresFor(doc, s.concept.key, generalContext(doc, s), sectionYear(doc, s.paragraph)?.year)) {
      // a cell whose column the parser guessed is no evidence against the text
      if (f.money.inferred || sameFigure(f.money.amount, s.amount)) continue
      // the same subject with and without the year's carry-over: two scopes, not a contradiction
      if (differsByCarryOver(doc, subjectKeyOf(doc, s.concept.key), f.money.amount.fen, s.amount.fen)) continue
      const where = `${tableName(f.table)}中“${f.row.isTotal ? columnName(f.column) : rowName(f.row)}”`
      const note = s.concept.key === 'income:general' ? carryOverNote({ ...f, key: f.key, scope: 'general' }, s.amount.fen - f.money.amount.fen) : ''
      out.push({
        kind: 'prose-table', severity: 'warning',
        figures: [proseFigure(s), printedFigure(`${tableName(f.table)} › ${rowName(f.row)} › ${columnName(f.column)}`, f.money.amount, f.money.inferred)],
        citations: [proseCitation(doc, s), cellCitation(doc, f.table, f.row, f.column)],
        message: `正文称${s.concept.label}为${quote(s.amount)}，但${where}为${quote(f.money.amount)}${note}。`,
      })
    }
  }
  out.push(...checkPriorYear(doc, statements))
  const empty = emptyThreePublic(doc)
  const stated = levels.find((s) => s.concept.key === 'tp:total' && s.amount.fen > 0)
  if (empty && stated) {
    out.push({
      kind: 'prose-table', severity: 'warning', figures: [proseFigure(stated)],
      citations: [proseCitation(doc, stated), tableCitation(doc, empty)],
      message: `正文称“三公”经费预算为${quote(stated.amount)}，但${tableName(empty)}没有列出任何数字。`,
    })
  }
  return out
}

/**
 * A stated change against the last-year column of the table that prints the subject: this year's figure minus
 * the change should be what the table prints for last year (2024年预算数).
 */
function checkPriorYear(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const c of statements.flat().filter((s) => s.kind === 'change' && !s.reason && s.of && COMPARED.test(s.concept.key))) {
    const level = c.of!
    const implied = level.amount.fen - c.signed
    for (const f of tableFiguresFor(doc, level.concept.key, generalContext(doc, level), sectionYear(doc, level.paragraph)?.year)) {
      const prior = priorColumnOf(f.table.columns, f.column, doc.year - 1)
      const money = prior && moneyAt(f.row, prior)
      if (!prior || !money || money.inferred || !sameFigure(f.money.amount, level.amount)) continue
      if (Math.abs(money.amount.fen - implied) <= roundingSlack([level.amount, c.amount])) continue
      const unit = c.amount.unit
      out.push({
        kind: 'prose-table', severity: 'warning',
        figures: [printedFigure(`正文：${level.concept.label}`, level.amount), printedFigure(`正文：${level.concept.label}${c.signed < 0 ? '减少' : '增加'}`, c.amount), computedFigure('正文隐含的上年数', implied, unit), printedFigure(`${tableName(f.table)} › ${rowName(f.row)} › ${columnName(prior)}`, money.amount)],
        citations: [proseCitation(doc, c), cellCitation(doc, f.table, f.row, prior)],
        message: `正文称${level.concept.label}为${quote(level.amount)}、比上年${c.signed < 0 ? '减少' : '增加'}${quote(c.amount)}，即上年应为${fenText(implied, unit)}${unit}，但${tableName(f.table)}所列${columnName(prior)}为${quote(money.amount)}。`,
      })
    }
  }
  return out
}

/** Last year's column for a figure's column: the one with the same name, or the lone one when the figure is a total. */
function priorColumnOf(columns: Column[], column: Column, year: number): Column | undefined {
  const priors = columns.filter((x) => x.role === 'prior' && x.year === year && !x.side)
  return priors.find((x) => columnName(x) === columnName(column)) ?? (priors.length === 1 && column.role === 'total' ? priors[0] : undefined)
}
