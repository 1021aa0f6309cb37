import type { Citation } from '../schema.js'
import { computedFigure, gapOf, printedFigure, roundingSlack, sumFen } from './money.js'
import type { FindingFigure } from './finding.js'
import type { Money } from './table-cells.js'

/** One addend or whole: its money, what to call it, where it is printed. */
export interface Term { label: string; money: Money; citation: Citation }

/** `rounding`: the gap is within what rounding the printed figures explains (an info finding at most). */
export interface SumMismatch { sum: number; unit: string; rounding: boolean; figures: FindingFigure[]; citations: Citation[] }

/**
 * Whole against the sum of its parts. Returns the evidence when they differ (flagged `rounding` when half a printed
 * step per figure explains the gap), undefined when they are equal or there is nothing to add.
 */
export function compareSum(whole: Term, parts: Term[], sumLabel = '各项之和'): SumMismatch | undefined {
  if (!parts.length) return undefined
  const sum = sumFen(parts.map((p) => p.money.amount.fen))
  const gap = gapOf(whole.money.amount.fen, sum, roundingSlack([whole.money.amount, ...parts.map((p) => p.money.amount)]))
  if (gap === 'equal') return undefined
  const unit = whole.money.amount.unit
  return {
    sum,
    unit,
    rounding: gap === 'rounding',
    figures: [
      printedFigure(whole.label, whole.money.amount, whole.money.inferred),
      computedFigure(sumLabel, sum, unit),
      ...parts.map((p) => printedFigure(p.label, p.money.amount, p.money.inferred)),
    ],
    citations: [whole.citation, ...parts.map((p) => p.citation)],
  }
}
