import type { Citation } from '../../schema.js'
import { linesText } from '../../tools/lib/verbatim.js'
import { compactText } from '../../search/normalize-text.js'
import type { Explanation } from '../../tools/explain-figure.js'
import type { Figure } from '../../tools/lib/figure.js'
import { fenOf, printed } from '../../tools/lib/money.js'
import { lastDigitFen, samePrinted } from '../../tools/lib/printed-precision.js'
import { figureText, accountsLabel, labelOf, orgYear, quoteOf, stageWord } from '../compose.js'
import { explanationFor } from '../figure-for.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import { THIS_YEAR_TOTAL } from './this-year-total.js'
import type { ToolRunner } from '../tool-runner.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'

/** A change the prose states for a subject: the explanation, its paragraph's citation and the reason's paragraph. */
export interface StatedChange { e: Explanation; c: Citation; more: Citation[] }

const DIR = { up: '增加', down: '减少', flat: '持平' } as const
const PCT_WORD = { up: '增长', down: '下降' } as const

/** The question's own words for a lexicon concept when they are another alias of it: 财政拨款收入 for 收入预算. */
export function writtenForm(v: Vocabulary, subject: ConceptHit): string | undefined {
  if (subject.kind !== 'lexicon' || !subject.surface) return undefined
  const own = compactText(subject.surface)
  if (own.length < 3 || own === compactText(subject.name)) return undefined
  // 本年收入合计 (this-year-total) is the printed line the words name, whatever concept the vocabulary read
  if (THIS_YEAR_TOTAL.test(own)) return subject.surface
  const concept = v.conceptOf(subject.name)
  return concept && v.conceptOf(own) === concept ? subject.surface : undefined
}

/** "财政拨款收入为790.40万元": the figure a sentence states for the subject asked in its own words, as printed. */
export function writtenFigure(v: Vocabulary, t: Target, subject: ConceptHit, e: Explanation): string | undefined {
  const name = writtenForm(v, subject)
  return name && e.statedAmount ? `${orgYear(t)}${name}${stageWord(t, name)}为${printed(e.statedAmount)}` : undefined
}

/**
 * The change the document's prose states for the subject against the baseline year asked: "比2022年预算增加1421.25万元",
 * "与2024年预算持平", "比2023年预算执行数减少57.14%". Only the document's own year is described by its prose, and only
 * a statement whose baseline is the year asked counts ("比上年" is the year before the document's).
 */
export function statedChange(run: ToolRunner, t: Target, subject: ConceptHit, base: number, fen?: number, printedName?: string): StatedChange | undefined {
  if (t.year !== t.doc.year) return undefined
  // (a figure read by the words the prose prints, "一般公共预算收入" of a place's report, is explained by those words, not
  // by the concept's name, 一般公共预算财政拨款收入, which no heading of that prose says)
  const why = explanationFor(run, t, printedName ?? subject.name, fen, false, writtenForm(run.vocabulary, subject))
  const ch = why?.e.change
  // "2024年度全年预算…支出决算…比上年决算减少…" in the 2025 document: the change of another year
  if (!why || !ch?.direction || (ch.year !== undefined && ch.year !== t.year)) return undefined
  const year = ch.baselineYear ?? (ch.baseline ? undefined : t.doc.year - 1)
  return year === base ? why : undefined
}

/** "比上年执行数", "比2023年决算", "比去年实际": the baseline asked is what was spent, not what was planned. */
const ACTUAL_ASKED = /(?:比|较|相比|与|和|跟|同)\s*(?:上一?年度?|去年|\d{4}\s*年度?)\s*(?:的)?\s*(?:当年)?(?:预算)?(?:执行数?|决算数?|实际)/
export const ACTUAL_WORD = /执行|决算|实际/

export const asksActualBaseline = (question: string) => ACTUAL_ASKED.test(question)

/** A baseline figure that is what was spent: a 决算 document's, or a column headed 执行数/决算数. */
export const isActualFigure = (f: Figure, stage: '预算' | '决算') => stage === '决算' || ACTUAL_WORD.test(f.column ?? '')

/** The stated change is against what was spent (比2023年预算执行数, 比上年决算). */
export const statesActualBaseline = (s: StatedChange) => ACTUAL_WORD.test(s.e.change?.baseline ?? '')

/** "比2023年预算执行数（711.34万元）减少57.14%", "与2024年预算持平": the stated change in words. */
/** A rate stated as the change itself ("比上年决算数字下降34.26%") is said as a rate (下降/增长), never "减少34.26%". */
export const changeVerb = (ch: { direction: 'up' | 'down' | 'flat'; text?: string }): string =>
  ch.direction !== 'flat' && ch.text?.endsWith('%') ? PCT_WORD[ch.direction] : DIR[ch.direction]

