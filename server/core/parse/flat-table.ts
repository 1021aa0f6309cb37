import type { Table } from '../schema.js'
import type { SourceLine } from './source-lines.js'
import { TOTAL_LABEL, isValueToken, joinText, tokenize } from './tokens.js'

/**
 * A table that lost its line breaks (a PDF copied to text as one paragraph): its title, 单位：万元, the words of its
 * header, then each row as a label and its figures, all on one line ("…执行情况表 (财政预计数) 表一 单位:万元 2020年
 * 2021年 2021年 完成数 预算数 完成数 49,171 51,385 … 税收收入小计 27,631 33,385 …"). When the rows' figures come
 * in groups of one width, the line is read back into lines: the text before the title, the caption, the header rows
 * and one tab-separated line per row, every one keeping the source line's number, so the grid parser reads the
 * table as any other. A group cut short at the end (a truncated copy) is left as text, never a row.
 */

/** "<title>表 (subtitle) 表一 单位:万元": the caption of a table inside a line. */
const CAPTION = /(?<=^|\s)(?<title>[^\s]{4,60}?表)(?<sub>\s*[（(][^（）()]{1,20}[)）])?\s*(?<number>表\s*[一二三四五六七八九十\d]+(?:[-－]\d+)?)?\s*单位\s*[:：]\s*(?<unit>万元|元|千元|亿元)(?=\s|$)/gu
/** A cell left empty and printed as a dash: it still takes its column. */
const DASH = /^[-—－–]$/
/** Header words: a year, a name column's head, or a figure column's head (…数, …额, …率, %, 增长…). */
const YEAR = /^(?:19|20)\d{2}年度?$/
const NAME_HEAD = /^(?:收入|支出)?(?:项目|科目(?:名称)?|名称)$/
const VALUE_HEAD = /^(?:(?:19|20)\d{2}年度?)?[\p{Script=Han}、]{0,8}(?:数|额|率|[%％]|比例|比重|增减|增长|完成|执行|决算|预算|幅度)$/u
/** A head over several columns ("2023年决算比上年增、减情况" over 增、减额 | 增、减幅度): no column of its own. */
const GROUP_HEAD = /^(?:(?:19|20)\d{2}年度?)?[\p{Script=Han}、]{2,16}(?:情况|比较|对比)$/u
/** A figure broken off in the middle of a thousands group ("2,6"): the copy ends there. */
export const BROKEN = /^\d{1,3}(?:,\d{3})*,\d{1,2}$/
/** Fewer rows than this of one width is no table. */
const MIN_ROWS = 3

const isSlot = (t: string) => isValueToken(t) || DASH.test(t)

interface Group { label: string; values: string[] }

/** The rows of a data run: each a label (possibly empty: the first, a total whose label was lost) and its figures. */
function groupsOf(tokens: string[]): { groups: Group[]; rest: string[] } {
  const groups: Group[] = []
  let label: string[] = []
  let values: string[] = []
  for (const t of tokens) {
    if (isSlot(t)) { values.push(t); continue }
    if (values.length) { groups.push({ label: label.reduce(joinText, ''), values }); label = []; values = [] }
    label.push(t)
  }
  if (values.length) groups.push({ label: label.reduce(joinText, ''), values })
  return { groups, rest: values.length ? [] : label }
}

/** The width most rows share; undefined unless at least MIN_ROWS rows (all but a last one cut short) have it. */
function commonWidth(groups: Group[]): number | undefined {
  const count = new Map<number, number>()
  for (const g of groups) count.set(g.values.length, (count.get(g.values.length) ?? 0) + 1)
  const [width, n] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
  if (width < 2 || n < MIN_ROWS) return undefined
  // every row but the last has the width: one row of another width inside means the reading is wrong, unless it is
  // narrower and all its figures are 0 (a row of nothing whose change columns were left blank: "因公出国(境)费 0 0")
  return groups.slice(0, -1).every((g) => g.values.length === width || zeroRow(g, width)) ? width : undefined
}

const ZERO = /^(?:0+(?:\.0+)?|[-—－–])$/
const zeroRow = (g: Group, width: number) => g.values.length < width && g.values.length > 0 && g.values.every((v) => ZERO.test(v))
/** A zero row narrower than the table, its blank columns at the end. */
const padded = (g: Group, width: number): Group => (zeroRow(g, width) ? { ...g, values: [...g.values, ...Array<string>(width - g.values.length).fill('')] } : g)

/**
 * The header rows for `width` figure columns from the header's words: one row when each word heads one column, two
 * when the years were printed over the column words ("2020年 2021年 完成数 预算数": two rows flattened one after the
 * other). Columns whose heads were lost are left empty at the end. Undefined when the words do not fit.
 */
