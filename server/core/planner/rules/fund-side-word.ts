import { FUND_STEMS } from '../../lexicon/fund-names.js'
import type { ConceptHit } from '../question-frame.js'

const FUND = new RegExp(`^(?:${FUND_STEMS})(?:预算)?$`, 'u')

/**
 * Rule `fund-side-word`: "国有资本经营收入决算完成预算的百分之多少" — a fund asked with its side (收入 or 支出) right
 * after its name. The side is the fund's own word: its hit takes it, so the words the question wrote for it
 * (国有资本经营收入) are what the prose is read by, never the fund's other side ("…支出决算数4200万元").
 */
export function fundSideWord(concepts: ConceptHit[], masked: string): void {
  for (const c of concepts.filter((x) => x.kind === 'lexicon' && FUND.test(x.surface))) {
    const side = masked.slice(c.end, c.end + 2)
    if (side !== '收入' && side !== '支出') continue
    const end = c.end + 2
    if (concepts.some((o) => o !== c && o.kind !== 'weak' && o.start < end && o.end > c.end)) continue
    for (const o of concepts.filter((x) => x.kind === 'weak' && x.start >= c.end && x.start < end)) concepts.splice(concepts.indexOf(o), 1)
    c.surface = `${c.surface}${side}`
    c.end = end
  }
}
