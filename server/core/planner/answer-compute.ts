import type { ComputeOutput } from '../tools/compute.js'
import { compactText } from '../search/normalize-text.js'
import type { ToolInput } from '../tools/registry.js'
import type { Figure } from '../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureIn, figureText, joinSentences, labelOf, orgYear, stageWord } from './compose.js'
import { figureFor } from './figure-for.js'
import { notFoundInDoc } from './not-found.js'
import { operandOf, totalOfTable } from './operands.js'
import type { ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import { askedName, cellKey } from './answer-lookup.js'
import { REMAINDER, REMAINDER_OF } from './detect-op.js'
import { fundTableOf } from './rules/fund-table.js'
import { exceedsWhole, shareOrder } from './rules/share-bound.js'
import { isWhole, partsAndWholes } from './rules/part-whole-sum.js'
import { fundShareTable, grandWholeShareTable } from './rules/fund-share-whole.js'
import { statedShare } from './rules/stated-share.js'
import { countShare } from './answer-count-share.js'
import { basicPartsShare } from './rules/basic-parts-share.js'
import { sideWholeShare } from './rules/side-whole-share.js'

type Found = { f: Figure; s: ConceptHit } | { missing: string }

function get(inp: HandlerInput, t: Target, s: ConceptHit, sameTableAs?: { tableKind?: string }): Found {
  const r = figureFor(inp.run, t, s, inp.frame.columns[0], sameTableAs)
  return r.figure ? { f: r.figure, s } : { missing: notFoundInDoc(inp.run, t, askedName(s), r.empty, false) }
}

function computeText(inp: HandlerInput, op: 'share' | 'difference' | 'sum', figs: Figure[], operands: ToolInput<'compute'>['operands']): ComputeOutput | undefined {
  const r = inp.run.run('compute', { op, operands })
  if (!r.ok) return undefined
  inp.run.cite(...r.citations)
  return r
}

/** Two table figures printed in one cell (a figure read from prose is only ever itself here). */
const sameCell = (a: Figure, b: Figure) => !!a.citation.rowId && cellKey(a.docId, a.citation) === cellKey(b.docId, b.citation)

const PART_OF = /^(?:的)?(?:里|中|当中|之中|里面|其中)(?:的)?$/

/** "基本支出里人员经费占多少": the part is the numerator, the whole it is named inside the denominator. */
function partFirst(subjects: ConceptHit[], text: string): ConceptHit[] {
  const [a, b] = subjects
  if (!a || !b || subjects.length !== 2) return subjects
  return b.parent === a.name || PART_OF.test(text.slice(a.end, b.start)) ? [b, a] : subjects
}

/** Parts each asked as a share of one whole: 各占, 分别占, 各自占 */
const EACH_SHARE = /各(?:自)?(?:所)?占|分别(?:所)?占/u
/** The parts asked together before 占: 加起来, 合起来, 合计, 一共, 两项. */
const SUM_THEN_SHARE = /(?:加起来|合起来|加在一起|相加|合计|一共|共计|总共|两项|两者|二者)[^占]{0,12}占/u

/**
 * Rule `sum-share`: two parts or more named, then their sum said (加起来, 合计) and its share asked: (a + b) ÷ the
 * whole named after 占, else the table total of the first part; undefined unless every part and the whole are read.
 */
function sumShare(inp: HandlerInput, t: Target, subjects: ConceptHit[]): HandlerOutput | undefined {
  const m = SUM_THEN_SHARE.exec(inp.frame.text)
  if (!m) return undefined
  const at = m.index + m[0].length - 1
  const parts = subjects.filter((c) => c.end <= at)
  const after = subjects.filter((c) => c.start > at)
  if (parts.length < 2 || after.length > 1) return undefined
  const read = parts.map((s) => get(inp, t, s))
  if (read.some((x) => 'missing' in x)) return undefined
  const figs = (read as { f: Figure; s: ConceptHit }[]).map((x) => x.f)
  const wholeFound = after[0] ? get(inp, t, after[0]) : undefined
  const whole = wholeFound && 'f' in wholeFound ? operandOf(wholeFound.f) : !after[0] ? totalOfTable(inp.run, figs[0]) : undefined
  if (!whole) return undefined
  const sum = computeText(inp, 'sum', figs, figs.map(operandOf))
  const share = computeText(inp, 'share', figs, [...figs.map(operandOf), whole])
  if (!sum || !share || exceedsWhole(share.result.value)) return undefined
  const w = share.inputs[share.inputs.length - 1]
  const u = figs[0].amount.unit
  const names = parts.map((s, i) => `${labelOf(figs[i], s.name)}${figureText(figs[i])}`)
  const wholeName = after[0] ? labelOf(w, after[0].name) : labelOf(w, '合计')
  return { answer: joinSentences([`${orgYear(t)}${names.join('、')}，合计${sum.result.text}，占${wholeName}${figureIn(w, u)}的${share.result.text}（(${figs.map((f) => figureIn(f, u, false)).join(' + ')}) ÷ ${figureIn(w, u, false)}）`]) }
}

/** 占比 / 差额 / 合计 within one document: inputs fetched by the tools, arithmetic exact, inputs cited. */
function oneTarget(inp: HandlerInput, t: Target): HandlerOutput {
  const { frame } = inp
  const op = frame.op === 'share' ? 'share' : frame.op === 'sum' ? 'sum' : 'difference'
  const subjects = partFirst(frame.concepts.filter((c) => c.kind !== 'count'), frame.text)
  // rule each-share: "基本支出和项目支出各占支出总预算的比例": each part named before 各占 over the one whole after it,
  // never one part over the other
  if (op === 'share' && subjects.length >= 3 && EACH_SHARE.test(frame.text)) {
    const whole = subjects[subjects.length - 1]
    const outs = subjects.slice(0, -1).map((part) => oneTarget({ ...inp, frame: { ...frame, concepts: [part, whole] } }, t))
    return { answer: joinSentences(outs.map((o) => o.answer)), ...(outs.every((o) => o.notFound) ? { notFound: true } : {}) }
  }
  // rule sum-share: "卫生健康和住房保障支出加起来多少？占总预算百分之几": the parts' sum over the whole, never one part over
  // the other
  const summed = op === 'share' ? sumShare(inp, t, subjects) : undefined
  if (summed) return summed
  // rule count-share-ask: a share of two counts the text states ("其他用车占公务用车总数的比例"), computed from them
  const counted = op === 'share' ? countShare(inp, t) : undefined
  if (counted) return { answer: counted }
  // rule side-whole-share: a fund's share of a side said alone ("一般公共预算占收入的比例")
  const sided = op === 'share' ? sideWholeShare(inp, t, subjects) : undefined
  if (sided) return sided
  // rule basic-parts-share: 人员经费 or 公用经费 of 基本支出, from the 基本支出表's own total lines
  const basicPart = op === 'share' ? basicPartsShare(inp, t) : undefined
  if (basicPart) return basicPart
  // rule unread-part: "税收占一般公共预算收入的比例": words no term reads, before 占, are the part; the subject after it the whole
  const unread = op === 'share' && subjects.length === 1 ? unreadPartShare(inp, t, subjects[0]) : undefined
  if (unread) return unread
  // rule remainder-unread: "收入预算中一般公共预算拨款以外的部分": the part in words no term reads, from the prose
  const rest = op === 'difference' && subjects.length === 1 ? unreadRemainder(inp, t, subjects[0]) : undefined
  if (rest) return rest
  // rule stated-share: a share the text prints for the part of the whole asked is quoted, not recomputed
  // (one subject and no column asked, "基本支出占比多少": the share printed of the paragraph's own total)
  // (…never the share of a lone subject said after 占: "某项目占项目支出的比重" names 项目支出 as the whole, and 项目支出's
  // own share of the budget is not what is asked; the part's words unread, the part is not found, rule whole-after-share)
  const shareAt = frame.text.indexOf('占')
  const onlyWhole = subjects.length === 1 && shareAt >= 0 && subjects[0].start > shareAt
  if (onlyWhole && op === 'share' && frame.unknown && frame.text.slice(0, shareAt).includes(frame.unknown)) {
    return { answer: `没有找到${orgYear(t)}“${frame.unknown}”的金额，无法计算它占${askedName(subjects[0])}的比重。`, notFound: true }
  }
  const printed = op === 'share' && (subjects.length === 2 || (subjects.length === 1 && !frame.columns.length && !onlyWhole)) ? statedShare(inp, t, subjects[0], subjects[1]) : undefined
  // "按金额算实际占…多少": the share worked out from the amounts is asked, the printed one said beside it
  const worked = !!printed && WORK_IT_OUT.test(frame.text)
  if (printed && !worked) {
    inp.run.cite(printed.citation)
    return { answer: printed.text }
  }
  // a share's parts come from one table: the one a part names (一般公共预算…) if any, else the first part's
  const fund = op === 'share' ? subjects.map((s) => fundTableOf(inp.run.vocabulary, s)).find(Boolean) : undefined
  const found: Found[] = []
  for (const s of subjects) {
    // rule total-part-own-table: a part that is itself a table's total line (财政拨款收入, 本年收入合计 of the
    // 财政拨款收支总表) leaves its whole to its own reading: that table's other total adds carry-overs, not other sources
    const first = found[0] && 'f' in found[0] && !isWhole(inp.run.vocabulary, found[0].s, found[0].f) ? found[0].f : undefined
    // (a sum of columns, "人员经费和公用经费合计", reads them from one table too: the first's)
    const same = op === 'sum' ? (subjects.every((c) => c.kind === 'column') ? first : undefined)
      : op !== 'share' ? undefined : fundShareTable(op, subjects, s) ?? grandWholeShareTable(op, subjects) ?? (fund && s.kind === 'row' && !fundTableOf(inp.run.vocabulary, s) ? { tableKind: fund } : first)
    // rule share-same-sentence: a part read from prose ("…合计为1000.86万元,其中:…公务用车运行维护费472.38万元") has
    // its whole in its own paragraph, before any other paragraph's figure of that name (a 区直 total beside the 全区 one)
    const part = op === 'share' && found.length === 1 && 'f' in found[0] && !found[0].f.rowId ? found[0].f : undefined
    const own = part?.citation.paragraphId ? inp.run.run('find-prose-figure', { docId: t.doc.id, name: s.name, kind: 'money', paragraphId: part.citation.paragraphId }) : undefined
    const whole = own?.ok ? own.figures[0] : undefined
    if (whole && part?.fen !== undefined && whole.fen !== undefined && whole.fen > part.fen) { found.push({ f: whole, s }); continue }
    found.push(get(inp, t, s, same))
  }
  const missing = found.find((x): x is { missing: string } => 'missing' in x)
  if (missing && printed) {
    inp.run.cite(printed.citation)
    return { answer: printed.text }
  }
  if (missing) return { answer: missing.missing, notFound: true }
  // rule one-cell-once: two names of one cell (支出预算 / 支出预算合计) are one operand, never added to or compared with itself
  const once = (found as { f: Figure; s: ConceptHit }[]).filter((x, i, all) => all.findIndex((y) => y === x || sameCell(y.f, x.f)) === i)
  // rule part-whole-sum: a total named beside its own parts is where they sit, not a term of the sum
  const split = op === 'sum' ? partsAndWholes(inp.run.vocabulary, once) : { sum: once }
  if ('each' in split) {
    inp.run.cite(...split.each.map((x) => x.f.citation))
    const said = split.each.map((x) => `${labelOf(x.f, x.s.name)}${stageWord(t, labelOf(x.f, x.s.name))}为${figureText(x.f)}`)
    return { answer: joinSentences([`${orgYear(t)}${said.join('，')}`]) }
  }
  const distinct = split.sum
  const figs = distinct.map((x) => x.f)
  const names = distinct.map((x) => labelOf(x.f, x.s.name))
  if (figs.length === 1 && found.length > 1 && op !== 'share') {
    inp.run.cite(figs[0].citation)
    return { answer: joinSentences([`${orgYear(t)}${names[0]}${stageWord(t, names[0])}为${figureText(figs[0])}`]) }
  }
  const operands = figs.map(operandOf)
  // rule printed-rate-row: the row asked is itself a share ("检查化验收入占比 | % | 28.91"): its figure, not a share of it
  if (op === 'share' && figs.length === 1 && figs[0].amount.unit === '%') {
    inp.run.cite(figs[0].citation)
    return { answer: joinSentences([`${orgYear(t)}${names[0]}${stageWord(t, names[0])}为${figureText(figs[0])}`]) }
  }
  if (op === 'share' && figs.length === 1) {
    // a part the prose states (no table holds it): its side's whole as the prose states it (支出预算, 收入预算)
    const total = totalOfTable(inp.run, figs[0]) ?? proseWholeOf(inp, t, figs[0], names[0])
    if (!total) return { answer: `没有找到${orgYear(t)}“${names[0]}”所在表格的合计数，无法计算占比。`, notFound: true }
    operands.push(total)
  }
  if (op !== 'sum' && operands.length < 2) return { answer: `计算${op === 'share' ? '占比' : '差额'}需要两个项目，${names.length ? `问题中只识别到“${names[0]}”` : '问题中没有识别出可以计算的项目'}。`, notFound: true }
  let r = computeText(inp, op, figs, operands.slice(0, op === 'sum' ? operands.length : 2))
  if (!r) return { answer: `无法计算：${names.join('、')}的数据不完整。`, notFound: true }
  if (op === 'share' && exceedsWhole(r.result.value)) {
    // rule share-bound: a part is never more than its whole
    const [pa, pb] = r.inputs
    const nWhole = names[1] ?? labelOf(pb, '总额')
    const order = shareOrder(frame.text, distinct[0].s, distinct[1]?.s)
    const swapped = order === 'open' ? computeText(inp, op, figs, [operands[1], operands[0]]) : undefined
    if (!swapped || exceedsWhole(swapped.result.value)) {
      return {
        answer: joinSentences([`${orgYear(t)}${names[0]}${figureText(pa)}大于${nWhole}${figureText(pb)}，不是它的一部分，无法按占比计算`]),
        notFound: true,
      }
    }
    r = swapped
    names.reverse()
  }
  const [a, b] = r.inputs
  const nb = names[1] ?? (b ? labelOf(b, '总额') : '')
  if (op === 'share') {
    const u = a.amount.unit
    return { answer: joinSentences([`${orgYear(t)}${names[0]}${figureText(a)}占${nb}${figureIn(b, u)}的${r.result.text}（${figureIn(a, u, false)} ÷ ${figureIn(b, u, false)}）`]) }
  }
  const u = r.result.unit
  if (op === 'sum') return { answer: joinSentences([`${orgYear(t)}${names.join('、')}合计${r.result.text}（${r.inputs.map((f) => figureIn(f, u, false)).join(' + ')}）`]) }
  const more = (r.result.fen ?? r.result.value) >= 0
  const abs = r.result.text.replace(/^-/, '')
  // rule remainder: "X中Y以外的部分": the whole less its part, the larger of the two the whole (a part more than what it
  // is said to be part of is no part: the plain difference is said)
  if (REMAINDER.test(frame.text) && figs.length === 2) {
    const [whole, part, nw, np] = more ? [a, b, names[0], nb] : [b, a, nb, names[0]]
    return { answer: joinSentences([`${orgYear(t)}${nw}为${figureIn(whole, u)}，其中${np}为${figureIn(part, u)}，${np}以外的部分为${abs}（${figureIn(whole, u, false)} − ${figureIn(part, u, false)}）`]) }
  }
  return {
    answer: joinSentences([
      `${orgYear(t)}${names[0]}${figureIn(a, u)}，${nb}${figureIn(b, u)}，${names[0]}比${nb}${more ? '多' : '少'}${abs}（${figureIn(a, u, false)} − ${figureIn(b, u, false)} = ${r.result.text}）`,
    ]),
  }
}

/** A share printed in the part's own clause right after its amount: ",税占比85.6%", ",占收入的比重为88.3%". */
const PRINTED_SHARE = /^[^。；;]{0,12}?占(?:比|[^。；;，,]{0,16}?(?:比重|比例))(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/u

/** The part a question names in words no term reads ("税收占…"), stated in the prose, as a share of the subject after 占. */
function unreadPartShare(inp: HandlerInput, t: Target, whole: ConceptHit): HandlerOutput | undefined {
  const { frame, run } = inp
  // the words right before 占, past the organisation and the year, that no term read
  const zhan = frame.text.lastIndexOf('占', whole.start)
  const from = Math.max(0, ...frame.orgs.filter((o) => o.end <= zhan).map((o) => o.end))
  const words = zhan < 0 ? '' : frame.text.slice(from, zhan).replace(/^(?:(?:19|20)?\d{2}年度?)/u, '').replace(/^的|的$/gu, '')
  if (!/^\p{Script=Han}{2,8}$/u.test(words) || frame.concepts.some((c) => c.start < zhan && c.end > from)) return undefined
  const w = get(inp, t, whole)
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: words, kind: 'money' })
  const part = r.ok ? r.figures[0] : undefined
  // (no amount of the whole, but the part's clause prints its share of that whole: "占全市支出比重的66.9%", quoted)
  if (!('f' in w) || w.f.fen === undefined) return part ? printedShareOf(inp, t, part, words, whole) : undefined
  // (a part is less than its whole, and is not the whole read again)
  if (!part || part.fen === undefined || part.fen >= w.f.fen) return undefined
  const c = computeText(inp, 'share', [part, w.f], [operandOf(part), operandOf(w.f)])
  if (!c) return undefined
  const u = part.amount.unit
  const nw = labelOf(w.f, whole.name)
  // (the part's own clause may print its share, "税收收入173.65亿元,税占比85.6%": that is quoted, the computation beside it)
  const text = part.citation.text ?? ''
  const after = text.slice(text.indexOf(part.amount.text) + part.amount.text.length)
  const stated = PRINTED_SHARE.exec(after)?.[1]
  const computed = `${figureIn(part, u, false)} ÷ ${figureIn(w.f, u, false)}`
  if (stated && Math.abs(Number(stated) - Number(c.result.value)) < 0.1) {
    return { answer: joinSentences([`${orgYear(t)}${labelOf(part, words)}${figureText(part)}占${nw}${figureIn(w.f, u)}的${stated}%（文件所写；按金额计算：${computed} = ${c.result.text}）`]) }
  }
  return { answer: joinSentences([`${orgYear(t)}${labelOf(part, words)}${figureText(part)}占${nw}${figureIn(w.f, u)}的${c.result.text}（${computed}）`]) }
}

