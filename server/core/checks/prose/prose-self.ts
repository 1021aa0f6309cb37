import type { BudgetDocument } from '../../schema.js'
import { paragraphCitation } from '../cite.js'
import type { FindingDraft } from '../make-finding.js'
import { computedFigure, fenText, gapOf, printedFigure, quote, rateFits, roundingSlack, stepFen, sumFen } from '../money.js'
import { dimensionOf, PAIRS } from './concepts.js'
import { groupsOf, type Group } from './groups.js'
import type { Statement } from './statements.js'

const figure = (s: Statement) => printedFigure(`正文：${s.concept.label}`, s.amount)
const cite = (doc: BudgetDocument, s: Statement) => paragraphCitation(doc, s.paragraph, s.excerpt, s.amount.text, s.amount.unit)
/** The sentences a group spans, as one excerpt: the whole's sentence and each part's. */
const spanned = (ss: Statement[]) => [...new Set(ss.map((s) => s.excerpt))].join('')
const citeGroup = (doc: BudgetDocument, g: Group) =>
  [g.whole.paragraph, ...g.parts.map((p) => p.paragraph)].filter((p, i, all) => all.indexOf(p) === i)
    .map((p) => paragraphCitation(doc, p, spanned([g.whole, ...g.parts].filter((s) => s.paragraph === p)), p === g.whole.paragraph ? g.whole.amount.text : undefined, g.whole.amount.unit))
const listed = (parts: Statement[]) => parts.map((p) => `${p.concept.label}${quote(p.amount)}`).join('、')

/** The other half of a pair when the parts hold exactly one half of it (基本支出 without 项目支出). */
function missingHalf(parts: Statement[]): string | undefined {
  const keys = parts.map((p) => p.concept.key)
  for (const [a, b] of PAIRS) {
    if (keys.length === 1 && keys[0] === a) return b
    if (keys.length === 1 && keys[0] === b) return a
  }
  return undefined
}
const HALF_NAME: Record<string, string> = { basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费' }

/**
 * Stated parts against their stated whole. Parts that add up to more than the whole contradict it; fewer
 * parts than the whole are normal (其中 lists the main ones) unless they are one half of a pair that makes the
 * whole (基本支出 of 基本 + 项目) and the text gives no other half.
 */
function checkGroup(doc: BudgetDocument, g: Group, all: Statement[]): FindingDraft | undefined {
  const { whole, parts } = g
  // a whole whose subject the sentence does not name (an amount left between two others when a copy lost its verb:
  // "较2022年决算数441.63万元129.41万元") is no stated whole to hold its parts against
  if (!whole.concept.label.trim()) return undefined
  const sum = sumFen(parts.map((p) => p.amount.fen))
  const gap = gapOf(whole.amount.fen, sum, roundingSlack([whole.amount, ...parts.map((p) => p.amount)]))
  if (gap === 'equal') return undefined
  const unit = whole.amount.unit
  const base = {
    kind: 'prose-self' as const, severity: 'warning' as const,
    figures: [figure(whole), computedFigure('正文所列各项之和', sum, unit), ...parts.map(figure)],
    citations: citeGroup(doc, g),
  }
  if (gap === 'rounding') return { ...base, rounding: true, message: `正文称${whole.concept.label}为${quote(whole.amount)}，所列${listed(parts)}之和为${fenText(sum, unit)}${unit}。` }
  if (sum > whole.amount.fen) {
    const same = parts.find((p) => p.amount.fen === whole.amount.fen && parts.length > 1)
    const rest = same ? sumFen(parts.filter((p) => p !== same).map((p) => p.amount.fen)) : 0
    const explained = same && gapOf(rest, whole.amount.fen, roundingSlack(parts.map((p) => p.amount))) !== 'mismatch'
    const message = explained
      ? `正文称${whole.concept.label}为${quote(whole.amount)}，又把全部${quote(same.amount)}都列为${same.concept.label}，而其余各项已合计${fenText(rest, unit)}${unit}，两种说法不能同时成立。`
      : `正文称${whole.concept.label}为${quote(whole.amount)}，但所列${listed(parts)}之和为${fenText(sum, unit)}${unit}，超过了总数。`
    return { ...base, message }
  }
  const half = missingHalf(parts)
  const text = all.map((s) => s.subject).join('|')
  // (基本支出 stated by its own halves, "人员经费支出434.89万元,公用经费支出77.4万元", is stated)
  if (!half || text.includes(HALF_NAME[half]) || (half === 'basic' && text.includes(HALF_NAME.personnel) && text.includes(HALF_NAME.public))) return undefined
  const gapFen = whole.amount.fen - sum
  return {
    ...base, message: `正文称${whole.concept.label}为${quote(whole.amount)}，其中只列出${listed(parts)}，没有说明其余${fenText(gapFen, unit)}${unit}（${HALF_NAME[half]}）。`,
  }
}

/** The 三公 hierarchy: a whole's parts are its own children (公务接待费 is a sibling of 公务用车购置及运行费, not its part). */
const THREE_PUBLIC_PARTS: Record<string, string[]> = {
  'tp:car': ['tp:car-buy', 'tp:car-run'],
  'tp:total': ['tp:abroad', 'tp:car', 'tp:reception', 'tp:car-buy', 'tp:car-run'],
}

/** A list mixing breakdowns ("基本支出…项目支出…；社会保障和就业支出…") is checked one breakdown at a time. */
function byDimension(g: Group): Group[] {
  const own = THREE_PUBLIC_PARTS[g.whole.concept.key]
  if (own) g = { ...g, parts: g.parts.filter((p) => !p.concept.key.startsWith('tp:') || own.includes(p.concept.key)) }
  const dims = [...new Set(g.parts.map((p) => dimensionOf(p.concept.key)))]
  return dims.map((d) => ({ ...g, parts: g.parts.filter((p) => dimensionOf(p.concept.key) === d) }))
}

/** 占 P%: the share printed against the share the two printed figures give, at the printed precision. */
function checkShare(doc: BudgetDocument, s: Statement, base: Statement): FindingDraft | undefined {
  const share = s.share!
  const computed = (s.amount.fen / base.amount.fen) * 100
  if (!(base.amount.fen > 0) || rateFits(share, { fen: s.amount.fen, slack: stepFen(s.amount) / 2 }, { fen: base.amount.fen, slack: stepFen(base.amount) / 2 })) return undefined
  return {
    kind: 'prose-self', severity: 'warning',
    figures: [figure(s), figure(base)],
    citations: [cite(doc, s), ...(base.paragraph !== s.paragraph ? [cite(doc, base)] : [])],
    message: `正文称${s.concept.label}${quote(s.amount)}占${share.text}，但按${quote(base.amount)}计算应为${computed.toFixed(2)}%。`,
  }
}

/** Stated parts against stated wholes, and stated shares against the figures, across the document's text. */
export function checkProseSelf(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  let lastTotal: Statement | undefined
  for (const ss of statements) {
    const groups = groupsOf(ss)
    for (const g of groups.flatMap(byDimension)) { const f = checkGroup(doc, g, statements.flat()); if (f) out.push(f) }
    for (const s of ss.filter((x) => x.kind === 'level')) {
      if (s.share) {
        const base = groups.find((g) => g.parts.includes(s))?.whole ?? lastTotal
        const f = base && checkShare(doc, s, base)
        if (f) out.push(f)
      }
      if (s.concept.key === 'total' && !s.reason) lastTotal = s
    }
  }
  return out
}
