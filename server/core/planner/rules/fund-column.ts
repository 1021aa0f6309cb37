import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { ConceptHit } from '../question-frame.js'

/** A fund's name with no 支出 after it: 一般公共预算财政拨款, 政府性基金预算, 国有资本经营预算拨款. */
const FUND_WORD = /^(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政拨款|拨款)?$/u
/** Columns of spending: 基本支出, 项目支出, 人员经费, 公用经费. */
const SPENDING_COLUMNS = new Set(['basic', 'project', 'personnel', 'public'])

/**
 * Rule `fund-column`: "一般公共预算财政拨款的项目支出" asks the fund's spending in that column (the 合计 row of the
 * fund's 支出表, its 项目支出), not a row whose name merely starts with the fund's words (一般公共预算财政拨款收入).
 * A subject written as the fund's words alone, with a spending column named, is the fund's spending concept.
 */
export function fundColumnSubjects(concepts: ConceptHit[], v: Vocabulary): void {
  if (!concepts.some((c) => c.kind === 'column' && c.role && SPENDING_COLUMNS.has(c.role))) return
  for (const [i, c] of concepts.entries()) {
    if ((c.kind !== 'row' && c.kind !== 'lexicon') || !FUND_WORD.test(c.surface)) continue
    const concept = v.conceptOf(`${c.surface}支出`) ?? v.conceptOf(`${c.surface.replace(/(?:财政拨款|拨款)$/u, '')}支出`)
    if (concept) concepts[i] = { name: concept.aliases[0], kind: 'lexicon', start: c.start, end: c.end, surface: c.surface }
  }
}