/** The share a part's clause prints of a whole it names: "，占全市支出比重的66.9%" (whole, rate). */
const PRINTED_SHARE_OF = /^[^。；;]{0,12}?占(?<whole>[^。；;，,\d]{1,16}?)的?(?:比重|比例)(?:的|为|是|达)?\s*(?<rate>\d+(?:\.\d+)?)\s*[%％]/u

/**
 * Rule `printed-share-of`: a part asked as a share of a whole no figure is read for ("民生支出占全市支出的比重"), when the
 * part's own clause prints its share of a whole of that name: the printed share, quoted with the part's amount.
 */
function printedShareOf(inp: HandlerInput, t: Target, part: Figure, words: string, whole: ConceptHit): HandlerOutput | undefined {
  const text = part.citation.text ?? ''
  // (after any place the amount is printed: a headline may repeat it before the sentence)
  const clauses = text.split(part.amount.text).slice(1)
  const m = clauses.map((c) => PRINTED_SHARE_OF.exec(c)).find(Boolean)
  const asked = compactText(whole.surface).replace(/^(?:全[省市区县州盟旗]|本级)/u, '')
  if (!m || !asked || !compactText(m.groups!.whole).includes(asked)) return undefined
  inp.run.cite(part.citation)
  return { answer: joinSentences([`${orgYear(t)}${labelOf(part, words)}${figureText(part)}，文件写明占${m.groups!.whole}比重为${m.groups!.rate}%（文件所写，未列出${m.groups!.whole}的金额）`]) }
}

