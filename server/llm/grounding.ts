import type { Citation } from '../core/schema.js'
import { readAnswer, type StatedFigure } from './answer-figures.js'
import type { Fact } from './tool-facts.js'

/**
 * The grounding check, by meaning: each figure of the answer, read with its unit, must equal (or be a rounding to
 * at least three significant digits of) the value of a fact of this turn: a cited row's money, a paragraph's stated
 * figure, a computation's result. The sentence that states it must name that row (its name or code) or the
 * computation, and 增/减 must agree with the sign of a change. Ids, codes, years and tool inputs are never facts.
 */
export interface GroundingProblem {
  figure: string
  reason: 'no-source' | 'not-named' | 'sign'
}

export interface Grounding {
  problems: GroundingProblem[]
  /** exactly the citations of the facts the answer states */
  citations: Citation[]
}

/** Bare numbers (no unit) that may appear: the codes and years of what was cited. */
export interface BareAllowance {
  codes: Set<string>
  years: Set<string>
}

const OP_WORDS = /相差|差额|差|增加|减少|增长|下降|降低|合计|总计|共计|一共|总额|之和|占|比重|比例|变化|变动|相比|比上年|较上年|同比|多|少/

const pow10 = (n: number) => 10n ** BigInt(n)
const abs = (n: bigint) => (n < 0n ? -n : n)
const sigDigits = (n: bigint) => abs(n).toString().replace(/^0+/, '').length
/** a ÷ b rounded half up, for a, b ≥ 0 */
const roundDiv = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b)

function scaled(decimal: string): { int: bigint; places: number } {
  const [i, f = ''] = decimal.replace(/^-/, '').split('.')
  return { int: BigInt(i + f), places: f.length }
}

/** |fact| in the figure's unit equals the figure, exactly or rounded to the figure's decimals (≥ `minSig` digits). */
function sameMagnitude(f: StatedFigure, factAbs: { int: bigint; places: number }, minSig: number): boolean {
  const stated = scaled(f.digits)
  const k = stated.places
  // exact: stated / 10^k == fact / 10^places
  if (stated.int * pow10(factAbs.places) === factAbs.int * pow10(k)) return true
  if (f.chinese) return false
  const rounded = roundDiv(factAbs.int * pow10(k), pow10(factAbs.places))
  return rounded === stated.int && sigDigits(stated.int) >= minSig
}

/** The value matches, and a 增/减 word (or a minus sign) agrees with the sign of a change. */
function valueMatches(f: StatedFigure, fact: Fact): 'yes' | 'no' | 'sign' {
  let negative: boolean
  let magnitude: { int: bigint; places: number }
  if (f.kind === 'money' && fact.kind === 'money' && fact.fen !== undefined) {
    negative = fact.fen < 0n
    // fen → the figure's unit: fen / fenPerUnit, as a scaled decimal
    const places = f.fenPerUnit!.toString().length - 1
    magnitude = { int: abs(fact.fen), places }
    if (!sameMagnitude(f, magnitude, 3)) return 'no'
  } else if (f.kind === 'percent' && fact.kind === 'percent') {
    negative = fact.value!.startsWith('-')
    if (!sameMagnitude(f, scaled(fact.value!), 2)) return 'no'
  } else if (f.kind === 'count' && fact.kind === 'count' && (fact.unit === f.unit || fact.unit === '*')) {
    negative = fact.value!.startsWith('-')
    const a = scaled(fact.value!)
    const b = scaled(f.digits)
    if (a.int * pow10(b.places) !== b.int * pow10(a.places) || (fact.unit === '*' && b.places > 0)) return 'no'
  } else return 'no'
  if (f.direction) return fact.signed && (f.direction === 'down') === negative && !isZero(fact) ? 'yes' : 'sign'
  if (f.negative) return negative ? 'yes' : 'sign'
  return 'yes'
}

const isZero = (fact: Fact) => (fact.fen !== undefined ? fact.fen === 0n : Number(fact.value) === 0)

