import { isTitleLine, unitOf } from './blocks.js'
import type { SourceLine } from './source-lines.js'
import { isValueToken } from './tokens.js'

/**
 * Rule `stacked-header`: a one-row table (a 三公 table: 合计 | 因公出国(境)费 | 公务用车购置及运行费 › 小计 · 购置费 ·
 * 运行费 | 公务接待费) copied from a web page one cell per line: under its caption, its header words one per line,
 * then its figures one per line. The header is read back into its rows: one row when there are as many words as
 * figures; two when one word heads a group (the words after a 小计 are its parts: one fewer figure than words, the
 * group's head being the top word that shares most of their characters). A word broken over two lines ("公务" /
 * "接待费") is joined when that makes the count fit. The rebuilt lines keep the source lines they stand for; lines
 * that are not such a table are returned as they are.
 */
export function regroupStackedHeader(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined
  let from = 0
  for (let i = 0; i < lines.length; i++) {
    if (!opensTable(lines, i)) continue
    const table = stackedAt(lines, i + 1)
    if (!table) continue
    out ??= []
    out.push(...lines.slice(from, i + 1), ...table.lines)
    from = table.end
    i = table.end - 1
  }
  return out ? [...out, ...lines.slice(from)] : lines
}

const MIN_WORDS = 3
const MIN_FIGURES = 2
const MAX_WIDTH = 12
const text = (l: SourceLine) => l.text.trim()
/** One header word on its own line: short, no figure, no field or sentence mark, no cell separator. */
const isWord = (s: string) => s !== '' && s.length <= 16 && !/[\t|:：。；;,，]/.test(s) && !isValueToken(s) && !/\d/.test(s)
const isFigureLine = (s: string) => /^[-—－–]$/.test(s) || (isValueToken(s) && !/\s/.test(s))
/** A table's caption ("一、2024年…“三公”经费支出预算表") or its 单位 line. */
const opensTable = (lines: SourceLine[], i: number) => !!unitOf(lines[i]) || (isTitleLine(lines[i]) && /表$/u.test(text(lines[i])))
const SUBTOTAL = /^小\s*计$/u
const TOTAL_WORD = /^(?:合\s*计|小\s*计|总\s*计)$/u

function stackedAt(lines: SourceLine[], start: number): { lines: SourceLine[]; end: number } | undefined {
  let i = start
  // a 单位 line under the caption belongs to the caption
  while (i < lines.length && (text(lines[i]) === '' || (i === start && unitOf(lines[i])))) i++
  const first = i
  const words: SourceLine[] = []
  while (i < lines.length && isWord(text(lines[i]))) words.push(lines[i++])
  const figures: SourceLine[] = []
  while (i < lines.length && isFigureLine(text(lines[i]))) figures.push(lines[i++])
  if (words.length < MIN_WORDS || figures.length < MIN_FIGURES || figures.length > MAX_WIDTH || words.length < figures.length) return undefined
  // the figures end the run: a further word is the next part of the page, another figure would be a second row
  const header = headerRows(words, figures.length)
  if (!header) return undefined
  const row = joined(figures.map(text), figures[0].no, figures[figures.length - 1].no)
  return { lines: [...lines.slice(start, first), ...header, row], end: i }
}

interface Cell { text: string; no: number; last: number }

function joined(cells: string[], no: number, last: number): SourceLine {
  const t = cells.join('\t')
  return { no, raw: t, text: t, ...(last > no ? { last } : {}) }
}

/** The header rows for `width` figures, or undefined when the words cannot be laid over them. */
function headerRows(words: SourceLine[], width: number): SourceLine[] | undefined {
  const cells: Cell[] = words.map((l) => ({ text: text(l), no: l.no, last: l.no }))
  for (const candidate of [cells, ...fragmentsJoined(cells)]) {
    if (candidate.length === width) return [joined(candidate.map((c) => c.text), candidate[0].no, candidate[candidate.length - 1].no)]
    const two = grouped(candidate, width)
    if (two) return two
  }
  return undefined
}

/** The words with one broken word joined to the next ("公务" + "接待费"), each way of doing it. */
function fragmentsJoined(cells: Cell[]): Cell[][] {
  const out: Cell[][] = []
  for (let k = 0; k + 1 < cells.length; k++) {
    const c = cells[k]
    if (c.text.length > 2 || TOTAL_WORD.test(c.text) || TOTAL_WORD.test(cells[k + 1].text)) continue
    out.push([...cells.slice(0, k), { text: c.text + cells[k + 1].text, no: c.no, last: cells[k + 1].last }, ...cells.slice(k + 2)])
  }
  return out
}

const hanSet = (s: string) => new Set(s.replace(/[^\p{Script=Han}]/gu, '').replace(/费|经|支出/gu, ''))

/** Two header rows: the top words, one of which heads the parts listed after a 小计 (its first part). */
function grouped(cells: Cell[], width: number): SourceLine[] | undefined {
  const split = cells.findIndex((c, k) => k > 0 && SUBTOTAL.test(c.text))
  if (split < 2) return undefined
  const top = cells.slice(0, split)
  const parts = cells.slice(split)
  if (parts.length < 2 || top.length - 1 + parts.length !== width) return undefined
  // the group's head shares the most characters with its parts (公务用车购置及运行费 over 公务用车购置费, 公务用车运行费)
  const partChars = parts.slice(1).map((p) => hanSet(p.text))
  const shared = top.map((t) => { const own = hanSet(t.text); return partChars.reduce((n, p) => n + [...p].filter((ch) => own.has(ch)).length, 0) })
  const best = Math.max(...shared)
  const head = shared.indexOf(best)
  if (best < 2 * (parts.length - 1) || shared.filter((n) => n === best).length > 1) return undefined
  const upper: string[] = []
  const lower: string[] = []
  for (const [k, t] of top.entries()) {
    if (k !== head) { upper.push(t.text); lower.push(''); continue }
    for (const [j, p] of parts.entries()) { upper.push(j === 0 ? t.text : ''); lower.push(p.text) }
  }
  return [joined(upper, top[0].no, top[top.length - 1].last), joined(lower, parts[0].no, parts[parts.length - 1].last)]
}
