import type { ConceptHit } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { figureText } from '../compose.js'
import { explanationFor, figureFor } from '../figure-for.js'
import { operandOf, printedAmountOperand } from '../operands.js'
import type { Figure } from '../../tools/lib/figure.js'
import { rateFits, roundingSlack } from '../../checks/money.js'
import { toFen } from '../../parse/amount.js'
import type { MoneyUnit } from '../../schema.js'
import { ownBudgetBaseline } from '../../tools/lib/prose.js'

/** The row's own 决算 and 预算 cells, read from one row (never two rows or two tables), the 预算 not zero; or one paragraph's two. */
function rowPair(run: ToolRunner, t: Target, subject: ConceptHit): { done: Figure; plan: Figure & { fen: number } } | undefined {
  const done = figureFor(run, t, subject, 'final').figure
  const plan = figureFor(run, t, subject, 'initial').figure
  // (or one sentence of the prose stating both, "收入预算数43772万元,决算数48960万元": one paragraph, rule completion-checked)
  const oneRow = !!done?.rowId && done.rowId === plan?.rowId
  const oneSentence = !done?.rowId && !!done?.citation.paragraphId && done.citation.paragraphId === plan?.citation.paragraphId && !plan.rowId
  // (or the row's 决算 beside a budget only the prose prints, where the prose states that very 决算 for the subject in the
  // same paragraph: "公务接待费预算数为310.37万元,决算支出数为249.29万元" over a table printing 决算数 alone)
  const proseDone = done?.rowId && done.fen !== undefined && !plan?.rowId && plan?.citation.paragraphId ? run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, column: 'final' }) : undefined
  const proseBeside = !!proseDone?.ok && proseDone.figures.some((f) => f.fen === done!.fen && f.citation.paragraphId === plan!.citation.paragraphId)
  return done && (oneRow || oneSentence || proseBeside) && plan?.fen ? { done, plan: plan as Figure & { fen: number } } : undefined
}

/**
 * Rule `completion-computed`: "完成预算的百分之多少" of a row whose table prints no such column (or one whose head was
 * lost) but prints the year's 完成数/决算数 beside its 预算数: the one over the other, computed from the two cells of
 * that same row and said to be computed. Never from two rows or two tables.
 */
export function computedCompletion(run: ToolRunner, t: Target, subject: ConceptHit, whole?: Figure): string | undefined {
  const pair = rowPair(run, t, subject)
  if (!pair) return statedGapCompletion(run, t, subject, figureFor(run, t, subject, 'final').figure ?? whole)
  const { done, plan } = pair
  const r = run.run('compute', { op: 'share', operands: [operandOf(done), operandOf(plan)] })
  if (!r.ok) return undefined
  run.cite(...r.citations)
  const how = plan.rowId ? '表中没有印出这一栏，按同一行的数字计算' : '预算数为文件文字所写，同一段也写明这个决算数；文件本身没有写这个比例'
  return `${r.result.text}（${figureText(done)} ÷ ${figureText(plan)}，${how}）`
}

/**
 * Rule `completion-stated-gap`: "只用了年初预算的几成" of an amount done whose budget no cell or sentence prints, but whose
 * sentence states its gap to that budget ("公务接待费支出数202万元,比年初预算减少269万元"): the amount over the budget the gap
 * implies (202 ÷ (202 + 269)), computed and said to be. Only a gap against the year's own budget (年初预算, 预算数, 调整预算),
 * never one against last year.
 */
function statedGapCompletion(run: ToolRunner, t: Target, subject: ConceptHit, done: Figure | undefined): string | undefined {
  if (!done || done.fen === undefined || done.amount.unit === '%') return undefined
  const why = explanationFor(run, t, subject.name, done.fen, true, undefined, done.rowId, true)
  const ch = why?.e.change
  if (!why || !ch?.text || !ownBudgetBaseline(ch.baseline ?? '') || (ch.direction !== 'up' && ch.direction !== 'down')) return undefined
  const gap = printedAmountOperand(why.c.paragraphId, ch.text, false)
  if (!gap) return undefined
  const down = ch.direction === 'down'
  const r = run.run('compute', { op: 'stated-share', decrease: down, operands: [operandOf(done), gap] })
  if (!r.ok) return undefined
  run.cite(...r.citations, why.c)
  return `${r.result.text}（${figureText(done)} ÷ (${figureText(done)} ${down ? '+' : '−'} ${ch.text})：预算数按文件所写“比${ch.baseline}${down ? '减少' : '增加'}${ch.text}”推算，文件本身没有写这个比例）`
}

