import type { Citation } from '../schema.js'
import { computedFigure, printedFigure, stepFen, sumFen, withinRounding } from './money.js'
import type { FindingFigure } from './finding.js'
import type { Money } from './table-cells.js'

/** One addend or whole: its money, what to call it, where it is printed. */
export interface Term { label: string; money: Money; citation: Citation }

export interface SumMismatch { sum: number; unit: string; figures: FindingFigure[]; citations: Citation[] }

/**
 * Whole against the sum of its parts, tolerant of rounding (one printed step per addend).
 * Returns the evidence when they differ, undefined when they agree or there is nothing to add.
 */
export function compareSum(whole: Term, parts: Term[], sumLabel = '各项之和'): SumMismatch | undefined {
  if (!parts.length) return undefined
  const sum = sumFen(parts.map((p) => p.money.amount.fen))
  const step = Math.max(stepFen(whole.money.amount), ...parts.map((p) => stepFen(p.money.amount)))
  if (withinRounding(whole.money.amount.fen, sum, step, parts.length)) return undefined
  const unit = whole.money.amount.unit
  return {
    sum,
    unit,
    figures: [
      printedFigure(whole.label, whole.money.amount, whole.money.inferred),
      computedFigure(sumLabel, sum, unit),
      ...parts.map((p) => printedFigure(p.label, p.money.amount, p.money.inferred)),
    ],
    citations: [whole.citation, ...parts.map((p) => p.citation)],
  }
}
