import type { TableKind } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'
import { fundOf } from './fund-qualifier.js'

/**
 * Rule `fund-share-whole`: "收入中一般公共预算拨款占多少比例" asks a fund's share of every source. Read alone, the fund
 * is found in the 财政拨款收支总表, where it is (nearly) the whole and the share comes out 100%; the all-funds
 * 部门(单位)收支总表 lists it beside 事业收入 and the others under one 收入总计. So a share of a lone fund is read from
 * that table first (the usual reading when the document prints none).
 */
export function fundShareTable(op: string, subjects: ConceptHit[], s: ConceptHit): { tableKind: TableKind } | undefined {
  return op === 'share' && subjects.length === 1 && fundOf(s) ? { tableKind: 'summary' } : undefined
}

/** A whole of every fund asked by its 总计 line: 收入总计, 支出总计, 收支总计 (never 财政拨款收入总计, a fund's). */
const ALL_FUNDS_GRAND = /^(?:收入|支出|收支)(?:预算|决算)?总计$/u

/**
 * Rule `grand-whole-share`: "一般公共预算拨款占收入总计的比例" asks a fund's share of the department's 收入总计, the
 * all-funds 收支总表's line; "卫生健康支出占支出总计" the class's spending of every fund. Read from the part's table, the
 * 财政拨款收支总表's own 收入总计 (the funds alone) was the whole and the share came out near 100%, or a class's
 * 一般公共预算 figure was set against every fund's. A fund's or an unqualified subject's share of an unqualified 总计 is
 * read from the 收支总表, both figures (each falls back to its own reading where that table lacks it).
 */
export function grandWholeShareTable(op: string, subjects: ConceptHit[]): { tableKind: TableKind } | undefined {
  if (op !== 'share' || subjects.length !== 2) return undefined
  const [part, whole] = subjects
  return (fundOf(part) || !part.tableKind) && ALL_FUNDS_GRAND.test(whole.surface.replace(/\s+/gu, '')) ? { tableKind: 'summary' } : undefined
}
