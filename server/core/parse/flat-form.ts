import { moneyRoleOf } from './self-evaluation.js'
import type { SourceLine } from './source-lines.js'
import { isValueToken, joinText, tokenize } from './tokens.js'

/**
 * Stage `flat-form`: a 项目支出绩效自评表 copied as one line (a .docx or PDF attachment flattened to text, every cell a
 * word, no line breaks: "项目名称 某项目 主管部门 … 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
 * 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 …"). The form is the national template, so its own
 * words say where its lines were: the keys (项目名称, 主管部门, 实施单位), the 项目资金 header and one row per 资金来源,
 * 年度总体目标 over 预期目标 | 实际完成情况, the indicator header (一级指标 … 得分) and one row per indicator, its levels
 * (产出指标, 数量指标 …) carried down as a merged cell is. The line is read back into those lines, tab-separated, each
 * keeping the source line's number, so the self-evaluation parser reads it as any other. Words it cannot place (an
 * indicator row cut short where a copy ends) stay text; a line that is not such a form is left alone.
 */

/** Long enough to hold a form, and holding its money header and its indicator header. */
const MIN_LENGTH = 120
const TITLE = /自评表$/
const KEY = /^(?:项目名称|主管部门|实施单位|项目负责人|联系电话|项目单位|预算单位|资金用途|项目类型)[:：]?$/
const MONEY_GROUP = /^(?:项目资金|年度预算数|资金情况)/
const GOAL_HEAD = /^年度总体目标$/
const GOAL_LABEL = /^(?:预期目标|实际完成情况|年度目标|目标完成情况)$/
const PERFORMANCE = /^绩效指标$/
const INDICATOR_HEAD = /^(?:[一二三]级指标|指标名称|年度指标值|实际完成值|指标值|完成值|分值|权重|得分|偏差原因分析及改进措施|偏差原因|改进措施)$/
/** An indicator's levels in the template: 一级 (产出/效益/满意度, with its points) and 二级 (数量/质量/… 指标). */
export const LEVEL_ONE_WORDS = '产出|效益|满意度|效果|成本'
export const LEVEL_TWO_WORDS = '数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度'
export const LEVEL_ONE = new RegExp(`^(?:${LEVEL_ONE_WORDS})指标(?:[（(]\\d+(?:\\.\\d+)?分[)）])?$`)
const LEVEL_TWO = new RegExp(`^(?:${LEVEL_TWO_WORDS})指标$`)
const POINTS = /[（(]\d+(?:\.\d+)?分[)）]$/
/** A cell of prose (偏差原因分析及改进措施): a sentence, never an indicator's name or level. */
const SENTENCE = /^(?=.{6,})[^\t]*[，,。；;][^\t]*$/u
/** "(万元)", "（元）": a unit printed as a word of its own after its label. */
const UNIT_WORD = /^[（(](?:万元|元)[)）]$/

const line = (src: SourceLine, cells: string[]): SourceLine => ({ no: src.no, raw: src.raw, text: cells.join('\t') })

/** Words of the line, a unit printed apart joined to its label ("项目资金 (万元)" → "项目资金(万元)"). */
function wordsOf(text: string): string[] {
  const out: string[] = []
  for (const { tok } of tokenize(text)) {
    if (UNIT_WORD.test(tok) && out.length && !isValueToken(out[out.length - 1])) out[out.length - 1] += tok
    else out.push(tok)
  }
  return out
}

/** Whether the words hold the form's two headers: a money header (年初预算数 … 执行数) and an indicator header. */
function isFlatForm(words: string[]): boolean {
  const roles = new Set(words.map((w) => moneyRoleOf(w)))
  return (roles.has('initial') || roles.has('adjusted')) && roles.has('final') && words.some((w) => /^(?:三级指标|指标名称)$/.test(w)) && words.some((w) => KEY.test(w))
}

