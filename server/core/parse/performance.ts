import type { Cell, Column, Field, Indicator } from '../schema.js'
import { parseAmount } from './amount.js'
import { filledCells, splitCells, squeezeHan, type SourceLine } from './source-lines.js'
import type { TableDraft } from './table-draft.js'
import { readExecutionBlock, readGoalPairs } from './self-evaluation.js'
import { LEVEL_ONE } from './flat-form.js'
import { isValueToken, joinText, tokenize, TOTAL_LABEL } from './tokens.js'

const OPERATOR = /^(?:≥|≤|=|＝|>|<|＞|＜|>=|<=|定性|定量)$/
const UNIT = /^(?:%|％|‰|人|名|万人|人次|万人次|次|个|册|元|万元|亿元|元\/人年|元\/人|天|日|户|家|台|套|项|分|辆|年|月|小时|件|篇|场|批|所|座|平方米|公里|吨|份|期)$/
/** "≥60%", "=21个", "≥12.6万人": operator, target and unit printed as one cell. */
const COMBINED = /^(≥|≤|=|＝|>|<|＞|＜|≧|≦)\s*(-?\d[\d,]*(?:\.\d+)?)(\S{0,6})$/
/** The column or form key that names the project when one table lists several projects. */
const PROJECT_KEY = /^(?:项目名称|专项资金名称)$/
const PROJECT_START = /^(?:项目名称|专项资金名称)/
const CORE = /^(?:是|否)$/
/** The indicator grid's header: 指标名称, 三级指标, 指标权重, or a bare 指标 column beside its 指标值/目标值 (一级指标 | 二级指标 | 指标 | 指标值). */
const INDICATOR_HEADER = /指标名称|三级指标|指标权重|(?:^|\t)\s*指\s*标\s*\t\s*(?:指标值|目标值)/
/** Form keys of 绩效目标表 across templates; PDF layouts wrap them, so they are matched without whitespace. */
const FORM_KEYS = [
  '项目名称', '专项资金名称', '业务主管部门', '主管部门', '预算执行率权重', '项目分类', '当年预算（万元)', '当年预算（万元）',
  '当年预算', '本级安排（万元)', '本级安排（万元）', '上级补助（万元)', '上级补助（万元）', '区级支出（元）', '补助镇街（元）',
  '部门(单位)名称', '部门（单位）名称', '部门支出预算数', '项目概况', '项目概述', '立项依据', '当年整体绩效目标', '当年绩效目标',
  '年度绩效目标', '功能科目', '项目金额（元）', '项目金额(元)', '项目金额', '预算金额', '资金来源',
  // (the 审批表 template: the project's period, owner and contact, its approval, then its money by 总预算 and 当年)
  '建设周期', '实施周期', '实施单位', '项目负责人', '联系电话', '项目审批', '项目总体概况', '年度主要目标和成果', '项目总预算',
  '财政资金预算分类', '当年年度预算', '其中:财政资金', '其中：财政资金', '财政资金科目代码', '其中:其它资金', '其中：其它资金',
  '其中:其他资金', '其中：其他资金', '年度预算执行率',
]

const isFormKey = (s: string) => FORM_KEYS.includes(squeezeHan(s).replace(/[:：]$/, ''))
/** "年度目标：完成……": a form key (a short Han label) and its value in one cell. */
const KEY_VALUE = /^([\p{Script=Han}（）()]{2,16})[:：]\s*(\S.*)$/u
/** "统防统治覆盖率≥45%": an indicator name run into its target with no separator. */
const NAME_TARGET = /^(.*\p{Script=Han})((?:≥|≤|≧|≦|>|<|＞|＜|=|＝)\s*-?\d[\d,]*(?:\.\d+)?\S{0,6})$/u

const ROLE: [RegExp, Column['role']][] = [
  [/^(?:指标名称|三级指标|指标)$/, 'name'], [/权重|分值/, 'weight'], [/计量单位|度量单位|^单位$/, 'unit'],
  [/指标性质|运算符/, 'operator'], [/完成值|实际值|实际完成/, 'actual'], [/指标值|目标值/, 'target'], [/是否核心/, 'core'],
  // 绩效自评表: the points scored and why the result missed the target
  [/得分/, 'score'], [/偏差|原因/, 'reason'],
]

