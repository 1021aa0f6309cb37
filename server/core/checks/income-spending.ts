import { stageOf, type BudgetDocument, type Row, type Side, type Table } from '../schema.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { printedFigure, sameFigure } from './money.js'
import { isTwoSided } from './sum-children.js'
import { cellAt, currentColumns, hasFigures, moneyAt, tableName } from './table-cells.js'

const NUMBERED = /^[一二三四五六七八九十]+、/

/** The grand total of one side: a total row that is neither numbered (一、…) nor this year's subtotal (本年…). */
function grandTotal(t: Table, side: Side): Row | undefined {
  const totals = t.rows.filter((r) => r.side === side && r.isTotal && !NUMBERED.test(r.name) && !/^本年/.test(r.name))
  return totals.find((r) => r.cells.some((c) => c.amount)) ?? totals[0]
}

const totalColumn = (t: Table, doc: BudgetDocument, side?: Side) =>
  currentColumns(t, doc).find((c) => c.role === 'total' && (!side || c.side === side))

/** Income total = spending total: within a 收支总表, and between the 收入总表 and the 支出总表. */
export function checkIncomeSpending(doc: BudgetDocument): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const t of doc.tables.filter((t) => hasFigures(t) && isTwoSided(t))) {
    const [inRow, outRow] = [grandTotal(t, 'income'), grandTotal(t, 'spending')]
    const [inCol, outCol] = [totalColumn(t, doc, 'income'), totalColumn(t, doc, 'spending')]
    if (!inRow || !outRow || !inCol || !outCol) continue
    const income = moneyAt(inRow, inCol)
    const spending = moneyAt(outRow, outCol)
    if (!income) continue
    const inCite = cellCitation(doc, t, inRow, inCol)
    const outCite = cellCitation(doc, t, outRow, outCol)
    const inFig = printedFigure(`${tableName(t)} › ${inRow.name}`, income.amount, income.inferred)
    if (!spending) {
      if (cellAt(outRow, outCol)?.text || income.amount.fen === 0) continue
      out.push({
        kind: 'income-spending', severity: 'warning', figures: [inFig], citations: [inCite, outCite],
        message: `${tableName(t)}的${inRow.name}为${income.amount.text}${income.amount.unit}，但${outRow.name}一栏空白，没有列出数字。`,
      })
      continue
    }
    if (sameFigure(income.amount, spending.amount)) continue
    out.push({
      kind: 'income-spending', severity: 'error', citations: [inCite, outCite],
      figures: [inFig, printedFigure(`${tableName(t)} › ${outRow.name}`, spending.amount, spending.inferred)],
      message: `${tableName(t)}的${inRow.name}为${income.amount.text}${income.amount.unit}，${outRow.name}却为${spending.amount.text}${spending.amount.unit}，收支不相等。`,
    })
  }
  out.push(...tablesAgree(doc))
  return out
}

/**
 * 收入总表 合计 against 支出总表 合计: a budget plans both to the same total. A 决算's 收入决算表 and 支出决算表 give
 * the year's actual income and spending, which differ by what was carried over (年初/年末结转和结余): no finding.
 */
function tablesAgree(doc: BudgetDocument): FindingDraft[] {
  if (stageOf(doc.scope) === '决算') return []
  const pick = (kind: Table['kind']) => {
    const t = doc.tables.find((x) => x.kind === kind && hasFigures(x) && !isTwoSided(x))
    const r = t?.rows.find((x) => x.isTotal)
    const c = t && totalColumn(t, doc)
    const m = r && c && moneyAt(r, c)
    return t && r && c && m ? { t, r, c, m } : undefined
  }
  const inc = pick('income')
  const spe = pick('spending')
  if (!inc || !spe) return []
  if (sameFigure(inc.m.amount, spe.m.amount)) return []
  return [{
    kind: 'income-spending', severity: 'error',
    figures: [printedFigure(`${tableName(inc.t)} › ${inc.r.name}`, inc.m.amount, inc.m.inferred), printedFigure(`${tableName(spe.t)} › ${spe.r.name}`, spe.m.amount, spe.m.inferred)],
    citations: [cellCitation(doc, inc.t, inc.r, inc.c), cellCitation(doc, spe.t, spe.r, spe.c)],
    message: `${tableName(inc.t)}的收入${inc.r.name}为${inc.m.amount.text}${inc.m.amount.unit}，但${tableName(spe.t)}的支出${spe.r.name}为${spe.m.amount.text}${spe.m.amount.unit}。`,
  }]
}
