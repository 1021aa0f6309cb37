import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `prose-as-asked`: the question's own words for a concept, where the prose prints them with a figure and the
 * concept's prose forms find none: a 决算 states 收入总计, 本年收入合计 and 本年支出合计 apart ("收入总计434.72万元，其中：
 * 本年收入合计434.16万元"), where the vocabulary reads them all as the income or spending total.
 */
export function proseAsAsked(run: ToolRunner, t: Target, subject: ConceptHit): Figure | undefined {
  const place = t.doc.scope.startsWith('财政')
  // (a place's report prints a fund's side whole as one line, 一般公共预算总收入: asked with the fund's name, read so)
  if (subject.fund && place) {
    const r = run.run('find-prose-figure', { docId: t.doc.id, name: subject.fund + compactText(subject.surface), kind: 'money', asPrinted: true })
    if (r.ok) return r.figures[0]
  }
  // (a place's report states both sides of a fund: the side asked after the row's name is part of the words asked)
  const asked = compactText(subject.surface) + (place && subject.side ? subject.side : '')
  // (总收入, 总支出: three characters that name a side's whole as a unit's pages print it; a place's report printing one
  // fund's 总收入, 一般公共预算总收入, is asked its 总收入 by that line)
  const sideWhole = /^总(?:收入|支出)$/u.test(asked) && !subject.tableKind
  // (a row read from the question's words, 一般公共预算收入 → a table's 一般公共预算财政拨款收入, is asked in those words of a
  // place's report, which prints no such table)
  const placeWords = subject.kind === 'row' && !subject.code && place
  if ((subject.kind !== 'lexicon' && !placeWords) || (asked.length < 4 && !sideWhole) || asked === compactText(subject.name)) return undefined
  // (the side's total asked, "一般公共预算收入总计", is its line as printed with that word, before the side's own amount)
  if (place && subject.sideTotal) {
    const total = run.run('find-prose-figure', { docId: t.doc.id, name: asked + subject.sideTotal, kind: 'money', asPrinted: true })
    if (total.ok) return total.figures[0]
    // (…or "一般公共预算收入实现111.11万元,加上…,收入总计1,867.48万元": the side's total in a sentence naming the row's words)
    const bare = run.run('find-prose-figure', { docId: t.doc.id, name: `${subject.side}${subject.sideTotal}`, kind: 'money', asPrinted: true, near: [compactText(subject.surface)] })
    // (its paragraph, up to it, speaks last of the row's fund: "一般公共预算收入实现…。加上…,收入总计…")
    const fundBefore = (x: Figure) => {
      const p = t.doc.paragraphs.find((y) => y.id === x.citation.paragraphId)
      const text = compactText(foldMeaning(p?.text ?? ''))
      const before = text.slice(0, text.indexOf(x.amount.text))
      return [...before.matchAll(FUND_WORD)].pop()?.[0]
    }
    const own = new RegExp(FUND_WORD.source, 'u').exec(compactText(subject.surface))?.[0]
    const f = own && bare.ok ? bare.figures.find((x) => fundBefore(x) === own) : undefined
    if (f) return f
  }
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: asked, kind: 'money', asPrinted: true, ...(subject.qualifier ? { near: [subject.qualifier] } : {}) })
  if (!r.ok) return undefined
  // (printed as a fund's whole, 一般公共预算总收入, it is that fund's, never a unit's side)
  if (sideWhole && !place && new RegExp(`(?:预算|基金|财政)${asked}`, 'u').test(compactText(foldMeaning(r.figures[0].citation.text ?? '')))) return undefined
  return r.figures[0]
}

/** A fund's name in words already compact: the last one said before a figure is whose it is. */
const FUND_WORD = /一般公共预算|政府性基金|国有资本经营|社会保险基金/gu