/**
 * Rule `completion-checked`: a completion rate the prose prints ("完成预算的43%") set against the row's own 决算 ÷ 预算
 * (1.71 ÷ 3 = 57%). When the amounts, rounded as printed, cannot give the printed rate, the computed one is stated and
 * the page's own figure is said to disagree; undefined when it fits or the row prints no two amounts.
 */
export function checkedCompletion(run: ToolRunner, t: Target, subject: ConceptHit, printed: Figure): string | undefined {
  const pair = rowPair(run, t, subject)
  if (!pair || pair.done.fen === undefined) return undefined
  const { done, plan } = pair
  const doneFen = pair.done.fen
  // (the same subject: the sentence printing the rate states the row's own 决算 amount)
  const sentence = (printed.citation.text ?? '').replace(/,/g, '')
  if (!sentence.includes(done.amount.value.replace(/,/g, '')) && !sentence.includes(done.amount.text.replace(/,/g, ''))) return undefined
  const value = Number(printed.amount.value)
  const decimals = (printed.amount.value.split('.')[1] ?? '').length
  const slack = (f: Figure) => roundingSlack([f.amount])
  if (!Number.isFinite(value) || rateFits({ value, decimals }, { fen: doneFen, slack: slack(done) }, { fen: plan.fen, slack: slack(plan) })) return undefined
  // (a rate of another budget the sentence prints, 全年预算 beside 年初预算, is no disagreement)
  const budgets = [...sentence.matchAll(/(\d+(?:\.\d+)?)\s*(亿元|万元|元)/gu)].map((m) => ({ value: m[1], unit: m[2] as MoneyUnit }))
  if (budgets.some((b) => { const fen = toFen(b.value, b.unit); return fen !== undefined && fen > 0 && rateFits({ value, decimals }, { fen: doneFen, slack: slack(done) }, { fen, slack: roundingSlack([b]) }) })) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(done), operandOf(plan)] })
  if (!r.ok) return undefined
  run.cite(...r.citations, printed.citation)
  return done.rowId
    ? `${r.result.text}（按表中同一行计算：${figureText(done)} ÷ ${figureText(plan)}）；文件文字写的是${printed.text}，与表中数字算出的不一致`
    : `${r.result.text}（按文件同一句所列的数字计算：${figureText(done)} ÷ ${figureText(plan)}）；文件写的是${printed.text}，与它自己所列的数字算出的不一致`
}

/** The budget a completion rate is asked against: "完成了年初预算的多少" (initial), "完成调整后预算的比例" (adjusted). */
const ASKED_BASE = /(?:完成了?|占|是|为|达到?)(年初|调整后?的?|全年)(?:支出|收入)?预算/u
/** …and the one the prose printed it against, right before the rate ("完成调整预算数的101.42%"). */
const PRINTED_BASE = /(年初|调整后?|全年)(?:支出|收入)?预算数?(?:\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))?的?\s*$/u
const baseOf = (word: string): 'initial' | 'adjusted' => (word.startsWith('年初') ? 'initial' : 'adjusted')

/**
 * Rule `completion-base`: a completion rate asked against one budget (年初) that the prose prints only against the other
 * (调整后, 全年): the amount done over the budget asked, both as the prose states them, said to be computed and beside
 * the rate printed; undefined when the bases agree, either is unsaid, or an amount is missing.
 */
export function completionAgainstAsked(run: ToolRunner, question: string, printed: Figure, done: Figure | undefined, plan: (role: 'initial' | 'adjusted') => Figure | undefined): string | undefined {
  const asked = ASKED_BASE.exec(question)?.[1]
  const text = printed.citation.text ?? ''
  const at = text.lastIndexOf(printed.amount.text)
  const said = at > 0 ? PRINTED_BASE.exec(text.slice(0, at))?.[1] : undefined
  if (!asked || !said || baseOf(asked) === baseOf(said)) return undefined
  const base = plan(baseOf(asked))
  if (!done || done.fen === undefined || !base?.fen || done.amount.unit === '%') return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(done), operandOf(base)] })
  if (!r.ok) return undefined
  run.cite(...r.citations, printed.citation)
  return `${r.result.text}（${figureText(done)} ÷ ${baseOf(asked) === 'initial' ? '年初预算' : '调整预算'}${figureText(base)}，计算得出；文件写的是完成${said}预算的${printed.text}）`
}