const unitOfKey = (key: string, fallback: string) => /（元）|\(元\)/.test(key) ? '元' : /万元/.test(key) ? '万元' : fallback

/** Keys whose figures are numbers of another kind: 联系电话, 财政资金科目代码, 项目编码. */
const NOT_MONEY_KEY = /电话|代码|编码|编号|号码|邮编|文号/u
/** An amount with its parts in brackets after it: "680,000.00（其中：一般公共预算680,000.00）". */
const LEAD_AMOUNT = /^(-?\d[\d,]*(?:\.\d+)?)\s*[（(]其中/u

function field(key: string, value: string, line: number, unit: string): Field {
  // 其中：当年财政拨款 is the part 当年财政拨款 of the sum above it
  const k = squeezeHan(key).replace(/[:：]$/, '').replace(/^其中[:：]/, '')
  // (a phone number, a subject code, a project's number is no amount)
  // ("1,200,000.00（其中：一般公共预算1,200,000.00）": the amount before the bracket that splits it)
  const lead = LEAD_AMOUNT.exec(value.trim())?.[1]
  const figure = isValueToken(value) ? value : lead
  const amount = figure && !NOT_MONEY_KEY.test(k) ? parseAmount(figure, unitOfKey(k, unit)) : undefined
  return amount ? { key: k, value, amount, line } : { key: k, value, line }
}

/** Classify the cells after an indicator's name by their shape: templates disagree on column order. */
function indicatorOf(name: string, byRole: Partial<Record<Column['role'], string>>, levels: string[]): Indicator {
  const loose = [byRole.unit, byRole.operator, byRole.target].filter((v): v is string => !!v)
  const operator = loose.find((v) => OPERATOR.test(v))
  const rest = loose.filter((v) => v !== operator)
  const numeric = rest.filter(isValueToken)
  // a figure and one other word: the word is the unit even when it is not a unit we know
  const unit = rest.find((v) => UNIT.test(v)) ?? (numeric.length === 1 && rest.length === 2 ? rest.find((v) => v !== numeric[0]) : undefined)
  const target = rest.find((v) => v !== unit)
  const ind: Indicator = { name }
  if (byRole.weight) ind.weight = byRole.weight
  if (unit) ind.unit = unit
  if (operator) ind.operator = operator
  if (target) ind.target = target
  if (byRole.core) ind.core = byRole.core
  if (byRole.actual) ind.actual = byRole.actual
  if (byRole.score) ind.score = byRole.score
  if (byRole.reason) ind.reason = byRole.reason
  if (levels.length) ind.levels = levels
  return ind
}

/** Cells of an indicator row; `printed` holds cell texts as printed where they differ from the parts ("≥60%"). */
function indicatorCells(ind: Indicator, columns: Column[], printed: Map<number, string> = new Map()): Cell[] {
  const val: Partial<Record<Column['role'], string>> = {
    name: ind.name, weight: ind.weight, unit: ind.unit, operator: ind.operator, target: ind.target, core: ind.core, actual: ind.actual, score: ind.score, reason: ind.reason,
  }
  return columns.map((c) => {
    const text = printed.get(c.index) ?? val[c.role] ?? (c.role === 'text' && ind.levels ? ind.levels[columns.filter((x) => x.role === 'text').indexOf(c)] ?? '' : '')
    const figure = c.role === 'target' ? ind.target ?? '' : text
    const amount = (c.role === 'target' || c.role === 'weight') && isValueToken(figure) ? parseAmount(figure, c.role === 'target' ? ind.unit ?? '' : '%') : undefined
    return amount ? { column: c.index, text, amount } : { column: c.index, text }
  })
}

const columnsOf = (labels: string[]): Column[] =>
  labels.map((label, index) => ({ index, path: [label], label, role: ROLE.find(([re]) => re.test(label))?.[1] ?? 'text' }))

/**
 * 绩效目标表: form fields (项目名称, 当年预算…), then indicator rows with weight, unit, operator and target.
 * A table that lists several projects is split, one table per project (as templates that print one table per
 * project do): `next` opens the draft for the next project.
 */
export function parsePerformanceTable(lines: SourceLine[], draft: TableDraft, mode: 'tab' | 'space', next: () => TableDraft): void {
  if (mode === 'tab' && parseProjectList(lines, draft, next)) return
  const projects = splitProjects(lines)
  // a grid may repeat the form above each project's indicators, like the space layouts do
  if (mode === 'tab' && projects.length < 2) { parseProject(lines, draft, mode, next); return }
  projects.forEach((seg, i) => parseProject(seg, i === 0 ? draft : next(), mode, next))
}

/** A list's goal or indicator column: "年度绩效目标", "年度目标", "主要绩效指标". */
const LIST_GOAL = /目标|绩效指标/

/**
 * "单位名称 | 项目名称 | 功能科目 | 预算金额 | 年度绩效目标" (or "项目名称 | 年度绩效目标 | 主要绩效指标"): a list, one
 * project per row, its goal written as a sentence, no indicator grid. Each row becomes one project's table with its
 * cells as form fields (项目名称 first), as the templates that print one form per project give. A row whose cells do not
 * line up with the header (a name wrapped over two lines) is rejected, not guessed. False when the table is not a list.
 */
function parseProjectList(lines: SourceLine[], first: TableDraft, next: () => TableDraft): boolean {
  const at = lines.findIndex((l) => filledCells(l.text).length > 0)
  if (at < 0 || lines.some((l) => INDICATOR_HEADER.test(l.text))) return false
  const head = splitCells(lines[at].text).map((c) => squeezeHan(c))
  const projectAt = head.findIndex((c) => PROJECT_KEY.test(c))
  if (head.length < 3 || projectAt < 0 || !head.some((c, k) => k !== projectAt && LIST_GOAL.test(c)) || head.some((c) => isValueToken(c))) return false
  first.table.headerLines.push(lines[at].no)
  let draft: TableDraft | undefined
  for (const l of lines.slice(at + 1)) {
    const cells = splitCells(l.text).map((c) => c.trim())
    if (!cells.some(Boolean)) continue
    if (cells.length !== head.length || !cells[projectAt]) { (draft ?? first).reject(l, `project row has ${cells.length} cells but the list header has ${head.length}`); continue }
    draft = draft ? next() : first
    draft.table.fields.push(field(head[projectAt], cells[projectAt], l.no, draft.unit))
    head.forEach((label, k) => { if (k !== projectAt) draft!.table.fields.push(field(label, cells[k], l.no, draft!.unit)) })
  }
  return true
}

/** Space layouts repeat the form per project: a new 项目名称 after an indicator header opens the next project. */
function splitProjects(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [[]]
  for (const l of lines) {
    const cur = out[out.length - 1]
    const header = cur.find((x) => INDICATOR_HEADER.test(x.text))
    if (PROJECT_START.test(l.text.replace(/\s+/g, '')) && header && !headerSpread(header, l)) out.push([l])
    else cur.push(l)
  }
  return out
}

/**
 * A grid row whose first cells repeat the indicator header's own words (项目名称 | 预算金额 | …, the header's merged
 * cells spread down into the rows under it) is a row of the grid, not the next project's form (项目名称 | its name).
 */
function headerSpread(header: SourceLine, l: SourceLine): boolean {
  const [h, c] = [header, l].map((x) => splitCells(x.text).map((v) => squeezeHan(v)))
  return c.length >= 2 && h[0] === c[0] && h[1] === c[1]
}

function parseProject(lines: SourceLine[], draft: TableDraft, mode: 'tab' | 'space', next: () => TableDraft): void {
  const { table } = draft
  const h = lines.findIndex((l) => INDICATOR_HEADER.test(l.text))
  const form = h < 0 ? lines : lines.slice(0, h)
  table.headerLines.push(...form.map((l) => l.no))
  if (mode === 'tab') {
    // a label alone on its line, centred over the fund rows ("项目资金（元）"), gives the unit of the form's amounts
    const label = form.map((l) => filledCells(l.text)).find((c) => c.length === 1 && unitOfKey(squeezeHan(c[0]), '') !== '')
    const unit = label ? unitOfKey(squeezeHan(label[0]), draft.unit) : draft.unit
    // a self-evaluation form's 预算执行 grid is a table of its own; its goal labels stand over their texts
    const money = readExecutionBlock(form, next)
    const rest = form.filter((l) => !money.taken.has(l))
    const goals = readGoalPairs(rest, (k, v, no) => field(k, v, no, unit))
    // (a row of money keys over a row of their amounts: 项目资金 | 年度资金总额 | 其中：财政拨款 | 其他资金 / | 386.24 | 386.24 | 0.00)
    const over = keysOverValues(rest.filter((x) => !goals.taken.has(x)), unit)
    for (const l of over.taken) goals.taken.add(l)
    goals.fields.push(...over.fields)
    // the money grid's lines leave the form's header (a number the form's own lines share stays)
    const kept = new Set(rest.map((l) => l.no))
    const moneyLines = new Set([...money.taken].map((l) => l.no).filter((n) => !kept.has(n)))
    table.headerLines.splice(0, table.headerLines.length, ...table.headerLines.filter((n) => !moneyLines.has(n)))
    for (const l of rest.filter((x) => !goals.taken.has(x))) table.fields.push(...formFields(filledCells(l.text), l.no, unit))
    table.fields.push(...goals.fields)
    table.fields.sort((a, b) => a.line - b.line)
    const project = table.fields.find((f) => PROJECT_KEY.test(f.key))
    if (money.table && project) money.table.fields.unshift(project)
  } else table.fields.push(...formFieldsFromText(form, draft.unit))
  if (h < 0) return
  if (mode === 'tab') parseTabIndicators(lines.slice(h), draft, next)
  else parseSpaceIndicators(lines.slice(h), draft)
}

/**
 * Rule `keys-over-values`: a form's money keys printed on one row (its label first: 项目资金 | 年度资金总额 | 其中：财政拨款 |
 * 其他资金) with their amounts on the row under them, cell for cell (the label's own cell blank or repeated): each key
 * takes the amount under it.
 */
function keysOverValues(lines: SourceLine[], unit: string): { fields: Field[]; taken: Set<SourceLine> } {
  const fields: Field[] = []
  const taken = new Set<SourceLine>()
  lines.forEach((l, i) => {
    const below = lines[i + 1]
    if (!below || taken.has(l)) return
    const keys = splitCells(l.text).map((c) => c.trim())
    const values = splitCells(below.text).map((c) => c.trim())
    if (keys.length < 3 || values.length !== keys.length || !/资金|预算|金额/u.test(squeezeHan(keys[0]))) return
    const heads = keys.slice(1)
    const amounts = values.slice(1)
    if (heads.some((k) => !k || isValueToken(k)) || !heads.some((k) => /资金|预算|拨款|总额|金额/u.test(k))) return
    if (values[0] && squeezeHan(values[0]) !== squeezeHan(keys[0])) return
    if (!amounts.some((v) => isValueToken(v)) || amounts.some((v) => v && !isValueToken(v))) return
    const u = unitOfKey(squeezeHan(keys[0]), unit)
    heads.forEach((k, j) => fields.push(field(k, amounts[j], below.no, u)))
    taken.add(l).add(below)
  })
  return { fields, taken }
}

/** A goal's labels on one row with their texts between ("年度总体目标 | 预期目标 | … | 实际完成情况 | …"). */
const GOAL_ROW_HEAD = /^(?:年度)?(?:总体)?(?:绩效)?目标$/u
const GOAL_ROW_LABEL = /^(?:预期目标|年度目标|目标|实际完成情况|完成情况|实际完成)$/u

/**
 * Rule `goal-row`: the goal block printed on one row, its row label first and each label before its text: the
 * labels take the texts after them (预期目标 and the row's own label the plan, 实际完成情况 what was done).
 */
function goalRowFields(filled: string[], line: number, unit: string): Field[] | undefined {
  const cells = filled.map((c) => c.trim())
  if (cells.length < 3 || !GOAL_ROW_HEAD.test(squeezeHan(cells[0])) || !GOAL_ROW_LABEL.test(squeezeHan(cells[1]))) return undefined
  const out: Field[] = []
  for (let i = 1; i + 1 < cells.length; i += 2) {
    if (!GOAL_ROW_LABEL.test(squeezeHan(cells[i])) || GOAL_ROW_LABEL.test(squeezeHan(cells[i + 1]))) return undefined
    out.push(field(cells[i], cells[i + 1], line, unit))
  }
  return [field(cells[0], cells[2], line, unit), ...out]
}

/** Cells of one form row as fields: "key | value" pairs. */
function formFields(filled: string[], line: number, unit: string): Field[] {
  const goals = goalRowFields(filled, line, unit)
  if (goals) return goals
  // "项目名称：某项目" or "预算金额（万元）：900.00": key and value printed in one cell
  // ("其中：财政资金" before its figure is a key as a whole: a part of the sum above)
  const cells = filled.flatMap((c, k) => { const m = KEY_VALUE.exec(c); return m && !isValueToken(filled[k + 1] ?? '') ? [m[1], m[2]] : [c] })
  const out: Field[] = []
  const isLabel = (c: string | undefined) => !!c && !isValueToken(c) && /^[\p{Script=Han}（）()]{2,16}[:：]?$/u.test(squeezeHan(c))
  for (let i = 0; i < cells.length; i++) {
    const next = cells[i + 1]
    // a key followed directly by another key has an empty value (blank form cells): a known key, a label ending in a
    // colon ("项目负责人: | 财务负责人:"), or a label with its own figure after it ("项目资金（万元） | 年初预算数 | 200.00")
    const empty = next === undefined || isFormKey(next) || (/[:：]$/.test(cells[i]) && /[:：]$/.test(next)) ||
      (isLabel(cells[i]) && isLabel(next) && isValueToken(cells[i + 2] ?? '') && !isValueToken(cells[i]))
    out.push(field(cells[i], empty ? '' : next, line, unit))
    if (!empty) i++
  }
  return out
}

function parseTabIndicators(lines: SourceLine[], first: TableDraft, next: () => TableDraft): void {
  let draft = first
  const head = splitCells(lines[0].text)
  draft.table.headerLines.push(lines[0].no)
  const columns = columnsOf(head.map((c) => squeezeHan(c) || '绩效指标'))
  draft.table.columns = columns
  const nameAt = columns.findIndex((c) => c.role === 'name')
  // a grid that lists several projects carries 项目名称 (and its budget) as columns, filled on each project's first row
  const projectAt = columns.findIndex((c) => c.role === 'text' && PROJECT_KEY.test(c.label))
  const budgetAt = projectAt < 0 ? -1 : columns.findIndex((c) => c.role === 'text' && /预算|金额|资金/.test(c.label))
  // …and its goal (年度目标) as a column beside it: the project's, not a level of its indicators
  const goalAt = projectAt < 0 ? -1 : columns.findIndex((c) => c.role === 'text' && /目标$/.test(squeezeHan(c.label)))
  const levelCols = columns.filter((c) => c.role === 'text' && c.index !== projectAt && c.index !== budgetAt && c.index !== goalAt)
  // rule `project-rowspan`: a project's cells merged down its rows come spread over each of them (as readers spread
  // merged cells): the same name again is the same project, only another name opens the next one
  let current = ''
  for (const l of lines.slice(1)) {
    let cells = splitCells(l.text)
    // a row that lost its leading label cell: shift it so the name lands under 指标名称
    // (not a row whose trailing cells were left off, 偏差原因 blank: its first cell is the level the first column holds)
    if (nameAt > 0 && cells[0] && cells[0] !== head[0] && cells.length < head.length && !LEVEL_ONE.test(squeezeHan(cells[0]))) cells = ['', ...cells]
    const byRole: Partial<Record<Column['role'], string>> = {}
    // two columns under one label (a merged 三级指标 over two cells): the filled one counts
    columns.forEach((c) => { if (c.role !== 'text') byRole[c.role] = byRole[c.role] || (cells[c.index] ?? '').trim() })
    let name = byRole.name ?? ''
    const runOn = byRole.target === '' ? NAME_TARGET.exec(name) : null
    if (runOn) {
      name = runOn[1]
      byRole.name = name
      byRole.target = runOn[2]
      cells = cells.map((c, k) => (k === nameAt ? name : columns[k]?.role === 'target' ? runOn[2] : c))
    }
    if (!name) {
      if (!trailerRow(draft, cells, head, columns, l)) draft.reject(l, 'indicator row without an indicator name')
      continue
    }
    if (cells.length > head.length && cells.slice(head.length).some(Boolean)) { draft.reject(l, `table row has ${cells.length} cells but its header has ${head.length}`); continue }
    // the header's own word spread down into the first rows (项目名称 over a merged cell) names no project: those rows
    // are the first project's, named on a later row
    const cell = projectAt >= 0 ? (cells[projectAt] ?? '').trim() : ''
    const project = cell && squeezeHan(cell) !== squeezeHan(head[projectAt] ?? '') ? cell : ''
    if (project && project !== current) {
      const named = draft.table.fields.some((f) => PROJECT_KEY.test(f.key))
      current = project
      if (draft.table.rows.length && named) { draft = next(); draft.table.columns = columns }
      draft.table.fields.push(field(columns[projectAt].label, project, l.no, draft.unit))
      if (budgetAt >= 0) draft.table.fields.push(field(columns[budgetAt].label, (cells[budgetAt] ?? '').trim(), l.no, draft.unit))
      if (goalAt >= 0 && (cells[goalAt] ?? '').trim()) draft.table.fields.push(field(columns[goalAt].label, (cells[goalAt] ?? '').trim(), l.no, draft.unit))
    }
    // a label a rowspan repeats down the grid's left edge (绩效指标(90分)) is the grid's, not a level
    const levels = levelCols.map((c) => (cells[c.index] ?? '').trim()).filter((v, k) => v && v !== squeezeHan(head[levelCols[k].index] ?? ''))
    const ind = indicatorOf(name, byRole, levels)
    const printed = new Map(columns.filter((c) => c.role === 'text').map((c) => [c.index, (cells[c.index] ?? '').trim()]))
    draft.addRow({ name, cells: indicatorCells(ind, columns, printed), indicator: ind, lines: [l.no, l.no] })
  }
}

/** A form's closing row of points: 总分 (100 | 99.40), as a 合计 row is: its 分值 and 得分 are the form's totals. */
const SCORE_TOTAL = /^(?:自评)?总(?:分|得分)$/

/**
 * Rows under a self-evaluation form's indicators: the 合计 row (its 分值 and 得分 totals) is a total row; 评价结论 /
 * 存在问题 / 项目负责人 rows are form fields. False when the row is neither.
 */
function trailerRow(draft: TableDraft, cells: string[], head: string[], columns: Column[], l: SourceLine): boolean {
  const own = cells.map((c, k) => (c.trim() && squeezeHan(c) !== squeezeHan(head[k] ?? '') ? c.trim() : ''))
  const filled = own.filter(Boolean)
  if (!filled.length) return false
  if ((TOTAL_LABEL.test(squeezeHan(filled[0])) || SCORE_TOTAL.test(squeezeHan(filled[0]))) && columns.some((c) => c.role === 'score' || c.role === 'weight')) {
    const row = columns.map((c): Cell => {
      const text = c.role === 'text' || c.role === 'name' ? '' : own[c.index] ?? ''
      const amount = (c.role === 'weight' || c.role === 'score') && isValueToken(text) ? parseAmount(text, '分') : undefined
      return amount ? { column: c.index, text, amount } : { column: c.index, text }
    })
    draft.addRow({ name: squeezeHan(filled[0]), cells: row, lines: [l.no, l.no], isTotal: true })
    return true
  }
  if (filled.some(isValueToken) || !/^[\p{Script=Han}（）()]{2,12}[:：]?$/u.test(squeezeHan(filled[0]))) return false
  draft.table.fields.push(...formFields(filled, l.no, draft.unit))
  draft.table.headerLines.push(l.no)
  return true
}

function parseSpaceIndicators(lines: SourceLine[], draft: TableDraft): void {
  const { table } = draft
  let fragments: SourceLine[] = []
  const headWords: string[] = []
  let started = false
  for (const l of lines) {
    const words = tokenize(l.text).map((t) => t.tok)
    const isRow = words.some((w) => OPERATOR.test(w) || COMBINED.test(w)) && words.length >= 4
    if (!isRow) {
      if (started) fragments.push(l)
      else { table.headerLines.push(l.no); headWords.push(...words) }
      continue
    }
    if (!started) { started = true; table.columns = columnsOf(headLabels(headWords)) }
    const rest = [...words]
    const byRole: Partial<Record<Column['role'], string>> = {}
    const printed = new Map<number, string>()
    if (CORE.test(rest[rest.length - 1])) byRole.core = rest.pop()
    const combined = COMBINED.exec(rest[rest.length - 1] ?? '')
    if (combined) {
      const targetCol = table.columns.find((c) => c.role === 'target')
      if (targetCol) printed.set(targetCol.index, rest[rest.length - 1])
      rest.pop()
      byRole.operator = combined[1]
      byRole.target = combined[2]
      if (combined[3]) byRole.unit = combined[3]
    } else byRole.target = rest.pop()
    if (!combined && OPERATOR.test(rest[rest.length - 1] ?? '')) byRole.operator = rest.pop()
    if (!combined && UNIT.test(rest[rest.length - 1] ?? '')) byRole.unit = rest.pop()
    if (isValueToken(rest[rest.length - 1] ?? '')) byRole.weight = rest.pop()
    const name = rest.pop() ?? ''
    const levels = [...rest, ...(fragments.length ? [fragments.map((f) => f.text.trim()).reduce(joinText, '')] : [])]
    const first = fragments[0]?.no ?? l.no
    fragments = []
    const ind = indicatorOf(name, byRole, levels)
    draft.addRow({ name, cells: indicatorCells(ind, table.columns, printed), indicator: ind, lines: [first, l.no] })
  }
  for (const f of fragments) draft.reject(f, 'text after the last indicator row')
}

/** Header labels of a flattened indicator table, with wrapped fragments ("是否核心指" / "标") joined. */
function headLabels(words: string[]): string[] {
  const out: string[] = []
  for (const w of words.filter((x) => x !== '绩效指标')) {
    const prev = out[out.length - 1]
    if (prev && !/指标$|权重$|单位$|性质$|指标值$/.test(prev) && /^\p{Script=Han}{1,2}$/u.test(w)) out[out.length - 1] = prev + w
    else if (prev && /^是否核心指$/.test(prev)) out[out.length - 1] = prev + w
    else out.push(w)
  }
  return out
}

/** Form fields of a flattened 绩效目标表: the text between known keys, matched across wrapped lines. */
function formFieldsFromText(lines: SourceLine[], unit: string): Field[] {
  const parts: { text: string; line: number }[] = []
  for (const l of lines) for (const ch of l.text.replace(/\s+/g, '')) parts.push({ text: ch, line: l.no })
  const blob = parts.map((p) => p.text).join('')
  const hits: { key: string; at: number }[] = []
  for (const key of FORM_KEYS) {
    for (let at = blob.indexOf(key); at >= 0; at = blob.indexOf(key, at + 1)) {
      if (!hits.some((h) => at < h.at + h.key.length && h.at < at + key.length)) hits.push({ key, at })
    }
  }
  hits.sort((a, b) => a.at - b.at)
  return hits.map((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].at : blob.length
    const value = blob.slice(h.at + h.key.length, end).replace(/绩效指标$/, '').replace(/^[:：]/, '')
    return field(h.key, value, parts[h.at]?.line ?? lines[0].no, unit)
  })
}
