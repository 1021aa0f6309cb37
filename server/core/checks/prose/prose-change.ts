import type { BudgetDocument } from '../../schema.js'
import { paragraphCitation } from '../cite.js'
import type { FindingDraft } from '../make-finding.js'
import { computedFigure, fenText, gapOf, printedFigure, rateFits, roundingSlack, stepFen, sumFen } from '../money.js'
import { isCompletePair } from './concepts.js'
import { baselineOf, changeOf, groupsOf, reasonsOf } from './groups.js'
import type { Statement } from './statements.js'

const signedText = (fen: number, unit: string) => `${fen < 0 ? '减少' : fen > 0 ? '增加' : '持平'}${fen ? fenText(Math.abs(fen), unit) + unit : ''}`
const figure = (s: Statement) => ({ ...printedFigure(`正文：${s.concept.label}${s.signed < 0 ? '减少' : '增加'}`, s.amount), fen: s.signed })
const cite = (doc: BudgetDocument, s: Statement) => paragraphCitation(doc, s.paragraph, s.excerpt, s.amount.text, s.amount.unit)

/**
 * A stated change against the stated changes of its parts. Parts that are a whole pair (基本 + 项目,
 * 人员 + 公用) must add up to it; a shorter list of main reasons may not, unless only rounding separates them.
 */
function compareChanges(doc: BudgetDocument, main: Statement, parts: Statement[], how: string): FindingDraft | undefined {
  const sum = sumFen(parts.map((p) => p.signed))
  const gap = gapOf(main.signed, sum, roundingSlack([main.amount, ...parts.map((p) => p.amount)]))
  if (gap === 'equal' || (gap === 'mismatch' && !isCompletePair(parts.map((p) => p.concept.key)))) return undefined
  const unit = main.amount.unit
  const label = main.of?.concept.label ?? main.concept.label
  return {
    kind: 'prose-change', severity: 'warning', rounding: gap === 'rounding',
    figures: [figure(main), computedFigure(`正文所列${how}之和`, sum, unit), ...parts.map(figure)],
    citations: [cite(doc, main), ...parts.filter((p) => p.paragraph !== main.paragraph).map((p) => cite(doc, p))],
    message: `正文称${label}比上年${signedText(main.signed, unit)}，但所列${parts.map((p) => `${p.concept.label}${signedText(p.signed, p.amount.unit)}`).join('、')}合计${signedText(sum, unit)}。`,
  }
}

/** A stated change against this year's and last year's stated figures ("1,486.32万元，比2024年预算数1,402.57万元增加83.75万元"). */
function checkAgainstBaseline(doc: BudgetDocument, c: Statement, base: Statement): FindingDraft | undefined {
  const level = c.of!
  const diff = level.amount.fen - base.amount.fen
  const gap = gapOf(c.signed, diff, roundingSlack([c.amount, level.amount, base.amount]))
  if (gap === 'equal') return undefined
  const unit = c.amount.unit
  return {
    kind: 'prose-change', severity: 'warning', rounding: gap === 'rounding',
    figures: [printedFigure(`正文：${level.concept.label}`, level.amount), printedFigure(`正文：${level.concept.label}上年数`, base.amount), computedFigure('两数之差', diff, unit), figure(c)],
    citations: [cite(doc, c)],
    message: `正文称${level.concept.label}为${level.amount.text}${level.amount.unit}、上年为${base.amount.text}${base.amount.unit}，两数相差${signedText(diff, unit)}，但正文称${signedText(c.signed, unit)}。`,
  }
}

/** 增长 P%: the rate printed against the rate the stated figures give (change ÷ last year's amount, stated or derived). */
function checkGrowth(doc: BudgetDocument, c: Statement, base?: Statement): FindingDraft | undefined {
  const g = c.growth!
  if (!c.of) return undefined
  const prior = base ? base.amount.fen : c.of.amount.fen - c.signed
  if (prior <= 0) return undefined
  const computed = (Math.abs(c.signed) / prior) * 100
  const directionOk = c.signed === 0 || g.down === c.signed < 0
  // the amounts are printed rounded too ("减少332万元" of 3,315,600元): any rate they could round from is the page's
  const changeSlack = stepFen(c.amount) / 2
  const priorSlack = base ? stepFen(base.amount) / 2 : stepFen(c.of.amount) / 2 + changeSlack
  if (directionOk && rateFits(g, { fen: Math.abs(c.signed), slack: changeSlack }, { fen: prior, slack: priorSlack })) return undefined
  const unit = c.amount.unit
  return {
    kind: 'prose-change', severity: 'warning',
    figures: [printedFigure(`正文：${c.of.concept.label}`, c.of.amount), figure(c), base ? printedFigure(`正文：${c.of.concept.label}上年数`, base.amount) : computedFigure('上年数（本年数减变化额）', prior, unit)],
    citations: [cite(doc, c)],
    message: `正文称${c.of.concept.label}${signedText(c.signed, unit)}、${g.down ? '下降' : '增长'}${g.text}，但按上年${fenText(prior, unit)}${unit}计算应为${c.signed < 0 ? '下降' : '增长'}${computed.toFixed(2)}%。`,
  }
}

/** Stated changes against the changes and figures they should follow from. */
export function checkProseChange(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const ss of statements) {
    for (const { main, reasons } of reasonsOf(ss)) { const f = compareChanges(doc, main, reasons, '原因'); if (f) out.push(f) }
    for (const { whole, parts } of groupsOf(ss)) {
      const main = changeOf(whole, ss)
      const changes = parts.map((p) => changeOf(p, ss))
      if (!main || parts.length < 2 || changes.some((c) => !c)) continue
      const f = compareChanges(doc, main, changes as Statement[], '各项变化')
      if (f) out.push(f)
    }
    for (const c of ss.filter((s) => s.kind === 'change' && s.of)) {
      const base = baselineOf(c.of!, ss)
      const f = base && checkAgainstBaseline(doc, c, base)
      const g = c.growth && checkGrowth(doc, c, base)
      if (f) out.push(f)
      if (g) out.push(g)
    }
  }
  return out
}
