import type { BudgetDocument } from '../../schema.js'
import { sentencesOf } from './prose.js'

/**
 * 决算 prose explains why a class's 决算 differs from its 年初预算, apart from any change against last year:
 * "农林水支出（类）决算数大于年初预算数的主要原因是…", "决算数与年初预算数存在差异的主要原因是…",
 * "…完成年初预算的110.43%，主要原因是…". The subject is named in the sentence, or in the sentence just before it
 * ("X（类）年初预算为…，支出决算为…。决算数大于年初预算数的主要原因是…").
 */
const GAP = /(?:决算数?)?\s*(?:大于|高于|超过|超出|多于|小于|低于|少于|未达到)\s*(?:年初)?预算数?|与(?:年初)?预算数?(?:之间)?(?:存在)?(?:的)?(?:差异|差距)|完成(?:年初)?预算的?\s*[\d.]+\s*%/
const REASON = /(?:的)?(?:主要)?原因(?:主要)?(?:是|为|[:：])\s*(.+)$/

export interface BudgetGapReason { index: number; sentence: string; reason: string }

/** The sentence giving the reason a subject's 决算 is above or below its 年初预算, if the prose has one. */
export function budgetGapReason(doc: BudgetDocument, keywords: readonly string[]): BudgetGapReason | undefined {
  let previous = ''
  for (const [index, p] of doc.paragraphs.entries()) {
    if (p.heading) { previous = ''; continue }
    for (const s of sentencesOf(p.text)) {
      const text = s.text.trim()
      const gap = GAP.exec(text)
      const why = gap ? REASON.exec(text.slice(gap.index)) : null
      const named = (t: string) => keywords.some((k) => t.includes(k))
      if (gap && why && (named(text.slice(0, gap.index)) || (!/(?:支出|收入)\s*\((?:类|款|项)\)/.test(text.slice(0, gap.index)) && named(previous)))) {
        return { index, sentence: text, reason: why[1].replace(/[。；;]$/, '').trim() }
      }
      previous = text
    }
  }
  return undefined
}
