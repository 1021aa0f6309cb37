import { stageOf, type BudgetDocument } from '../../schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { normalizeText } from '../../search/normalize-text.js'
import type { Figure } from './figure.js'
import { resolveInProse } from './resolve-prose.js'
import { stageInProse } from './stage-prose.js'
import { sentencesOf } from './prose.js'

const PLANNED_BEFORE = /预算数?\s*(?:为|是)?\s*[:：]?\s*$/
/** "2021年初,县人大审议通过的全县一般公共预算支出77538万元": the budget as the 人大 approved it, named in its clause. */
const APPROVED_BEFORE = /(?:年初|人大|人民代表大会)[^，,。；;]{0,12}(?:审议通过|审查批准|批准|通过)的[^，,。；;]{2,24}$|(?:年初|人大)[^，,。；;]{0,12}(?:审议通过|批准|通过)的?[，,][^，,。；;]{2,24}$/u
/** "批准,我县2023年度预算为:一般公共预算收入60,000万元,支出…": the approved budget listed, name by name, after a colon. */
const PLANNED_LIST = /预算数?\s*(?:为|是)\s*[:：][^，,。；;:：]{0,16}$/u

/**
 * A 决算 states the plan first ("支出预算为27.00万元，支出决算为22.20万元，完成预算的82.22%"; "县人大审议通过的全县一般公共
 * 预算支出77538万元,…全县一般公共预算支出91759万元,完成调整预算的93.8%"): the figure read right after the subject is the
 * 预算; the document's own figure is the 决算 of that same item.
 */
export function finalOverPlanned(v: Vocabulary, doc: BudgetDocument, name: string, f: Figure | undefined): Figure | undefined {
  // a budget asked by name ("公务用车购置费预算") is the budget, whatever the document's stage
  if (!f || stageOf(doc.scope) !== '决算' || f.fen === undefined || /预算数?$/u.test(name)) return f
  // the quote is as printed; its words are read through the meaning view
  const text = normalizeText(foldMeaning(f.citation.text ?? ''))
  const at = text.indexOf(f.amount.text)
  const listed = at >= 0 && PLANNED_LIST.test(text.slice(0, at))
  if (at < 0 || (!PLANNED_BEFORE.test(text.slice(0, at)) && !APPROVED_BEFORE.test(text.slice(0, at)) && !listed)) return f
  const final = stageInProse(v, doc, name, 'final')
  if (final && final.citation.paragraphId === f.citation.paragraphId) return final
  // (the approved budget listed before the year's account is told: the account is the subject stated again in a later
  // paragraph, "地方一般公共预算收入67,439万元,完成年初预算的112.4%")
  // (…or the approved budget told in its own sentence, "年初…审议通过的…77538万元,…调整预算为97842万元。": the account is
  // the subject stated again after it, "全县一般公共预算支出91759万元,完成调整预算的93.8%")
  const approved = !listed && APPROVED_BEFORE.test(text.slice(0, at))
  if (!listed && !approved) return f
  const planned = doc.paragraphs.findIndex((p) => p.id === f.citation.paragraphId)
  const planSentence = approved ? sentencesOf(doc.paragraphs[planned]?.text ?? '').find((x) => x.text.includes(f.amount.text))?.start ?? Infinity : Infinity
  const later = resolveInProse(v, doc, name, 'money', [], undefined, !!f.asPrinted, (pi, start) => pi > planned || (pi === planned && start > planSentence))
  return later?.fen !== undefined && later.fen !== f.fen ? later : f
}
