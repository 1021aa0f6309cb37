import { isMoneyUnit, type Column, type Table } from '../schema.js'

/**
 * Genre rules: a value that could be a piece of a subject code or a row number is never an amount. 类/款/项
 * printed in columns of their own ("201  06  01  行政运行  84861719.00") must not answer "行政运行为201元".
 */

const FRAGMENT = /^\d{2,3}$/
const isMoneyColumn = (c: Column) => c.role !== 'code' && c.role !== 'name' && c.role !== 'text'

/**
 * Rule `code-fragment-columns`: a column before the name whose cells are all two- or three-digit integers holds
 * code parts (the 款 and 项 of a split code; a 序号 is text), and a column anywhere whose cells are all three-digit
 * integers (three rows at least) holds codes or row numbers: neither is an amount column.
 */
/** A column header naming an amount, never codes: 预算数, 执行数, 决算数, 金额, 合计. */
const AMOUNT_HEADER = /^(?!.*(?:科目|编码|代码|序号|行次|编号)).*(?:(?:预算|决算|执行|完成|调整)数?|金额|合计|小计)$/u

export function codeFragmentColumns(columns: Column[], rows: string[][]): void {
  for (const side of [undefined, 'income', 'spending'] as const) {
    const cols = columns.filter((c) => c.side === side)
    const name = cols.find((c) => c.role === 'name')
    for (const c of cols) {
      if (!isMoneyColumn(c)) continue
      const vals = rows.map((r) => (r[c.index] ?? '').trim()).filter(Boolean)
      if (isRowNumberColumn(c.label, vals) || isIdentifierColumn(c.label, vals)) { c.role = 'text'; continue }
      if (!vals.length || !vals.every((v) => FRAGMENT.test(v))) continue
      if (name && c.index < name.index) c.role = /序号|编号|行次/.test(c.label) ? 'text' : 'code'
      // (…unless its header names an amount: "市本级 › 预算数" of a small place's figures, 400 | 350 | 760)
      else if (vals.length >= 3 && vals.every((v) => /^[1-9]\d{2}$/.test(v)) && !AMOUNT_HEADER.test(c.path[c.path.length - 1] ?? c.label)) c.role = 'text'
    }
  }
}

/** Labels of a column that numbers the rows or the columns (决算 总表: 项目 | 行次 | 金额). */
const ROW_NUMBER_LABEL = /(?:^|›\s*)(?:行次|栏次|行号|序号|编号)$/

/**
 * Rule `row-number-column`: a column headed 行次/序号 (wherever it stands), or whose cells count up one by one from
 * a small number (1, 2, 3… in three rows at least), numbers the rows: never an amount.
 */
export function isRowNumberColumn(label: string, vals: string[]): boolean {
  if (ROW_NUMBER_LABEL.test(label.trim()) && vals.every((v) => /^\d{1,4}$/.test(v))) return true
  if (vals.length < 3 || !vals.every((v) => /^\d{1,3}$/.test(v))) return false
  const n = vals.map(Number)
  return n[0] <= 2 && n.every((v, i) => i === 0 || v === n[i - 1] + 1)
}

/**
 * Rule `identifier-column`: a column headed 单位编码/单位代码/项目编号… whose cells are bare digit strings (no
 * separators, no decimals) identifies units or projects: never an amount.
 */
export function isIdentifierColumn(label: string, vals: string[]): boolean {
  // the total row's label may stand in it (合计 over the merged 编码 and 名称 cells)
  const ids = vals.filter((v) => !/^(?:合\s*计|总\s*计)$/.test(v))
  return /(?:编码|代码|编号|代号)$/.test(label.replace(/\s+/g, '')) && !/科目/.test(label) && ids.length > 0 && ids.every((v) => /^\d{3,}$/.test(v))
}

/** A row that gives the columns' numbers (栏次 1 2 3…) is part of the header, not data. */
export const isColumnNumberLabel = (name: string): boolean => /^(?:栏次|栏号|列次)$/.test(name.replace(/\s+/g, ''))

/**
 * Rule `code-segment-cell`: a bare two- or three-digit integer equal to a segment of the row's code (201 of
 * 2010601, 06, 01), in a row whose other figures carry separators or decimals, is that code's fragment slipped into
 * a figure column, not an amount.
 */
export function isCodeSegment(text: string, code: string | undefined, rowTexts: string[]): boolean {
  const t = text.trim()
  if (!code || !FRAGMENT.test(t)) return false
  const segments = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean)
  return segments.includes(t) && rowTexts.some((o) => o !== t && /^[-−]?\d[\d,]*[.,]\d/.test(o.trim()))
}

/** Count units a statistic row names (批次, 人次, 辆…), most specific first. */
const STATISTIC: [RegExp, string][] = [
  [/批次|（批）|\(批\)/, '批次'], [/人次/, '人次'], [/人数|（人）|\(人\)/, '人'], [/团组|（个）|\(个\)/, '个'],
  [/车辆|辆/, '辆'], [/（台）|\(台\)|台（套）/, '台'], [/次数|（次）|\(次\)/, '次'],
]

