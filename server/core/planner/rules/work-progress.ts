import { normalizeText } from '../../search/normalize-text.js'
import { proseSubjects, subjectFigure } from '../../tools/lib/prose-subjects.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "河道治理工程，累计完成投资占计划投资的百分之多少", "…累计完成投资比计划投资还差多少": a work's progress against its plan. */
const ASKED = /([\p{Script=Han}（）()]{4,40}?(?:工程|项目))[，,]?\s*(?:的)?(?:累计)?完成(?:的)?投资(?:额)?(?:占|比|与|和|距|离)?(?:计划|总|批复)?投资/u
const SHARE = /占|百分之|比例|比重|百分比|%|％|几成/u
const GAP = /差|还有|剩|未完成|缺口|相差/u
/** The progress the work's own item states, before the next item (二是…) or the next work. */
const DONE = /(?:累计|已)?完成(?:投资|资金|支付)\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/u
const NEXT_ITEM = /[。；;]\s*(?:[一二三四五六七八九十]+是|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/u

/**
 * Rule `work-progress`: a work of the year's summary ("二是投资1180万元实施某某工程，…累计完成投资1050万元") asked
 * for its progress against its plan: the share done (完成 ÷ 计划) or what is left (计划 − 完成), computed from the two
 * amounts its own item states and cited to that paragraph. Undefined when the item states no progress.
 */
export function answerWorkProgress(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const m = ASKED.exec(text)
  if (!m || targets.length !== 1) return undefined
  const share = SHARE.test(text.slice(m.index + m[0].length))
  const gap = !share && GAP.test(text.slice(m.index + m[0].length))
  if (!share && !gap) return undefined
  const t = targets[0]
  const work = m[1].split(/的/u).pop()!
  // the work as the summary names it, its amount written first ("投资1180万元实施县污水处理厂出水河道水体污染治理工程")
  // (the question's words may run on from the organisation's name: the longest shared ending names the work)
  const shared = (a: string, b: string) => { let n = 0; while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++; return n }
  const fits = proseSubjects(t.doc).filter((s) => s.amountFirst).map((s) => ({ s, n: shared(work, s.subject) })).filter((x) => x.n >= 6 || (x.n >= 4 && x.n === x.s.subject.length))
  const best = Math.max(0, ...fits.map((x) => x.n))
  const named = fits.filter((x) => x.n === best).map((x) => x.s)
  const f = named.length === 1 ? subjectFigure(t.doc, named[0]) : undefined
  if (!f) return undefined
  const p = t.doc.paragraphs.find((x) => x.id === f.citation.paragraphId)
  if (!p || f.fen === undefined) return undefined
  const body = normalizeText(p.text)
  const at = body.indexOf(normalizeText(f.citation.text ?? '').replace(/^……/, '').slice(0, 12))
  if (at < 0) return undefined
  const item = body.slice(at)
  const end = NEXT_ITEM.exec(item.slice(1))
  const done = DONE.exec(end ? item.slice(0, end.index + 1) : item)
  if (!done) return undefined
  const doneOperand = { paragraphId: p.id, value: done[1], unit: done[2] }
  const plannedOperand = { paragraphId: p.id, value: f.amount.text, unit: f.amount.unit }
  const r = run.run('compute', share ? { op: 'share', operands: [doneOperand, plannedOperand] } : { op: 'difference', operands: [plannedOperand, doneOperand] })
  if (!r.ok) return undefined
  run.cite(f.citation, ...r.citations)
  const how = share ? `累计完成投资${done[1]}${done[2]}占计划投资${f.text}的${r.result.text}（${done[1]}${done[2]} ÷ ${f.text}）` : `累计完成投资${done[1]}${done[2]}，比计划投资${f.text}还差${r.result.text.replace(/^-/, '')}（${f.text} − ${done[1]}${done[2]}）`
  return { answer: joinSentences([`${orgYear(t)}${f.label}：${how}`]) }
}
