import type { Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf, CLAUSE_BREAK } from '../../tools/lib/prose.js'
import { linesText } from '../../tools/lib/verbatim.js'
import type { HandlerOutput } from '../answer-types.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `word-figure-asked`: "生均占地是多少", "有多少个班" — a number the prose prints right after a word that is no budget
 * term (a school's 生均, 班级, 在校生; a clinic's 床位), asked by that word (or its head, 生均 of 生均占地): the one clause
 * printing it, quoted as printed with its lines. Never money (a budget figure is the other readings'), never when
 * two clauses print such a number (which one is meant is not guessed).
 */
const ASKED = /多少|几/
/** the number right after the word: a few characters between at most ("生均71.92", "共有教学班 12 个") */
const AFTER = /^[^\d，,。；;：:]{0,4}?(\d[\d,]*(?:\.\d+)?)\s*(\S{0,3})/u
const RIGHT_AFTER = /^(\d[\d,]*(?:\.\d+)?)\s*(\S{0,3})/u
const MONEY = /^(?:万?元|亿元|千元)/u
/** a count (1240名, 12个): the count rules' (prose-count-asked), which read it with its counted noun */
const COUNT = /^(?:名|人|个|辆|项|台|家|批|场|期|所|户|次)/u
/** a word of money (土地出让收入, 培训经费): the budget readings' question, not this rule's */
const MONEY_WORD = /收入|支出|经费|资金|预算|决算|费用|费$|拨款|金额/u

export function answerWordFigure(run: ToolRunner, frame: QuestionFrame, t: Target): HandlerOutput | undefined {
  // a count asked (有多少人, 几个) is the count rules'
  // (a row another document's table names, "开放床位", that no table of this document holds is such a word here)
  // (words only: a subject's code is the tables' business)
  const c0 = frame.concepts[0]
  const elsewhere = frame.concepts.length === 1 && c0.kind === 'row' && !c0.code && !frame.unknown && /^\p{Script=Han}{2,}$/u.test(c0.surface) && !heldRow(t, c0.name) ? c0.surface : undefined
  if (!ASKED.test(frame.text) || (frame.concepts.length && !elsewhere) || !(frame.unknown || elsewhere) || frame.op === 'count' || frame.countNoun) return undefined
  const word = compactText(elsewhere ?? frame.unknown!)
  if (MONEY_WORD.test(word)) return undefined
  for (let n = word.length; n >= 2; n--) {
    const w = word.slice(0, n)
    // the word's head alone (生均 of 生均占地) only with its number right after it, nothing between
    const after = n === word.length ? AFTER : RIGHT_AFTER
    const hits = new Map<string, Paragraph>()
    for (const p of t.doc.paragraphs) {
      for (const s of sentencesOf(p.text)) {
        for (const clause of s.text.split(CLAUSE_BREAK)) {
          const c = compactText(clause)
          const k = c.indexOf(w)
          const m = k < 0 ? null : after.exec(c.slice(k + w.length))
          if (m && !MONEY.test(m[2]) && !COUNT.test(m[2])) hits.set(clause.trim(), p)
        }
      }
    }
    if (hits.size > 1) return undefined
    const [hit] = hits
    if (!hit) continue
    const [clause, p] = hit
    const c = paragraphCitation(t.doc, p, clause)
    run.cite(c)
    return { answer: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明：“${c.text ?? clause}”${linesText(p.lines)}。` }
  }
  return undefined
}

// (…or a column of its tables: 资产总额 of a 国有资产占用情况表, read there by the tables)
const heldRow = (t: Target, name: string) => t.doc.tables.some((x) => x.rows.some((r) => compactText(r.name).includes(compactText(name))) || x.columns.some((c) => compactText(c.label ?? '').replace(/[（(][^）)]*[)）]$/u, '') === compactText(name)))