/** The lines of a flattened form, or undefined when the line is not one. */
export function unflattenForm(src: SourceLine): SourceLine[] | undefined {
  if (src.text.length < MIN_LENGTH || /[\t|]/.test(src.text)) return undefined
  const words = wordsOf(src.text)
  if (!isFlatForm(words)) return undefined
  const out: SourceLine[] = []
  let i = 0
  const titleAt = words.findIndex((w) => TITLE.test(w))
  const keyAt = words.findIndex((w) => KEY.test(w))
  // the words before the form (a file's debris, 附件:) and the title with its year
  const start = titleAt >= 0 && titleAt < keyAt ? titleAt : keyAt
  if (start > 0) out.push(line(src, [words.slice(0, start).join(' ')]))
  i = start
  if (titleAt >= 0 && titleAt < keyAt) {
    const title = [words[i++]]
    while (i < keyAt) title.push(words[i++])
    // "项目支出绩效自评表 2019年度)": a year whose opening bracket the copy lost is the title's bracketed year
    out.push(line(src, [title.reduce(joinText, '').replace(/\s*[（(]?((?:19|20)\d{2}年度?)[)）]$/u, '($1)')]))
  }
  // keys and their values, one line each, up to the money header
  const moneyAt = words.findIndex((w, k) => k >= i && (MONEY_GROUP.test(w) || moneyRoleOf(w) !== undefined))
  if (moneyAt < 0) return undefined
  while (i < moneyAt) {
    const key = words[i++]
    const value: string[] = []
    while (i < moneyAt && !KEY.test(words[i])) value.push(words[i++])
    out.push(line(src, [key, value.join(' ')]))
  }
  // the money header: its group word, then the column labels
  const head: string[] = []
  if (MONEY_GROUP.test(words[i]) && moneyRoleOf(words[i]) === undefined) head.push(words[i++])
  while (i < words.length && moneyRoleOf(words[i]) !== undefined && !isValueToken(words[i])) head.push(words[i++])
  out.push(line(src, head))
  // one row per 资金来源: its label and its figures; labels with no figure are rows left blank
  const goalAt = words.findIndex((w, k) => k >= i && (GOAL_HEAD.test(w) || PERFORMANCE.test(w) || INDICATOR_HEAD.test(w)))
  if (goalAt < 0) return undefined
  while (i < goalAt) {
    const label = words[i++]
    const figures: string[] = []
    while (i < goalAt && isValueToken(words[i])) figures.push(words[i++])
    // a 资金来源 left blank keeps a cell after its label: still a row of the grid
    out.push(line(src, [label, ...(figures.length ? figures : [''])]))
  }
  // 年度总体目标 | 预期目标 | 实际完成情况, then the two texts (as many texts as labels, else one line of text)
  const indicatorAt = words.findIndex((w, k) => k >= i && (PERFORMANCE.test(w) || INDICATOR_HEAD.test(w)))
  if (indicatorAt < 0) return undefined
  if (GOAL_HEAD.test(words[i])) {
    const goalHead = [words[i++]]
    while (i < indicatorAt && GOAL_LABEL.test(words[i])) goalHead.push(words[i++])
    const texts = words.slice(i, indicatorAt)
    if (goalHead.length > 1 && texts.length === goalHead.length - 1) out.push(line(src, goalHead), line(src, [goalHead[0], ...texts]))
    else out.push(line(src, [goalHead.join(' ')]), ...(texts.length ? [line(src, [texts.join(' ')])] : []))
    i = indicatorAt
  } else if (i < indicatorAt) { out.push(line(src, [words.slice(i, indicatorAt).join(' ')])); i = indicatorAt }
  // the indicator header (绩效指标 is the merged cell to its left)
  if (PERFORMANCE.test(words[i])) i++
  const indicatorHead: string[] = []
  while (i < words.length && INDICATOR_HEAD.test(words[i])) indicatorHead.push(words[i++])
  if (!indicatorHead.some((w) => /^(?:三级指标|指标名称)$/.test(w))) return undefined
  out.push(line(src, indicatorHead))
  out.push(...indicatorRows(src, words.slice(i), indicatorHead))
  return out
}

/**
 * Indicator rows: [一级] [二级] name target [actual] weight score. A row ends with its two figures (分值, 得分) before a
 * word that is no figure; the levels are carried down until the next is printed. Words left at the end (a row cut
 * short) are one line of text.
 */