function headerRows(words: string[], width: number): string[][] | undefined {
  const name = words.length && NAME_HEAD.test(words[0]) ? words[0] : ''
  const all = name ? words.slice(1) : words
  // group heads take no column of their own: left out when the words outnumber the columns
  const heads = all.length > width ? all.filter((w) => !GROUP_HEAD.test(w)) : all
  const years = heads.findIndex((w) => !YEAR.test(w))
  const pad = (row: string[]) => [name, ...row, ...Array<string>(width - row.length).fill('')]
  if (years > 0 && heads.length === 2 * years && years <= width) {
    return [pad(heads.slice(0, years)), pad(heads.slice(years)).map((c, i) => (i === 0 ? '' : c))]
  }
  return heads.length <= width ? [pad(heads)] : undefined
}

/** Split the header's words from the rows: the header is the run of header words before the first row's label. */
function splitHeader(tokens: string[]): number {
  let k = 0
  while (k < tokens.length && !isSlot(tokens[k]) && !TOTAL_LABEL.test(tokens[k]) && (YEAR.test(tokens[k]) || NAME_HEAD.test(tokens[k]) || VALUE_HEAD.test(tokens[k]) || GROUP_HEAD.test(tokens[k]))) k++
  return k
}

const line = (src: SourceLine, text: string): SourceLine => ({ no: src.no, raw: text, text })

/** The lines one flattened table (or several, one after the other) reads back into; undefined when there is none. */
function unflattenLine(src: SourceLine): SourceLine[] | undefined {
  if (src.text.includes('\t')) return undefined
  const captions = [...src.text.matchAll(CAPTION)]
  if (!captions.length) return undefined
  const out: SourceLine[] = []
  let from = 0
  let found = false
  captions.forEach((c, k) => {
    const end = k + 1 < captions.length ? captions[k + 1].index! : src.text.length
    const tokens = tokenize(src.text.slice(c.index! + c[0].length, end)).map((t) => t.tok)
    const h = splitHeader(tokens)
    const { groups: read, rest } = groupsOf(tokens.slice(h))
    const width = commonWidth(read)
    const groups = width ? read.map((g, k) => (k < read.length - 1 ? padded(g, width) : g)) : read
    const header = width ? headerRows(tokens.slice(0, h), width) : undefined
    if (!width || !header) return
    found = true
    const before = src.text.slice(from, c.index!).trim()
    if (before) out.push(line(src, before))
    const g = c.groups!
    out.push(line(src, g.title), ...(g.sub ? [line(src, g.sub.trim())] : []), line(src, `${g.number ? `${g.number.replace(/\s+/g, '')} ` : ''}单位:${g.unit}`))
    out.push(...header.map((r) => line(src, r.join('\t'))))
    const whole = groups.filter((x) => x.values.length === width)
    out.push(...whole.map((x) => line(src, [x.label, ...x.values].join('\t'))))
    // a last row cut short where the copy ends (its last figure broken off: "印花税 2,335 2,6") stays a row, the
    // broken figure as printed (the table parser marks the table cut short); other words after the rows stay text
    const last = groups[groups.length - 1]
    const cut = last.values.length !== width && rest.length === 1 && BROKEN.test(rest[0])
    if (cut) out.push(line(src, [last.label, ...last.values, rest[0]].join('\t')))
    const tail = [...(cut || last.values.length === width ? [] : [[last.label, ...last.values].join(' ')]), ...(cut ? [] : rest)].join(' ').trim()
    if (tail) out.push(line(src, tail))
    from = end
  })
  if (!found) return undefined
  const after = src.text.slice(from).trim()
  if (after) out.push(line(src, after))
  return out
}

/** A table whose last row ends in a figure broken off ("2,6"): the copy was cut inside it, rows after it lost. */
export function isCutShort(t: Table): boolean {
  const cells = t.rows[t.rows.length - 1]?.cells.filter((c) => c.text.trim()) ?? []
  return cells.length > 0 && BROKEN.test(cells[cells.length - 1].text.trim())
}

/** A line that is one cell of a table stacked one cell per line: a single short token, no sentence. */
const CELL = /^\S{1,40}$/u
const TABLE_TITLE = /^\S{4,60}表$/u
const UNIT_LINE = /^[（(]?\s*(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元)\s*[)）]?$/u
/** Fewer stacked cells than this is no table. */
const MIN_CELLS = 8

