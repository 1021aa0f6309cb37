import { parseAmount } from '../../parse/amount.js'
import type { Amount, BudgetDocument, MoneyUnit, Paragraph } from '../../schema.js'
import { normalizeText } from '../../search/normalize-text.js'
import { defaultVocabulary } from '../../lexicon/default-vocabulary.js'
import { subjectOf, type Concept, type ProseConcepts } from './concepts.js'

export type Money = Amount & { fen: number }

/** A stated percentage: its value and how many decimals it was printed with. */
export interface Percent { text: string; value: number; decimals: number }

/**
 * One money figure of the prose: a level ("基本支出 628.24 万元"), a change ("比 2025 年增加 46.02 万元") or the
 * last-year baseline a change is measured from ("比2024年预算数1,402.57万元增加83.75万元").
 */
export interface Statement {
  kind: 'level' | 'change' | 'baseline'
  concept: Concept
  subject: string
  amount: Money
  /** fen with the sign of the change (减少 negative); the amount itself for a level */
  signed: number
  share?: Percent
  growth?: Percent & { down: boolean }
  /** the level a change is about (the figure it follows, or the one its subject names) */
  of?: Statement
  /** inside a 主要是 / 主要原因 clause: a part of the change before it */
  reason: boolean
  /** the statement whose colon-list (总额 60.70 万元：货物 4.70 万元…) holds this one */
  listedUnder?: Statement
  colonList: boolean
  /** 其中 stands before it: it opens the list of parts of the figure before */
  qizhong: boolean
  depth: number
  sentence: number
  start: number
  end: number
  paragraph: Paragraph
  /** the sentence, as cited */
  excerpt: string
}

const MONEY = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/g
const FLAT = /(?:与|和|同)\s*(?:上年|去年|\d{4}\s*年)\s*(?:保持)?(?:持平|一致)/g
// (…or a comparison with last year written with a bare 加/多/少 where a copy lost a character: "比上年预算数加23.47万元")
// (a revenue's or a spending's own change words too: 同比增收1488万元, 减收, 增支)
const CHANGE_WORD = /(增加|减少|增长|下降|上升|降低|增收|减收|增支|减支|增|减|(?<=(?:比|较)\s*(?:上一?年度?|去年|\d{4}\s*年度?)(?:年初)?(?:预算数?|决算数?|执行数?)?\s*)(?:加|多|少))(?:了)?\s*$/
const REASON = /主要原因|主要是|原因是|原因为/
const CLAUSE_END = /[,;、。]/g
const BASELINE = /(?:比|较|相比|与)\s*(?:上一?年度?|去年|\d{4}\s*年度?)(?:年初)?(?:预算数?|决算数?|执行数?)?\s*(?:为|的)?\s*$/
/** "完成年初预算30.00万元的76.73%": the budget a figure is set against, not the figure a change after it speaks of */
const COMPLETION_OF = /完成(?:年初|调整后?|全年)?预算(?:数)?\s*$/
const SHARE = /^\s*[,，]?\s*占\s*(\d+(?:\.\d+)?)\s*%/
const GROWTH = /^\s*[,，]?\s*(增长|下降|增加|减少)\s*(\d+(?:\.\d+)?)\s*%/

const percent = (m: string): Percent => ({ text: `${m}%`, value: Number(m), decimals: m.split('.')[1]?.length ?? 0 })

/** Sentences about procurement or performance targets quote amounts of those, not of the budget's subjects. */
const aside = (textSoFar: string) => /政府采购|绩效|涉及/.test(textSoFar)

/** The text after the last clause break: the words that name the next figure. */
function clauseBefore(pre: string): string {
  let at = 0
  for (const m of pre.matchAll(CLAUSE_END)) at = m.index! + 1
  return pre.slice(at)
}

const depthAt = (t: string, from: number, to: number) =>
  [...t.slice(from, to)].reduce((d, c) => (c === '(' ? d + 1 : c === ')' ? Math.max(0, d - 1) : d), 0)

/** A sentence stating items as set at the year's start and as adjusted. */
const ADJUSTMENT_CLAUSE = /年初预算\s*(?:的)?\s*(?:\d[\d,.]*\s*(?:亿元|万元|元)|未安排)[^。]{0,40}?调整为/u

/** A bare side word (收入, 支出预算) and a fund other than the whole budget's, said earlier in its sentence. */
const BARE_SIDE = /^(?:收入|支出)(?:预算|决算)?$/u
const OTHER_FUND = /政府性基金|国有资本经营|财政专户/u

