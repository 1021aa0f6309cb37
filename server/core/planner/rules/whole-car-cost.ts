import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { namedMeaning } from '../../tools/lib/named-text.js'
import type { QuestionFrame } from '../question-frame.js'

/** The running cost of official cars, and the account of buying and running them together. */
const RUNNING = '公务用车运行维护费'
const WHOLE = '公务用车购置及运行费'
/** The cars' cost said without 运行 or 购置: 公车费用, 公务用车费, 公车 */
const GENERIC = /^(?:公车|公务用车|公务车)(?:费用?|经费|支出)?$/u
/** A document that prints the running cost by itself (not only inside 购置及运行费). */
const RUNNING_PRINTED = /(?<!购置及|购置和)运行(?:维护)?费/u

/**
 * Rule `whole-car-cost`: "公车费用" reads as the running cost (公务用车运行维护费), but a document that prints the cars'
 * cost only as 公务用车购置及运行费 (a 三公 决算 说明: "公务用车购置及运行费支出57.36万元") is asked that account: the
 * subject is renamed when every document asked prints no running cost of its own.
 */
export function wholeCarCost(frame: QuestionFrame, docs: BudgetDocument[]): QuestionFrame {
  const i = frame.concepts.findIndex((c) => c.name === RUNNING && GENERIC.test(compactText(c.surface)))
  if (i < 0 || !docs.length) return frame
  const prints = (d: BudgetDocument) => {
    const text = namedMeaning(d)
    return { running: RUNNING_PRINTED.test(text), whole: /购置及运行/u.test(text) }
  }
  const read = docs.map(prints)
  if (!read.every((r) => r.whole && !r.running)) return frame
  const concepts = frame.concepts.map((c, k) => (k === i ? { ...c, name: WHOLE } : c))
  return { ...frame, concepts }
}
