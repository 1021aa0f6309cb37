import { printedChangeOfRow, printedRateBeside } from './rules/printed-rate.js'
import type { Figure } from '../tools/lib/figure.js'
import { ALL_FUNDS, ONE_FUND } from '../tools/lib/all-funds-first.js'
import { asksAmountAndRate } from './rules/amount-and-rate.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { askedName } from './answer-lookup.js'
import { figureIn, figureText, joinSentences, accountsLabel, labelOf, orgYear, printedAmount, stageWord, quoteOf } from './compose.js'
import { explanationFor, figureFor, figureInput } from './figure-for.js'
import { notFoundInDoc } from './not-found.js'
import { operandOf, printedAmountOperand } from './operands.js'
import type { Target } from './resolve-scope.js'
import { ACTUAL_WORD, agreementWith, asksActualBaseline, changeVerb, isActualFigure, statedChange, statedChangeAnswer, statesActualBaseline, type StatedChange } from './rules/stated-change.js'
import { proseOnly, stageOf } from '../schema.js'
import { compactText, escapeRegExp } from '../search/normalize-text.js'
import { answerWhichMoved, type Moved } from './rules/which-moved.js'
import { yearedName } from './concept-scan.js'
import { asksAgainstBudget, budgetAskedAgainst } from './rules/against-budget.js'

const DIR = { up: '增加', down: '减少', flat: '持平' } as const

/** The same subject in the baseline year as a document prints it: its prior-year column, else the organisation's document of that year. */
function printedBaseline(inp: HandlerInput, t: Target, base: number): Figure | undefined {
  const subject = inp.frame.concepts[0]
  const column = inp.frame.columns[0]
  // read as the year's own figure is (its fund's table, 总计 as the grand total), in the baseline year
  const r = inp.run.run('get-figure', { ...figureInput({ doc: t.doc, year: base }, subject, column), year: base })
  if (r.ok) return r.figures[0]
  // (a row named by its year, "2025年末政府债务余额": the baseline year's row of the same table, "2024年末政府债务余额",
  // rule yeared-row)
  const yeared = subject ? yearedName(subject.name) : undefined
  if (yeared && yeared.rest && yeared.year === t.year) {
    const y = inp.run.run('get-figure', { docId: t.doc.id, name: `${base}年${yeared.point}${yeared.rest}`, asPrinted: true, ...(column ? { column } : {}) })
    if (y.ok) return y.figures[0]
  }
  const other = [...inp.scope.targets, ...(inp.scope.baselines ?? [])].find((x) => x.doc.org === t.doc.org && x.doc.year === base)
  return other ? figureFor(inp.run, other, subject, column).figure : undefined
}

/**
 * Rule `same-table-change`: a change is computed within one table. When the baseline year is printed in another table of
 * the same document than the figure found (the 一般公共预算 table's 2023年决算数 column, the figure from the all-funds
 * 支出决算表), the year's figure is read from the baseline's table too: two tables of different funds never make a change.
 */
function sameTableFigure(inp: HandlerInput, t: Target, f: Figure, prior: Figure | undefined): Figure {
  if (!prior || prior.docId !== f.docId || !prior.citation.tableId || prior.citation.tableId === f.citation.tableId || !prior.tableKind) return f
  const beside = figureFor(inp.run, t, inp.frame.concepts[0], inp.frame.columns[0], { tableKind: prior.tableKind }).figure
  return beside && beside.citation.tableId === prior.citation.tableId ? beside : f
}

/** "调整预算比年初预算…": the adjusted budget is the figure set against the initial one */
const ADJUSTED_FIRST = /调整(?:后的?)?预算数?(?:比|较)(?:年初)?预算|调整后的?(?:比|较)年初/u

/** Tables of one fund (or of 财政拨款 only), the 一般公共预算 基本支出表 among them, against the all-funds tables. */
const oneFund = (kind: string) => ONE_FUND.has(kind) || kind === 'basic-spending'
const FUND_WORDS = /一般公共|财政拨款|政府性基金|国有资本|基本支出/u
// (the document's whole, a 合计 or 总计 line: a subject's row read in its fund's table is rule same-table-change's)
const narrowsFund = (f: Figure, prior: Figure) => prior.docId === f.docId && !!f.tableKind && !!prior.tableKind && ALL_FUNDS.has(f.tableKind) && oneFund(prior.tableKind) && /合计|总计/u.test(f.citation.rowName ?? '')

