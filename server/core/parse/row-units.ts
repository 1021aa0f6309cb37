import type { Row, Table } from '../schema.js'
import { parseAmount } from './amount.js'

/** The units a row of a table of indicators says its figures are in: money, counts, a rate. */
const UNIT_WORDS = '亿元|万元|千元|元|人次|人|次|张|床|天|日|个|台|辆|项|户|家|所|批次|批|件|套|%|％'
/** A unit printed at the end of a row's label: "医院总收入(万元)", "门诊人次(人次)", "开放床位(张)". */
const LABEL_UNIT = new RegExp(`[（(]\\s*(${UNIT_WORDS})\\s*[)）]$`, 'u')
const MONEY = new Set(['亿元', '万元', '千元', '元'])
/** an item printed under its head with a dash ("——门诊收入"): a part of the row above it */
const DASH_ITEM = /^[—－-]{1,2}/u

/**
 * Rule `row-label-unit`: a table with no unit of its own whose rows say theirs in brackets (a hospital's 预算审批表:
 * "一、医院总收入(万元) | 68141", "1、门诊人次(人次) | 934289", "开放床位(张) | 1313") reads each row's figures in that
 * unit; a dash item under such a row ("——门诊收入 | 21675") in its head's. Cells already read in another unit (a
 * rate, 18%) keep it; a table that declares its unit keeps it for every row.
 */
export function rowLabelUnits(table: Table): void {
  if (table.unit) return
  let head: string | undefined
  for (const row of table.rows) {
    const own = LABEL_UNIT.exec(row.name.trim())?.[1]?.replace('％', '%')
    if (own) head = own
    else if (!DASH_ITEM.test(row.name.trim())) { head = undefined; continue }
    const unit = own ?? head
    if (!unit) continue
    readIn(row, unit)
    // the unit and the dash are how the row is printed, not what it is named: "医院总收入", "门诊收入"
    const name = row.name.trim().replace(LABEL_UNIT, '').replace(DASH_ITEM, '').trim()
    if (name && name !== row.name) { row.printed ??= row.name; row.name = name }
  }
}

function readIn(row: Row, unit: string): void {
  for (const cell of row.cells) {
    if (!cell.amount || cell.amount.unit === '%') continue
    if (cell.amount.unit && cell.amount.unit !== '' && MONEY.has(cell.amount.unit) === MONEY.has(unit) && cell.amount.unit === unit) continue
    const read = parseAmount(cell.text, unit)
    if (read) cell.amount = read
  }
}

/** a unit printed in a 单位 column of its own */
const UNIT_CELL = new RegExp(`^(?:${UNIT_WORDS})$`, 'u')
const UNIT_COLUMN = /^(?:计量)?单位$/

/**
 * Rule `row-unit-column`: an indicator table with a 单位 column ("总收入 | 万元 | 21226.69", "门诊人次 | 人次 |
 * 652456", "…占比 | % | 30.59") reads each row's figures in the unit its own row prints; a row with that cell empty
 * keeps its bare figures. A table that declares its unit keeps it.
 */
export function rowColumnUnits(table: Table): void {
  if (table.unit) return
  const col = table.columns.find((c) => (c.role === 'text' || c.role === 'name') && UNIT_COLUMN.test(c.label.replace(/\s+/g, '')))
  if (!col) return
  const unitOf = (row: Row) => row.cells.find((c) => c.column === col.index)?.text.trim() ?? ''
  const units = table.rows.map(unitOf).filter(Boolean)
  if (units.length < 2 || !units.every((u) => UNIT_CELL.test(u))) return
  for (const row of table.rows) {
    // (a row left without its unit counts what its name says: 平均住院天数 in 天, 人数 in 人, 次数 in 次)
    const unit = unitOf(row).replace('％', '%') || /(天|人|次)数$/u.exec(row.name.trim())?.[1]
    if (unit) readIn(row, unit)
  }
}