/** "X中Y以外的部分" with Y in words no term reads: Y as the prose states it, less than X, then X − Y. */
function unreadRemainder(inp: HandlerInput, t: Target, whole: ConceptHit): HandlerOutput | undefined {
  const m = REMAINDER_OF.exec(inp.frame.text.slice(whole.end))
  const words = m?.[1].replace(/^的|的$/gu, '')
  if (!m || !words || !/^[\p{Script=Han}()（）]{2,20}$/u.test(words)) return undefined
  const w = get(inp, t, whole)
  if (!('f' in w) || w.f.fen === undefined) return undefined
  const r = inp.run.run('find-prose-figure', { docId: t.doc.id, name: words, kind: 'money' })
  // (a part is less than its whole, and is not the whole read again)
  const part = r.ok ? r.figures.find((f) => f.fen !== undefined && f.fen < w.f.fen!) : undefined
  if (!part) return undefined
  const c = computeText(inp, 'difference', [w.f, part], [operandOf(w.f), operandOf(part)])
  if (!c) return undefined
  const u = c.result.unit
  const nw = labelOf(w.f, whole.name)
  const np = labelOf(part, words)
  return { answer: joinSentences([`${orgYear(t)}${nw}为${figureIn(w.f, u)}，其中${np}为${figureIn(part, u)}，${np}以外的部分为${c.result.text}（${figureIn(w.f, u, false)} − ${figureIn(part, u, false)}）`]) }
}

