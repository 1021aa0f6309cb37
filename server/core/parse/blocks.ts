import { CONTINUED_WORDS } from './tokens.js'
import type { MoneyUnit } from '../schema.js'
import { filledCells, isBlank, isPipeRow, type SourceLine } from './source-lines.js'
import { kindOfTitle } from './table-kind.js'
import { FORM_LINE, isHtmlTableEnd, isHtmlTableStart } from './html-table.js'
import { isCellLine } from './cell-lines.js'
import { isHeading, markerOf } from './prose.js'

export interface TableBlock {
  kind: 'table'
  number?: string
  title: string
  unit?: MoneyUnit
  caption: SourceLine[]
  body: SourceLine[]
  /** a table announced in the prose (rule announced-table): titled by the sentence, not one of the standard tables */
  announced?: boolean
  /** tab/pipe tables keep empty cells; space tables (flattened from PDF) lose them; html tables are `<table>` markup */
  mode: 'tab' | 'space' | 'html'
}
export interface ProseBlock {
  kind: 'prose'
  lines: SourceLine[]
}
export type Block = TableBlock | ProseBlock

const NUMBER = /^(?:表|附表|附件)\s*[一二三四五六七八九十百零\d]+(?:[-－—.]\s*\d+)?/
const NUMBER_LINE = new RegExp(NUMBER.source + '$')
/** "表1 2025年部门收支总表": a number and a title on one line. */
const NUMBERED_TITLE = new RegExp(NUMBER.source + '[\\s:：、.．]+(?=\\S)')
const TITLE_END = /(?:表|目录|公开指标)(?:[（(][^（）()]{0,40}[）)])?$/
const META = /^(?:部门全称|编制单位|编制部门|单位名称|部门名称|预算单位|填报单位|公开时段|统计时段|报告期|部门|单位(?=\s*[:：]\s*[^\s万元千亿])|预算年度|决算年度)\s*[:：]/
const SUBTITLE = /^[（(][^（）()]{1,40}[)）]$/
/** 单位：万元 at the end of a line, a bracketed remark after it allowed (金额单位：万元（类级科目列示年初预算数）) */
const UNIT_AT_END = /单位\s*[:：]\s*(万元|元|千元|亿元)(?:\s*[（(][^（()）]{1,40}[)）])?$/
/** "（单位：万元）" closing a line, alone or after a title ("表1 部门收支总表（单位：万元）"): the unit in brackets. */
const UNIT_BRACKET = /[（(]\s*(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元)\s*[)）]$/
/** A title's unit bracket, dropped from the title it closes. */
const UNIT_BRACKET_TAIL = new RegExp('\\s*' + UNIT_BRACKET.source)
/**
 * The unit at the right end of the title's own line, set apart by a gap ("表一 收支预算总表      单位：万元", as a
 * landscape page prints it when its text layer keeps the two in one run): the title before it is the table's (rule
 * `unit-after-title`).
 */