/** Every money figure a paragraph states, in order, with what it is about. */
export function statementsOf(p: Paragraph, concepts: ProseConcepts = defaultVocabulary.prose): Statement[] {
  const t = normalizeText(p.text)
  const events = [...t.matchAll(MONEY)].map((m) => ({ m, flat: false }))
    .concat([...t.matchAll(FLAT)].map((m) => ({ m, flat: true })))
    .sort((a, b) => a.m.index! - b.m.index!)
  const out: Statement[] = []
  const sentenceStarts = [0, ...[...t.matchAll(/。/g)].map((m) => m.index! + 1)]
  const sentenceOf = (i: number) => sentenceStarts.filter((s) => s <= i).length - 1
  let prevEnd = 0
  let lastLevel: Statement | undefined
  let reasonFrom = -1
  let colonOwner: Statement | undefined
  for (const { m, flat } of events) {
    const start = m.index!
    const end = start + m[0].length
    const sentence = sentenceOf(start)
    const sStart = sentenceStarts[sentence]
    const excerpt = t.slice(sStart, t.indexOf('。', start) < 0 ? undefined : t.indexOf('。', start) + 1).trim()
    const pre = t.slice(prevEnd, start)
    // (a budget adjustment's clause, "由年初预算344997万元,调整为360365万元,增加15368万元", states one item at two stages:
    // neither a part of a list nor a whole of one; its figures are read by the planner's adjustment-items rule)
    if (ADJUSTMENT_CLAUSE.test(excerpt)) { prevEnd = end; continue }
    if (lastLevel && lastLevel.sentence !== sentence) { lastLevel = undefined; reasonFrom = -1 }
    if (colonOwner && (colonOwner.sentence !== sentence || /[;]/.test(pre))) colonOwner = undefined
    const semi = pre.lastIndexOf(';')
    if (semi >= 0) reasonFrom = -1
    if (REASON.test(pre.slice(semi + 1))) reasonFrom = start
    prevEnd = end
    const base = { depth: depthAt(t, sStart, start), sentence, start, end, paragraph: p, excerpt, reason: reasonFrom >= 0 && reasonFrom <= start, colonList: false, qizhong: false }
    const changeWord = flat ? undefined : CHANGE_WORD.exec(pre)
    if (flat || changeWord) {
      const clause = clauseBefore(flat ? pre : pre.slice(0, changeWord!.index))
      const subject = subjectOf(clause)
      const amount = flat ? { text: '0', value: '0', unit: lastLevel?.amount.unit ?? '万元', fen: 0 } : moneyOf(m)
      if (!amount) continue
      const down = !flat && /减|下降|降低|^少$/.test(changeWord![1])
      const of = subject ? undefined : lastLevel
      const g = GROWTH.exec(t.slice(end))
      out.push({
        ...base, kind: 'change', concept: of?.concept ?? concepts.conceptOf(clause), subject: subject || of?.subject || '', amount,
        signed: down ? -amount.fen : amount.fen, of,
        ...(g ? { growth: { ...percent(g[2]), down: /下降|减少/.test(g[1]) } } : {}),
      })
      continue
    }
    const amount = moneyOf(m)
    if (!amount) continue
    const clause = clauseBefore(pre)
    // a 其中 whose list starts with a count (其中重点项目5个，涉及资金…) lists no parts of the money before it
    const qizhong = /其中[^\d]*$/.test(pre)
    if (lastLevel && BASELINE.test(clause)) {
      out.push({ ...base, kind: 'baseline', concept: lastLevel.concept, subject: lastLevel.subject, amount, signed: amount.fen, of: lastLevel })
      continue
    }
    const share = SHARE.exec(t.slice(end))
    // "政府性基金预算财政拨款收入320.00万元，支出320.00万元": a bare 支出 after another fund's figure is that fund's
    const fundsOwn = BARE_SIDE.test(subjectOf(clause)) && OTHER_FUND.test(t.slice(sStart, start - clause.length))
    const level: Statement = {
      ...base, kind: 'level', concept: aside(t.slice(0, start)) || fundsOwn ? { key: 'other', label: subjectOf(clause) } : concepts.conceptOf(clause), subject: subjectOf(clause), amount, signed: amount.fen,
      listedUnder: colonOwner, colonList: /^\s*[:：]/.test(t.slice(end)), reason: REASON.test(clause), qizhong,
      ...(share ? { share: percent(share[1]) } : {}),
    }
    if (level.colonList) colonOwner = level
    if (!level.reason) reasonFrom = -1
    if (!COMPLETION_OF.test(clause)) lastLevel = level
    out.push(level)
  }
  return out
}

function moneyOf(m: RegExpMatchArray): Money | undefined {
  const a = parseAmount(m[1], m[2] as MoneyUnit)
  return a && a.fen !== undefined ? (a as Money) : undefined
}

/** The prose statements of a document, paragraph by paragraph. */
export const documentStatements = (doc: BudgetDocument, concepts: ProseConcepts) => doc.paragraphs.filter((p) => !p.heading).map((p) => statementsOf(p, concepts))
