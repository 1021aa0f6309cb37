import type { Amount, MoneyUnit } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { samePrinted } from './printed-precision.js'
import { changeAfter, MONEY_RE, REASON_LEAD, sentencesOf, type ChangeStatement } from './prose.js'

/** Four significant digits or more (445.48, 1,283.07): a figure matched by value alone is then unlikely to be another's. */
const distinctive = (a: Amount) => a.text.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length >= 4

export interface AnchoredChange {
  /** index of the paragraph */
  index: number
  /** the sentence from the clause that prints the figure, normalised */
  sentence: string
  change: ChangeStatement
}

/**
 * The prose names a figure in words no lexicon lists ("一般公共预算当年拨款445.48万元，比2022年预算数增加37.76万元"):
 * the change printed right after that very figure, with no other amount between. Only a distinctive figure is matched,
 * and only when every sentence printing it with a change states the same change.
 */
export function changeAtFigure(paragraphs: { text: string; heading: boolean }[], fen: number, ownParagraph: (index: number) => boolean = () => true): AnchoredChange | undefined {
  const hits: AnchoredChange[] = []
  paragraphs.forEach((p, index) => {
    if (p.heading || !ownParagraph(index)) return
    const ss = sentencesOf(p.text)
    ss.forEach((s, i) => {
      for (const m of s.text.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
        const a = parseAmount(m[1], m[2] as MoneyUnit)
        if (!a || !distinctive(a) || !samePrinted(a, fen)) continue
        // (…else read from the figure itself, so a breakdown in brackets right after it is an aside: "78.14亿元(县本级60.4亿元,…),
        // …同比增收…")
        let change = changeAfter(s.text, m.index! + m[0].length, 0)
        if (!change?.direction) change = changeAfter(s.text, m.index!, 1)
        if (!change?.direction) continue
        const start = Math.max(...[',', '，', ':', '：'].map((c) => s.text.lastIndexOf(c, m.index!))) + 1
        let sentence = s.text.slice(start).replace(/[。；;]$/, '').trim()
        // "…增长9.26%。主要原因是：…": the reason as the next sentence
        const next = ss[i + 1]?.text.trim()
        const reason = !change.reason && next && REASON_LEAD.test(next) ? changeAfter(next)?.reason : undefined
        if (reason) { change = { ...change, reason }; sentence = `${sentence}。${next!.replace(/[。；;]$/, '')}` }
        hits.push({ index, sentence, change })
      }
    })
  })
  const key = (h: AnchoredChange) => `${h.change.direction}|${h.change.amount?.text ?? ''}|${h.change.baseline}`
  return hits.length && hits.every((h) => key(h) === key(hits[0])) ? hits[0] : undefined
}
