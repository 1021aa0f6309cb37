import type { ColumnRole } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'
import { fundOf } from './fund-qualifier.js'
import { basicPartsNamed } from './basic-parts-named.js'

const PARTS_OF_BASIC: ColumnRole[] = ['personnel', 'public']

/**
 * Rule `nested-columns`: 人员经费 and 公用经费 are the two parts of 基本支出, so "基本支出中人员经费" asks the part,
 * not both. Of a row ("行政运行的基本支出中人员经费") the part's column is read; of the budget as a whole or of a
 * fund ("一般公共预算基本支出中人员经费一共多少") 基本支出 itself is the subject: its table's total × the part.
 */
export function nestedColumns(subjects: ConceptHit[], columns: ColumnRole[], text: string): { subjects: ConceptHit[]; columns: ColumnRole[] } {
  const bare = bareNesting(subjects, text)
  if (bare) return bare
  const named = basicPartsNamed(subjects, columns, text)
  if (named) return { subjects, columns: named }
  const parts = columns.filter((c) => PARTS_OF_BASIC.includes(c))
  if (!columns.includes('basic') || !parts.length || columns.includes('project')) return { subjects, columns }
  const basicAt = text.indexOf('基本支出')
  if (basicAt < 0 || !parts.every((p) => text.indexOf(p === 'personnel' ? '人员经费' : '公用经费') > basicAt)) return { subjects, columns }
  const rest = columns.filter((c) => c !== 'basic')
  const money = subjects.filter((c) => c.kind !== 'count')
  if (money.length === 1 && fundOf(money[0]) === 'general-spending') {
    const end = basicAt + '基本支出'.length
    // the fund's 基本支出: its 一般公共预算支出表's 基本支出 › part or its own 基本支出表 (rule fund-basic-table)
    const basic: ConceptHit = { name: '基本支出', kind: 'column', role: 'basic', start: basicAt, end, surface: '基本支出', tableKind: 'general-spending' }
    return { subjects: subjects.map((c) => (c === money[0] ? basic : c)), columns: rest }
  }
  return { subjects, columns: rest }
}

/** Between the whole and its part: "基本支出中人员经费", "基本支出里的公用经费". */
const INSIDE = /^(?:的)?(?:中|里|里面|当中|之中|其中)(?:的)?$/u

/** Between two parts: "人员经费和公用经费", "人员经费多少，公用经费多少". */
const THEN = /^(?:和|与|及|以及|、|，|,|多少|是多少|分别|各|为|是)*$/u

/** No row named, "基本支出中人员经费和公用经费": 基本支出 is the subject, its parts the columns. */
function bareNesting(subjects: ConceptHit[], text: string): { subjects: ConceptHit[]; columns: ColumnRole[] } | undefined {
  // (a fund named right before 基本支出, "一般公共预算基本支出里人员经费…", says which tables: the fund's)
  const fund = subjects.find((c) => fundOf(c) === 'general-spending')
  if (subjects.some((c) => (c.kind === 'row' || c.kind === 'lexicon') && c !== fund)) return undefined
  const cols = subjects.filter((c) => c.kind === 'column')
  const i = cols.findIndex((c, k) => c.role === 'basic' && PARTS_OF_BASIC.includes(cols[k + 1]?.role as ColumnRole) && INSIDE.test(text.slice(c.end, cols[k + 1].start)))
  if (i < 0) return undefined
  const parts = [cols[i + 1]]
  for (let k = i + 2; k < cols.length && PARTS_OF_BASIC.includes(cols[k].role as ColumnRole) && THEN.test(text.slice(cols[k - 1].end, cols[k].start)); k++) parts.push(cols[k])
  // (the fund's name a concept read, or its words no concept claimed)
  const ofFund = fund ? fund.end <= cols[i].start && FUND_BEFORE_BASIC.test(text.slice(fund.end, cols[i].start)) : FUND_WORDS_BEFORE.test(text.slice(0, cols[i].start))
  if (fund && !ofFund) return undefined
  const kept = subjects.filter((c) => !parts.includes(c) && c !== fund).map((c) => (ofFund && c === cols[i] ? { ...c, tableKind: 'general-spending' as const } : c))
  return { subjects: kept, columns: [...new Set(parts.map((p) => p.role!))] }
}

/** What may stand between a fund's name and its 基本支出: the rest of its name (财政拨款), 的, 安排的. */
const FUND_BEFORE_BASIC = /^(?:预算)?(?:财政)?(?:拨款)?(?:安排)?(?:的)?$/u
const FUND_WORDS_BEFORE = /一般公共预算(?:财政)?(?:拨款)?(?:安排)?(?:的)?$/u
