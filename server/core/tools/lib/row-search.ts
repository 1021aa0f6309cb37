import type { BudgetDocument, ColumnRole, Row, Table, TableKind } from '../../schema.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { compactText } from '../../search/normalize-text.js'
import type { RowRef } from './corpus-view.js'
import { isColumnNumbering } from '../../parse/column-numbers.js'
import { rowYear, yearNamedTotal } from '../../parse/row-year.js'
import { unitBlockRows } from './unit-groups.js'
import { stageOfHead } from '../../lexicon/stage-words.js'

/** A list number before a row's name: 一、 (一) 1. */
const LIST_MARK = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/u

/** Which table a subject is best read from, by the family of its code (2xx functional, 3xx/5xx economic). */
const FUNCTIONAL: TableKind[] = ['general-spending', 'spending', 'fiscal-summary', 'summary', 'income', 'gov-fund', 'state-capital']
const ECONOMIC: TableKind[] = ['basic-spending', 'project-spending', 'spending', 'general-spending']
const ANY: TableKind[] = [
  'general-spending', 'spending', 'basic-spending', 'project-spending', 'three-public', 'fiscal-summary', 'summary',
  'income', 'procurement', 'gov-fund', 'state-capital', 'other', 'performance',
]

export function kindRank(kind: TableKind, code?: string): number {
  const order = !code ? ANY : /^2/.test(code) ? FUNCTIONAL : /^[35]/.test(code) ? ECONOMIC : ANY
  const i = order.indexOf(kind)
  return i < 0 ? order.length + ANY.indexOf(kind) : i
}

export interface RowQuery {
  name?: string
  code?: string
  tableKind?: TableKind
  tableId?: string
  /** only 合计/总计 rows */
  totalOnly?: boolean
  /** minimum name fit, 0..1 */
  minFit?: number
  /** only rows whose code has this many digits (类 3, 款 5, 项 7) */
  codeLength?: number
}

/** Digits of a subject code at each level of the classification: 类 210, 款 21013, 项 2101301. */
export const LEVEL_DIGITS = { 类: 3, 款: 5, 项: 7 } as const

/** `named`: the project its 项目名称 cell names, when that (not the row's subject) is what fits the name asked */
export interface RowMatch extends RowRef { fit: number; named?: string }

const hasAmount = (r: Row) => r.cells.some((c) => c.amount)
/** A procurement table's columns of categories, not of the item bought: 资金来源, 采购类别, 采购方式, 品目类型. */
const CATEGORY_COLUMN = /来源|类别|方式|类型|性质|渠道/u
const searchable = (t: Table) => t.kind !== 'catalog'
/** A 项目支出表's column of project names (项目名称, 项目), not its units' (单位名称). */
const PROJECT_COLUMN = /项目(?:名称)?$/u
/** A cell naming a project in a 项目支出表 keyed by its functional subject (rule project-name-column). */
export const projectNameCell = (table: Table, c: Row['cells'][number]): boolean =>
  table.kind === 'project-spending' && !c.amount && c.text.trim().length >= 4 && PROJECT_COLUMN.test(table.columns[c.column]?.label ?? '')

/** Rows of the documents that fit a name and/or code, best first (fit, then the table a subject is best read from). */
const BARE_GRAND = /^(?:总计|合计)$/u
const SIDE_WORD = { income: '收入', spending: '支出' } as const