/** The forms of a row name an answer may use: "（一）社会保障和就业支出（类）" → 社会保障和就业支出, 社会保障和就业. */
export function nameForms(name: string): string[] {
  const base = name
    .replace(/[\s\u3000]/g, '')
    .replace(/^(?:其中[:：]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])+/, '')
    .replace(/[（(][^）)]*[)）]/g, '')
  const forms = [base, base.replace(/(?:支出|费用|经费|费)$/, '')]
  return [...new Set(forms)].filter((f) => f.length >= 2)
}

interface Mention {
  form: string
  start: number
  end: number
}

function mentionsIn(sentence: string, facts: Fact[]): Mention[] {
  const forms = new Set(facts.filter((f) => !f.computed).flatMap((f) => f.names.flatMap((n) => (/^\d+$/.test(n) ? [n] : nameForms(n)))))
  const out: Mention[] = []
  const compactSentence = sentence.replace(/[\s\u3000]/g, '')
  for (const form of forms) {
    for (let i = sentence.indexOf(form); i >= 0; i = sentence.indexOf(form, i + 1)) out.push({ form, start: i, end: i + form.length })
    // a name written with spaces inside ("社会保障 和就业支出"): present, placed at the sentence start
    if (!sentence.includes(form) && compactSentence.includes(form)) out.push({ form, start: 0, end: 0 })
  }
  return out
}

/** The row name the figure is stated for: the nearest name before it (the longest at a tie), else the first after it. */
function nearestMention(mentions: Mention[], at: number): Mention | undefined {
  const before = mentions.filter((m) => m.end <= at).sort((a, b) => b.end - a.end || b.form.length - a.form.length)
  if (before.length) return before[0]
  return mentions.filter((m) => m.start >= at).sort((a, b) => a.start - b.start || b.form.length - a.form.length)[0]
}

function named(fact: Fact, sentence: string, mentions: Mention[], at: number): boolean {
  if (fact.computed) return OP_WORDS.test(sentence) || fact.names.some((n) => nameForms(n).some((form) => sentence.includes(form)) || sentence.includes(n))
  const nearest = nearestMention(mentions, at)
  if (!nearest) return false
  const forms = fact.names.flatMap((n) => (/^\d+$/.test(n) ? [n] : nameForms(n)))
  return forms.some((form) => form === nearest.form || form.includes(nearest.form) || nearest.form.includes(form))
}

function bareAllowed(f: StatedFigure, facts: Fact[], allow: BareAllowance): boolean {
  if (!f.digits.includes('.') && (allow.codes.has(f.digits) || allow.years.has(f.digits))) return true
  // a value written without its unit still has to be one of the values stated
  return facts.some((fact) => {
    if (fact.kind === 'money') return false
    return fact.unit !== '*' && scaled(fact.value!).int === scaled(f.digits).int && scaled(fact.value!).places === scaled(f.digits).places
  })
}

/** Checks `answer` against this turn's facts; `citations` are those of the facts it states. */
export function checkGrounding(answer: string, facts: Fact[], allow: BareAllowance): Grounding {
  const problems: GroundingProblem[] = []
  const cited: Citation[] = []
  for (const s of readAnswer(answer)) {
    const mentions = mentionsIn(s.text, facts)
    for (const f of s.figures) {
      if (f.kind === 'bare') {
        if (!bareAllowed(f, facts, allow)) problems.push({ figure: f.text, reason: 'no-source' })
        continue
      }
      const byValue = facts.map((fact) => ({ fact, m: valueMatches(f, fact) }))
      const same = byValue.filter((x) => x.m === 'yes').map((x) => x.fact)
      if (!same.length) {
        problems.push({ figure: f.text, reason: byValue.some((x) => x.m === 'sign') ? 'sign' : 'no-source' })
        continue
      }
      const accepted = same.filter((fact) => fact.unit === '*' || named(fact, s.text, mentions, f.at))
      if (!accepted.length) {
        problems.push({ figure: f.text, reason: 'not-named' })
        continue
      }
      cited.push(...accepted.flatMap((fact) => fact.citations))
    }
  }
  return { problems, citations: cited }
}
