import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { foldMeaning } from '../../read/meaning-view.js'
import type { ToolRunner } from '../tool-runner.js'
import type { Target } from '../resolve-scope.js'

/** The words of a performance target's statement: 绩效目标, 绩效指标. */
const TARGET_WORDS = /绩效(?:目标|指标)/u
/** A target's bound: 不少于, 不低于, 达到, ≥ … then a number. */
const BOUND = /(?:不少于|不低于|不高于|不超过|不多于|达到|达|控制在|以上|以内|≥|≤|>|<)\s*\d|\d[\d.]*\s*(?:%|％|件|个|人次|人|次|天|小时|万元|元)?\s*(?:以上|以内|及以上)/u
/** Words of asking and of the targets' own heading, never an indicator's words. */
const ASKING = /绩效目标|绩效指标|目标|指标|要|达到|多少|几|是|的|里|中|年度?|\d{2,4}年|件数?|率|[？?，,。\s]/gu

/** Characters brackets set apart inside a word ("审（执）结案件"): read as if printed without them. */
const unbracketed = (s: string) => s.replace(/[（(]([^（）()]{1,2})[)）]/gu, '$1')

/**
 * Rule `prose-target`: a budget with no 绩效目标表 whose prose states its targets in a sentence ("主要绩效指标：全年审（执）
 * 结案件不少于8600件，法定审限内结案率不低于95%…"): the indicator asked is the clause of that sentence sharing the
 * question's words (the indicator's words in order, brackets inside a word read away) and stating a bound, quoted as
 * printed. Undefined when no such clause names the indicator.
 */
export function proseTarget(run: ToolRunner, t: Target, question: string): { text: string; found: boolean } | undefined {
  const doc: BudgetDocument = t.doc
  const asked = unbracketed(compactText(foldMeaning(question))).replace(compactText(doc.org), '').replace(ASKING, '')
  if (asked.length < 3) return undefined
  let best: { p: BudgetDocument['paragraphs'][number]; clause: string; score: number } | undefined
  for (const p of doc.paragraphs) {
    if (!TARGET_WORDS.test(p.text)) continue
    // (the clauses after the targets' words: "主要绩效指标：A，B，C")
    const from = p.text.search(TARGET_WORDS)
    for (const clause of p.text.slice(from).split(/[，,；;。：:]/u)) {
      const c = clause.trim()
      if (!c || !BOUND.test(c)) continue
      const words = unbracketed(compactText(foldMeaning(c)))
      // the longest run of the asked words the clause prints whole
      let score = 0
      for (let i = 0; i < asked.length; i++) for (let j = asked.length; j - i > score; j--) if (words.includes(asked.slice(i, j))) { score = j - i; break }
      if (score >= 3 && (!best || score > best.score)) best = { p, clause: c, score }
    }
  }
  if (!best) return undefined
  // (quoted with its sentence: the targets stated beside it are the same statement's)
  const sentence = best.p.text.split(/(?<=[。；;])/u).map((x) => x.trim()).find((x) => x.includes(best!.clause)) ?? best.clause
  const citation = paragraphCitation(doc, best.p, sentence)
  run.cite(citation)
  return { text: `${doc.org}${t.year}年预算的绩效目标：${best.clause}。原文：“${sentence.replace(/[。；;]$/u, '')}”（第${best.p.lines[0]}行）。`, found: true }
}
