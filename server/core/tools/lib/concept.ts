import type { ColumnRole } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { lexicon, type LexConcept, type LexCount } from './lexicon.js'

const TRIM = /(?:的)?(?:预算数?|金额|总额|数额|安排|是多少|多少)$/

/** The lexicon concept a name stands for exactly (三公经费, 支出预算, 机关运行经费…), ignoring a trailing 预算/金额. */
export function lexConceptOf(name: string | undefined): LexConcept | undefined {
  if (!name) return undefined
  const n = compactText(name)
  const cut = n.replace(TRIM, '')
  return lexicon.concepts.find((c) => [...c.aliases, ...(c.weak ?? [])].map(compactText).some((a) => a === n || a === cut))
}

export function lexCountOf(name: string | undefined): LexCount | undefined {
  if (!name) return undefined
  const n = compactText(name)
  return lexicon.counts.find((c) => c.id === name || c.aliases.some((a) => compactText(a) === n))
}

/** Column role a word names: 基本支出 → basic, 人员经费 → personnel … */
export function columnRoleOf(word: string | undefined): ColumnRole | undefined {
  if (!word) return undefined
  const n = compactText(word)
  return lexicon.columns.find((c) => c.aliases.some((a) => compactText(a) === n))?.role
}
