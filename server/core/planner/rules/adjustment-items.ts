import type { BudgetDocument, Paragraph } from '../../schema.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'
import { subjectCover } from '../../tools/lib/prose-subjects.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import { parseAmount } from '../../parse/amount.js'
import { paragraphFigure, type Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { askedWords } from './asked-words.js'
import { figureText, joinSentences } from '../compose.js'
import { operandOf } from '../operands.js'

/** One item of a budget adjustment as its sentence states it: the budget set at the year's start, as adjusted, the change. */
interface Adjusted {
  subject: string
  /** the year's start budget, undefined where none was set (年初预算未安排) */
  initial?: string
  adjusted: string
  unit: string
  dir?: '增加' | '减少'
  change?: string
  rate?: string
  sentence: string
  paragraph: Paragraph
}

const N = String.raw`(\d[\d,]*(?:\.\d+)?)`
/**
 * "上级补助收入由年初预算344997万元,调整为360365万元,增加15368万元", "债务转贷收入年初预算未安排,现根据…调整为73050万元",
 * "上年结余年初预算14000万元,根据…调整为13857万元", "…总收入由年初预算的512440万元调整为609272万元,增加96832万元、增长18.89%",
 * "地方财政收入年初预算153443万元,不作调整".
 */
const ADJUSTED = new RegExp(String.raw`(?<subject>[\p{Script=Han}“”]{2,30}?)(?:由)?年初(?:预算)?(?:的)?(?:${N}(?<unit>亿元|万元|元)|(?<none>未安排|未编列|为0))[,，]?(?:(?<kept>不作调整|不调整|维持不变)|[^。；;]{0,30}?(?:调整为|调整到|调增至|调减至|调整后为)${N}(?<unit2>亿元|万元|元)(?:[,，、](?<dir>增加|减少|调增|调减)${N}(?:亿元|万元|元))?(?:[,，、](?:增长|下降)${N}[%％])?)`, 'u')

const cache = new WeakMap<BudgetDocument, Adjusted[]>()

/** The items a budget adjustment report states as set and as adjusted, in the order it states them. */
export function adjustedItems(doc: BudgetDocument): Adjusted[] {
  let items = cache.get(doc)
  if (items) return items
  items = []
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      // (an item listed after another's change, "…减少3284万元;可平衡财力的…由年初预算…": each clause read on its own)
      for (const clause of compactText(foldMeaning(s.text)).split(/[;；]|其中[:：]/u)) {
        const m = ADJUSTED.exec(clause)
        if (!m?.groups) continue
        const g = m.groups
        const subject = g.subject.replace(/^(?:\d{4}年度?|年度?(?=\p{Script=Han}{2})|[,，、:：]|根据\p{Script=Han}*)+/u, '').replace(/^综合以上\p{Script=Han}*?调整[:：]?/u, '')
        const [initial, adjusted] = [m[2], g.kept ? m[2] : m[6]]
        const unit = g.unit ?? g.unit2
        if (!adjusted || !unit || subject.length < 2) continue
        const dir = g.dir === '调增' ? '增加' : g.dir === '调减' ? '减少' : (g.dir as Adjusted['dir'])
        items.push({ subject, ...(initial ? { initial } : {}), adjusted, unit, ...(dir ? { dir, change: m[9] } : {}), ...(m[10] ? { rate: m[10] } : {}), sentence: s.text.trim(), paragraph: p })
      }
    }
  }
  cache.set(doc, items)
  return items
}

const ADJUSTED_ASKED = /调整(?:为|成|到|后)|调成|调到|现在是|改为/u
const INITIAL_ASKED = /年初|调整前|原来|原先/u
const CHANGE_ASKED = /调(?:整)?了多少|调[增减]|增加了?多少|减少了?多少|多了多少|少了多少|变动|变化|差多少|相差/u
const RATE_ASKED = /百分之|增长率|增幅|幅度|[%％]/u
const SHARE_ASKED = /占(.+?)(?:的)?(?:比重|比例|百分比|百分之几|多少%|几成)/u
const FROM_VERB = /调入|调出/u

function itemNamed(words: string, items: Adjusted[]): Adjusted | undefined {
  let best: { item: Adjusted; cover: number } | undefined
  for (const item of items) {
    const cover = subjectCover(words, item.subject)
    if (cover && (!best || cover > best.cover || (cover === best.cover && item.subject.length > best.item.subject.length))) best = { item, cover }
  }
  return best?.item
}

function figureOf(doc: BudgetDocument, item: Adjusted, amountText: string): Figure | undefined {
  const amount = parseAmount(amountText, item.unit as never)
  if (!amount) return undefined
  return paragraphFigure(doc, item.paragraph, item.sentence, amount, item.subject)
}

