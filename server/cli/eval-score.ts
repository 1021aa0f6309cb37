/**
 * The scorer of ../shared/tools/ask_eval.py, ported exactly: a figure counts when the answer states it with its
 * unit (money compared in yuan), a citation when its JSON names the expected document and row.
 */
import type { AskResponse } from '../core/schema.js'

export interface EvalItem {
  id: string
  /** category; `category` is accepted as its other spelling (ask_eval.py reads both) */
  cat: string
  category?: string
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
    /** figures that must not be stated (another unit's, an earlier turn's) */
    absent?: [number, string][]
    /** no amount at all may be stated */
    nofigure?: boolean
  }
  cite?: { doc: string; rows: string[] } | null
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8, 千元: 1e3 }
const COUNT: Record<string, number> = {
  人: 1, 万人: 1e4, 名: 1, 个: 1, 辆: 1, 项: 1, 户: 1, 万户: 1e4, 次: 1, 批次: 1, 人次: 1,
  人年: 1, 套: 1, 台: 1, 亩: 1, 万亩: 1e4, 平方米: 1, 件: 1, 家: 1, 所: 1, 天: 1,
}
const REFUSAL = ['没有', '未找到', '无法', '不包含', '暂无', '未收录', '不在', '抱歉', '找不到', '未能', '不涉及', '超出',
  'no data', 'not found', 'cannot', "can't", "couldn't", 'not available', 'unable']
const NUM = /(-?\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十])\s*(亿元|万元|千元|元|%|％|万人|人次|人年|人|名|个|辆|项|万户|户|批次|次|套|台|万亩|亩|平方米|件|家|所|天)/g

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

/** Categories where an answer may speak of several organisations. */
const SINGLE_ORG_EXEMPT = new Set(['cross', 'rank', 'none', 'chat'])
const W = '[\\p{L}\\p{N}_]'
const CITY_PREFIX = new RegExp(`^(?:原)?(?:${W}{2,7}?省)?${W}{2,5}?市(?=${W}{2,})`, 'u')

/** (full name, short name) of the held organisations, as ask_eval.py reads them from GET /api/docs. */
export function heldOrgNames(orgs: string[]): [string, string][] {
  return [...new Set(orgs.filter(Boolean))].sort().map((o) => [o, o.replace(CITY_PREFIX, '')])
}

/** Held organisations an answer speaks of (full name, or a short name of five characters or more). */
export function orgsSpokenOf(ans: string, orgs: [string, string][]): string[] {
  return orgs.filter(([full, short]) => ans.includes(full) || (short.length >= 5 && ans.includes(short))).map(([f]) => f)
}

/**
 * Reasons an answer fails its item; empty when it passes. With `orgs` (the held organisations) the check is strict,
 * as ask_eval.py is by default: a one-organisation answer that speaks of several held organisations fails.
 */
export function check(item: EvalItem, res: Partial<AskResponse>, orgs: [string, string][] = []): string[] {
  const ans = res.answer ?? ''
  const cits = (res.citations ?? []).map((c) => JSON.stringify(c))
  const exp = item.expect
  const why: string[] = []
  for (const [value, unit] of exp.values ?? []) if (!stated(ans, value, unit)) why.push(`missing ${value}${unit}`)
  if (exp.any && !exp.any.some(([v, u]) => stated(ans, v, u))) why.push('missing any of ' + JSON.stringify(exp.any))
  if (exp.anytext && !exp.anytext.some((t) => ans.includes(t))) why.push('missing any of ' + exp.anytext.join('/'))
  for (const kw of exp.text ?? []) if (!ans.includes(kw)) why.push(`missing text ${kw}`)
  if (exp.org && !ans.includes(exp.org)) why.push(`does not name ${exp.org}`)
  for (const [value, unit] of exp.absent ?? []) if (stated(ans, value, unit)) why.push(`states ${value}${unit}, which it must not`)
  if (exp.nofigure && figures(ans).some(([f]) => f === 'money')) why.push('states an amount where none belongs')
  if (exp.none && !REFUSAL.some((m) => ans.toLowerCase().includes(m))) why.push('no clear not-found answer')
  if (orgs.length && !SINGLE_ORG_EXEMPT.has(item.category ?? item.cat) && !exp.none) {
    const many = orgsSpokenOf(ans, orgs)
    if (many.length > 1) why.push(`answers for ${many.length} organisations where one was asked`)
  }
  const cite = item.cite
  // ask_eval.py fails an item whose cite names no rows (a KeyError there): a failure here too, said plainly
  if (cite && !Array.isArray(cite.rows)) why.push(`malformed item: cite of ${cite.doc} names no rows`)
  else if (cite) {
    const alts = cite.rows.flatMap((r) => r.split('|'))
    const ok = cits.some((c) => c.includes(cite.doc) && alts.some((a) => c.includes(a)))
    if (!ok) why.push(`no citation of ${cite.doc} / ${JSON.stringify(cite.rows)}`)
  }
  return why
}
