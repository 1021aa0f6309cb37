import { z } from 'zod'
import type { Citation, Corpus, MoneyUnit } from '../schema.js'
import { parseAmount } from '../parse/amount.js'
import { paragraphCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, NameInput, OrgInput, YearInput } from './lib/inputs.js'
import { fenOf, printed } from './lib/money.js'
import { changeAfter, excerptFrom, MONEY_RE, sentencesOf } from './lib/prose.js'
import { proseKeywords } from './lib/resolve-prose.js'
import type { QueryTool, ToolResult } from './types.js'

export const ExplainFigureInput = z.object({
  name: NameInput.describe('the figure’s concept: 项目支出, 基本支出, 收入预算, 城乡医疗救助, 机关运行经费'),
  fen: z.number().int().optional().describe('the figure in fen (0.01 元), to pick the sentence that states it'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
})
export type ExplainFigureInput = z.input<typeof ExplainFigureInput>

export interface Explanation {
  docId: string
  org: string
  year: number
  sentence: string
  change?: { direction: 'up' | 'down' | 'flat'; text?: string; baseline: string }
  reason?: string
  /** the sentence states the figure itself (not only the concept) */
  anchored: boolean
}

const moneyFens = (s: string) =>
  [...s.matchAll(new RegExp(MONEY_RE.source, 'g'))].map((m) => fenOf(parseAmount(m[1], m[2] as MoneyUnit)))

/** Does the next sentence continue about the same subject ("收入较2025年减少…" after "收入预算：…")? */
function continues(next: string, keyword: string): boolean {
  if (/^(?:其中|主要)/.test(next)) return true
  const subject = /^(.{2,12}?)(?:较|比|与)/.exec(next)?.[1]
  return !!subject && (keyword.includes(subject) || subject.includes(keyword))
}

/** What the prose says about a figure: its change against last year and the 主要原因, as one cited sentence. */
export function explainFigure(corpus: Corpus, input: ExplainFigureInput): ToolResult<{ explanations: Explanation[] }> {
  const out: (Explanation & { score: number; citation: Citation })[] = []
  for (const doc of scopeDocs(corpus, input)) {
    let best: (Explanation & { score: number; citation: Citation }) | undefined
    for (const keyword of proseKeywords(input.name, 'money').keywords) {
      for (const p of doc.paragraphs) {
        const ss = sentencesOf(p.text)
        ss.forEach((s, i) => {
          const k = s.text.indexOf(keyword)
          if (k < 0) return
          let text = excerptFrom(s.text, keyword)
          let ch = changeAfter(s.text, k + keyword.length)
          const next = ss[i + 1]?.text.trim()
          if (!ch?.amount && !ch?.reason && next && continues(next, keyword)) {
            const more = changeAfter(next)
            if (more) { ch = more; text = `${text}；${excerptFrom(next, next.slice(0, 1))}` }
          } else if (ch && !ch.reason && next && /^主要原因|^原因/.test(next)) {
            const more = changeAfter(next)
            if (more?.reason) { ch = { ...ch, reason: more.reason }; text = `${text}。${excerptFrom(next, next.slice(0, 1))}` }
          }
          if (!ch) return
          const anchored = input.fen !== undefined && moneyFens(s.text.slice(k)).slice(0, 2).includes(input.fen)
          const score = (anchored ? 4 : 0) + (ch.amount || ch.direction === 'flat' ? 2 : 0) + (ch.reason ? 2 : 0) + keyword.length / 100
          if (best && best.score >= score) return
          best = {
            docId: doc.id, org: doc.org, year: doc.year, sentence: text, score,
            change: ch.direction ? { direction: ch.direction, text: ch.amount ? printed(ch.amount) : undefined, baseline: ch.baseline } : undefined,
            reason: ch.reason,
            anchored,
            citation: paragraphCitation(doc, p, text),
          }
        })
      }
      if (best && best.score >= 4) break
    }
    if (best) out.push(best)
  }
  if (!out.length) return { ok: false, error: `the prose does not explain ${input.name}`, citations: [] }
  return { ok: true, explanations: out.map(({ score: _s, citation: _c, ...e }) => e), citations: out.map((e) => e.citation) }
}

export const explainFigureTool: QueryTool<typeof ExplainFigureInput, { explanations: Explanation[] }> = {
  name: 'explain-figure',
  description: 'Find what the document’s prose says about a figure: change against last year (比上年增加/减少…) and the stated reason (主要原因). Cites the paragraph.',
  inputSchema: ExplainFigureInput,
  run: (ctx, input) => explainFigure(ctx.corpus, input),
}
