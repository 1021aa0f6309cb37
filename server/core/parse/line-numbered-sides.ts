import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/**
 * Rule `line-numbered-sides`: a 收支总表 whose two sides each number their lines (项目 | 行次 | 金额 on both sides), copied
 * as text one cell per line with its empty cells dropped: "一、财政拨款收入 / 1 / 5,604,878.83 / 一、一般公共服务支出 / 30 /
 * 0.00 / … / 7 / 七、文化体育与传媒支出 / 36 / 0.00" (the income side's line 7 has no item, only its number). No stride
 * fits such lines (numbered-cells reads those that keep their empty cells); the line numbers themselves rebuild the
 * rows: each side's entry is an optional item, its line number (the side's next one), an optional amount, and the
 * entries go left, right, left, right. The header (two 行次 among its labels) and the 栏次 line become rows of their
 * own; each rebuilt row keeps the range of source lines it stands for. Lines that are not such a table are returned
 * as they are.
 */
export function regroupLineNumberedSides(lines: SourceLine[]): SourceLine[] {
  for (let i = 0; i < lines.length; i++) {
    if (text(lines[i]) !== '行次') continue
    const table = tableAt(lines, i)
    if (table) return [...lines.slice(0, table.start), ...table.lines, ...regroupLineNumberedSides(lines.slice(table.end))]
  }
  return lines
}

const MIN_ROWS = 4
/** The labels of one side's columns, in order: 项目 | 行次 | 金额 (金额 may be 决算数, 预算数, 本年数…). */
const ITEM_HEAD = /^(?:收入|支出)?(?:项目|科目|名称)$/u
const NUMBER_HEAD = /^[行栏]次$/u
const AMOUNT_HEAD = /^(?:金额|决算数|预算数|本年数|执行数|年初预算数|合计)$/u
const LINE_NO = /^\d{1,3}$/

const text = (l: SourceLine | undefined) => (l?.text ?? '').trim()
const isAmount = (s: string) => isValueToken(s) && !LINE_NO.test(s)
const isItem = (s: string) => s !== '' && s.length <= 40 && !isValueToken(s) && !/[。；;]/u.test(s)

function joined(cells: string[], from: SourceLine, to: SourceLine): SourceLine {
  const t = cells.join('\t')
  return { no: from.no, raw: t, text: t, last: to.last ?? to.no }
}

/** The table whose header opens right before `at` (its first 行次): six labels, item | 行次 | amount twice. */
function tableAt(lines: SourceLine[], at: number): { start: number; end: number; lines: SourceLine[] } | undefined {
  const h = at - 1
  const head = lines.slice(Math.max(0, h), h + 6).map(text)
  if (h < 0 || !(ITEM_HEAD.test(head[0]) && NUMBER_HEAD.test(head[1]) && AMOUNT_HEAD.test(head[2]) && ITEM_HEAD.test(head[3]) && NUMBER_HEAD.test(head[4]) && AMOUNT_HEAD.test(head[5]))) return undefined
  let k = h + 6
  const out: SourceLine[] = [joined(head, lines[h], lines[h + 5])]
  // the 栏次 line: 栏次 1 栏次 2 (each side's amount column numbered)
  if (text(lines[k]) === '栏次' && LINE_NO.test(text(lines[k + 1])) && text(lines[k + 2]) === '栏次' && LINE_NO.test(text(lines[k + 3]))) {
    out.push(joined(['栏次', '', text(lines[k + 1]), '栏次', '', text(lines[k + 3])], lines[k], lines[k + 3]))
    k += 4
  }
  const rows = entries(lines, k)
  if (!rows || rows.rows.length < MIN_ROWS) return undefined
  out.push(...rows.rows)
  return { start: h, end: rows.end, lines: out }
}

interface Entry { item: string; no: number; amount: string; from: number; to: number }

/** One side's entry at line `k` numbered `no`: [item] no [amount]; undefined when the lines do not hold it. */
function entryAt(lines: SourceLine[], k: number, no: number, nextNos: number[]): Entry | undefined {
  let j = k
  let item = ''
  if (isItem(text(lines[j]))) item = text(lines[j++])
  if (text(lines[j]) !== String(no)) return undefined
  j++
  let amount = ''
  // (an amount, never the next entry's line number)
  const next = text(lines[j])
  if (isAmount(next) || (LINE_NO.test(next) && !nextNos.includes(Number(next)) && /^0$/.test(next))) amount = text(lines[j++])
  return { item, no, amount, from: k, to: j - 1 }
}

/** The rows from line `k`: left and right entries in turn, each side's numbers running on by one. */
function entries(lines: SourceLine[], k: number): { rows: SourceLine[]; end: number } | undefined {
  const first = entryAt(lines, k, 1, [])
  if (!first || !first.item) return undefined
  // the right side's first number: the number after the left's first entry's item (the right has an item there)
  let right: number | undefined
  for (let j = first.to + 1; j < Math.min(lines.length, first.to + 3); j++) if (LINE_NO.test(text(lines[j])) && Number(text(lines[j])) > 1) { right = Number(text(lines[j])); break }
  if (right === undefined) return undefined
  const rows: SourceLine[] = []
  let left = 1
  let at = k
  let end = k
  for (;;) {
    const l = entryAt(lines, at, left, [left + 1, right])
    const r = l ? entryAt(lines, l.to + 1, right, [left + 1, right + 1]) : undefined
    if (!l) break
    // a side that has ended: the other's entries go on alone (not read here: the copy ends, or the table does)
    if (!r) break
    rows.push(joined([l.item, String(l.no), l.amount, r.item, String(r.no), r.amount], lines[l.from], lines[r.to]))
    end = r.to + 1
    at = end
    left++
    right++
  }
  return rows.length ? { rows, end } : undefined
}
