import type { Row, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** One unit's block of a unit-grouped table: the unit's row (its totals) and the subject-code rows printed under it. */
export interface UnitGroup { unit: Row; rows: Row[] }

/** A department's own office printed in brackets after its name: 某局（局机关）, 某委（机关）, （机关本级）. */
export const OFFICE_IN_BRACKETS = /[（(]\p{Script=Han}?机关(?:本级)?[)）]$/u

/** A unit's name as tables print it: ends in the words units end with, never a subject row ("行政运行"). */
export const UNIT_NAME = new RegExp(String.raw`(?:中心|站|所|队|院|馆|处|室|局|委员会|委|会|社|校|学校|中学|小学|大学|园|团|办|办事处|街道|镇|乡|公司|厂|场|台|（本级）|\(本级\)|本级|机关)$|${OFFICE_IN_BRACKETS.source}`, 'u')
const CODE = /^\d{3,9}$/
const hasCode = (r: Row) => !!r.code || CODE.test(compactText(r.name))

/**
 * Rule `unit-grouped-table`: a 支出总表 / 收入总表 printed by unit. A row with no subject code whose name has the shape
 * of a unit's name opens a block; the coded rows after it, up to the next such row, are that unit's. The table counts
 * as grouped only when at least two blocks each hold coded rows, and no coded row comes before the first block
 * (a table of the department's codes with one stray name row is not grouped).
 */
export function unitGroups(table: Table, isUnitName: (name: string) => boolean): UnitGroup[] {
  const groups: UnitGroup[] = []
  let current: UnitGroup | undefined
  for (const r of table.rows) {
    if (r.isTotal && !groups.length && !current) continue
    if (!hasCode(r) && !r.isTotal && isUnitName(compactText(r.name))) {
      current = { unit: r, rows: [] }
      groups.push(current)
      continue
    }
    if (!current) {
      if (hasCode(r)) return []
      continue
    }
    if (hasCode(r)) current.rows.push(r)
  }
  return groups.length >= 2 && groups.every((g) => g.rows.length) ? groups : []
}

/** The row under a unit's block named by a subject code ("2050203") or a subject name ("初中教育"); the code wins. */
export function groupRow(group: UnitGroup, subject: string): Row | undefined {
  const s = compactText(subject)
  if (CODE.test(s)) return group.rows.find((r) => r.code === s || compactText(r.name) === s)
  const named = group.rows.filter((r) => compactText(r.name) === s)
  // the most detailed row of that name (a 类 and its 款 may share a name): the longest code
  return named.sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0))[0]
}

const blockCache = new WeakMap<Table, { all: Set<string>; shared: Set<string> }>()

/**
 * Ids of the coded rows printed under a unit's row in a table grouped by unit: parts of one unit. `shared` keeps only
 * the codes printed under two or more units, whose rows are never the department's figure for that code; a code
 * printed under one unit only is also the department's whole figure for it. Empty for any other table.
 */
export function unitBlockRows(table: Table, which: 'all' | 'shared' = 'all'): Set<string> {
  let v = blockCache.get(table)
  if (!v) {
    v = { all: new Set(), shared: new Set() }
    {
      // (headed 单位名称, or printed so under a 科目 header: a block per unit, each unit's row over its coded rows)
      const groups = unitGroups(table, (n) => UNIT_NAME.test(n))
      const units = new Map<string, number>()
      for (const g of groups) for (const c of new Set(g.rows.map((r) => r.code ?? r.name))) units.set(c, (units.get(c) ?? 0) + 1)
      for (const g of groups) {
        for (const r of g.rows) {
          v.all.add(r.id)
          if ((units.get(r.code ?? r.name) ?? 0) > 1) v.shared.add(r.id)
        }
      }
    }
    blockCache.set(table, v)
  }
  return v[which]
}
