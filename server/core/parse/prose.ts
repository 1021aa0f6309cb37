import type { Paragraph, Section } from '../schema.js'
import { isBlank, type SourceLine } from './source-lines.js'

/** CJK characters and punctuation: Chinese prose wrapped by a PDF export joins without a space on either side. */
const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’、]$/u
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’、]/u
/** A number a page's wrap broke in Chinese prose ("服务类8" / "6.00万元。"): its digits join again. */
const NUMBER_CUT_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef][\d,.]*\d[,.]?$/u
const NUMBER_CUT_START = /^[\d,.]*\d[\d,.]*(?:[\p{Script=Han}%％，。、；]|$)/u
export const joinsWithoutSpace = (a: string, b: string) => CJK_END.test(a) || CJK_START.test(b) || (NUMBER_CUT_END.test(a) && NUMBER_CUT_START.test(b))

/** Heading markers, outermost first in the usual templates; actual nesting follows order of appearance. */
const MARKERS: [string, RegExp][] = [
  ['part', /^第[一二三四五六七八九十]+部分[:：\s]*/],
  ['han', /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  ['paren-han', /^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/],
  ['num', /^\d{1,2}\s*[、.．](?!\d)\s*/],
  ['paren-num', /^[（(]\s*\d{1,2}\s*[）)]\s*/],
]
const SENTENCE_END = /[。；;！？!?：:]$/
/** A line opening with the reason of a change: 主要原因是：, 增加的主要原因是, 原因是 */
const REASON_OPENS = /^(?:(?:增加|减少|增长|下降|变化|变动|增减)的?)?(?:主要)?原因(?:是|为|在于|主要是)?[:：，,]/u
/** A sentence stating a change against another year or the budget, a figure and its direction */
const CHANGE_STATED = /(?:增加|减少|增长|下降|增支|减支)[^。]{0,20}[\d.]+\s*(?:万元|亿元|元|%|％)[^。]*。$/u
/** A subject's label closed by its code and a colon: "（项）（2080502）：" */
const CODE_LABEL_END = /[（(]\d{3,7}[)）]\s*[：:]$/u
/**
 * A disclosure's own title on a line of its own ("某市2025年“三公”经费预算情况说明"): a year, a budget word, a
 * title word at the end and no clause punctuation. The prose after it is a new paragraph, not its continuation.
 */
const TITLE_LINE = /^[^，,。；;：:、]{0,60}(?:19|20)\d{2}\s*年度?[^，,。；;：:、]{0,40}(?:预算|决算|经费)[^，,。；;：:、]{0,16}(?:说明|情况|公开|报告)$/u

/**
 * Rule `year-part-line`: a 财政预算执行情况和预算草案的报告 is in two parts, often printed as a bare line each, unnumbered
 * ("2023年财政预算执行情况", "2024年预算草案"): a year, the account's words and the part's (执行情况, 草案, 安排), nothing
 * else. Such a line opens a part, as "第一部分" does, so the prose under it speaks of that year.
 */
const YEAR_PART = /^(?:19|20)\d{2}\s*年度?\s*(?:全[省市州盟区县旗镇乡])?\s*(?:财政)?\s*(?:收支)?\s*(?:预算)?\s*(?:执行情况|(?:预算)?草案|安排(?:情况)?)$/u

export function markerOf(text: string): string | undefined {
  return MARKERS.find(([, re]) => re.test(text))?.[0] ?? (YEAR_PART.test(text) ? 'part' : undefined)
}

/** The name of one of a disclosure's sections, closed by a full stop (部门职责。 机构设置。 单位构成。 人员情况。). */
const SECTION_NAME_STOP = /^[\p{Script=Han}]{0,6}(?:职责|职能|设置|构成|概况|情况|说明)。$/u

/** The words a section's title ends with: 执行情况, 预算草案, 发展概况, 主要措施… */
const SECTION_TITLE_END = /(?:情况|概况|说明|草案|安排|措施|建议|任务|目标|意见|计划)$/u

/** A heading: a marker followed by a short title that is not a sentence, or a short markdown heading. */
export function isHeading(line: SourceLine, next?: SourceLine): boolean {
  const t = line.text.trim()
  if (/^\s*#{1,6}\s/.test(line.raw)) return t.length <= 60
  if (YEAR_PART.test(t)) return true
  const m = MARKERS.find(([, re]) => re.test(t))
  if (!m) return false
  const rest = t.replace(m[1], '')
  // (a section's short name closed by a full stop, "1、部门职责。", "2、机构设置。", is still its heading, over prose;
  // over the next item of a list, "(2)保证监督职责。" then "(3)…", it is that list's item)
  if (SECTION_NAME_STOP.test(rest)) return !!next && !markerOf(next.text.trim())
  // longer "headings" are sentences wrapped by the PDF export; a colon followed by text is a definition
  // (…unless closed by a section's word: "一、“十一五”期间财政发展概况和2010年预算执行情况" is a part's title, rule
  // long-section-title)
  if (rest.length > 20 && rest.length <= 40 && SECTION_TITLE_END.test(rest) && !/[。；;，,:：]/u.test(rest)) return true
  return rest.length > 0 && rest.length <= 20 && !/[。；;，,]|[:：]./.test(rest)
}

/**
 * Sections and paragraphs of the prose. Lines broken mid-sentence (PDF wrapping, even across blank lines)
 * join into one paragraph; headings are paragraphs too, so every line lands somewhere.
 */
const HAN_DIGITS = '一二三四五六七八九十'
function ordinalOf(text: string): number | undefined {
  const m = /^[（(第]?\s*([一二三四五六七八九十]+|\d{1,2})/.exec(text)
  if (!m) return undefined
  if (/\d/.test(m[1])) return Number(m[1])
  const t = m[1]
  if (t === '十') return 10
  if (t.startsWith('十')) return 10 + HAN_DIGITS.indexOf(t[1]) + 1
  return HAN_DIGITS.indexOf(t[0]) + 1 + (t.length > 1 ? 9 : 0)
}

/** Heading styles open on the stack, with the ordinal each last used. */
export type HeadingStack = { style: string; ordinal?: number }[]

/**
 * Nesting level of a heading: a style already open closes everything below it; a new style nests deeper,
 * unless it continues the numbering of an open heading of another style ("1、…" then "二、…": a misprint).
 */
function levelFor(stack: HeadingStack, style: string, ordinal: number | undefined): number {
  if (style === 'part' || style === 'md') stack.length = 0
  let at = stack.findIndex((s) => s.style === style)
  if (at < 0 && ordinal !== undefined && ordinal > 1) {
    for (let i = stack.length - 1; i >= 0 && at < 0; i--) if (stack[i].ordinal === ordinal - 1) at = i
  }
  if (at >= 0) stack.length = at
  stack.push({ style, ordinal })
  return stack.length
}

/**
 * Rule `field-lines`: a form's particulars printed as "label: value" lines (部门(单位)名称: 某中心, 预 算 编 码: 906017,
 * 报告日期:2019年06月18日), two or more in a row, are each a paragraph of their own, never run together into one line
 * of prose; a sentence's own colon (其中:, 主要用于:) is no label, and a value holds no clause punctuation.
 */
const FIELD_LINE = /^(?!其中|包括|主要|如下|具体|分别|合计|共计|总计|注)\p{Script=Han}[\p{Script=Han} （）()]{1,14}[:：][ \u3000]*[^\s，,。；;][^，,。；;]{0,39}$/u
/**
 * Rule `field-cells`: a form copied one cell per line, a label on one line and its number on the next ("人员编制" then
 * "21", "联络电话" then "8690022"): the two are one paragraph, as the form's row printed them side by side.
 */
const FIELD_KEY_CELL = /^\p{Script=Han}{2,10}$/u
// (a whole number only: a count, a phone, a code; a date under a site's label or a sign-off is read by its own rules)
const FIELD_VALUE_CELL = /^\d{1,8}$/u

export function parseProse(docId: string, lines: SourceLine[], sections: Section[], paragraphs: Paragraph[], stack: HeadingStack): void {
  // a paragraph is kept as its pieces and joined once: testing the end of an ever longer joined string on every
  // line would make a file of one endless paragraph quadratic
  let open: { pieces: string[]; tail: string; length: number; first: number; last: number } | undefined
  const current = () => sections[sections.length - 1]?.id
  const emit = (text: string, first: number, last: number, heading = false) =>
    paragraphs.push({ id: `${docId}/p${paragraphs.length}`, docId, index: paragraphs.length, section: current(), heading, text, lines: [first, last] })
  const flush = () => {
    if (!open) return
    emit(open.pieces.join(''), open.first, open.last)
    open = undefined
  }
  let skipTo = -1
  // (a form's head is a run of such lines: one alone, "附件:1.某专项(推进…" wrapped by its page, is prose)
  const isField = lines.map((l) => !isBlank(l) && FIELD_LINE.test(l.text.replace(/\t+/g, ' ').trim()))
  const neighbour = (k: number, step: number) => { let j = k + step; while (j >= 0 && j < lines.length && isBlank(lines[j])) j += step; return j >= 0 && j < lines.length && isField[j] }
  const fieldLine = (k: number) => isField[k] && (neighbour(k, -1) || neighbour(k, 1))
  for (const [k, line] of lines.entries()) {
    if (isBlank(line) || k <= skipTo) continue
    const text = line.text.replace(/\t+/g, ' ').trim()
    let n = k + 1
    while (n < lines.length && isBlank(lines[n])) n++
    if (isHeading(line, lines[n])) {
      flush()
      const style = /^\s*#/.test(line.raw) && !markerOf(text) ? 'md' : markerOf(text)!
      const level = levelFor(stack, style, style === 'md' ? undefined : ordinalOf(text))
      const parent = [...sections].reverse().find((s) => s.level < level)?.id
      sections.push({ id: `${docId}/s${sections.length}`, level, title: text, line: line.no, ...(parent ? { parent } : {}) })
      emit(text, line.no, line.no, true)
      continue
    }
    if (fieldLine(k)) {
      flush()
      emit(text, line.no, line.no)
      continue
    }
    if (FIELD_KEY_CELL.test(text) && n < lines.length && FIELD_VALUE_CELL.test(lines[n].text.trim())) {
      flush()
      const value = lines[n].text.trim()
      emit(`${text} ${value}`, line.no, lines[n].no)
      skipTo = n
      continue
    }
    // the joined text ends as its last piece does
    // (rule subject-label-line: an item's subject label closed by its code and a colon, "…事业单位离退休（项）（2080502）：",
    // goes on in the statement on the next line, "2025年预算为20.50万元，…": one paragraph, as printed before the wrap)
    const labelGoesOn = !!open && CODE_LABEL_END.test(open.tail) && !markerOf(text)
    // (rule reason-goes-on: "主要原因是：…" opening a line right after a sentence stating a change is that change's
    // reason, one paragraph with it, however the page broke the lines)
    const reasonGoesOn = !!open && REASON_OPENS.test(text) && CHANGE_STATED.test(open.tail)
    const continues = open && (labelGoesOn || reasonGoesOn || (!SENTENCE_END.test(open.tail) && open.length >= 20 && !markerOf(text) && !TITLE_LINE.test(open.tail)))
    if (open && continues) {
      const piece = joinsWithoutSpace(open.tail, text) ? text : ` ${text}`
      open.pieces.push(piece)
      open.tail = text
      open.length += piece.length
      open.last = line.no
      continue
    }
    flush()
    open = { pieces: [text], tail: text, length: text.length, first: line.no, last: line.no }
  }
  flush()
}
