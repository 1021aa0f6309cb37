/**
 * The scorer of ../shared/tools/ask_eval.py, ported exactly: a figure counts when the answer states it with its
 * unit (money compared in yuan), a citation when its JSON names the expected document and row.
 */
import type { AskResponse } from '../core/schema.js'

export interface EvalItem {
  id: string
  cat: string
  q: string
  /** the request's scope (`org` of POST /api/ask), as a widget on one department's site sends it */
  org?: string
  history?: string[]
  expect: {
    values?: [number, string][]
    any?: [number, string][]
    anytext?: string[]
    text?: string[]
    org?: string
    none?: boolean
  }
  cite?: { doc: string; rows: string[] } | null
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8, 千元: 1e3 }
const COUNT: Record<string, number> = { 人: 1, 万人: 1e4, 名: 1, 个: 1, 辆: 1, 项: 1 }
const REFUSAL = ['没有', '未找到', '无法', '不包含', '暂无', '未收录', '不在', '抱歉', '找不到', '未能', '不涉及', '超出',
  'no data', 'not found', 'cannot', "can't", "couldn't", 'not available', 'unable']
const NUM = /(-?\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十])\s*(亿元|万元|千元|元|%|％|万人|人|名|个|辆|项)/g

type Fam = 'money' | 'pct' | 'count'

function toNum(tok: string): number {
  return tok in CN_DIGITS ? CN_DIGITS[tok] : Number(tok.replace(/,/g, ''))
}

/** Every (family, value) stated in the text: money in yuan, percents, counts. */
export function figures(text: string): [Fam, number][] {
  const out: [Fam, number][] = []
  for (const m of text.matchAll(NUM)) {
    const v = toNum(m[1])
    const unit = m[2]
    if (unit in MONEY) out.push(['money', v * MONEY[unit]])
    else if (unit === '%' || unit === '％') out.push(['pct', v])
    else out.push(['count', v * COUNT[unit]])
  }
  return out
}

function want(value: number, unit: string): [Fam, number] {
  if (unit in MONEY) return ['money', value * MONEY[unit]]
  if (unit === '%' || unit === '％') return ['pct', value]
  return ['count', value * COUNT[unit]]
}

export function stated(text: string, value: number, unit: string): boolean {
  const [fam, v] = want(value, unit)
  for (const [f, x] of figures(text)) {
    if (f !== fam) continue
    if (fam === 'money' && Math.abs(x - v) <= Math.max(1.0, 5e-5 * Math.abs(v))) return true
    if (fam === 'pct' && Math.abs(x - v) <= 0.06) return true
    if (fam === 'count' && Math.abs(x - v) < 0.5) return true
  }
  return false
}

/** Reasons an answer fails its item; empty when it passes. */
export function check(item: EvalItem, res: Partial<AskResponse>): string[] {
  const ans = res.answer ?? ''
  const cits = (res.citations ?? []).map((c) => JSON.stringify(c))
  const exp = item.expect
  const why: string[] = []
  for (const [value, unit] of exp.values ?? []) if (!stated(ans, value, unit)) why.push(`missing ${value}${unit}`)
  if (exp.any && !exp.any.some(([v, u]) => stated(ans, v, u))) why.push('missing any of ' + JSON.stringify(exp.any))
  if (exp.anytext && !exp.anytext.some((t) => ans.includes(t))) why.push('missing any of ' + exp.anytext.join('/'))
  for (const kw of exp.text ?? []) if (!ans.includes(kw)) why.push(`missing text ${kw}`)
  if (exp.org && !ans.includes(exp.org)) why.push(`does not name ${exp.org}`)
  if (exp.none && !REFUSAL.some((m) => ans.toLowerCase().includes(m))) why.push('no clear not-found answer')
  const cite = item.cite
  if (cite) {
    const alts = cite.rows.flatMap((r) => r.split('|'))
    const ok = cits.some((c) => c.includes(cite.doc) && alts.some((a) => c.includes(a)))
    if (!ok) why.push(`no citation of ${cite.doc} / ${JSON.stringify(cite.rows)}`)
  }
  return why
}
