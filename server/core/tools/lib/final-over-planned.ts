import { stageOf, type BudgetDocument } from '../../schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { normalizeText } from '../../search/normalize-text.js'
import type { Figure } from './figure.js'
import { resolveInProse } from './resolve-prose.js'
import { stageInProse } from './stage-prose.js'

const PLANNED_BEFORE = /预算数?\s*(?:为|是)?\s*[:：]?\s*$/
/** "批准,我县2023年度预算为:一般公共预算收入60,000万元,支出…": the approved budget listed, name by name, after a colon. */
const PLANNED_LIST = /预算数?\s*(?:为|是)\s*[:：][^，,。；;:：]{0,16}$/u

/**
 * A 决算 states the plan first ("支出预算为27.00万元，支出决算为22.20万元，完成预算的82.22%"): the figure read right
 * after the subject is the 预算; the document's own figure is the 决算 of that same item.
 */
export function finalOverPlanned(v: Vocabulary, doc: BudgetDocument, name: string, f: Figure | undefined): Figure | undefined {
  // a budget asked by name ("公务用车购置费预算") is the budget, whatever the document's stage
  if (!f || stageOf(doc.scope) !== '决算' || f.fen === undefined || /预算数?$/u.test(name)) return f
  // the quote is as printed; its words are read through the meaning view
  const text = normalizeText(foldMeaning(f.citation.text ?? ''))
  const at = text.indexOf(f.amount.text)
  const listed = at >= 0 && PLANNED_LIST.test(text.slice(0, at))
  if (at < 0 || (!PLANNED_BEFORE.test(text.slice(0, at)) && !listed)) return f
  const final = stageInProse(v, doc, name, 'final')
  if (final && final.citation.paragraphId === f.citation.paragraphId) return final
  // (the approved budget listed before the year's account is told: the account is the subject stated again in a later
  // paragraph, "地方一般公共预算收入67,439万元,完成年初预算的112.4%")
  if (!listed) return f
  const planned = doc.paragraphs.findIndex((p) => p.id === f.citation.paragraphId)
  const later = resolveInProse(v, doc, name, 'money', [], undefined, !!f.asPrinted, (pi) => pi > planned)
  return later?.fen !== undefined && later.fen !== f.fen ? later : f
}