export function changeWords(e: Explanation): string {
  const ch = e.change!
  const base = ch.baseline || '上年'
  if (ch.direction === 'flat') return `与${base}持平`
  const prior = ch.baselineAmount ? `（${printed(ch.baselineAmount)}）` : ''
  const pct = ch.percent ? `，${PCT_WORD[ch.direction]}${ch.percent}` : ''
  return `比${base}${prior}${changeVerb(ch)}${ch.text ?? ''}${pct}`
}

/**
 * The answer from a stated change: the figure, the change as stated, the document's sentence quoted (with its
 * 主要原因). When the sentence states another amount than the table figure found for the subject, both are shown.
 */
export function statedChangeAnswer(run: ToolRunner, t: Target, subject: ConceptHit, f: Figure | undefined, s: StatedChange): string[] {
  const { e } = s
  run.cite(s.c, ...s.more)
  const stated = e.statedAmount
  const differs = statesOther(e, f)
  const name = writtenForm(run.vocabulary, subject) ?? (f && !differs ? accountsLabel(labelOf(f, subject.name), f, t.doc.scope) : subject.surface || subject.name)
  if (f) run.cite(f.citation)
  const shown = f && !differs ? figureText(f) : stated ? printed(stated) : undefined
  const head = shown ? `${orgYear(t)}${name}${stageWord(t, name)}为${shown}，据文件说明，${changeWords(e)}` : `据文件说明，${orgYear(t)}${name}${changeWords(e)}`
  return [head, `原文：${quoteOf(e)}`, ...tableDisagrees(e, f, subject.name)]
}

/** The sentence states the subject at another amount than the table figure found for it (not anchored to it). */
const statesOther = (e: Explanation, f: Figure | undefined): f is Figure =>
  !!f && !e.anchored && e.statedAmount !== undefined && fenOf(e.statedAmount) !== undefined && !samePrinted(e.statedAmount, f.fen)

/** Both amounts said when the sentence states the subject at another than the table: "文件表格中“X”为…，与这段文字所写的…不一致". */
export function tableDisagrees(e: Explanation, f: Figure | undefined, name: string): string[] {
  return statesOther(e, f) ? [`文件表格中“${labelOf(f, name)}”为${figureText(f)}，与这段文字所写的${printed(e.statedAmount!)}不一致`] : []
}

/**
 * A change computed from printed figures, set beside the one the prose states: the same, the same to the precision the
 * prose prints (differences of rounded 万元), or not the same — said plainly, with the document's sentence.
 */
export function agreementWith(s: StatedChange, computedFen: number | undefined, growth: boolean): string {
  const ch = s.e.change!
  const quote = quoteOf(s.e)
  const stated = statedFen(s.e)
  if (growth || computedFen === undefined || stated === undefined) return `文件说明：${quote}`
  const gap = Math.abs(computedFen - stated.fen)
  if (gap === 0) return `与文件的文字说明一致：${quote}`
  // each of the two rounded figures is off by up to half a unit: their difference by up to one
  if (gap <= stated.step) return `文件的文字说明写作${DIR[ch.direction!]}${ch.text}，是用取整后的数字算出的，与按表格计算的结果只差尾数：${quote}`
  // the prose's figure is not repeated: a wrong figure beside the right one is read as an answer
  const where = s.e.lines?.length ? linesText(s.e.lines) : ''
  const why = s.e.reason ? `文件说明的原因：${s.e.reason}` : undefined
  return [`文件的文字说明${where}所写的${DIR[ch.direction!]}额与按表格计算的结果不一致，以上按表格计算`, why].filter(Boolean).join('。')
}

/** "876.75万元" → the stated amount, signed fen (negative for a decrease), with one unit of its last printed digit. */
function statedFen(e: Explanation): { fen: number; step: number } | undefined {
  const ch = e.change!
  if (ch.direction === 'flat') return { fen: 0, step: 1 }
  const m = ch.text ? /^(-?[\d,]+(?:\.\d+)?)(亿元|万元|千元|元)$/.exec(ch.text) : null
  const a = m ? { text: m[1], value: m[1].replace(/,/g, ''), unit: m[2] } : undefined
  const fen = fenOf(a)
  if (!a || fen === undefined) return undefined
  return { fen: ch.direction === 'down' ? -fen : fen, step: lastDigitFen(a) ?? 1 }
}
