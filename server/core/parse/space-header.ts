import { leadColumnsOf } from './lead-columns.js'
import { TOTAL_LABEL } from './tokens.js'

/** Header labels that group the columns below them rather than naming a column. */
const GROUP = /分类科目$|^科目$|^本年.*支出$|财政拨款支出$/

const commonPrefix = (a: string, b: string) => { let n = 0; while (n < a.length && a[n] === b[n]) n++; return n }

/**
 * "公务用车购置及运行费" over "小计 公务用车购置费 公务用车运行费": the label that shares the longest prefix with
 * the leaf after 小计 groups 小计 and the leaves after it that share that prefix. Returns child index → group index.
 */
function subtotalGroups(terms: string[]): Map<number, number> {
  const out = new Map<number, number>()
  terms.forEach((t, i) => {
    if (t !== '小计' || !terms[i + 1]) return
    const fits = terms.map((g, k) => (k < i && g.length > 2 ? commonPrefix(g, terms[i + 1]) : 0))
    const g = fits.indexOf(Math.max(...fits))
    if (fits[g] < 2) return
    out.set(i, g)
    for (let k = i + 1; k < terms.length && commonPrefix(terms[k], terms[g]) >= 2; k++) out.set(k, g)
  })
  return out
}

/** Column paths from wrapped header text: terms joined again, group labels become path parents. */
export function headerPaths(terms: string[], hasCodes: boolean, hasNames: boolean): { paths: string[][]; lead: number } {
  const names = terms.filter((t) => t === '项目')
  if (names.length >= 2) {
    const at = terms.indexOf('项目', terms.indexOf('项目') + 1)
    const side = (ts: string[], label: string) => ts.filter((t) => t !== '收入' && t !== '支出').map((t) => [label, t])
    return { paths: [...side(terms.slice(0, at), '收入'), ...side(terms.slice(at), '支出')], lead: 0 }
  }
  const startAt = Math.max(0, terms.findIndex((t) => TOTAL_LABEL.test(t)))
  const groups = subtotalGroups(terms)
  const grouped = new Set(groups.values())
  const lead = leadColumnsOf(terms.slice(0, startAt).filter((t, i) => !GROUP.test(t) && !/^\d{4}\s*年/.test(t) && !grouped.has(i)))
  // no label in the header before the figures and none in the rows (三公 tables): no name column to invent
  const named = hasNames || terms.slice(0, startAt).some((t, i) => !GROUP.test(t) && !/^\d{4}\s*年/.test(t) && !grouped.has(i))
  const paths: string[][] = lead ? lead.map((t) => [t]) : hasCodes ? [['科目编码'], ['科目名称']] : named ? [['科目名称']] : []
  const leadCount = lead?.length ?? 0
  const slots = new Map<number, string[][]>()
  let year: string | undefined
  terms.forEach((t, i) => {
    if (/^\d{4}\s*年/.test(t)) { year = t; return }
    const g = groups.get(i)
    if (grouped.has(i) || GROUP.test(t) || /^科目编\s*码$|^科目名称$|^项目$/.test(t) || (i < startAt && g === undefined)) return
    const path = [...(year ? [year] : []), ...(g !== undefined ? [terms[g]] : []), t]
    // a group printed among the leaves takes its children to its own place (national template order)
    if (g !== undefined && g >= startAt) slots.set(g, [...(slots.get(g) ?? []), path])
    else paths.push(path)
  })
  return { paths: slots.size ? mergeSlots(paths, slots, terms, startAt) : paths, lead: leadCount }
}

/** Insert grouped children at their group's position among the leaves. */
function mergeSlots(paths: string[][], slots: Map<number, string[][]>, terms: string[], startAt: number): string[][] {
  const leafAt = (p: string[]) => terms.indexOf(p[p.length - 1], startAt)
  const out: string[][] = []
  const pending = [...slots.entries()].sort((a, b) => a[0] - b[0])
  for (const p of paths) {
    const at = leafAt(p)
    while (pending.length && at >= 0 && pending[0][0] < at) out.push(...pending.shift()![1])
    out.push(p)
  }
  for (const [, kids] of pending) out.push(...kids)
  return out
}