/** The kind of the document a baseline figure was read from (部门预算, 部门决算…). */
const baselineScope = (inp: HandlerInput, f: Figure) =>
  [...inp.scope.targets, ...(inp.scope.baselines ?? [])].find((x) => x.doc.id === f.docId)?.doc.scope ?? '部门预算'

/** The baseline when no document prints it: the amount the prose states for it, or the one its stated change implies. */
function baselineFromProse(inp: HandlerInput, t: Target, base: number): Figure | undefined {
  return figureFor(inp.run, { doc: t.doc, year: base }, inp.frame.concepts[0], inp.frame.columns[0]).figure
}

/**
 * Rule `against-own-budget`: in a 决算, a change asked against the 年初预算 (or 调整预算) is the row's 决算 minus its
 * budget column, both read from the same table and cited, with the share of the budget it makes; not a year's change.
 */
function againstOwnBudget(inp: HandlerInput, t: Target): (HandlerOutput & { moved?: Moved }) | undefined {
  const against = budgetAskedAgainst(inp.frame.text)
  if (!against || stageOf(t.doc.scope) !== '决算') return undefined
  const subject = inp.frame.concepts[0]
  const plan = figureFor(inp.run, t, subject, against).figure
  // the 决算 beside that budget column, in its table: the 支出决算表 of all funds prints another 决算 than the
  // 一般公共预算 table whose 年初预算 it is compared with
  // (the adjusted budget set against the initial, "调整预算比年初预算多了多少": the adjusted is the figure, not the 决算)
  const current = against === 'initial' && ADJUSTED_FIRST.test(inp.frame.text) ? 'adjusted' : 'final'
  const beside = plan?.tableKind ? figureFor(inp.run, t, subject, current, { tableKind: plan.tableKind }).figure : undefined
  // (a budget the prose states, "教育支出（类）年初预算为8700.00万元，支出决算为8388.63万元": the 决算 of that sentence,
  // never a table's of another account; none stated there, no answer from a mix)
  const para = plan?.citation.paragraphId
  const stated = para ? inp.run.run('find-prose-figure', { docId: t.doc.id, name: subject.name, column: current }) : undefined
  if (para && !(stated?.ok && stated.figures.some((f) => f.citation.paragraphId === para))) return undefined
  const fin = stated?.ok ? stated.figures.find((f) => f.citation.paragraphId === para)
    : beside && beside.citation.tableId === plan?.citation.tableId ? beside : figureFor(inp.run, t, subject, current).figure
  if (!fin || !plan || fin.docId !== plan.docId) return undefined
  const change = inp.run.run('compute', { op: 'change', operands: [operandOf(fin), operandOf(plan)] })
  const growth = inp.run.run('compute', { op: 'growth', operands: [operandOf(fin), operandOf(plan)] })
  if (!change.ok) return undefined
  inp.run.cite(...change.citations)
  const u = change.result.unit
  const signed = change.result.text
  const down = signed.startsWith('-')
  const flat = fin.fen === plan.fen
  const planWord = against === 'adjusted' ? '调整预算' : '年初预算'
  const label = labelOf(fin, subject.name)
  const rate = growth.ok ? `${down ? '下降' : '增长'}${growth.result.text.replace(/^-/, '')}；` : ''
  const body = flat ? `与${planWord}持平` : `比${planWord}${down ? '减少' : '增加'}${signed.replace(/^-/, '')}（${rate}${figureIn(fin, u, false)} − ${figureIn(plan, u, false)}）`
  return { answer: joinSentences([`${orgYear(t)}${label}${current === 'adjusted' ? '调整预算' : '决算'}为${figureIn(fin, u)}，${planWord}为${figureIn(plan, u)}，${body}`]), moved: flat ? 'flat' : down ? 'down' : 'up' }
}

/**
 * Rule `like-stage`: a baseline printed as what was spent (上年执行数, 上年决算数) is set against what was spent this year
 * too: the row's 执行数/决算数 beside it in the same table, never its 预算数 (a 预算执行表 prints 预算数, 执行数, 为预算%,
 * 上年执行数, 比上年增长%). Only when the question names no column of its own.
 */
