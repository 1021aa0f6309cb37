import type { Figure } from '../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences } from './compose.js'
import { statedCountOf, statedCountsIn } from './rules/stated-count.js'
import { ABROAD_WORDS, asksAbroad } from './rules/abroad-clause.js'
import { statisticFit } from './rules/statistic-ask.js'
import { otherYearOfFinal, type Target } from './resolve-scope.js'

/** The stated counts a question asks (公务接待批次、人次; 公务用车保有量), each once, in the question's order. */
export const statedCountsAsked = (inp: HandlerInput) => [
  ...new Set([...statedCountsIn(inp.run.vocabulary, inp.frame.text, inp.frame.concepts).flatMap((c) => statedCountOf(inp.run.vocabulary, c) ?? []), ...(/保有量/.test(inp.frame.text) ? ['vehicles-held'] : [])]),
]

/** The question's own row words for a stated count, when it named one ("公务用车保有量"). */
function rowOf(inp: HandlerInput, id: string): string | undefined {
  const c = inp.frame.concepts.find((x) => statedCountOf(inp.run.vocabulary, x) === id)
  const words = c?.kind === 'count' ? c.surface : c?.name
  return words && words.length >= 4 ? words : undefined
}

/**
 * The 三公 table's row for a count the prose does not state: the row of that very name, else the statistic row
 * ("4.公务用车保有量(辆)") in one of the count's units whose name fits the words asked best (rule statistic-ask's fit).
 */
function statisticRowFigure(inp: HandlerInput, t: Target, words: string, units: string[]): Figure | undefined {
  const named = inp.run.run('get-figure', { docId: t.doc.id, name: words })
  if (named.ok) return named.figures[0]
  const rows = inp.run.run('find-rows', { docId: t.doc.id, tableKind: 'three-public', limit: 100 })
  if (!rows.ok) return undefined
  const fits = rows.rows.filter((x) => x.cells.some((c) => c.unit && units.includes(c.unit))).map((x) => ({ x, n: statisticFit(x.name, words) })).filter((f) => f.n > 0)
  const best = fits.sort((a, b) => b.n - a.n)[0]
  const g = best && inp.run.run('get-figure', { rowId: best.x.rowId, year: t.year !== t.doc.year ? t.year : undefined })
  return g?.ok ? g.figures[0] : undefined
}

/** The qualifier of a stock a count asks: 实际 (保有量), 账面 (数), 现有. */
const STOCK_QUALIFIER = /实际|账面|现有/u

/**
 * Counts read from the standard sections' prose, each with the sentence it was read from; a count the documents do
 * not state is said to be missing, never replaced by another count.
 */
export function answerStatedCounts(inp: HandlerInput, names: string[]): HandlerOutput {
  const { run, scope } = inp
  const abroad = asksAbroad(inp.frame.text)
  const outs = scope.targets.slice(0, 6).map((t) => {
    const found: { f: Figure; label: string }[] = []
    const missing: string[] = []
    for (const name of names) {
      const label = run.vocabulary.lexicon.counts.find((c) => c.id === name)?.label ?? name
      // rule abroad-clause: the abroad line's counts (国（境）外公务接待…) when the question asks about abroad
      // (rule count-own-year: another year asked of a 决算 is read only where a table prints that year's)
      // (a stock asked by its qualifier, 实际保有量 / 账面数: read where the prose writes it so, rule qualified-count)
      const said = abroad ? undefined : STOCK_QUALIFIER.exec(inp.frame.text)?.[0]
      const r = otherYearOfFinal(t) ? { ok: false as const } : run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'count', ...(abroad ? { near: ABROAD_WORDS } : said ? { near: [said] } : {}) })
      // not in the prose: the row a 三公 table prints for it ("公务用车保有量（辆）")
      const row = r.ok ? undefined : rowOf(inp, name)
      const g = row ? statisticRowFigure(inp, t, row, run.vocabulary.countOf(name)?.units ?? []) : undefined
      if (r.ok) found.push({ f: r.figures[0], label })
      else if (g) found.push({ f: g, label })
      else missing.push(label)
    }
    for (const x of found) run.cite(x.f.citation)
    const sentences = [...new Set(found.flatMap((x) => x.f.citation.text?.replace(/[:：,，、;；]+$/, '') ?? []))]
    const head = found.length ? `${t.doc.org}（${t.doc.year}年文件）${found.map((x) => `${x.label}：${figureText(x.f)}`).join('；')}` : undefined
    const none = missing.length ? `没有找到${t.doc.org}文件中关于${t.year !== t.doc.year ? `${t.year}年` : ''}${missing.join('、')}的表述` : undefined
    return { text: joinSentences([head, sentences.length ? `原文：${sentences.join('……')}` : undefined, none]), found: found.length > 0 }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