const UNIT_GAP_TAIL = /\s+(?:金额)?单位\s*[:：]\s*(?:万元|元|千元|亿元)(?:\s*[（(][^（()）]{1,40}[)）])?$/
const NOTE = /^[（(]?\s*(?:备注|注)\s*[:：]/
/** A continuation mark on a line of its own: （续表）, 续上表, (续). */
const CONTINUED_MARK = new RegExp(`^${CONTINUED_WORDS}$`, 'u')

/** The single text of a line that has one filled cell (tabs around a caption are layout, not cells). */
function single(l: SourceLine): string | undefined {
  const cells = filledCells(l.text)
  return cells.length === 1 ? cells[0] : undefined
}

/**
 * A table's number on a line of its own, as templates print it: 表一, 附表3, 表1-2, and the codes of disclosure
 * sets (部门公开表01, 公开01表, 预算02表, 单位公开表3-1).
 */
const CODE_NUMBER_LINE = /^(?:部门|单位)?(?:公开|预算|决算|收支)?(?:表\s*\d{1,2}(?:[-－—.]\d{1,2})?|\d{1,2}(?:[-－—.]\d{1,2})?\s*表)$/
const isNumberText = (s: string) => NUMBER_LINE.test(s) || (/^(?:部门|单位)?(?:公开|预算|决算)/.test(s) && CODE_NUMBER_LINE.test(s))
export const isNumberLine = (l: SourceLine) => isNumberText(single(l) ?? '')
/** A title named as a work, in book marks after a list number ("1.《收入支出决算总表》"): the title inside them. */
const BOOK_TITLE = /^(?:\d{1,2}[.．、]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*)?《([^《》]{2,60})》$/u
const unwrapTitle = (s: string) => BOOK_TITLE.exec(s)?.[1] ?? s

export function isTitleLine(l: SourceLine): boolean {
  const s0 = single(l)
  // (a caption row of fields, the unit's name and the table's number, 编制单位：某局 公开02表 单位：万元 or 部门：某局
  // 公开07表 单位：万元, is no title; nor is it with its unit on the next line, 编制单位：某局 公开05表)
  const bare = s0?.replace(UNIT_GAP_TAIL, '')
  const s = s0 && (META.test(bare!) || (bare !== s0 && /[:：]/u.test(bare!)) ? undefined : unwrapTitle(bare!))
  return !!s && s.length <= 80 && !/[。；]/.test(s) && TITLE_END.test(s)
}
export function unitOf(l: SourceLine): MoneyUnit | undefined {
  const cells = filledCells(l.text)
  const last = cells[cells.length - 1] ?? ''
  const t = last.replace(/\s+$/, '')
  return ((UNIT_AT_END.exec(t) ?? UNIT_BRACKET.exec(t))?.[1] as MoneyUnit | undefined) ?? undefined
}
const isMeta = (l: SourceLine) => META.test(filledCells(l.text)[0] ?? '')
const isSubtitle = (l: SourceLine) => SUBTITLE.test(single(l) ?? '')
/** A remark in brackets under a title that is not its unit (the unit is the caption's, not the title's). */
const isTitleRemark = (l: SourceLine) => isSubtitle(l) && !unitOf(l)
export const isNoteLine = (t: string) => NOTE.test(t.trim())
/** A flattened row: three or more cells set apart by runs of two or more spaces (full-width ones included). */
const isSpacedRow = (l: SourceLine) => !/[。；]$/.test(l.text.trim()) && l.text.trim().split(/\s{2,}/).length >= (/\S\u3000{2,}(?=\S)/.test(l.raw) ? 2 : 3)
const isTabular = (l: SourceLine) => l.text.includes('\t') ? filledCells(l.text).length >= 2 : isPipeRow(l.text) || isCellLine(l.text)

/**
 * Where a table starts at line index i: a number or title line followed, through caption-like lines only,
 * by a unit declaration or a tabular line. Returns the index of the first body line.
 */
export function tableStartAt(lines: SourceLine[], i: number): number | undefined {
  // rule cell-run-title: a short caption of no table word ("2016年决算数与2015年决算数对比情况") over a run of cells
  // one a line closed by pipes is that table's title
  if (!isNumberLine(lines[i]) && !isTitleLine(lines[i])) return captionOverCells(lines, i)
  // an unnumbered title followed by a numbered one ("第四部分 2025年部门预算表" / "表1 …") is a heading above the table
  const numbered = (l: SourceLine) => isNumberLine(l) || NUMBERED_TITLE.test(single(l) ?? '')
  const unnumbered = !numbered(lines[i])
  let sawTitle = isTitleLine(lines[i])
  // rule `unit-in-title`: a title closed by its unit in brackets ("表1 部门收支总表（单位：万元）") is a whole caption, as a
  // title over a unit line is, unless a sentence follows it (a heading of the prose that names a table)
  if (sawTitle && unitOf(lines[i])) {
    const next = nonBlankFrom(lines, i + 1, 1)[0]
    return next === undefined || isSentence(lines[next].text) || isTitleLine(lines[next]) || unitOf(lines[next]) ? undefined : afterCaption(lines, i + 1)
  }
  let openMeta = false
  for (let j = i + 1, seen = 0; j < lines.length && seen < 8; j++) {
    const l = lines[j]
    if (isBlank(l)) continue
    seen++
    // …but a bare number under a title (部门公开表01 under 2025年部门收支总表) is that title's own number
    // (a number that opens the caption row, 表一 编制单位：… 单位：万元, is the number of the title above it)
    if (unnumbered && numbered(l) && !isNumberLine(l) && !unitOf(l)) return undefined
    if (unitOf(l)) return sawTitle ? afterCaption(lines, j + 1) : undefined
    if (isHtmlTableStart(l.raw)) return sawTitle ? j : undefined
    // (a number line closed by pipes, 公开01表 | ||||, is the title's number, not the first row)
    if (isTabular(l) && !isMeta(l) && !isNumberLine(l)) return sawTitle ? j : undefined
    // no 单位： line: a title straight over a row of three or more cells set apart by wide gaps opens the table
    if (sawTitle && isSpacedRow(l) && !isMeta(l)) return j
    if (isTitleLine(l)) { sawTitle = true; openMeta = false; continue }
    if (isMeta(l)) { openMeta = /[:：]$/.test(filledCells(l.text).join('')); continue }
    if (isNumberLine(l) || isSubtitle(l)) continue
    if (openMeta && (single(l)?.length ?? 99) <= 40) { openMeta = false; continue }
    return undefined
  }
  return undefined
}

/** Cells one a line that make a table by their number alone, under a caption of any words. */
const CELL_RUN = 6
function captionOverCells(lines: SourceLine[], i: number): number | undefined {
  const s = single(lines[i])
  if (!s || s.length > 40 || /[。；;，,:：]/.test(s) || isCellLine(lines[i].text)) return undefined
  const next = nonBlankFrom(lines, i + 1, CELL_RUN)
  return next.length === CELL_RUN && next.every((k) => isCellLine(lines[k].text) && lines[k].text.trim() !== '|') ? next[0] : undefined
}

/** "…各项支出年初预算数、调整预算数与决算数对比如下表：": a sentence of the prose announcing the table under it. */
// (…or "现将…采购意向公开如下：": a notice's list announced, the grid right under it)
const ANNOUNCE = /(?:如|见)下表[:：]?$|下表(?:所示|列示)[:：]?$|(?:公开|公示|列示)如下[:：]$/
const announcesTable = (l: SourceLine) => !l.text.includes('\t') && ANNOUNCE.test(l.text.trim())

/**
 * Rule `announced-table`: a table printed in the prose with no title of its own, after a sentence announcing it
 * ("对比如下表："), starts under it: its grid is a tabbed line of 3+ cells within the next three, past untabbed header
 * words (科目编码 over 类 款 项). The sentence stays in the prose. Undefined when no grid follows.
 */
function announcedBody(lines: SourceLine[], from: number): number | undefined {
  const next = nonBlankFrom(lines, from, 3)
  const grid = next.findIndex((k) => isTabular(lines[k]) && filledCells(lines[k].text).length >= 3)
  if (grid < 0 || next.slice(0, grid).some((k) => (single(lines[k]) ?? '').length > 12)) return undefined
  return next[0]
}

/**
 * Rule `unit-over-grid`: a unit line alone (单位:元, its empty cells kept) straight over three or more rows of three
 * or more filled cells each, set apart by tabs or pipes: a table with no title (a unit's statement copied from its
 * spreadsheet). The unit line is its caption; undefined when anything else stands between.
 */
function unitOverGrid(lines: SourceLine[], i: number): number | undefined {
  if (!unitOf(lines[i]) || filledCells(lines[i].text).length !== 1) return undefined
  const next = nonBlankFrom(lines, i + 1, 3)
  return next.length === 3 && next.every((k) => (lines[k].text.includes('\t') || isPipeRow(lines[k].text)) && filledCells(lines[k].text).length >= 3) ? next[0] : undefined
}

/** The first body line after a unit declaration: meta lines (部门全称：…) may still follow it. */
function afterCaption(lines: SourceLine[], j: number): number {
  while (j < lines.length && (isBlank(lines[j]) || ((isMeta(lines[j]) || isSubtitle(lines[j])) && !lines[j].text.includes('\t')))) j++
  return j
}

const PROSE_END = /[。！？]$/
/** A line that ends a space-mode table: a sentence, not a cell. */
const isSentence = (t: string) => PROSE_END.test(t.trim()) && !t.includes('\t') && (t.trim().length > 30 || !/\s/.test(t.trim()))

/** A form's key alone on its line (年度绩效目标, 项目概况): the sentence after it is its value, not the table's end. */
const FORM_KEY_ALONE = /^(?:年度绩效目标|绩效目标|年度目标|项目概况|项目名称|实施单位|主管部门)[:：]?$/u
const afterFormKey = (lines: SourceLine[], j: number) => {
  let k = j - 1
  while (k >= 0 && isBlank(lines[k])) k--
  return k >= 0 && FORM_KEY_ALONE.test(lines[k].text.trim())
}

/** "表七　政府性基金预算支出表": the next table's numbered title ends a space-mode table, whatever follows it. */
const isNextTableTitle = (l: SourceLine) => { const t = l.text.trim(); return NUMBERED_TITLE.test(t) && TITLE_END.test(t) }

/** A section's title of an explanation: ends in 说明, 情况 or 概况, no longer than a title. */
const SECTION_TITLE = /^\S{4,40}(?:说明|情况|概况)$/u

/**
 * Rule `heading-after-gap`: a section heading with no figure after a blank line, over a sentence or another heading,
 * ends a space-mode table ("（二）收入预算情况" between the tables of an article); a row label never stands so.
 */
function headingAfterGap(lines: SourceLine[], j: number): boolean {
  const l = lines[j]
  const t = l.text.trim()
  // (…or a lead-in of one word closed by a colon, "具体说明：", over sentences)
  const leadIn = /[:：]$/.test(t) && !/\s/.test(t) && t.length > 3
  // (…or a numbered section's title of the explanation, "二、2023年区本级“三公”经费预算情况说明", printed right under
  // the table's last row with no gap: its title words say it is no row, its year no figure)
  const titled = !leadIn && !!markerOf(t) && SECTION_TITLE.test(t) && !/[。；;，,]/u.test(t)
  const heading = titled || isHeading(l)
  if ((!leadIn && (j === 0 || (!isBlank(lines[j - 1]) && !titled) || !heading)) || /\d/.test(t.replace(/(?:19|20)\d{2}年度?/gu, '').replace(/^\D*?[（(]?\d{1,2}[）)、.．]/, ''))) return false
  const next = nonBlankFrom(lines, j + 1, 1)[0]
  const n = next === undefined ? '' : lines[next].text.trim()
  return next === undefined || isSentence(n) || (/[:：]$/.test(n) && n.length > 30) || isHeading(lines[next])
}
const isTabbed = (l: SourceLine) => l.text.includes('\t') || isPipeRow(l.text) || isCellLine(l.text)

const cap = (caption: SourceLine[]) => caption.filter((l) => !isBlank(l))

/**
 * The lines at the end of a prose run that caption the table below it: a unit line (单位：万元), with a title line
 * or table number right above it. Nothing unless a unit line is there (a title alone may be a section heading).
 */
function captionAbove(prose: SourceLine[]): SourceLine[] {
  let k = prose.length
  while (k > 0 && isBlank(prose[k - 1])) k--
  // (a group's label under the unit line, "（续表）　单位：元" / "公用经费": the caption's too, rule group-over-html)
  const label = k > 1 && isGroupLabel(prose[k - 1]) && unitOf(prose[k - 2]) ? 1 : 0
  if (k === 0 || !unitOf(prose[k - 1 - label]) || (single(prose[k - 1 - label]) ?? '').length > 30) return []
  let start = k - 1 - label
  while (start > 0 && k - start < 3 && (isTitleLine(prose[start - 1]) || isNumberLine(prose[start - 1]))) start--
  // rule item-caption: a list item's label right over the unit line ("（2）免疫规划及重大传染病防控项目" / 单位：万元, one
  // form per project under a title printed once) is the table's own title
  if (start === k - 1 - label && start > 0 && ITEM_CAPTION.test(prose[start - 1].text.trim())) start--
  return prose.slice(start)
}

/** A line that only declares a unit: 单位：万元, （金额单位：元）. */
const UNIT_ONLY = /^[（(]?(?:金额)?单位[:：]\s*(?:万元|元|千元|亿元)[)）]?$/u

/** A list item's short label, no sentence: "（2）某某项目", "3.某某专项资金". */
const ITEM_NUMBER = /^(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))\s*/u
const ITEM_CAPTION = new RegExp(String.raw`${ITEM_NUMBER.source}[\p{Script=Han}（）()“”]{2,28}(?:项目|资金|工程|经费)$`, 'u')