function likeStage(inp: HandlerInput, t: Target, f: Figure, prior: Figure | undefined): Figure {
  if (!prior || inp.frame.columns.length || prior.citation.tableId !== f.citation.tableId || !ACTUAL_WORD.test(prior.column ?? '')) return f
  if (ACTUAL_WORD.test(f.column ?? '')) return f
  const done = figureFor(inp.run, t, inp.frame.concepts[0], 'final').figure
  return done && done.citation.tableId === f.citation.tableId && done.citation.rowId === f.citation.rowId ? done : f
}

/** Change (or growth %) of one subject between a year and its baseline: computed from the tables when both years are printed, else as the prose states it. */
function oneTarget(inp: HandlerInput, t: Target): HandlerOutput & { moved?: Moved } {
  const own = againstOwnBudget(inp, t)
  if (own) return own
  const { run, frame } = inp
  const subject = frame.concepts[0]
  const base = frame.baseYear ?? t.year - 1
  const cur = figureFor(run, t, subject, frame.columns[0])
  // (a column asked of the subject, "一般公共预算基本支出", is explained by the column's own words: 基本支出830.39万元，比…)
  const colWord = frame.columns[0] && frame.columns[0] !== 'total' ? cur.figure?.citation.column?.split(' › ').pop()?.trim() : undefined
  const printedName = cur.figure?.asPrinted ? cur.figure.label : colWord && /^(?:基本支出|项目支出|人员经费|公用经费)$/u.test(colWord) ? colWord : undefined
  const stated = base !== t.year ? statedChange(run, t, subject, base, cur.figure?.fen, printedName) : undefined
  if (!cur.figure && stated) return { answer: joinSentences(statedChangeAnswer(run, t, subject, undefined, stated)), moved: stated.e.change?.direction }
  if (!cur.figure) {
    // no amount for the subject itself, but the prose may state its change ("人员经费拨款增加23.02万元")
    // (a side asked with its stage word as the prose prints them, "收入决算比上年少了多少": those words)
    const staged = subject.surface ? new RegExp(`${escapeRegExp(compactText(subject.surface))}(决算|预算)`, 'u').exec(compactText(frame.text))?.[0] : undefined
    const only = explanationFor(run, t, subject.name, undefined, false) ?? (staged && proseOnly(t.doc) ? explanationFor(run, t, staged, undefined, false) : undefined)
    const ch = only?.e.change
    // only a change of the year asked, against the baseline asked
    const fits = !!ch && (ch.year ?? t.doc.year) === t.year && (ch.baselineYear === undefined || ch.baselineYear === base)
    if (only && fits && ch?.text) {
      run.cite(only.c, ...only.more)
      return { answer: joinSentences([`据文件说明，${orgYear(t)}${subject.surface || subject.name}${changeVerb(ch)}${ch.text}`, `原文：${quoteOf(only.e)}`]), moved: ch.direction }
    }
    return { answer: notFoundInDoc(run, t, askedName(subject), cur.empty, false), notFound: true }
  }
  const growth = frame.op === 'growth'
  const printed0 = base !== t.year ? printedBaseline(inp, t, base) : undefined
  // rule `fund-narrowed-baseline`: the baseline year printed only in one fund's table (the 一般公共预算 table's 2024年预算数)
  // while the figure asked is all funds' (the 收支总表's 1356.50): that table's total is another subject, never the
  // baseline of this one, unless the question names the fund
  const narrowed = !!printed0 && narrowsFund(cur.figure, printed0) && !FUND_WORDS.test(frame.text)
  const printedPrior = narrowed ? undefined : printed0
  const f = likeStage(inp, t, sameTableFigure(inp, t, cur.figure, printedPrior), printedPrior)
  const label = accountsLabel(labelOf(f, subject.name), f, t.doc.scope)
  // "比上年执行数": a planned figure of that year is not the baseline asked, when the prose states the change against what was spent
  const actual = asksActualBaseline(frame.text)
  const plannedOnly = !!printedPrior && actual && !isActualFigure(printedPrior, stageOf(printedPrior.docId === t.doc.id ? t.doc.scope : baselineScope(inp, printedPrior)))
  const statedFits = !!stated && (!growth || !!stated.e.change?.percent || !!stated.e.change?.text?.endsWith('%') || stated.e.change?.direction === 'flat')
  // the document states the change itself: preferred to one derived from it (a percent asked needs one stated or computed)
  if (statedFits && (!printedPrior || (plannedOnly && statesActualBaseline(stated!)))) {
    // rule amount-and-rate: the rate asked too, of a change the prose states with its amount only ("较上年2.5减少1.95万元")
    const ch = stated!.e.change
    const rate = asksAmountAndRate(frame.text) && ch?.text && !ch.percent && !ch.text.endsWith('%') && (ch.direction === 'up' || ch.direction === 'down')
      ? statedGrowth(inp, f, stated!.c.paragraphId, ch.text, ch.direction === 'down') : undefined
    const apart = !growth && !rate ? statedBaselineDifference(inp, f, stated!) : undefined
    // rule stated-rate-check: a rate asked that the prose prints beside its amount, set against the rate that amount gives
    const check = growth && ch?.text && ch.percent && (ch.direction === 'up' || ch.direction === 'down') ? statedRateCheck(inp, f, stated!.c.paragraphId, ch.text, ch.direction === 'down', ch.percent) : undefined
    return { answer: joinSentences([...statedChangeAnswer(run, t, subject, f, stated!), ...(rate ? [rate] : []), ...(apart ? [apart] : []), ...(check ? [check] : [])]), moved: stated!.e.change?.direction }
  }
  const prior = printedPrior ?? (base !== t.year ? baselineFromProse(inp, t, base) : undefined)
  const why = stated ?? explanationFor(run, t, subject.name, f.fen, false)
  const whyText = why && why.e.reason ? `文件说明：${quoteOf(why.e)}` : undefined
  // rule same-side-change: a year's 支出 is never set against another year's 收入 (a fund's 支出 sentence read for the
  // fund, its 收入合计 row the baseline): no change is computed from the two
  // (only where the question asks one side: "收支总预算" asks both, its two lines equal by construction)
  const oneSide = /收入|支出/u.test(frame.text) && !/收支|收入和支出|收入与支出|收、支/u.test(frame.text)
  if (prior && oneSide && sidesDiffer(f, prior)) {
    run.cite(f.citation, prior.citation)
    return { answer: joinSentences([`${orgYear(t)}${label}为${figureText(f)}（${sideOf(f)}）`, `文件中${base}年的对应数字是${sideOf(prior)}（${figureText(prior)}），不是同一项，无法计算变化`]) }
  }
  if (prior) {
    const r = run.run('compute', { op: growth ? 'growth' : 'change', operands: [operandOf(f), operandOf(prior)] })
    if (r.ok) {
      run.cite(...r.citations)
      // set beside the computed change only when the sentence states this very figure
      const said = stated && printedPrior && stated.e.anchored ? agreementWith(stated, r.result.fen, growth) : whyText
      if (said) run.cite(why!.c, ...why!.more)
      const signed = r.result.text
      const down = signed.startsWith('-')
      const abs = signed.replace(/^-/, '')
      const u = growth ? f.amount.unit : r.result.unit
      const head = `${orgYear(t)}${label}${stageWord(t, label, f.citation.column)}为${figureIn(f, u)}，${base}年为${figureIn(prior, u)}`
      const flat = f.fen !== undefined && prior.fen !== undefined && f.fen === prior.fen
      const body = flat
        ? `持平（均为${figureIn(f, u, false)}）`
        : growth
        ? down ? `下降${abs}（增幅${signed}）` : `增长${abs}`
        : `${down ? '减少' : '增加'}${abs}${frame.direction === 'signed' ? `（变动${signed}）` : ''}（${figureIn(f, u, false)} − ${figureIn(prior, u, false)}）`
      const planned = plannedOnly && printedPrior === prior ? `${base}年的数字是预算数，文件没有写明${base}年的执行数` : undefined
      // rule amount-and-rate: the other measure of the same change, when the question asks both
      const other = !flat && asksAmountAndRate(frame.text) ? run.run('compute', { op: growth ? 'change' : 'growth', operands: [operandOf(f), operandOf(prior)] }) : undefined
      if (other?.ok) run.cite(...other.citations)
      const also = other?.ok ? (growth ? `，${down ? '减少' : '增加'}${other.result.text.replace(/^-/, '')}` : `，${down ? '下降' : '增长'}${other.result.text.replace(/^-/, '')}`) : ''
      // (the rate the row prints, said beside a computed one it is not written as: 133% beside 133.33%)
      const computedRate = growth ? r.result.text : other?.ok ? other.result.text : undefined
      const printedRate = !flat ? printedRateBeside(run, f, prior, down, computedRate) : undefined
      return { answer: joinSentences([`${head}，比${base}年${body}${also}`, printedRate, planned, said]), moved: flat ? 'flat' : down ? 'down' : 'up' }
    }
  }
  run.cite(f.citation)
  // the table prints the change itself, no baseline year (rule printed-change)
  const printedChange = !prior && !stated ? printedChangeOfRow(run, f) : undefined
  if (printedChange) return { answer: joinSentences([`${orgYear(t)}${label}${stageWord(t, label, f.citation.column)}为${figureText(f)}`, printedChange.text]), moved: printedChange.down ? 'down' : 'up' }
  // a change stated against another year than the one asked is not this change
  // (…nor is a change against the same year's budget, "决算数…比预算数减少", when a change over the year is asked)
  const againstPlan = /^(?:年初|调整后?)?预算数?$/u.test(why?.e.change?.baseline ?? '') && !asksAgainstBudget(frame.text)
  const otherBase = againstPlan || (t.year === t.doc.year && ((why?.e.change?.baselineYear !== undefined && why.e.change.baselineYear !== base) || (why?.e.change?.year ?? t.year) !== t.year))
  if (why?.e.change?.direction && !otherBase) {
    run.cite(why.c, ...why.more)
    const ch = why.e.change
    // (the rate the prose prints beside the amount, "减少17.54万元,下降23.42%", is said as printed)
    const printedRate = ch.percent && ch.text && ch.direction !== 'flat' ? `，${ch.direction === 'down' ? '下降' : '增长'}${ch.percent}` : ''
    const amount = ch.text ? `${changeVerb(ch)}${ch.text}${printedRate}` : DIR[ch.direction!]
    // rule stated-growth: the 降幅/增幅 asked of a change the prose states with its amount only, computed against the
    // baseline it implies (16.55万元 after 减少4.65万元: 4.65 ÷ 21.20), said to be computed
    const rate = growth && !printedRate && ch.text && ch.direction !== 'flat' ? statedGrowth(inp, f, why.c.paragraphId, ch.text, ch.direction === 'down') : undefined
    if (rate) {
      return {
        answer: joinSentences([`${orgYear(t)}${label}${stageWord(t, label)}为${figureText(f)}`, `据文件说明，比${ch.baseline || '上年'}${amount}`, rate, `原文：${quoteOf(why.e)}`]),
        moved: ch.direction,
      }
    }
    return { answer: joinSentences([`${orgYear(t)}${label}${stageWord(t, label)}为${figureText(f)}`, `据文件说明，比${ch.baseline || '上年'}${amount}`, `原文：${quoteOf(why.e)}`]), moved: ch.direction }
  }
  return {
    answer: joinSentences([`${orgYear(t)}${label}${stageWord(t, label)}为${figureText(f)}`, `文件中没有${base}年的对应数字，无法计算变化`]),
  }
}