export function findRowsIn(v: Vocabulary, docs: BudgetDocument[], q: RowQuery): RowMatch[] {
  const code = q.code?.replace(/\s+/g, '')
  const minFit = q.minFit ?? 0.7
  const out: RowMatch[] = []
  for (const doc of docs) {
    for (const table of doc.tables) {
      if (!searchable(table) || (q.tableKind && table.kind !== q.tableKind) || (q.tableId && table.id !== q.tableId)) continue
      // a code under several units' blocks of a table grouped by unit: each row is one unit's, not the department's
      const blocks = unitBlockRows(table, 'shared')
      for (const row of table.rows) {
        if (q.totalOnly && !row.isTotal) continue
        if (blocks.has(row.id)) continue
        if (q.codeLength && row.code?.length !== q.codeLength) continue
        let fit = 1
        let named: string | undefined
        if (code) fit = row.code === code ? 1 : 0
        if (fit && q.name) {
          // (every row of every document read is fitted on every call: no arrays made per row, issue 12)
          let f = v.names.fit(q.name, row.name)
          // procurement rows also answer to the item bought, printed in a text column beside the project name
          // (never a category printed beside it: its 资金来源 "事业收入" or 采购类别 "货物" names no item)
          if (table.kind === 'procurement') for (const c of row.cells) if (!c.amount && c.text.trim().length >= 4 && !CATEGORY_COLUMN.test(table.columns[c.column]?.label ?? '')) f = Math.max(f, v.names.fit(q.name, c.text))
          // (and a 项目支出表 keyed by its functional subject answers to the project named in its 项目名称 column)
          if (table.kind === 'project-spending') {
            for (const c of row.cells) {
              if (!projectNameCell(table, c)) continue
              const pf = v.names.fit(q.name, c.text)
              if (pf > f) { f = pf; named = c.text.trim() }
            }
          }
          // a two-sided table's bare 总计 line is that side's 总计: "支出总计" asked is the spending side's 总计
          if (row.side && BARE_GRAND.test(compactText(row.name)) && compactText(q.name) === `${SIDE_WORD[row.side]}${compactText(row.name)}`) f = Math.max(f, 1)
          fit = code ? Math.max(0.9, f) : f
        }
        if (!code && !q.name && !q.totalOnly) fit = 0.5
        if (fit >= (code ? 0.9 : q.name ? minFit : 0)) out.push({ doc, table, row, fit, ...(named && fit >= minFit ? { named } : {}) })
      }
    }
  }
  const codeOf = code ?? out.find((m) => m.row.code)?.row.code
  // (of rows that fit alike, by synonym, the one printed with the words asked: 一、一般公共预算拨款收入 before the
  // 财政拨款 table's 一般公共预算拨款 when 一般公共预算拨款收入 is asked)
  // (decided once per match, before the sort: not on every comparison)
  const asked = q.name ? compactText(q.name) : undefined
  const asPrinted = new Set(asked ? out.filter((m) => compactText(m.row.name).replace(LIST_MARK, '') === asked) : [])
  const printed = (m: RowMatch) => (asPrinted.has(m) ? 1 : 0)
  return out.sort(
    (a, b) =>
      b.fit - a.fit ||
      printed(b) - printed(a) ||
      Number(hasAmount(b.row)) - Number(hasAmount(a.row)) ||
      kindRank(a.table.kind, codeOf) - kindRank(b.table.kind, codeOf) ||
      a.table.index - b.table.index ||
      a.row.index - b.row.index,
  )
}

/** A total's name without its table's own year and stage words before it ("2025年预算数合计" → 合计); another year's kept. */
const ownYearBare = (name: string, year: number | undefined) => {
  const named = yearNamedTotal(name)
  return named && named.year === year ? named.rest : name
}

/** A row whose name says the other side only (本年收入合计 when spending is asked); 收支总计 says both. */
const namedByOtherSide = (r: Row, side: 'income' | 'spending') => {
  const name = compactText(r.name)
  return name.includes(SIDE_WORD[side === 'income' ? 'spending' : 'income']) && !name.includes(SIDE_WORD[side])
}

/** The totals row of a table (合计/总计 on the wanted side), or its only data row. */
/** One of the three items of a 三公 account, never its whole. */
const THREE_PUBLIC_PART = /^(?:[一二三四五六七八九十\d]+[、.．])?(?:因公出国|公务接待|公务用车|公车)/u

export function totalRowOf(table: Table, side?: 'income' | 'spending', mode: 'total' | 'first' = 'total'): Row | undefined {
  const rows = table.rows.filter((r) => (!side || !r.side || r.side === side) && !isColumnNumbering(r))
  // (a table whose total prints last, "总计" under its items, has that line as its total even when read from its first)
  // (its own year's stage words before it are still a bare total: "2025年预算数合计" in a 2025 table)
  const bareTotal = (r: Row) => r.isTotal && BARE_GRAND.test(ownYearBare(compactText(r.name), table.year))
  if (mode === 'first') {
    const total = rows.find((r) => bareTotal(r) && hasAmount(r))
    if (total) return total
    // rule no-total-no-whole: a table of coded subjects that prints no total line has no whole; its first subject
    // (社会保障和就业支出 of a 支出决算表 whose 合计 went to another page) is one subject among its peers, never the table's
    const first = rows.find(hasAmount)
    if (first?.code && rows.some((r) => r !== first && r.code && r.level === first.level && hasAmount(r))) return undefined
    // (…nor a 三公 table whose first line is one of its three items, 因公出国(境)经费, with no total line above them: its
    // whole is the items' sum, which no line prints)
    if (first && table.kind === 'three-public' && THREE_PUBLIC_PART.test(compactText(first.name))) return undefined
    return first ?? rows[0]
  }
  // (a table of one column stacking both sides, 收入 rows then 支出 rows, reads no side from its layout: a total named
  // by the other side, 本年收入合计 when spending is asked, is never this side's)
  const totals = rows.filter((r) => r.isTotal && !(side && namedByOtherSide(r, side)))
  const named = (re: RegExp) => totals.find((r) => re.test(compactText(r.name)))
  // (a side's one figure is its whole only in a whole table: not in a copy cut short, nor in a two-sided 总表 that
  // prints no total on either side, a copy that stopped before its totals)
  const untotalled = !!side && table.rows.some((r) => r.side) && !table.rows.some((r) => r.isTotal)
  const whole = !table.cutShort && !untotalled && rows.filter(hasAmount).length === 1
  return totals.find(bareTotal) ?? named(/本年(?:支出|收入)合计|^(?:支出|收入)(?:合计|总计)$/) ?? totals[0] ?? (whole ? rows.find(hasAmount) : undefined)
}

