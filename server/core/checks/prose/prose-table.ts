import type { BudgetDocument, Column } from '../../schema.js'
import { cellCitation, paragraphCitation, tableCitation } from '../cite.js'
import { carryOverNote } from '../cross-table.js'
import type { FindingDraft } from '../make-finding.js'
import { computedFigure, fenText, printedFigure, quote, roundingSlack, sameFigure } from '../money.js'
import { columnName, moneyAt, rowName, tableName } from '../table-cells.js'
import type { Statement } from './statements.js'
import { emptyThreePublic, tableFiguresFor } from './table-figures.js'

/** The text speaks of the general budget: the sentence's paragraph or one of its section headings says so. */
function generalContext(doc: BudgetDocument, s: Statement): boolean {
  const titles: string[] = []
  for (let id = s.paragraph.section; id; ) {
    const sec = doc.sections.find((x) => x.id === id)
    if (!sec) break
    titles.push(sec.title)
    id = sec.parent
  }
  return /一般公共预算|财政拨款/.test([s.paragraph.text, ...titles].join(' '))
}

const COMPARED = /^(tp:|item:|class:)|^(basic|project|personnel|public|total|income:general)$/

const proseFigure = (s: Statement) => printedFigure(`正文：${s.concept.label}`, s.amount)
const proseCitation = (doc: BudgetDocument, s: Statement) => paragraphCitation(doc, s.paragraph, s.excerpt, s.amount.text, s.amount.unit)

/** A figure the text states for a subject against the figure each table prints for it. */
export function checkProseTable(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  const levels = statements.flat().filter((s) => s.kind === 'level' && !s.reason && COMPARED.test(s.concept.key))
  for (const s of levels) {
    for (const f of tableFiguresFor(doc, s.concept.key, generalContext(doc, s))) {
      // a cell whose column the parser guessed is no evidence against the text
      if (f.money.inferred || sameFigure(f.money.amount, s.amount)) continue
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
    for (const f of tableFiguresFor(doc, level.concept.key, generalContext(doc, level))) {
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