/** The side a figure is of: its row's name (收入合计, 支出合计), or the side word its sentence says right before its amount. */
function sideOf(f: Figure): '收入' | '支出' | undefined {
  const named = f.rowId ? f.citation.rowName ?? f.label : undefined
  const text = named ?? (() => { const t = f.citation.text ?? ''; const at = t.indexOf(f.amount.text); return at > 0 ? t.slice(Math.max(0, at - 12), at) : '' })()
  const sides = [...text.matchAll(/收入|支出/gu)].map((m) => m[0] as '收入' | '支出')
  return sides.length ? sides[sides.length - 1] : undefined
}
const sidesDiffer = (a: Figure, b: Figure) => { const x = sideOf(a); const y = sideOf(b); return !!x && !!y && x !== y }

/** Subjects asked each their own change: "科学技术支出和文化体育与传媒支出分别增长多少", "基本支出、项目支出各增加多少". */
const EACH_ASKED = /分别|各(?:自)?(?:增|减|比|较|下降|上升|变化|是)/u

export function answerChange(inp: HandlerInput): HandlerOutput {
  const targets = inp.scope.targets.filter((t, i, a) => a.findIndex((x) => x.doc.org === t.doc.org) === i).slice(0, 6)
  // rule each-change: two subjects or more asked each its change, of one document: each subject's change in turn
  const subjects = inp.frame.concepts.filter((c, i, a) => (c.kind === 'row' || c.kind === 'lexicon' || c.kind === 'column') && a.findIndex((x) => x.name === c.name) === i)
  if (targets.length === 1 && subjects.length >= 2 && subjects.length <= 4 && EACH_ASKED.test(inp.frame.text)) {
    const each = subjects.map((s) => oneTarget({ ...inp, frame: { ...inp.frame, concepts: [s] } }, targets[0]))
    return { answer: each.map((o) => o.answer).join(''), notFound: each.every((o) => o.notFound) }
  }
  const outs = targets.map((t) => ({ ...oneTarget(inp, t), org: t.doc.org }))
  const which = answerWhichMoved(inp.frame.text, inp.frame.direction, outs)
  if (which) return which
  return { answer: outs.map((o) => o.answer).join(''), notFound: outs.every((o) => o.notFound) }
}

