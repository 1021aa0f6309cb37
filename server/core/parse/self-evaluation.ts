import type { Cell, Column, ColumnRole, Field, Table } from '../schema.js'
import { parseAmount } from './amount.js'
import { filledCells, splitCells, squeezeHan, type SourceLine } from './source-lines.js'
import type { TableDraft } from './table-draft.js'
import { isValueToken } from './tokens.js'

/**
 * 项目支出绩效自评表: a form, not a ledger. Its 预算执行情况 block is a grid of its own: a header of money columns
 * (年初预算数 | 全年预算数(调整后) | 全年执行数 | 执行率 | 分值/权重 | 得分 | 偏差原因) over one row per 资金来源 (总额 /
 * 其中:财政资金 / 上年结转资金 / 单位资金 / 其他资金), each row's label followed by its figures.
 */
const MONEY_ROLE: [RegExp, ColumnRole][] = [
  [/年初预算/, 'initial'],
  [/调整后|调整预算|全年预算/, 'adjusted'],
  [/执行率|完成率/, 'completion'],
  [/执行数|实际支出|支出数/, 'final'],
  [/分值|权重/, 'weight'],
  [/得分/, 'score'],
  [/原因|说明/, 'reason'],
]
export const moneyRoleOf = (label: string): ColumnRole | undefined => MONEY_ROLE.find(([re]) => re.test(squeezeHan(label)))?.[1]

/** A form's instruction printed where an answer belongs ("对照年度目标,说明…(100字以内)"): not content. */
export const isFormPrompt = (s: string) => /[（(]\s*\d+\s*字以内\s*[)）]/.test(s)

const isMoneyHeader = (cells: string[]) => {
  const roles = new Set(cells.map(moneyRoleOf).filter(Boolean))
  return !cells.some(isValueToken) && (roles.has('initial') || roles.has('adjusted')) && (roles.has('final') || roles.has('completion'))
}

const unitOfLabels = (labels: string[]) => (labels.some((l) => /[（(]万元[)）]/.test(l)) ? '万元' : labels.some((l) => /[（(]元[)）]/.test(l)) ? '元' : undefined)

/**
 * The 预算执行 block of a self-evaluation form, as a table of its own (`open` makes it): columns by role, one row
 * per 资金来源. Labels a rowspan repeats down the block's left edge (预算执行情况(10分), 年度预算数(万元)) are the
 * block's, not a row's. Figures line up with the header by order: the first figure of the first funded row sits under
 * the first money label. Returns the lines it took, so the form does not read them again (as lines, not numbers: a form read back from one flat line has one number).
 */
export function readExecutionBlock(lines: SourceLine[], open: () => TableDraft): { taken: Set<SourceLine>; table?: Table } {
  const taken = new Set<SourceLine>()
  const at = lines.findIndex((l) => isMoneyHeader(filledCells(l.text)))
  if (at < 0) return { taken }
  const head = splitCells(lines[at].text)
  const first = head.findIndex((c) => moneyRoleOf(c))
  const labels = head.slice(first).filter(Boolean)
  const group = head.slice(0, first).filter(Boolean)
  const isGroup = (c: string, k: number) => c === head[k] || group.includes(c)
  // the column of the first figure in the first row that has one
  const body = lines.slice(at + 1)
  const figureAt = body.map((l) => splitCells(l.text)).map((cells) => cells.findIndex((c, k) => k >= Math.max(0, first - 1) && isValueToken(c))).find((k) => k >= 0)
  if (figureAt === undefined) return { taken }
  const draft = open()
  const { table } = draft
  const unit = unitOfLabels([...group, ...labels]) ?? draft.unit
  if (unit && !table.unit && (unit === '万元' || unit === '元')) table.unit = unit
  table.columns = [{ index: 0, path: ['资金来源'], label: '资金来源', role: 'name' }, ...labels.map((label, k): Column => ({ index: k + 1, path: [label], label: squeezeHan(label), role: moneyRoleOf(label) ?? 'text' }))]
  table.headerLines.push(lines[at].no)
  taken.add(lines[at])
  for (const l of body) {
    const cells = splitCells(l.text)
    const label = cells.slice(0, figureAt).map((c, k) => (c && !isGroup(c, k) ? c : '')).filter(Boolean).pop()
    const figures = cells.slice(figureAt)
    if (!label) {
      // a blank row under the block's repeated labels still belongs to the block
      if (cells.every((c, k) => !c || isGroup(c, k))) { table.headerLines.push(l.no); taken.add(l); continue }
      break
    }
    if (isMoneyHeader(filledCells(l.text)) || (!figures.some(isValueToken) && !/资金|拨款|结转|总额|合计|小计|财政|自筹|其他/.test(label))) break
    const row: Cell[] = [{ column: 0, text: label }]
    table.columns.slice(1).forEach((c, k) => {
      const text = (figures[k] ?? '').trim()
      const points = c.role === 'weight' || c.role === 'score'
      // 执行率 is a rate, printed with or without its %
      const amount = c.role !== 'reason' && c.role !== 'text' && isValueToken(text) ? parseAmount(text, points ? '分' : c.role === 'completion' ? '%' : unit) : undefined
      row.push(amount ? { column: c.index, text, amount } : { column: c.index, text })
    })
    const index = table.rows.length
    const part = index > 0 && /^(?:总额|合计|总计|小计)$/.test(squeezeHan(table.rows[0].name))
    draft.addRow({ name: squeezeHan(label), cells: row, lines: [l.no, l.no], level: part ? 1 : 0, ...(part ? { parent: 0 } : {}) })
    taken.add(l)
  }
  return { taken, table }
}

const GOAL_LABEL = /目标|完成情况|实际完成/

/**
 * Labels side by side over their texts (项目年度目标 | 年度目标完成情况, then the two texts on the next row): each text
 * is the field of the label above it, by column (a grid) or by order (a layout that dropped the empty cells).
 */
export function readGoalPairs(lines: SourceLine[], field: (key: string, value: string, line: number) => Field): { fields: Field[]; taken: Set<SourceLine> } {
  const fields: Field[] = []
  const taken = new Set<SourceLine>()
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = splitCells(lines[i].text)
    const next = splitCells(lines[i + 1].text)
    // a label a rowspan repeats on the text row (年度总体目标 | 预期目标 | 实际完成情况, then 年度总体目标 | text | text)
    // stands over the block, not over a text of its own
    const spanned = (k: number) => !!head[k]?.trim() && head[k].trim() === (next[k] ?? '').trim()
    const keys = head.map((c, k) => ({ c: c.trim(), k })).filter((x) => x.c && !spanned(x.k))
    if (keys.length < 2 || !keys.every((x) => GOAL_LABEL.test(x.c) && !isValueToken(x.c) && [...x.c].length <= 16)) continue
    const texts = next.map((c, k) => ({ c: c.trim(), k })).filter((x) => x.c && !spanned(x.k))
    if (!texts.length || texts.some((x) => GOAL_LABEL.test(x.c) && [...x.c].length <= 16)) continue
    // as many texts as labels: by order; else each label takes the text in its columns
    keys.forEach((x, n) => {
      const own = texts.length === keys.length ? texts[n] : texts.find((t) => t.k >= x.k && (n + 1 >= keys.length || t.k < keys[n + 1].k))
      fields.push(field(x.c, own?.c ?? '', lines[i + 1].no))
    })
    taken.add(lines[i]).add(lines[i + 1])
    i++
  }
  return { fields, taken }
}
