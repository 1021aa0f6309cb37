import type { Row } from '../schema.js'
import { compactText as compact } from '../search/normalize-text.js'

/** The spending side's head printed as a row of its own, with no figures: 支出, 二、支出, 支出项目. */
const SPENDING_HEAD = /^(?:[一二][、.．])?支出(?:项目)?$/u
const hasFigure = (r: Row) => r.cells.some((c) => c.amount)

/**
 * Rule `stacked-sides`: a 收支总表 printed in one column, its 收入 lines, then a 支出 head and its lines (a portrait
 * 决算 总表, a 财政拨款收入支出决算总表 under one header), reads no side from its columns. The head says it: the rows
 * before it are the income side, the rows from it the spending side, when a total named by each side confirms it
 * (本年收入合计 or 收入总计 above, 本年支出合计 or 支出总计 below); with no head, the income side's 收入总计 closes it.
 * Rows already placed by their columns keep theirs.
 */
export function readStackedSides(rows: Row[]): void {
  if (rows.some((r) => r.side)) return
  const total = (r: Row, word: string) => r.isTotal && compact(r.name).includes(word)
  // (no head printed: the income side's grand total, 收入总计, closes it when no spending total comes before it)
  const grand = rows.findIndex((r) => r.isTotal && /收入总计$/u.test(compact(r.name)))
  const closed = grand >= 0 && !rows.slice(0, grand).some((r) => total(r, '支出')) ? grand + 1 : -1
  const head = rows.findIndex((r) => !r.code && SPENDING_HEAD.test(compact(r.name)) && !hasFigure(r))
  if (head <= 0 && closed <= 0) return
  if (head <= 0) return void rows.forEach((r, i) => { r.side = i < closed ? 'income' : 'spending' })
  if (!rows.slice(0, head).some((r) => total(r, '收入')) || !rows.slice(head + 1).some((r) => total(r, '支出'))) return
  rows.forEach((r, i) => { r.side = i < head ? 'income' : 'spending' })
}