/** The growth % a stated change implies, through the compute tool; the change is read from the paragraph that states it. */
/**
 * Rule `stated-baseline-difference`: an amount asked of a change the prose states by its rate (or direction) only, with
 * the baseline's own amount printed ("为28万元，比去年同期26万元增长了7.69%"): the difference of the two printed
 * amounts, computed and said to be.
 */
function statedBaselineDifference(inp: HandlerInput, f: Figure, stated: StatedChange): string | undefined {
  const ch = stated.e.change
  const pid = stated.c.paragraphId
  if (!ch?.baselineAmount || !pid || (ch.text && !ch.text.endsWith('%')) || (ch.direction !== 'up' && ch.direction !== 'down')) return undefined
  const r = inp.run.run('compute', { op: 'change', operands: [operandOf(f), { paragraphId: pid, value: ch.baselineAmount.text, unit: ch.baselineAmount.unit }] })
  if (!r.ok || r.result.text.startsWith('-') !== (ch.direction === 'down')) return undefined
  inp.run.cite(...r.citations)
  return `按文件所列两个数计算，${ch.direction === 'down' ? '减少' : '增加'}${r.result.text.replace(/^-/, '')}（${figureText(f)} − ${printedAmount(ch.baselineAmount)}）`
}

/**
 * Rule `stated-rate-check`: a change the prose prints with its amount and its rate ("增加342万元,增长29.86%") when the rate
 * is asked: the rate the amount gives against the baseline it implies (342 ÷ (1,145.52 − 342)), said only when it
 * disagrees with the printed one as rounded (the document's own figures disagree), both cited.
 */