/**
 * Rule `stacked-cells`: a table a page copied one cell per line (its title, 单位：万元, each header word, then each
 * row's label and figures on lines of their own, blank lines between). The cells are read as the flattened table
 * above reads one long line; each row keeps the number of the line its label is on.
 */
function stackedTable(lines: SourceLine[], i: number): { lines: SourceLine[]; end: number } | undefined {
  const title = lines[i].text.trim()
  if (!TABLE_TITLE.test(title)) return undefined
  let j = i + 1
  while (j < lines.length && !lines[j].text.trim()) j++
  const unit = UNIT_LINE.exec(lines[j]?.text.trim() ?? '')?.[1]
  if (!unit) return undefined
  const cells: SourceLine[] = []
  for (j++; j < lines.length; j++) {
    const t = lines[j].text.trim()
    if (!t) continue
    if (!CELL.test(t) || /[。；;]/u.test(t)) break
    cells.push(lines[j])
  }
  if (cells.length < MIN_CELLS || !cells.some((c) => isValueToken(c.text.trim()))) return undefined
  const text = `${title} 单位:${unit} ${cells.map((c) => c.text.trim()).join(' ')}`
  const read = unflattenLine({ no: lines[i].no, raw: text, text })
  if (!read) return undefined
  // each row at the line of its label (the first stacked cell with that text after the previous row's)
  let at = 0
  const placed = read.map((l) => {
    // a row whose label was lost (the total's) is at its first figure's line
    const [label, first] = l.text.split('\t')
    const key = label || (first && isValueToken(first) ? first : '')
    if (!l.text.includes('\t') || !key) return l
    const k = cells.findIndex((c, n) => n >= at && c.text.trim() === key)
    if (k < 0) return l
    at = k + 1
    return { ...l, no: cells[k].no }
  })
  const last = cells[cells.length - 1]
  return { lines: placed, end: lines.indexOf(last) + 1 }
}

/** "<title>表 县区名称 资金分配额(万元) 备注": a one-figure list's caption, its unit in the figure's head. */
const LIST_CAPTION = /(?<=^|\s)(?<title>[^\s]{4,60}?表)\s+(?<name>[\p{Script=Han}]{0,6}(?:名称|项目|单位))\s+(?<value>[\p{Script=Han}]{1,10}(?:额|数|金额|资金))\s*[（(](?<unit>万元|元|亿元)[)）](?:\s+备注)?(?=\s)/u

/**
 * Rule `flat-list-table`: a one-figure list that lost its line breaks ("…资金分配表 县区名称 资金分配额(万元) 备注 合计 4000
 * 乐都区 819 平安区 100 …"): read back into lines when its first row is the total and the others add up to it exactly
 * (three rows at least), the only proof a run of names and numbers is a table.
 */
function flatListLine(src: SourceLine): SourceLine[] | undefined {
  if (src.text.includes('\t')) return undefined
  const c = LIST_CAPTION.exec(src.text)
  if (!c?.groups) return undefined
  const after = src.text.slice(c.index + c[0].length)
  const tokens = tokenize(after).map((t) => t.tok)
  const { groups } = groupsOf(tokens)
  const rows: Group[] = []
  for (const g of groups) { if (g.values.length !== 1 || !g.label) break; rows.push(g) }
  const [total, ...parts] = rows
  if (!total || !TOTAL_LABEL.test(total.label) || parts.length < MIN_ROWS) return undefined
  const fen = (v: string) => Math.round(Number(v.replace(/,/g, '')) * 100)
  if (parts.reduce((a, g) => a + fen(g.values[0]), 0) !== fen(total.values[0])) return undefined
  // (the words after the last row stay text: "三、监督电话 …")
  const used = rows.reduce((n, g) => n + 2, 0)
  const rest = tokens.slice(tokens.findIndex((t) => t === total.label) + used).join(' ').trim()
  const before = src.text.slice(0, c.index).trim()
  const g = c.groups
  return [
    ...(before ? [line(src, before)] : []),
    line(src, g.title), line(src, `单位:${g.unit}`), line(src, `${g.name}\t${g.value}`),
    ...rows.map((r) => line(src, `${r.label}\t${r.values[0]}`)),
    ...(rest ? [line(src, rest)] : []),
  ]
}

/** Every line, with the flattened tables among them read back into lines (see above), stacked ones too. */
export function unflattenTables(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const stacked = lines[i].text.length <= 62 ? stackedTable(lines, i) : undefined
    if (stacked) {
      out.push(...stacked.lines)
      i = stacked.end - 1
      continue
    }
    const l = lines[i]
    out.push(...(l.text.length >= 40 ? unflattenLine(l) ?? flatListLine(l) ?? [l] : [l]))
  }
  return out
}
