import { compactText } from '../../search/normalize-text.js'
import type { ConceptHit } from '../question-frame.js'
import { THIS_YEAR_TOTAL } from './this-year-total.js'

/**
 * Words that name a total as such: a row printed with them is the concept's own total row anyway. Not 总计: 收入总计
 * adds the carry-overs to 本年收入合计, the concept's total row of a 收支总表, so a question naming it reads that line.
 */
/** A side's own 合计 line as a question names it ("支出合计", "收入合计"): read as printed when a table prints it so. */
export const SIDE_TOTAL = /^(?:收入|支出)合计$/
const TOTAL_WORD = /合计|总额|总数|总收入|总支出|全部|所有|预算$/

/**
 * Rule `alias-row`: a word the vocabulary reads as a whole (财政拨款收入 is the income total where all income is
 * 财政拨款) that a document prints as a row of its own ("一、财政拨款收入" beside "二、事业收入") is that row there.
 * Returns the name to read as printed, or undefined when the word is the concept's own name or a total word.
 */
export function printedAliasOf(s: ConceptHit): string | undefined {
  if (s.kind !== 'lexicon') return undefined
  const surface = compactText(s.surface)
  if (THIS_YEAR_TOTAL.test(surface)) return surface
  // "支出合计" where a 平衡表 prints "一、支出合计" above its 总计 (the 合计 plus 转移性支出 and 结转): that line
  if (SIDE_TOTAL.test(surface)) return surface
  if (surface.length < 4 || surface === compactText(s.name) || TOTAL_WORD.test(surface)) return undefined
  return s.surface
}