/** "第三部分 2024年度部门决算情况说明": a heading of one of the document's parts. */
const PART_HEADING = /^第[一二三四五六七八九十]+部分\s*\S/

/** The index just after the </table> line of the HTML table opening at `at` (the end of the lines when it never closes). */
function htmlTableAfter(lines: SourceLine[], at: number): number {
  let end = at
  while (end < lines.length && !isHtmlTableEnd(lines[end].raw)) end++
  return Math.min(end + 1, lines.length)
}

/** Indexes of the first `n` non-blank lines from `from` on. */
function nonBlankFrom(lines: SourceLine[], from: number, n: number): number[] {
  const out: number[] = []
  for (let k = from; k < lines.length && out.length < n; k++) if (!isBlank(lines[k])) out.push(k)
  return out
}

/** A short label alone on its line, no sentence and no figure: 相关统计数, 其中, 补充资料. */
const isGroupLabel = (l: SourceLine) => /^[\p{Script=Han}（）()：:]{2,10}$/u.test(l.text.trim()) && !TITLE_END.test(l.text.trim())

/** Split a document's lines into prose runs and table blocks, keeping every line in exactly one block. */
export function segmentBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = []
  let prose: SourceLine[] = []
  const flushProse = () => { if (prose.length) blocks.push({ kind: 'prose', lines: prose }); prose = [] }
  let i = 0
  while (i < lines.length) {
    // an HTML table without a caption above it is still a table
    let bodyStart = tableStartAt(lines, i) ?? (isHtmlTableStart(lines[i].raw) ? i : undefined)
    // rule unit-over-grid: a page whose table has no title, only its unit line ("单位:元 | |||||") over rows of cells
    if (bodyStart === undefined) bodyStart = unitOverGrid(lines, i)
    const announced = bodyStart === undefined && announcesTable(lines[i]) ? announcedBody(lines, i + 1) : undefined
    const announcer = announced !== undefined ? lines[i] : undefined
    if (announced !== undefined) { prose.push(lines[i]); i++; bodyStart = announced }
    if (bodyStart === undefined) { prose.push(lines[i]); i++; continue }
    // a table with no caption of its own takes the 单位：万元 (and a title) printed just above it out of the prose
    const taken = bodyStart === i ? captionAbove(prose) : []
    prose = prose.slice(0, prose.length - taken.length)
    flushProse()
    const caption = [...taken, ...lines.slice(i, bodyStart)]
    // (each scan starts at the table, not at the top or with a copy of the rest: linear in a file of many tables)
    let htmlAt = nonBlankFrom(lines, bodyStart, 1)[0] ?? -1
    // rule `group-over-html`: a group's label on its own line between the caption and the <table> ("人员经费" over the
    // 基本支出表's first part, "公用经费" over its second) is the caption's, the table the markup's
    if (htmlAt >= 0 && !isHtmlTableStart(lines[htmlAt].raw) && isGroupLabel(lines[htmlAt])) {
      const next = nonBlankFrom(lines, htmlAt + 1, 1)[0] ?? -1
      if (next >= 0 && isHtmlTableStart(lines[next].raw)) {
        caption.push(...lines.slice(bodyStart, next))
        bodyStart = next
        htmlAt = next
      }
    }
    // rule `form-over-html`: a 绩效目标表 printing each project's form line ("项目名称：某项目　实施单位：某单位　项目资金：
    // 860.00万元") over its own <table> of indicators: the form lines and their tables are one block, project after project
    const formOver = (at: number) => at >= 0 && FORM_LINE.test(lines[at].text) && isHtmlTableStart(lines[nonBlankFrom(lines, at + 1, 1)[0] ?? at].raw)
    const perfCaption = () => kindOfTitle(cap(caption).filter(isTitleLine).map((l) => single(l)!).join(' ')) === 'performance'
    const formed = htmlAt >= 0 && formOver(htmlAt) && perfCaption()
    if (formed) htmlAt = nonBlankFrom(lines, htmlAt + 1, 1)[0]
    if (htmlAt >= 0 && isHtmlTableStart(lines[htmlAt].raw)) {
      // an HTML table runs from its <table> line to its </table> line, whatever its rows hold
      let end = htmlTableAfter(lines, htmlAt)
      // (…and on through the next project's form line and table)
      for (let at = nonBlankFrom(lines, end, 1)[0] ?? -1; formed && formOver(at); at = nonBlankFrom(lines, end, 1)[0] ?? -1) end = htmlTableAfter(lines, nonBlankFrom(lines, at + 1, 1)[0])
      blocks.push({ kind: 'table', ...captionOf(caption), caption, body: lines.slice(bodyStart, end), mode: 'html' })
      i = end
      continue
    }
    // a grid table may open with untabbed header lines ("2024年预算数" over the tabbed header cells)
    const head = nonBlankFrom(lines, bodyStart, 3).map((k) => lines[k])
    const lead = head.findIndex(isTabbed)
    const mode: TableBlock['mode'] = lead >= 0 && head.slice(0, lead).every((l) => !/\s{2,}/.test(l.text.trim())) ? 'tab' : 'space'
    const perf = kindOfTitle(cap(caption).filter(isTitleLine).map((l) => single(l)!).join(' ')) === 'performance'
    let j = bodyStart
    let grid = false
    for (; j < lines.length; j++) {
      const l = lines[j]
      if (isBlank(l)) continue
      if (tableStartAt(lines, j) !== undefined) break
      if (isNoteLine(l.text)) continue
      // a part heading of the document (第三部分 …情况说明) ends any table, a form-like one included
      if (PART_HEADING.test(l.text.trim())) break
      if (mode === 'tab') {
        if (isTabbed(l)) grid = true
        // a group's label on a line of its own inside the grid ("相关统计数" over the 三公 table's counts) goes on with it
        else if (grid && isGroupLabel(l) && nonBlankFrom(lines, j + 1, 1).some((k) => isTabbed(lines[k]) && tableStartAt(lines, k) === undefined)) continue
        else if (grid || !head.includes(l)) break
      } else if ((isSentence(l.text) && !(perf && (FORM_LINE.test(l.text) || afterFormKey(lines, j)))) || headingAfterGap(lines, j) || isNextTableTitle(l)) break
    }
    // trailing blank lines go back to the gap, not the table
    let end = j
    while (end > bodyStart && isBlank(lines[end - 1])) end--
    const body = lines.slice(bodyStart, end)
    // an announced table is titled by what the sentence says it shows ("各项支出年初预算数、调整预算数与决算数对比")
    const shown = announcer && single(announcer)?.split(/[。；]/).pop()?.replace(ANNOUNCE, '').replace(/[，,]?(?:具体)?$/, '')
    blocks.push({ kind: 'table', ...captionOf(caption), ...(shown ? { title: shown, announced: true } : {}), caption, body, mode })
    i = end
  }
  flushProse()
  return blocks
}

