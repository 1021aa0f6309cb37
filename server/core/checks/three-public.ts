import type { BudgetDocument, Column, Row, Table } from '../schema.js'
import { cellCitation } from './cite.js'
import type { FindingDraft } from './make-finding.js'
import { fenText, sumFen } from './money.js'
import { compareSum, type Term } from './sum-parts.js'
import { hasFigures, moneyAt, moneyColumns, rowInferred, tableName } from './table-cells.js'

/** The 三公 columns of one year, recognised by their printed names. */
interface ThreePublicColumns { total?: Column; abroad?: Column; car?: Column; carSubtotal?: Column; carBuy?: Column; carRun?: Column; reception?: Column }

const leaf = (c: Column) => c.path[c.path.length - 1] ?? c.label
const CAR_GROUP = /公务用车|公车|购置及运行/

export function threePublicColumns(cols: Column[]): ThreePublicColumns {
  const find = (re: RegExp, not?: RegExp) => cols.find((c) => re.test(leaf(c)) && !(not && not.test(leaf(c))))
  // a group's own 合计 under its car heading ("公车购置及运行维护费 › 合计 | 车辆购置 | 车辆运行") is the car column
  const underCar = (c: Column) => c.path.slice(0, -1).some((p) => CAR_GROUP.test(p))
  return {
    total: cols.find((c) => /合计/.test(leaf(c)) && !underCar(c)),
    abroad: find(/出国/),
    car: find(/购置及运行/) ?? cols.find((c) => /^(?:合计|小计)$/.test(leaf(c).replace(/\s+/g, '')) && underCar(c)),
    carSubtotal: cols.find((c) => /小计/.test(leaf(c)) && c.path.some((p) => /公务用车/.test(p))) ?? find(/小计/),
    carBuy: find(/购置费|^车辆购置$/, /及/),
    carRun: find(/运行(维护)?费|^车辆运行$/, /及/),
    reception: find(/接待/),
  }
}

/** A 决算 三公 table prints its columns twice, under "预算数" and under "决算数": each group adds up on its own. */
const STAGE_GROUP = /^(?:全年|年初)?预算数?$|^决算数?$/
export const stageGroupOf = (c: Column) => c.path.map((p) => p.replace(/\s+/g, '')).find((p) => STAGE_GROUP.test(p)) ?? ''

/** Year groups (this year's columns, and each prior year's), each split by its 预算数/决算数 group. */
function yearGroups(t: Table): Column[][] {
  const cols = moneyColumns(t)
  const key = (c: Column) => `${c.role === 'prior' ? c.year ?? -1 : 0}|${stageGroupOf(c)}`
  return [...new Set(cols.map(key))].map((k) => cols.filter((c) => key(c) === k))
}

/**
 * With guessed columns only the values are trusted: the parts, subtotal included, add up to the total
 * plus the subtotal (counted twice), whatever their columns.
 */
function valuesAddUp(row: Row, total: Column, cols: Column[]): boolean {
  const t = moneyAt(row, total)?.amount.fen ?? 0
  const rest = cols.filter((c) => c !== total).map((c) => moneyAt(row, c)?.amount.fen).filter((x): x is number => x !== undefined)
  const extra = sumFen(rest) - t
  return extra === 0 || rest.includes(extra)
}

/** 三公 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 小计 = 购置费 + 运行费. */
export function checkThreePublic(doc: BudgetDocument): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const t of doc.tables.filter((t) => t.kind === 'three-public' && hasFigures(t))) {
    for (const cols of yearGroups(t)) {
      const k = threePublicColumns(cols)
      for (const r of t.rows) {
        if (k.total && rowInferred(r) && valuesAddUp(r, k.total, cols)) continue
        const term = (c?: Column): Term | undefined => {
          const money = c && moneyAt(r, c)
          return money && c ? { label: `${tableName(t)} › ${c.label}`, money, citation: cellCitation(doc, t, r, c) } : undefined
        }
        const carWhole = term(k.carSubtotal) ?? term(k.car)
        const car = carWhole ? [carWhole] : [term(k.carBuy), term(k.carRun)]
        const checks: [Term | undefined, (Term | undefined)[], string][] = [
          [term(k.total), [term(k.abroad), ...car, term(k.reception)], '“三公”经费合计'],
          [carWhole, [term(k.carBuy), term(k.carRun)], '公务用车购置及运行费小计'],
        ]
        for (const [whole, maybeParts, what] of checks) {
          const parts = maybeParts.filter((x): x is Term => !!x)
          const bad = whole && compareSum(whole, parts)
          if (!whole || !bad) continue
          out.push({
            kind: 'total-parts', severity: 'error', rounding: bad.rounding, figures: bad.figures, citations: bad.citations,
            message: `${tableName(t)}中${what}为${whole.money.amount.text}${bad.unit}，但各分项之和为${fenText(bad.sum, bad.unit)}${bad.unit}。`,
          })
        }
      }
    }
  }
  return out
}
