import { TABLE_NUMBER_AFTER } from '../../parse/tokens.js'
import { formRegions, NUMBERED_TITLE, renderForm } from './form.js'
import { groupLines, isFigure, type PdfLine, type PdfPage } from './geometry.js'
import { dropMargins } from './margins.js'
import { proseLine } from './prose-line.js'
import { renderTable, type OutLine } from './table.js'
import { rowGaps, wrapGap } from './wrap-gap.js'

type Kind = 'caption' | 'note' | 'tab' | 'short' | 'prose'

const UNIT = /单位\s*[:：]\s*(?:万元|元|千元|亿元)/
const META = /^(?:编制部门|编制单位|部门名称|单位名称|预算单位|填报单位|部门全称|预算主管部门|部门|单位)\s*[:：]/
const TITLE = /表(?:[（(][^（）()]{0,40}[）)])?$/
const NOTE = /^[（(]?\s*(?:备注|注|说明)\s*\d*\s*[:：]/
/** A table's number printed after its title: 公开03表, 附表3, 表三. */
const NUMBER_AFTER = new RegExp(String.raw`^${TABLE_NUMBER_AFTER}$|^附?表\s*[一二三四五六七八九十\d]{1,3}$`, 'u')
/** Leader dots of a table of contents: not a cell. */
const LEADER = /^[.…·．。\s\-—_]+$/

const cellsOf = (l: PdfLine) => l.chunks.filter((c) => !LEADER.test(c.text))
const textOf = (l: PdfLine) => l.chunks.map((c) => c.text).join('')

/** A unit, then the sentence going on ("万元，比", "元，下降", "%。主要原因"): a figure's unit set apart from it by a gap. */
const SENTENCE_GOES_ON = /^(?:[万亿千]?元|%|％|个|人次|人|辆|批次|次)[，。；、,;]/

/**
 * Rule `spaced-sentence`: prose whose figures the PDF set apart by gaps ("机关运行经费支出 142.80 万元，比 2023 年度减少
 * 13.52 万" / "元，下降 8.65%。…") looks like cells; a cell that carries on a sentence right after a figure's unit (or
 * a line that opens with a unit and a comma, the tail of a figure wrapped from the line above) is prose, never a row.
 */
function isSpacedSentence(cells: PdfLine['chunks']): boolean {
  return SENTENCE_GOES_ON.test(cells[0]?.text ?? '') || cells.some((c, k) => k > 0 && isFigure(cells[k - 1].text) && SENTENCE_GOES_ON.test(c.text.trim()))
}

/** What a line is, from its text and how many cells set apart by gaps it has. */
export function kindOf(l: PdfLine): Kind {
  const t = textOf(l)
  const cells = cellsOf(l)
  // (a numbered title is a caption though a wide space sets its number apart: "表2　一般公共预算支出表")
  // (…or a title with its table's number set apart after it: "支出决算表（续表）　公开03表", rule numbered-after)
  const titled = cells.length === 1 || (cells.length === 2 && (NUMBERED_TITLE.test(t) || (NUMBER_AFTER.test(cells[1].text.trim()) && TITLE.test(cells[0].text.trim()))))
  if (UNIT.test(t) || META.test(t) || (titled && t.length <= 60 && TITLE.test(t) && !/[。；]/.test(t))) return 'caption'
  if (NOTE.test(t)) return 'note'
  if (cells.length >= 2 && isSpacedSentence(cells)) return 'prose'
  if (cells.length >= 2) return 'tab'
  return t.length <= 24 && !/[。；，]$/.test(t) ? 'short' : 'prose'
}

/** A region is a table when some line has three cells, or two lines have a name and a figure. */
function isTableRegion(lines: PdfLine[]): boolean {
  const wide = lines.some((l) => cellsOf(l).length >= 3)
  const pairs = lines.filter((l) => cellsOf(l).length >= 2 && l.chunks.some((c) => isFigure(c.text))).length
  return wide || pairs >= 2
}

/**
 * Where the tables are: runs of lines of several cells (and the short lines among them: a wrapped name, a header
 * label), which may run over a page break. A caption, a note or a line of prose ends a run; short lines at a
 * run's end that are not the wrapped tail of its last row go back to the prose.
 */
export function regionsOf(lines: PdfLine[], kinds: Kind[]): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < lines.length) {
    const startable = kinds[i] === 'tab' || (kinds[i] === 'short' && kinds[i - 1] === 'caption' && kinds[i + 1] !== 'prose')
    if (!startable) { i++; continue }
    let j = i
    // rule heading-type-ends-table: a line set in type half again the table's smallest (a section heading on the next
    // page, "第二部分　2024年度部门决算情况说明", two cells apart) is no row of it
    let least = lines[i].h
    while (j < lines.length && (kinds[j] === 'tab' || kinds[j] === 'short') && !(j > i && lines[j].h >= 1.5 * least)) least = Math.min(least, lines[j++].h)
    let end = j
    const tail = (k: number) => {
      const l = lines[k]
      const p = lines[k - 1]
      return kinds[k] === 'short' && !/^(?:合\s*计|总\s*计)/.test(textOf(l)) && !(p.page === l.page && l.base - p.base <= 1.6 * l.h)
    }
    while (end - 1 > i && tail(end - 1)) end--
    if (isTableRegion(lines.slice(i, end))) { out.push([i, end]); i = end }
    else i = j
  }
  return out
}

/** Forms (绩效目标表) and table regions in reading order; tables are looked for only outside the forms. */
function regionsWithForms(lines: PdfLine[], kinds: Kind[]): { at: [number, number]; form: boolean }[] {
  const out: { at: [number, number]; form: boolean }[] = []
  let from = 0
  for (const [a, b] of [...formRegions(lines, (i) => kinds[i] === 'caption'), [lines.length, lines.length] as [number, number]]) {
    for (const [x, y] of regionsOf(lines.slice(from, a), kinds.slice(from, a))) out.push({ at: [from + x, from + y], form: false })
    if (a < b) out.push({ at: [a, b], form: true })
    from = b
  }
  return out
}

/** Every page's text as lines: forms read as forms, table regions as tab-separated grid rows, the rest as prose;
 * margins dropped. */
export function layoutPages(pages: PdfPage[]): OutLine[] {
  const lines = dropMargins(pages.map((p) => groupLines(p.number, p.items))).flat()
  const kinds = lines.map(kindOf)
  const regions = regionsWithForms(lines, kinds)
  const gapFallback = wrapGap(regions.flatMap(({ at: [a, b], form }) => (form ? [] : rowGaps(lines.slice(a, b)))))
  const out: OutLine[] = []
  let i = 0
  for (const { at: [a, b], form } of regions) {
    for (; i < a; i++) out.push(proseLine(lines[i]))
    out.push(...(form ? renderForm(lines.slice(a, b)) : renderTable(lines.slice(a, b), gapFallback)))
    i = b
  }
  for (; i < lines.length; i++) out.push(proseLine(lines[i]))
  return out
}