/** "表一 编制单位：… 单位：万元": the number opening the caption row under a title. */
const CAPTION_ROW_NUMBER = new RegExp('^(' + NUMBER.source.slice(1) + ')(?=\\s)')

/** Number, title and unit a table's caption lines declare. */
function captionOf(caption: SourceLine[]): Pick<TableBlock, 'number' | 'title' | 'unit'> {
  const capLines = cap(caption)
  // a table number alone on its line (公开01表, 预算02表) is the number, not a title nearer than the title
  const titled = capLines.filter(isTitleLine).map((l) => unwrapTitle(single(l)!.replace(UNIT_GAP_TAIL, ''))).filter((s) => !isNumberText(s))
  // (a caption of no table word over cells one a line, rule cell-run-title: the title it gives)
  // (a continuation mark alone over a group's label, "（续表）　单位：元" / "公用经费": the page after a table's first one,
  // titled so for the continued-table rule to join it)
  const mark = capLines.map((l) => (single(l) ?? '').replace(UNIT_GAP_TAIL, '').trim()).find((x) => CONTINUED_MARK.test(x))
  // (a project's label over the unit line, rule item-caption: its title)
  const item = capLines.map((l) => (single(l) ?? '').trim()).find((x) => ITEM_CAPTION.test(x))?.replace(ITEM_NUMBER, '')
  // (a unit line alone, 单位：万元, is no title)
  const titles = titled.length ? titled : mark ? [mark] : item ? [item] : capLines.length !== 1 || UNIT_ONLY.test((single(capLines[0]) ?? '').trim()) ? titled : [(single(capLines[0]) ?? '').replace(UNIT_GAP_TAIL, '')].filter(Boolean)
  const number = capLines.map(single).find((s) => s && isNumberText(s)) ?? titles.map((t) => NUMBERED_TITLE.exec(t)?.[0].trim().replace(/[:：、.．]$/, '')).find(Boolean)
    ?? capLines.filter(unitOf).map((l) => CAPTION_ROW_NUMBER.exec(l.text)?.[1]).find(Boolean)
  // several titles stacked over a table (a part heading 第二部分 …预算表, the caption of a table published as an image
  // just above, a page title over the table's own): the nearest is the table's
  const title = (titles[titles.length - 1] ?? '').replace(NUMBERED_TITLE, '').replace(UNIT_BRACKET_TAIL, '')
  const sub = capLines.filter(isTitleRemark).map((l) => single(l)!).join('')
  const unit = capLines.map(unitOf).find(Boolean)
  return { number, title: title + sub, unit }
}
