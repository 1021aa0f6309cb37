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