/**
 * Rule `grand-total`: the side's 总计 line of a 收支总表 (收入总计, 支出总计, or 总计 on that side), the year's flows with
 * the carry-overs, asked as such (收入总计, 收支总计, 收支预算总额). Undefined when the table prints none.
 */
export function grandRowOf(table: Table, side?: 'income' | 'spending'): Row | undefined {
  const word = side === 'income' ? '收入' : side === 'spending' ? '支出' : '(?:收入|支出|收支)'
  const re = new RegExp(`^(?:${word})?总计$`, 'u')
  return table.rows.find((r) => (!side || !r.side || r.side === side) && r.isTotal && re.test(compactText(r.name)) && hasAmount(r))
}

/** The line of one side's own-year flows: 本年收入合计 (决算), 一、本年收入 (预算), 本年支出小计. */
const THIS_YEAR_LINE = /^(?:[一1][、.．]?)?本年(?:收入|支出)(?:合计|小计)?$/u
/** A carry-over line: 上年结转, 年初(财政拨款)结转和结余, 结转下年, 年终结转结余, 年末结转和结余. */
const CARRY_OVER_LINE = /结转|结余/u
/** A non-zero amount in a figure column (not the 行次 numbering beside the name). */
const hasFigure = (t: Table, r: Row) =>
  r.cells.some((c) => c.amount && Number(c.amount.value) !== 0 && !['name', 'code', 'text'].includes(t.columns[c.column]?.role ?? ''))

/**
 * Rule `this-year-line`: a 收支总表's side total (收入总计, 总计) adds the carry-overs (上年结转, 年初结转和结余) to the
 * year's own flows; the year's own line is 本年收入合计 / 一、本年收入 where printed, else the side total when no
 * carry-over line of that side holds a figure. Undefined when neither: the table does not print it.
 */
export function thisYearRowOf(table: Table, side?: 'income' | 'spending'): Row | undefined {
  const rows = table.rows.filter((r) => (!side || !r.side || r.side === side) && !isColumnNumbering(r))
  // (its name says its side: 本年收入合计 is never the spending side's line, whatever side the layout read)
  const line = rows.find((r) => THIS_YEAR_LINE.test(compactText(r.name)) && (!side || compactText(r.name).includes(SIDE_WORD[side])) && hasAmount(r))
  if (line) return line
  if (rows.some((r) => CARRY_OVER_LINE.test(r.name) && hasFigure(table, r))) return undefined
  return totalRowOf(table, side)
}

/** A row named by a stage of the figures: 预算数 / 年初预算, 调整预算数, 决算数, 上年决算数 ("2024年决算数": its year aside). */
const stageOfRow = (r: Row) => stageOfHead(compactText(r.name).replace(/^(?:19|20)\d{2}年度?/u, ''))

/**
 * Rule `stage-rows`: a table printed with its stages down the side (三公 tables: 预算数 | 决算数 | 上年决算数 as
 * rows, the items as columns). The row of the stage asked (a 决算 with none asked: 决算数; a 预算: 预算数); null when
 * the table's rows are stages and that one is not among them (never another stage's figure); undefined when its rows
 * are not stages.
 */
export function stageRowOf(table: Table, asked: ColumnRole | undefined, docStage: '预算' | '决算'): Row | null | undefined {
  // a rate or a change asked (完成预算的%, 增减) is no stage: its own column, or the prose, says it
  if (asked && !['initial', 'final', 'adjusted', 'prior', 'total', 'amount'].includes(asked)) return undefined
  const staged = table.rows.filter((r) => stageOfRow(r) !== undefined)
  if (staged.length < 2) return undefined
  const want = asked === 'initial' || asked === 'final' || asked === 'adjusted' || asked === 'prior' ? asked : docStage === '决算' ? 'final' : 'initial'
  // rows that print their year ("2024年预算数 | 2024年决算数 | 2023年决算数"): an earlier year's accounts are 上年's
  const stage = (r: Row) => {
    const y = rowYear(r)
    return y !== undefined && table.year !== undefined && y < table.year ? 'prior' : stageOfRow(r)
  }
  return staged.find((r) => stage(r) === want) ?? null
}

/** Several stages of one year down the side ("2024年预算数 | 2024年决算数"): the year alone picks none of them. */
const stagedYear = (rows: Row[]) => rows.length > 1 && rows.every((r) => stageOfRow(r) !== undefined)

/** The row of `year` in a table whose rows are years, or undefined when its rows are not years. */
export function yearRowOf(table: Table, year: number): Row | undefined {
  const rows = table.rows.filter((r) => rowYear(r) === year)
  return stagedYear(rows) ? undefined : rows[0]
}
