import type { BudgetDocument } from '../../schema.js'
import { sentencesOf } from './prose.js'

/**
 * 决算 prose explains why a class's 决算 differs from its 年初预算, apart from any change against last year:
 * "农林水支出（类）决算数大于年初预算数的主要原因是…", "决算数与年初预算数存在差异的主要原因是…",
 * "…完成年初预算的110.43%，主要原因是…". The subject is named in the sentence, or in the sentence just before it
 * ("X（类）年初预算为…，支出决算为…。决算数大于年初预算数的主要原因是…").
 */
const GAP = /(?:决算数?)?\s*(?:大于|高于|超过|超出|多于|小于|低于|少于|未达到)\s*(?:年初)?预算数?|与(?:年初)?预算数?(?:之间)?(?:存在)?(?:的)?(?:差异|差距)|完成(?:年初)?预算的?\s*[\d.]+\s*%/
/** …主要原因是…, and as some 三公 pages head it, "决算小于预算数的主要情况:…" */
const REASON = /(?:的)?(?:(?:主要)?原因|主要情况)(?:主要)?(?:是|为|[:：])\s*(.+)$/

/** an item of an enumerated list of reasons: 一是…, 二是… */
const LIST_ITEM = /^[一二三四五六七八九十]是/u

/** A sentence that only names a classified subject: "（5）农林水支出（类）农业农村（款）行政运行（项）。" */
const TITLE = /^[^，,；;。]{2,60}\((?:类|款|项)\)[。.:：]?$/

/** A sentence saying only what the money is for ("主要用于…"), between a subject's figures and its gap reason. */
const USE_ASIDE = /^(?:主要|全部|均)?(?:是)?用于/u

/** How far before the gap the subject may stand (a sentence of its 年初预算, 决算 and completion rate). */
const NEAR = 80

export interface BudgetGapReason { index: number; sentence: string; reason: string }

/** The budget gap a sentence gives a reason for ("决算数小于预算数的主要原因是…"): where the gap is said, and the reason. */
export function gapReasonIn(text: string): { at: number; reason: string } | undefined {
  const gap = GAP.exec(text)
  const why = gap ? REASON.exec(text.slice(gap.index)) : null
  return gap && why ? { at: gap.index, reason: why[1].replace(/[。；;]$/, '').trim() } : undefined
}

/** "主要原因:一是…；二是…；三是…": the reasons listed after the first, in the sentences that follow it. */
function listedOn(r: BudgetGapReason, ss: { text: string }[], at: number): BudgetGapReason {
  if (!LIST_ITEM.test(r.reason)) return r
  const more: string[] = []
  for (let j = at + 1; j < ss.length && /^[二三四五六七八九十]是/u.test(ss[j].text.trim()); j++) more.push(ss[j].text.trim().replace(/[。；;]$/, ''))
  if (!more.length) return r
  const join = (a: string) => [a.replace(/[。；;]$/, ''), ...more].join('；')
  return { ...r, sentence: join(r.sentence), reason: join(r.reason) }
}

/** The sentence giving the reason a subject's 决算 is above or below its 年初预算, if the prose has one. */
export function budgetGapReason(doc: BudgetDocument, keywords: readonly string[]): BudgetGapReason | undefined {
  let previous = ''
  let titled = ''
  for (const [index, p] of doc.paragraphs.entries()) {
    if (p.heading) { previous = titled = ''; continue }
    // "决算数大于年初预算数，主要原因：一是“农业生产发展”…；二是“病虫害控制”…；三是…": each item names its own subject
    let listed = false
    const ss = sentencesOf(p.text)
    for (const [si, s] of ss.entries()) {
      const text = s.text.trim()
      const said = gapReasonIn(text)
      const item: string | undefined = said && LIST_ITEM.test(said.reason) ? said.reason : listed && LIST_ITEM.test(text) ? text : undefined
      listed = !!item || (listed && !said && LIST_ITEM.test(text))
      if (item && keywords.some((k) => item.includes(k))) return { index, sentence: item, reason: item.replace(/[。；;]$/, '') }
      // (reasons listed after the gap, naming no subject: "决算数小于年初预算数的主要原因:一是通过政府采购方式…" under the
      // sentence of the subject's 年初预算 and 决算, read below as that subject's)
      if (said && item && !(said.at <= NEAR && previous.length <= 2 * NEAR && keywords.some((k) => previous.includes(k)))) continue
      if (said) {
        // the subject close before the gap ("X（项）年初预算为…，支出决算为…，决算数小于…"): a flattened table run
        // into the sentence names many subjects far before it
        const hit = keywords.map((k) => ({ at: text.lastIndexOf(k, said.at), k })).sort((a, b) => b.at - a.at)[0]
        const at = hit?.at ?? -1
        // another classified subject between them ("…计划生育服务 … 应急处理（项）年初预算为…"): the gap is that one's
        const between = at >= 0 ? text.slice(at + hit.k.length, said.at).replace(/^\s*\((?:类|款|项)\)/, '') : ''
        if (at >= 0 && said.at - at <= NEAR && !/\((?:类|款|项)\)/.test(between)) return { index, sentence: text.slice(at), reason: said.reason }
        // "…决算为…。决算数大于年初预算数的主要原因是…": no subject of its own, the previous sentence's (a short one, not a table run)
        const other = /\p{Script=Han}\s*\((?:类|款|项)\)/u.test(text.slice(0, said.at))
        if (at < 0 && !other && said.at <= NEAR && previous.length <= 2 * NEAR && keywords.some((k) => previous.includes(k))) return listedOn({ index, sentence: text, reason: said.reason }, ss, si)
        // "（5）农林水支出（类）农业农村（款）行政运行（项）。年初预算为…，支出决算为…。决算数大于…的主要原因是…": the
        // subject is the title sentence before the figures' sentence
        if (at < 0 && !other && said.at <= NEAR && previous.length <= 2 * NEAR && TITLE.test(titled) && keywords.some((k) => titled.includes(k))) return { index, sentence: text, reason: said.reason }
        // "X（项）：年初预算…，支出决算…。主要用于…。决算数小于年初预算数的主要原因是…": its use said between them
        if (at < 0 && !other && said.at <= NEAR && USE_ASIDE.test(previous) && titled.length <= 2 * NEAR && keywords.some((k) => titled.includes(k))) return { index, sentence: text, reason: said.reason }
      }
      titled = previous
      previous = text
    }
  }
  return undefined
}