/**
 * Rule `adjustment-items`: a budget adjustment report (预算调整方案) asked about one of its items, of one document: the item
 * the question names, as adjusted (调整为/调整后/调成), as set at the year's start (年初, 调整前), by how much it moved (调了
 * 多少, 多了多少: the change the sentence states), at what rate (stated, else computed from the two amounts and said so), or
 * its share of another item's adjusted amount (computed). Each figure with its sentence cited; undefined when no item is
 * named or the report states no such figure of it.
 */
export function answerAdjustmentItems(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope, run } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  if (t.year !== t.doc.year) return undefined
  const items = adjustedItems(t.doc)
  if (items.length < 2) return undefined
  const q = askedWords(frame)
  const where = `${t.doc.org}${t.doc.year}年${t.doc.scope === '财政预算' ? '预算调整' : t.doc.scope}文件`
  const quote = (xs: Adjusted[]) => `原文：${[...new Set(xs.map((x) => x.sentence))].map((s) => `“${s.replace(/[。；;，,]$/u, '')}”`).join('')}`
  const share = SHARE_ASKED.exec(q)
  if (share) {
    const [part, whole] = [itemNamed(q.slice(0, share.index), items), itemNamed(share[1], items)]
    if (!part || !whole || part === whole) return undefined
    const [a, b] = [figureOf(t.doc, part, part.adjusted), figureOf(t.doc, whole, whole.adjusted)]
    if (!a || !b || a.fen === undefined || b.fen === undefined || a.fen > b.fen) return undefined
    const r = run.run('compute', { op: 'share', operands: [operandOf(a), operandOf(b)] })
    if (!r.ok) return undefined
    run.cite(a.citation, b.citation)
    return { answer: joinSentences([`${where}中，调整后${part.subject}${figureText(a)}占调整后${whole.subject}${figureText(b)}的${r.result.text}（${figureText(a)} ÷ ${figureText(b)}，由文件所列两数计算得出，文件本身没有写这个比例）`, quote([part, whole])]) }
  }
  // (money moved in from another account, "从政府性基金调入了多少": read by its verb, rule verb-amount)
  if (FROM_VERB.test(q) && !/调入资金|调出资金/u.test(q)) return undefined
  const item = itemNamed(q, items)
  if (!item) return undefined
  const parts: string[] = []
  const cite = (amountText: string) => { const f = figureOf(t.doc, item, amountText); if (f) run.cite(f.citation); return f }
  const initial = item.initial ? `年初预算${item.initial}${item.unit}` : '年初预算未安排'
  const adjusted = `调整为${item.adjusted}${item.unit}`
  if (RATE_ASKED.test(q)) {
    if (item.rate) parts.push(`${item.subject}${initial}，${adjusted}，${item.dir === '减少' ? '下降' : '增长'}${item.rate}%（文件所写）`)
    else {
      const [a, b] = item.initial ? [cite(item.adjusted), cite(item.initial)] : []
      const r = a && b ? run.run('compute', { op: 'growth', operands: [operandOf(a), operandOf(b)] }) : undefined
      if (!r?.ok) return undefined
      parts.push(`${item.subject}${initial}，${adjusted}，变动${r.result.text}（由两数计算得出，文件本身没有写这个比例）`)
    }
    if (item.initial) cite(item.initial)
    cite(item.adjusted)
  } else if (CHANGE_ASKED.test(q)) {
    if (item.change) {
      parts.push(`${item.subject}${initial}，${adjusted}，${item.dir}${item.change}${item.unit}`)
    } else if (item.initial) {
      const [a, b] = [cite(item.adjusted), cite(item.initial)]
      const r = a && b ? run.run('compute', { op: 'difference', operands: [operandOf(a), operandOf(b)] }) : undefined
      if (!r?.ok) return undefined
      const down = r.result.text.startsWith('-')
      parts.push(`${item.subject}${initial}，${adjusted}，${down ? '减少' : '增加'}${r.result.text.replace(/^-/, '')}（${item.adjusted}${item.unit} − ${item.initial}${item.unit}，由两数计算得出）`)
    } else parts.push(`${item.subject}${initial}，${adjusted}`)
    if (item.initial) cite(item.initial)
    cite(item.adjusted)
  } else if (INITIAL_ASKED.test(q) && !ADJUSTED_ASKED.test(q)) {
    if (!item.initial) parts.push(`${item.subject}年初预算未安排`)
    else { cite(item.initial); parts.push(`${item.subject}${initial}`) }
  } else {
    if (item.initial) cite(item.initial)
    cite(item.adjusted)
    parts.push(`${item.subject}${initial}，${adjusted}${item.change ? `，${item.dir}${item.change}${item.unit}` : ''}`)
  }
  return { answer: joinSentences([`${where}写明：${parts.join('；')}`, quote([item])]) }
}
