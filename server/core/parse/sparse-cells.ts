import { cellRowBuilder } from './bare-cells.js'
import { isEmptyCellLine, type SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/** A figure cell: a number, a percentage, or a dash for nothing. */
const isFigure = (c: string) => isValueToken(c) || /^[-—–－]$/u.test(c)
const squeeze = (c: string) => c.replace(/\s+/gu, '')
/** A header cell of a table of one figure column a side: a side's name, a name column's head, its figure column's head. */
const SIDE_HEAD = /^(?:收入|支出)$/u
const NAME_HEAD = /^(?:(?:收入|支出)?(?:项目|科目)(?:名称)?|名称)$/u
const VALUE_HEAD = /^(?:(?:\d{4}年度?)?(?:本年|年初)?(?:预算|决算)数?|金额|合计)$/u
const isHead = (c: string) => SIDE_HEAD.test(c) || NAME_HEAD.test(c) || VALUE_HEAD.test(c)
/** A cell that is no cell: a sentence (a copy's closing remark, a note). */
const isSentence = (c: string) => c.length > 40 || /[。；;，,]/u.test(c)
const NUMERAL = '一二三四五六七八九十'
/** The list number a side's row opens with (一、 二、 … 十二、), or undefined. */
function numberOf(label: string): number | undefined {
  const m = /^([一二三四五六七八九十]{1,3})[、.．]/u.exec(squeeze(label))
  if (!m) return undefined
  const s = m[1]
  if (s.length === 1) return s === '十' ? 10 : NUMERAL.indexOf(s) + 1
  const tens = s[0] === '十' ? 1 : NUMERAL.indexOf(s[0]) + 1
  const ones = s[s.length - 1] === '十' ? 0 : NUMERAL.indexOf(s[s.length - 1]) + 1
  return tens * 10 + ones
}
/** A row that names its side: a total or a line of the income side (收入, 上年结转) or of the spending side. */
function sideNamed(label: string): 'income' | 'spending' | undefined {
  const s = squeeze(label)
  const income = /收入|上年结[转余]|年初结[转余]/u.test(s)
  const spending = /支出|结转下年|年末结[转余]/u.test(s)
  return income === spending ? undefined : income ? 'income' : 'spending'
}

type Side = 'income' | 'spending'

/**
 * Rule `sparse-cells`: a table of one figure column a side whose cells a page printed one per paragraph and whose
 * empty cells it dropped (a 收支总表 saved as text: "收 入", "支 出", "项 目", "项 目", "一、一般公共预算拨款收入",
 * "12200.67", "一、人员经费", "10746.88", "二、政府性基金预算拨款收入", "二、公用经费", "5.86"): every label is
 * followed by its figure or by nothing, so a label straight after a label had none. A one-sided table (项目, 预算数)
 * reads as its rows in order. A two-sided one (two 项目 heads, or 收入 and 支出) has lost which side each label
 * stood on: its labels alternate sides row by row, and each side's list numbers (一、 二、 …) run on, so a label is
 * placed on the side whose next number it carries, a total or a line that names its side (收入总计, 上年结转,
 * 结转下年) on that side, any other on the side the alternation gives; a number that fits neither side leaves the
 * table unread. Each row is rebuilt on its label's line, the other side's cells empty. Undefined unless every cell
 * up to the first sentence reads so.
 */
export function regroupSparseCells(lines: SourceLine[]): { rows: SourceLine[]; spans: Map<number, number>; caption?: number[] } | undefined {
  const cellLines = lines.filter((l) => l.text.trim() !== '' && !isEmptyCellLine(l))
  const cells = cellLines.map((l) => l.text.trim())
  let headEnd = 0
  while (headEnd < cells.length && isHead(squeeze(cells[headEnd]))) headEnd++
  const head = cells.slice(0, headEnd).map(squeeze)
  const names = head.filter((c) => NAME_HEAD.test(c)).length
  const values = head.filter((c) => VALUE_HEAD.test(c)).length
  const twoSided = names === 2 || (head.includes('收入') && head.includes('支出'))
  if (head.length < 2 || names < 1 || names > 2 || values > (twoSided ? 2 : 1) || (twoSided && values === 1)) return undefined
  // the body: labels, each followed by its figure or by nothing, up to the first sentence
  const end = cells.findIndex((c, i) => i >= headEnd && isSentence(c))
  const bodyEnd = end < 0 ? cells.length : end
  const body: { at: number; label: string; figure?: number }[] = []
  for (let i = headEnd; i < bodyEnd; i++) {
    if (isFigure(cells[i])) return undefined
    const figure = i + 1 < bodyEnd && isFigure(cells[i + 1]) ? i + 1 : undefined
    body.push({ at: i, label: cells[i], ...(figure !== undefined ? { figure } : {}) })
    if (figure !== undefined) i++
  }
  if (body.filter((r) => r.figure !== undefined).length < 2 || body.length < 3) return undefined
  const { rows, spans, push } = cellRowBuilder(cellLines, cells)
  if (!twoSided) {
    push(0, headEnd, cells.slice(0, headEnd))
    for (const r of body) push(r.at, (r.figure ?? r.at) + 1, [r.label, r.figure !== undefined ? cells[r.figure] : ''])
  } else {
    const sides: Side[] = []
    const next: Record<Side, number> = { income: 1, spending: 1 }
    for (const [k, r] of body.entries()) {
      const expected: Side = k === 0 ? 'income' : sides[k - 1] === 'income' ? 'spending' : 'income'
      const other: Side = expected === 'income' ? 'spending' : 'income'
      const n = numberOf(r.label)
      let side: Side
      if (n !== undefined) {
        if (n === next[expected]) side = expected
        else if (n === next[other]) side = other
        else return undefined
        next[side] = n + 1
      } else side = sideNamed(r.label) ?? expected
      sides.push(side)
    }
    if (!sides.includes('income') || !sides.includes('spending')) return undefined
    // the header as printed, each head over its side's cells: 收入 | | 支出 |, 项目 | 预算数 | 项目 | 预算数
    const headCells = (re: RegExp) => cells.slice(0, headEnd).filter((c) => re.test(squeeze(c)))
    const [sideCells, nameHeads, valueHeads] = [headCells(SIDE_HEAD), headCells(NAME_HEAD), headCells(VALUE_HEAD)]
    if (sideCells.length === 2) push(0, 1, [sideCells[0], '', sideCells[1], ''])
    const headAt = sideCells.length === 2 ? cells.findIndex((c) => NAME_HEAD.test(squeeze(c))) : 0
    push(Math.max(0, headAt), headEnd, [nameHeads[0] ?? '项目', valueHeads[0] ?? '', nameHeads[1] ?? nameHeads[0] ?? '项目', valueHeads[1] ?? ''])
    for (const [k, r] of body.entries()) {
      const pair = [r.label, r.figure !== undefined ? cells[r.figure] : '']
      push(r.at, (r.figure ?? r.at) + 1, sides[k] === 'income' ? [...pair, '', ''] : ['', '', ...pair])
    }
  }
  const caption = cellLines.slice(bodyEnd).map((l) => l.no)
  return { rows, spans, ...(caption.length ? { caption } : {}) }
}
