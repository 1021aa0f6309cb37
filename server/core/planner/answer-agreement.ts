import { isMoneyUnit, stageOf, type ColumnRole } from '../schema.js'
import { executionCitation } from '../tools/performance-targets.js'
import type { Figure } from '../tools/lib/figure.js'
import { formatFen } from '../parse/amount.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { cellText, isSelfEvaluation, rowCells, selfEvalAsk } from './answer-self-evaluation.js'
import { figureText, joinSentences } from './compose.js'
import { projectHead } from './answer-target.js'

/** "…一致吗", "是否相同", "对得上吗": whether two figures agree. */
const AGREE = /一致|相同|相等|吻合|对得上|一样/
const MONEY_ROLES: ColumnRole[] = ['final', 'adjusted', 'initial']

/**
 * Rule figures-agree: a ledger's row (a 决算's 2130335 农村供水) asked against a project form's money
 * (its 全年执行数): both read from their own documents, compared in exact fen, and said to agree or to differ by how
 * much, each cited. Undefined unless the question names both a project held as a form and a row of another document.
 */
export function answerAgreement({ run, frame, scope }: HandlerInput): HandlerOutput | undefined {
  if (!AGREE.test(frame.text) || !/吗|么|是否|是不是|[？?]$/.test(frame.text)) return undefined
  const project = frame.concepts.find((c) => c.kind === 'project')
  const row = frame.concepts.find((c) => c.kind === 'row')
  if (!project || !row || scope.targets.length < 2) return undefined
  const role = MONEY_ROLES.find((r) => selfEvalAsk(frame.text)?.roles.includes(r)) ?? 'final'
  let form: { t: (typeof scope.targets)[number]; p: Parameters<typeof rowCells>[0]; cites: Parameters<typeof executionCitation>[0] } | undefined
  for (const t of scope.targets) {
    const r = run.run('performance-targets', { docId: t.doc.id, project: project.name, limit: 3 })
    const p = r.ok ? r.projects.find(isSelfEvaluation) : undefined
    if (p && r.ok) { form = { t, p, cites: r.citations }; break }
  }
  const cell = form && rowCells(form.p).find((e) => e.role === role && e.amount?.fen !== undefined)
  if (!form || !cell) return undefined
  let ledger: { f: Figure; t: (typeof scope.targets)[number] } | undefined
  for (const t of scope.targets.filter((x) => x.doc.id !== form!.t.doc.id && x.doc.scope !== '绩效自评')) {
    const g = run.run('get-figure', { docId: t.doc.id, ...(row.code ? { code: row.code } : { name: row.name }) })
    if (g.ok && g.figures[0].fen !== undefined) { ledger = { f: g.figures[0], t }; break }
  }
  if (!ledger) return undefined
  run.cite(ledger.f.citation, executionCitation(form.cites, cell))
  const diff = ledger.f.fen! - cell.amount!.fen!
  const left = `${ledger.t.doc.org}${ledger.f.year}年${stageOf(ledger.t.doc.scope)}中${ledger.f.code ? `${ledger.f.code} ` : ''}${ledger.f.label}为${figureText(ledger.f)}`
  const right = `${projectHead(form.t.doc.org, form.p)}自评表${cell.column}为${cellText(cell)}`
  const unit = cell.amount!.unit
  if (!isMoneyUnit(unit)) return undefined
  const verdict = diff === 0 ? '两者一致（金额相同）' : `两者不一致，相差${formatFen(Math.abs(diff), unit)}${unit}`
  return { answer: joinSentences([`${left}；${right}；${verdict}`]) }
}
