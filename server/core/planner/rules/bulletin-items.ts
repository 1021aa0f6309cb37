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
import type { Target } from '../resolve-scope.js'

/** The two periods a monthly bulletin states each item for: the month's own, and the year so far. */
type Period = 'month' | 'cumulative'
const PERIOD_NAME: Record<Period, string> = { month: '当月', cumulative: '累计' }

interface Reading { amount: string; unit: string; dir?: string; rate?: string; sentence: string; paragraph: Paragraph }
/** One item a bulletin reports: its name as printed, each period's amount and change, its share and completion. */
interface Item { subject: string; month?: Reading; cumulative?: Reading; share?: string; completion?: string }

/** "来自海口的一般公共预算收入当月完成25.2亿元", "累计完成427.4亿元", "其中民生支出完成138.3亿元". */
const DONE = /^(?:其中[:：]?)?(?<subject>(?!(?:当月|本月|累计)(?:完成|实现))\p{Script=Han}[\p{Script=Han}“”"]{1,30}?)?(?<period>当月|本月|累计)?(?:完成|实现)(?<amount>\d[\d,]*(?:\.\d+)?)(?<unit>亿元|万元|元)$/u
const RATE = /^(?<dir>增长|下降|增加|减少)(?<rate>\d+(?:\.\d+)?)[%％]$/u
const SHARE = /^占比(?<share>\d+(?:\.\d+)?)[%％]$/u
const COMPLETION = /^完成(?:年度|全年)?预算的?(?<rate>\d+(?:\.\d+)?)[%％]$/u

const cache = new WeakMap<BudgetDocument, Item[]>()

/**
 * The items of a monthly revenue bulletin ("X当月完成A亿元,下降a%;累计完成B亿元,增长b%,完成年度预算的c%"), read clause by
 * clause: a clause with no name goes on with the item before; one with neither 当月 nor 累计 ("其中民生支出完成138.3亿元")
 * is of the period the clause before it spoke of. Empty unless the document is such a bulletin (当月 and 累计 both said
 * of two items at least).
 */
export function bulletinItems(doc: BudgetDocument): Item[] {
  let items = cache.get(doc)
  if (items) return items
  items = []
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    let item: Item | undefined
    let period: Period | undefined
    // (the sentences since the item's name was said: a later clause with no name is quoted from there, so its quote names it)
    let since: string[] = []
    for (const s of sentencesOf(p.text)) {
      for (const clause of compactText(foldMeaning(s.text)).split(/[,，;；。]/u)) {
        const done = DONE.exec(clause)?.groups
        if (done) {
          const at: Period = done.period === '累计' ? 'cumulative' : done.period ? 'month' : period ?? 'month'
          if (done.subject && done.subject.length >= 2) {
            item = { subject: done.subject }
            items.push(item)
            since = []
          }
          if (!item || item[at]) continue
          item[at] = { amount: done.amount, unit: done.unit, sentence: (done.subject ? s.text : [...since, s.text].join('')).trim(), paragraph: p }
          period = at
          continue
        }
        const rate = RATE.exec(clause)?.groups
        const last = item && period ? item[period] : undefined
        if (rate && last && !last.rate) { last.dir = rate.dir; last.rate = rate.rate; continue }
        const share = SHARE.exec(clause)?.groups
        if (share && item) { item.share = share.share; continue }
        const completion = COMPLETION.exec(clause)?.groups
        if (completion && item) { item.completion = completion.rate; continue }
      }
      since.push(s.text)
    }
  }
  const both = items.filter((i) => i.month && i.cumulative).length
  if (both < 2) items = []
  cache.set(doc, items)
  return items
}

/** Whose figure a bulletin's item names: 地方, 中央级, 省级, 本级. */
const QUALIFIER = /地方|中央级?|省级|市级|县级|区级|本级/gu
/** The place an item's name opens with ("来自海口的", "我市"): no word of what it is. */
const PLACE_LEAD = /^(?:来自\p{Script=Han}{1,6}?的|我[省市县区州旗盟])/u

const core = (subject: string) => subject.replace(PLACE_LEAD, '')

/** The item the words name best: every qualifier they say is the item's, and as few of its own as they leave out. */
function itemNamed(words: string, items: Item[]): Item | undefined {
  const asked = new Set(words.match(QUALIFIER) ?? [])
  let best: { item: Item; score: number } | undefined
  for (const item of items) {
    const name = core(item.subject)
    const cover = subjectCover(words, name.replace(QUALIFIER, '')) || subjectCover(words, name)
    if (!cover) continue
    const own = new Set(name.match(QUALIFIER) ?? [])
    if ([...asked].some((q) => !own.has(q))) continue
    const score = cover - 0.01 * [...own].filter((q) => !asked.has(q)).length - (PLACE_LEAD.test(item.subject) && asked.size ? 0.02 : 0)
    if (!best || score > best.score) best = { item, score }
  }
  return best?.item
}

/** The period asked: the year so far (累计, 前三季度, 1-9月, 9月底), the month's own (当月, 本月), or neither said. */
const CUMULATIVE_ASKED = /累计|前[一二三四]季度|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月|[1一]\s*[-—–~至到]\s*\d{1,2}月|\d{1,2}月底|截至|截止|到\d{1,2}月|今年以来/u
const MONTH_ASKED = /当月|本月|单月/u
const periodAsked = (q: string): Period | undefined => (CUMULATIVE_ASKED.test(q) ? 'cumulative' : MONTH_ASKED.test(q) ? 'month' : undefined)

const CHANGE_ASKED = /增长|下降|增幅|降幅|同比|增减|增还是降|是增是减|变化|涨|跌/u
const COMPLETION_ASKED = /完成(?:了)?(?:年度|全年)?预算/u
const SHARE_ASKED = /占(.+?)(?:的)?(?:比重|比例|百分比|百分之几|多少%|几成)/u
const EACH_ASKED = /各|分别/u

function figureOf(doc: BudgetDocument, r: Reading, label: string): Figure | undefined {
  const amount = parseAmount(r.amount, r.unit as never)
  if (!amount) return undefined
  return paragraphFigure(doc, r.paragraph, r.sentence, amount, label)
}

/** Sentences quoted once each, the last closing the answer's sentence itself (no second 。). */
const quotes = (ss: string[]) => [...new Set(ss)].map((x) => `“${x.replace(/[。；;，,]$/u, '')}”`).join('')

/** One item's period said: "累计完成158.9亿元（增长30.8%）". */
function periodText(r: Reading, p: Period): string {
  return `${PERIOD_NAME[p]}完成${r.amount}${r.unit}${r.rate ? `（${r.dir}${r.rate}%）` : ''}`
}

/**
 * Rule `bulletin-items`: a monthly revenue bulletin asked about one of its items (一般公共预算收入, 地方税收收入, 土地出让金
 * 收入…), of one document: the item the question names (its qualifier, 地方 or 中央级, the item's own), read for the period
 * asked (累计 / 前三季度 / 9月底 the year so far, 当月 the month; neither said, both), with its change, its completion of
 * the year's budget, or its share of another item computed from the same period's amounts (a share the bulletin prints
 * said beside). Every figure with its sentence cited; undefined when the question names no item.
 */
export function answerBulletinItems(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope, run } = inp
  if (scope.targets.length !== 1) return undefined
  const t: Target = scope.targets[0]
  if (t.year !== t.doc.year) return undefined
  const items = bulletinItems(t.doc)
  if (!items.length) return undefined
  const q = askedWords(frame)
  const period = periodAsked(q)
  const where = `${t.doc.org}${t.doc.year}年${t.doc.period ?? ''}财政收支情况`
  const cited = (f: Figure) => { run.cite(f.citation); return f }
  const share = SHARE_ASKED.exec(q)
  if (share) {
    const [part, whole] = [itemNamed(q.slice(0, share.index), items), itemNamed(share[1], items)]
    const p = period ?? 'cumulative'
    const [ra, rb] = [part?.[p], whole?.[p]]
    if (!part || !whole || part === whole || !ra || !rb) return undefined
    const [a, b] = [figureOf(t.doc, ra, part.subject), figureOf(t.doc, rb, whole.subject)]
    if (!a || !b || a.fen === undefined || b.fen === undefined || a.fen > b.fen) return undefined
    const r = run.run('compute', { op: 'share', operands: [operandOf(a), operandOf(b)] })
    if (!r.ok) return undefined
    cited(a); cited(b)
    const printedShare = part.share && p === 'cumulative' ? `文件写明${part.subject}占比${part.share}%` : undefined
    return { answer: joinSentences([printedShare ? `${where}：${printedShare}` : undefined, `${printedShare ? '按' : `${where}：按`}${PERIOD_NAME[p]}数计算，${part.subject}${PERIOD_NAME[p]}${figureText(a)}占${whole.subject}${PERIOD_NAME[p]}${figureText(b)}的${r.result.text}（${figureText(a)} ÷ ${figureText(b)}，由文件所列两数计算得出）`, `原文：${quotes([ra.sentence, rb.sentence])}`]) }
  }
  // each item asked ("地方税收收入和非税收入累计各多少"): the words cut at their joiners, each naming its own
  const clauses = EACH_ASKED.test(q) ? q.split(/[和与及、]/u) : [q]
  const named = clauses.map((c) => itemNamed(c, items))
  if (named.some((x) => !x) || new Set(named).size !== named.length) return undefined
  const quoted = new Set<string>()
  const said = (named as Item[]).map((item) => {
    // (the completion of the year's budget is the year so far's)
    const periods: Period[] = period ? [period] : COMPLETION_ASKED.test(q) ? ['cumulative'] : (['month', 'cumulative'] as Period[]).filter((p) => item[p])
    const readings = periods.flatMap((p) => (item[p] ? [[p, item[p]!] as const] : []))
    if (!readings.length) return undefined
    for (const [, r] of readings) { const f = figureOf(t.doc, r, item.subject); if (f) cited(f); quoted.add(r.sentence) }
    if (COMPLETION_ASKED.test(q)) return item.completion ? `${item.subject}${item.cumulative ? periodText(item.cumulative, 'cumulative') : ''}，完成年度预算的${item.completion}%` : `${item.subject}：文件没有写明完成年度预算的比例`
    if (CHANGE_ASKED.test(q) && readings.every(([, r]) => !r.rate)) return `${item.subject}：文件没有写明${periods.map((p) => PERIOD_NAME[p]).join('、')}的增减`
    return `${item.subject}${readings.map(([p, r]) => periodText(r, p)).join('，')}`
  })
  if (said.some((x) => !x)) return undefined
  return { answer: joinSentences([`${where}：${said.join('；')}`, `原文：${quotes([...quoted])}`]) }
}