/**
 * Rule `statistic-row`: a row that counts (接待批次, 接待人次, 公务用车保有量（辆）) carries counts in that unit,
 * not money in the table's unit.
 */
export function statisticUnitOf(name: string): string | undefined {
  // "2016年比2015年增减%", "增长率", "增幅（%）": a row of rates, never money in the table's unit
  if (/(?:%|％|[（(]%[)）]|增减率|增长率|增幅|降幅|变动率)$/u.test(name.trim())) return '%'
  // 车辆运行费, 车辆购置支出: money spent on vehicles, never a count of them
  if (/(?:费|费用|支出|资金|补助|补贴|经费)(?:[（(][^）)]*[）)])?$/.test(name.trim())) return undefined
  // "供养对象就医接送车辆购置": a project buying or running vehicles, never their count (保有量, 辆数 count them)
  if (/车辆(?:购置|更新|运行|维护|维修|租赁|保险)/u.test(name) && !/数|量/u.test(name)) return undefined
  // 每门急诊人次平均收费水平, 出院者平均医药费用: money per visit or per patient, never a count of visits
  if (/平均|人均|次均/.test(name) && /费|收费/.test(name)) return undefined
  if (!/批次|人次|人数|团组|辆|（[人个台次批]）|\([人个台次批]\)|台（套）|次数|保有量/.test(name)) return undefined
  return STATISTIC.find(([re]) => re.test(name))?.[1] ?? '个'
}

/**
 * Rule `statistic-row`, whatever the layout the rows came from: the cells of a counting row (公务接待批次（批）,
 * 公务用车保有量（辆）) are counts in that unit, never money in the table's unit, so "1" is 1辆, not 1元.
 */
export function countStatisticRows(table: Table): void {
  for (const row of table.rows) {
    const unit = statisticUnitOf(row.name)
    if (!unit) continue
    for (const cell of row.cells) {
      if (!cell.amount || !isMoneyUnit(cell.amount.unit)) continue
      const { fen: _money, ...amount } = cell.amount
      cell.amount = { ...amount, unit }
    }
  }
}

/**
 * Rule `code-segment-zero`: 类/款/项 printed in columns of their own are joined into one code; 款 and 项 are two
 * digits, and a sheet that stored them as numbers prints 02 as "2" (201 | 2 | 1 is 2010201).
 */
export function joinCodeSegments(parts: string[]): string {
  const p = parts.map((s) => s.replace(/\s+/g, ''))
  if (p.length < 2 || !/^\d{3}$/.test(p[0])) return p.join('')
  return p.map((s, i) => (i > 0 && /^\d$/.test(s) ? '0' + s : s)).join('')
}

/**
 * "数量", "个数", "户数", "单位数（个）", "编制人数（人）": a column of counts; its unit the one its label prints, else 个
 * (人数: 人). "自评得分", "分值": a column of scores, in 分.
 */
const COUNT_COLUMN = /^(?:(?:编制|实有|在职|在编|年末|期末|职工|学生|单位)?(?:数量|个数|户数|单位数|数目|人数)|(?:编制|实有人员|在职人员|离退休人员)数)(?:[（(]\s*(个|户|人|名|辆|台|家)\s*[)）])?$/u
const SCORE_COLUMN = /^(?:自评|绩效|综合|评价)?(?:得分|评分|分值|分数)(?:[（(]\s*分\s*[)）])?$/u

/**
 * Rule `count-columns`: a table whose figures are counted, not spent ("部门机构情况" of a 决算: 项目 | 数量 | 比上年增减 |
 * 变动原因说明, "纳入决算汇编范围的独立核算单位共10个"): the cells of a column labelled 数量/个数/户数 are counts in its
 * unit, and so is the change column beside it when every value column of the table is counted — 9 is 9个, never 9元.
 */
export function countColumns(table: Table): void {
  const counted = new Map<number, string>()
  for (const c of table.columns) {
    const leaf = (c.path[c.path.length - 1] ?? c.label).replace(/\s+/g, '')
    // (or its group's: 编制数（名） › 行政, 实有人数（人） › 在职 — the head says what each column under it counts)
    const segs = [leaf, ...c.path.slice(0, -1).reverse().map((p) => p.replace(/\s+/g, ''))]
    const hit = segs.map((seg) => ({ seg, m: COUNT_COLUMN.exec(seg) })).find((x) => x.m)
    if (hit) counted.set(c.index, hit.m![1] ?? (/人数|人员/.test(hit.seg) ? '人' : /编制/.test(hit.seg) ? '名' : '个'))
    else if (SCORE_COLUMN.test(leaf)) counted.set(c.index, '分')
  }
  if (!counted.size) return
  const values = table.columns.filter((c) => !['code', 'name', 'text'].includes(c.role))
  const unit = [...counted.values()].find((u) => u !== '分') ?? '分'
  if (values.every((c) => counted.has(c.index) || c.role === 'change')) for (const c of values) if (!counted.has(c.index)) counted.set(c.index, unit)
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const u = counted.get(cell.column)
      if (!u || !cell.amount) continue
      const { fen: _money, ...amount } = cell.amount
      cell.amount = { ...amount, unit: u }
    }
  }
}
