import type { BudgetDocument, Corpus } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { longestShared } from '../../tools/lib/name-match.js'
import { isPlaceReport, partAsked } from '../../tools/lib/report-parts.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Scope } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `report-part`: a part of a place (某县, 某开发区, 某市本级) that a held 财政决算/财政预算 report goes through
 * clause by clause, asked where the question names no other held organisation: that report's clause for the part,
 * quoted as printed and cited (tool read-report-part), never the whole place's figure nor another part's.
 */
export function reportPartAsked(corpus: Corpus, frame: QuestionFrame, text: string, scope: Scope, scopeDocs?: BudgetDocument[]): { doc: BudgetDocument; part: string } | undefined {
  const reports = (scopeDocs ?? corpus.documents).filter(isPlaceReport)
  if (!reports.length) return undefined
  const year = frame.years[0]
  const hits = reports
    .filter((d) => year === undefined || d.year === year)
    .map((d) => ({ doc: d, part: partAsked(d, text) }))
    .filter((h): h is { doc: BudgetDocument; part: string } => !!h.part && (!scope.named || scope.targets.every((t) => t.doc.org === h.doc.org)))
  if (!hits.length || new Set(hits.map((h) => h.doc.org)).size > 1) return undefined
  return hits.reduce((a, b) => (b.doc.year > a.doc.year ? b : a))
}

/** The funds a place accounts for apart. */
const FUNDS = /一般公共预算|政府性基金|国有资本经营|社会保险基金/gu
/** Fewest characters of the question's budget words a clause must repeat to be the one asked. */
const SHARED = 4

export function answerReportPart(run: ToolRunner, text: string, hit: { doc: BudgetDocument; part: string }): HandlerOutput {
  const { doc, part } = hit
  const head = `${doc.org}${doc.year}年${doc.scope}`
  const r = run.run('read-report-part', { docId: doc.id, part })
  const clauses = r.ok ? r.parts[0].clauses : []
  // the question's own words, its part's name and years aside, against each clause
  const asked = compactText(text).replace(new RegExp(compactText(part).replace(/[()（）]/g, '.'), 'g'), '，').replace(/(?:19|20)?\d{2}年度?/g, '，')
  // a fund named (政府性基金) is that fund's clause only: the clause of another fund shares its words (预算收入) but not it
  const funds = asked.match(FUNDS) ?? []
  const scored = clauses.map((c, i) => ({ i, c, n: funds.some((f) => !compactText(c).includes(f)) ? 0 : longestShared(asked, compactText(c).replace(/[^\p{Script=Han}]/gu, '，')).length }))
  const best = scored.filter((x) => x.n >= SHARED).sort((a, b) => b.n - a.n)[0]
  if (!best) return { answer: joinSentences([`${head}中列有${part}的数字，但没有写明所问的一项`, clauses.length ? `其中${part}一项写的是：“${clauses[0]}”` : '']), notFound: true }
  const c = r.ok ? r.citations[best.i] : undefined
  run.cite(c)
  // quoted as printed (the citation's own excerpt), not in the meaning view's script
  return { answer: joinSentences([`${head}中，${part}一项写明：“${c?.text ?? best.c}”`]) }
}
