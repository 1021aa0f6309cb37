import { decimalOf, parseAmount, toFen } from '../core/parse/amount.js'
import type { Amount, Citation, MoneyUnit } from '../core/schema.js'

/**
 * A value a tool result states with meaning: the money, percentage or count of a cited row, paragraph or field,
 * or the result of a computation of this turn. Only these can ground a figure of the model's answer: ids, codes,
 * line numbers, years and the tool's echoed input are never facts.
 */
export interface Fact {
  kind: 'money' | 'percent' | 'count'
  /** money in fen, signed */
  fen?: bigint
  /** percent or count as an exact signed decimal string */
  value?: string
  /** count unit (名, 个 …); '*' for the number of items a result lists */
  unit?: string
  /** a change (difference, growth, 增减 column, 比上年 in prose): its sign is what 增/减 must agree with */
  signed: boolean
  /** what names it: the row's name and code, the prose concept; a computation's inputs */
  names: string[]
  computed: boolean
  citations: Citation[]
}

const MONEY = new Set(['元', '千元', '万元', '亿元'])
const GROWTH_COLUMN = /增减|增长|变动|比上年|较上年/

export function factOfAmount(a: Pick<Amount, 'value' | 'unit' | 'fen'>, names: string[], signed: boolean, citations: Citation[], computed = false): Fact | undefined {
  const value = decimalOf(a.value)
  if (MONEY.has(a.unit)) {
    const fen = a.fen ?? toFen(value, a.unit as MoneyUnit)
    return fen === undefined ? undefined : { kind: 'money', fen: BigInt(fen), signed, names, computed, citations }
  }
  if (!/^-?\d+(?:\.\d+)?$/.test(value)) return undefined
  if (a.unit === '%') return { kind: 'percent', value, signed, names, computed, citations }
  return a.unit ? { kind: 'count', value, unit: a.unit, signed, names, computed, citations } : undefined
}

const TOTAL_ROW = /^(?:.{0,8}(?:合计|总计|小计)|total)$/i
/** A total row is named by what it totals: its column ("项目支出", "基本支出"), or "total" in English. */
const columnNames = (rowName: string | undefined, column: string | undefined) =>
  rowName && TOTAL_ROW.test(rowName.replace(/\s/g, '')) ? [...(column ?? '').split(' › '), 'total', 'Total'] : []

const namesOf = (...xs: (string | undefined)[]) => xs.filter((x): x is string => !!x && x.trim().length > 0)
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const citationKey = (c: Citation) => [c.rowId ?? c.paragraphId ?? c.tableId, c.column, c.value].join('|')

/** A Figure (lib/figure.ts) anywhere in a result: { label, code, amount, citation, columnRole? }. */
function figureFact(o: Record<string, unknown>): Fact | undefined {
  const amount = o.amount as Amount
  const citation = o.citation as Citation
  const signed = o.columnRole === 'growth' || GROWTH_COLUMN.test(String(o.column ?? ''))
  return factOfAmount({ ...amount, fen: typeof o.fen === 'number' ? o.fen : amount.fen }, namesOf(o.label as string, o.code as string, ...columnNames(o.label as string, o.column as string)), signed, [citation])
}

/** compute: its result, named by its inputs (their labels and codes). */
function computedFact(result: Record<string, unknown>): Fact | undefined {
  const r = result.result as { unit: string; value: number; fen?: number; text: string }
  const inputs = (result.inputs as Record<string, unknown>[]) ?? []
  const names = inputs.flatMap((i) => namesOf(i.label as string, i.code as string))
  const citations = (result.citations as Citation[]) ?? []
  const signed = result.op !== 'sum' && result.op !== 'share'
  if (r.fen !== undefined) return { kind: 'money', fen: BigInt(r.fen), signed, names, computed: true, citations }
  return factOfAmount({ value: String(r.value), unit: r.unit }, names, signed, citations, true)
}

/** explain-figure: the change the prose states (signed by its direction), the amount and the baseline it states. */
function explanationFacts(result: Record<string, unknown>, input: unknown): Fact[] {
  const name = isObject(input) && typeof input.name === 'string' ? input.name : undefined
  const explanations = (result.explanations as Record<string, unknown>[]) ?? []
  const citations = (result.citations as Citation[]) ?? []
  return explanations.flatMap((e, i) => {
    const cite = citations[i] ? [citations[i]] : []
    const names = namesOf(name)
    const out: (Fact | undefined)[] = []
    const ch = e.change as { direction: string; text?: string; baselineAmount?: Amount } | undefined
    const m = ch?.text ? /^(-?[\d,]+(?:\.\d+)?)(亿元|万元|千元|元|%)$/.exec(ch.text) : null
    if (m && ch) {
      const a = parseAmount(m[1], m[2] === '%' ? '' : m[2]) ?? { text: m[1], value: decimalOf(m[1]), unit: '%' }
      const neg = ch.direction === 'down'
      const value = neg && !a.value.startsWith('-') ? '-' + a.value : a.value
      out.push(factOfAmount({ value, unit: m[2], fen: a.fen === undefined ? undefined : neg ? -Math.abs(a.fen) : a.fen }, names, true, cite))
    }
    if (ch?.baselineAmount) out.push(factOfAmount(ch.baselineAmount, names, false, cite))
    if (typeof e.statedFen === 'number') out.push({ kind: 'money', fen: BigInt(e.statedFen), signed: false, names, computed: false, citations: cite })
    return out.filter((f): f is Fact => !!f)
  })
}

/**
 * The facts of one successful tool result. Walks the result for Figures, then adds the citations no Figure
 * covered (a citation's value is as printed in that row or paragraph), and the size of every list it returns.
 */
export function factsOfResult(toolName: string, result: unknown, input: unknown): Fact[] {
  if (!isObject(result) || result.ok !== true) return []
  const facts: Fact[] = []
  const covered = new Set<string>()
  const lengths = new Set<number>()
  const walk = (x: unknown, depth: number): void => {
    if (depth > 8) return
    if (Array.isArray(x)) {
      lengths.add(x.length)
      for (const y of x) walk(y, depth + 1)
      return
    }
    if (!isObject(x)) return
    if (isObject(x.amount) && isObject(x.citation)) {
      const f = figureFact(x)
      if (f) facts.push(f)
      covered.add(citationKey(x.citation as Citation))
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'citation' && k !== 'citations') walk(v, depth + 1)
  }
  if (toolName === 'compute') {
    const f = computedFact(result)
    if (f) facts.push(f)
  }
  if (toolName === 'explain-figure') facts.push(...explanationFacts(result, input))
  walk(result, 0)
  for (const c of (result.citations as Citation[]) ?? []) {
    if (!c.value || !c.unit || covered.has(citationKey(c))) continue
    const a = parseAmount(c.value, c.unit)
    const f = a && factOfAmount(a, namesOf(c.rowName, c.code, ...columnNames(c.rowName, c.column)), GROWTH_COLUMN.test(c.column ?? ''), [c])
    if (f) facts.push(f)
  }
  for (const n of lengths) if (n > 0) facts.push({ kind: 'count', value: String(n), unit: '*', signed: false, names: [], computed: false, citations: [] })
  return facts
}
