import type { Amount, MoneyUnit } from '../../schema.js'
import { parseAmount } from '../../parse/amount.js'
import { fenOf } from './money.js'
import { changeAfter, MONEY_RE, REASON_LEAD, type ChangeStatement, type Span } from './prose.js'

/** "2023年当年预算执行数为60.13万元", "上年执行数为54.60万元": the prior year's amount an item paragraph prints. */
const PRIOR_AMOUNT = /(\d{4}\s*年|上一?年度?)\s*(?:当年)?(?:预算)?(?:执行数|决算数|预算数|支出)(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/g
/** How far after the subject's sentence its restatement may come, in sentences of the same paragraph. */
const REACH = 2

export interface RestatedChange {
  change: ChangeStatement
  /** the index of the last sentence read (the restatement, or the 主要原因 sentence after it) */
  upto: number
  /** the sentences read, joined as the excerpt to quote */
  text: string
}

const yearOf = (s: string, docYear: number) => (/^\d{4}/.test(s) ? Number(s.slice(0, 4)) : docYear - 1)

/**
 * Item paragraphs of an 编制说明 state a subject's figure, then restate it with its change:
 * "“…专项普查活动（项）”25.77万元，主要用于…。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年
 * 预算执行数减少57.14%。主要原因是：项目调整。" A later sentence of the same paragraph printing the same amount speaks of
 * the same subject: its change, the prior year's amount printed beside it, and the 主要原因 sentence that follows.
 */
export function restatedChange(sentences: Span[], at: number, fen: number, docYear: number): RestatedChange | undefined {
  for (let j = at + 1; j <= at + REACH && j < sentences.length; j++) {
    const s = sentences[j].text
    for (const m of s.matchAll(new RegExp(MONEY_RE.source, 'g'))) {
      const a = parseAmount(m[1], m[2] as MoneyUnit)
      if (!a || fenOf(a) !== fen) continue
      let change = changeAfter(s, m.index! + m[0].length)
      if (!change?.direction) continue
      const prior = priorAmount(s.slice(0, m.index), change.baseline, docYear)
      if (prior && !change.baselineAmount) change = { ...change, baselineAmount: prior }
      const texts = [s.trim()]
      let upto = j
      const next = sentences[j + 1]?.text.trim()
      if (!change.reason && next && REASON_LEAD.test(next)) {
        const reason = changeAfter(next)?.reason
        if (reason) { change = { ...change, reason }; texts.push(next); upto = j + 1 }
      }
      return { change, upto, text: texts.map((t) => t.replace(/[。；;]$/, '')).join('。') }
    }
  }
  return undefined
}

/** The prior year's amount printed before the restatement, when its year is the change's baseline year. */
function priorAmount(before: string, baseline: string, docYear: number): Amount | undefined {
  const base = yearOf(baseline, docYear)
  for (const m of before.matchAll(PRIOR_AMOUNT)) {
    if (yearOf(m[1].replace(/\s+/g, ''), docYear) === base) return parseAmount(m[2], m[3] as MoneyUnit)
  }
  return undefined
}