function indicatorRows(src: SourceLine, words: string[], head: string[]): SourceLine[] {
  const out: SourceLine[] = []
  const levels = head.filter((w) => /^[一二]级指标$/.test(w)).length
  let one = ''
  let two = ''
  let cells: string[] = []
  const isLevelOne = (k: number) => LEVEL_ONE.test(words[k]) && (POINTS.test(words[k]) || !LEVEL_TWO.test(words[k]) || LEVEL_TWO.test(words[k + 1] ?? ''))
  for (let k = 0; k < words.length; k++) {
    const w = words[k]
    if (!cells.length && isLevelOne(k)) { one = w; two = ''; continue }
    if (!cells.length && LEVEL_TWO.test(w)) { two = w; continue }
    cells.push(w)
    const next = words[k + 1]
    const done = cells.length >= 4 && isValueToken(cells[cells.length - 1]) && isValueToken(cells[cells.length - 2]) && (next === undefined || !isValueToken(next))
    if (!done) continue
    // name and target first; the figures from the right: 得分, 分值, then 实际完成值 when printed
    const [name, target, ...rest] = cells
    const row = [...[one, two].slice(0, levels), name, target, ...rest]
    // as wide as the header: the columns after 得分 (偏差原因) were left blank, or hold the sentence printed next
    const filled = [...row, ...Array<string>(Math.max(0, head.length - row.length)).fill('')]
    if (row.length < head.length && next !== undefined && SENTENCE.test(next)) { filled[row.length] = next; k++ }
    out.push(line(src, filled))
    cells = []
  }
  const tail = [...(cells.length ? cells : [])]
  if (tail.length) out.push(line(src, [tail.join(' ')]))
  return out
}

/** Every line that is a flattened self-evaluation form, read back into its lines; other lines as they are. */
export function unflattenForms(lines: SourceLine[]): SourceLine[] {
  return restackForms(lines).flatMap((l) => unflattenForm(l) ?? [l])
}

/** A cell on a line of its own: short, no separator. */
const isCellLine = (s: string) => s !== '' && s.length <= 80 && !/[\t|]/.test(s)
const FORM_START = /^(?:项目支出绩效自评表|项目名称)$/
/** The template's words a copy breaks over two lines ("年初" / "预算数", "经济效益" / "指标"). */
const isTemplateWord = (w: string) => moneyRoleOf(w) !== undefined || INDICATOR_HEAD.test(w) || LEVEL_TWO.test(w) || LEVEL_ONE.test(w)
/** An indicator row the template leaves empty ("指标2", "……"): no row at all. */
const EMPTY_SLOT = /^(?:指标\d+|…+|\.{3,})$/
/** "指标1工程完工率": the template's own numbering before an indicator's name. */
const SLOT_NUMBER = /^指标\d+(?=\p{Script=Han})/u

/**
 * Stage `flat-form`, the same form copied one cell per line (a web page's table saved as text): the run of cell lines
 * from the form's title or 项目名称 is read as the one flattened line the rule above reads, its words broken over two
 * lines joined again, the template's empty slots and its indicator numbering left out. Lines that are not such a form
 * stay as they are.
 */
function restackForms(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim()
    if (!FORM_START.test(t)) { out.push(lines[i]); continue }
    let j = i
    const cells: string[] = []
    for (; j < lines.length && (isCellLine(lines[j].text.trim()) || lines[j].text.trim() === ''); j++) {
      const c = lines[j].text.trim()
      if (!c) continue
      const last = cells[cells.length - 1]
      if (last !== undefined && !isTemplateWord(last) && isTemplateWord(last + c)) cells[cells.length - 1] = last + c
      else if (!EMPTY_SLOT.test(c)) cells.push(c.replace(SLOT_NUMBER, '').replace(/\s+/g, ''))
    }
    const joined: SourceLine = { no: lines[i].no, raw: cells.join(' '), text: cells.join(' '), ...(j - 1 > i ? { last: lines[j - 1].no } : {}) }
    const form = j - i >= 20 ? unflattenForm(joined) : undefined
    if (!form) { out.push(lines[i]); continue }
    out.push(joined)
    i = j - 1
  }
  return out
}