function statedRateCheck(inp: HandlerInput, f: Figure, paragraphId: string | undefined, changeText: string, decrease: boolean, percent: string): string | undefined {
  const p = /^-?(\d+(?:\.\d+)?)\s*[%％]$/u.exec(percent.trim())
  const r = p ? statedGrowthOf(inp, f, paragraphId, changeText, decrease) : undefined
  if (!p || !r) return undefined
  const decimals = (p[1].split('.')[1] ?? '').length
  const worked = Math.abs(r.result.value)
  // (rounded as printed, with half a printed digit's slack for the amounts' own rounding)
  if (Math.abs(Number(worked.toFixed(decimals)) - Number(p[1])) <= 10 ** -decimals + 1e-9) return undefined
  inp.run.cite(...r.citations)
  const base = decrease ? '+' : '−'
  return `按文件所列两个数计算，${decrease ? '降幅' : '增幅'}为${r.result.text.replace(/^-/, '')}（${changeText} ÷ (${figureText(f)} ${base} ${changeText})），与文件写的${percent.trim()}不一致`
}

/** The growth % a stated change implies (compute's stated-growth), its change read as printed in its paragraph. */
function statedGrowthOf(inp: HandlerInput, f: Figure, paragraphId: string | undefined, changeText: string, decrease: boolean) {
  const change = printedAmountOperand(paragraphId, changeText)
  const r = change ? inp.run.run('compute', { op: 'stated-growth', decrease, operands: [operandOf(f), change] }) : undefined
  return r?.ok ? r : undefined
}

function statedGrowth(inp: HandlerInput, f: Figure, paragraphId: string | undefined, changeText: string, decrease: boolean): string | undefined {
  const r = statedGrowthOf(inp, f, paragraphId, changeText, decrease)
  if (!r) return undefined
  const base = decrease ? '+' : '−'
  return `${decrease ? '降幅' : '增幅'}为${r.result.text.replace(/^-/, '')}（${changeText} ÷ (${figureText(f)} ${base} ${changeText})；由文件所列两个数计算得出，文件本身没有写这个百分比）`
}

