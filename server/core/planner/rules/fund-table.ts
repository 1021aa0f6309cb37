import type { TableKind } from '../../schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ConceptHit } from '../question-frame.js'

/** The table of each fund: its name in a subject says where the subject's parts are read. */
const FUNDS: [RegExp, TableKind][] = [
  [/一般公共预算/, 'general-spending'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
]

/**
 * Rule `fund-table`: the table a share's parts are read from when one of them names a fund or a table of its own.
 * "教育支出占一般公共预算拨款的比重": 教育支出 from the 一般公共预算支出表, not from the all-funds 支出总表;
 * "公务接待费占三公经费的比例": from the 三公 table.
 */
export function fundTableOf(v: Vocabulary, s: ConceptHit): TableKind | undefined {
  const words = `${s.name}|${s.surface}`
  const fund = FUNDS.find(([re]) => re.test(words))?.[1]
  if (fund) return fund
  const kinds = s.kind === 'lexicon' ? v.conceptOf(s.name)?.tableKinds : undefined
  return kinds?.length === 1 ? kinds[0] : undefined
}