/** The whole of a prose part's side, stated in the same document's prose, when it is larger than the part. */
function proseWholeOf(inp: HandlerInput, t: Target, part: Figure, name: string): ReturnType<typeof operandOf> | undefined {
  // (a page of prose only: where tables are printed, a prose part's whole is no side's total read blindly)
  if (part.citation.kind !== 'paragraph' || part.fen === undefined || t.doc.tables.length) return undefined
  const r = inp.run.run('find-prose-figure', { docId: t.doc.id, name: /收入/u.test(name) ? '收入预算' : '支出预算', kind: 'money' })
  const whole = r.ok ? r.figures[0] : undefined
  // (the part itself read again is no whole: a larger figure only)
  return whole && whole.fen !== undefined && whole.fen > part.fen && whole.citation.paragraphId !== undefined ? operandOf(whole) : undefined
}

/** "按金额算", "用金额计算", "实际算下来": the share asked is the one the amounts give, not only the one printed */
const WORK_IT_OUT = /按(?:金额|数额|数字|实际数|实际金额)(?:计)?算|用(?:金额|数字)(?:计)?算|实际(?:计)?算(?:下来|出来)?|重新(?:计)?算|自己算/u

export function answerCompute(inp: HandlerInput): HandlerOutput {
  const outs = inp.scope.targets.slice(0, 6).map((t) => oneTarget(inp, t))
  return { answer: outs.map((o) => o.answer).join(''), notFound: outs.every((o) => o.notFound) }
}
