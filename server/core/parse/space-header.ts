import { leadColumnsOf } from './lead-columns.js'
import { TOTAL_LABEL } from './tokens.js'

/** Header labels that group the columns below them rather than naming a column. */
const GROUP = /分类科目$|^科目$|^本年.*支出$|财政拨款支出$/

/** A year with a column's own word after it: 2023年决算数, 2024年预算数, 上年 aside. */
const YEAR_LEAF = /^\d{4}\s*年度?\s*\p{Script=Han}*(?:数|额|合计|小计)$/u

/** A year alone ("2016年度"): a column of its own when another year or the change between them follows it. */
const BARE_YEAR = /^\d{4}\s*年度?$/u

/** A change between two columns over its parts ("2017比2016增减" › 增减值 · 增减%), or 增减 alone over them. */
// ("本年预算比上年增减情况", "比上年增、减情况": the two stages or years compared named in words)
const CHANGE_GROUP = /^(?:\d{4}\s*年?度?(?:比|较)\d{4}\s*年?度?|(?:本年|今年)?(?:预算|决算)?(?:比|较)(?:上年|去年|上一年)(?:预算|决算)?)?(?:增减|增、减|增长|变动)(?:情况|变化)?$/u
const CHANGE_PART = /^(?:增减|增、减|增长|变动)?(?:值|额|金额|数|%|％|率|幅度|比例|百分比)$/u

/** A stage's amount column: 年初预算数, 调整预算数, 决算数, 执行数. */
const STAGE_AMOUNT = /^(?:年初|调整后?|全年|本年)?(?:预算|决算|执行|完成)数$/u

/** A two-sided table's labels of each side: 收入项目, 支出项目（按功能分类）. */
const INCOME_SIDE = /^收入(?:项目|科目)(?:[（(][^）)]*[)）])?$/u
const SPENDING_SIDE = /^支出(?:项目|科目)(?:[（(][^）)]*[)）])?$/u

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

/** Rule `change-group`: a change label with two or more parts right after it groups them (child index → group index). */
function changeGroups(terms: string[], groups: Map<number, number>): void {
  terms.forEach((t, i) => {
    if (!CHANGE_GROUP.test(t)) return
    let k = i + 1
    while (k < terms.length && CHANGE_PART.test(terms[k]) && !groups.has(k)) k++
    if (k - i - 1 < 2) return
    for (let c = i + 1; c < k; c++) groups.set(c, i)
  })
}

/** Column paths from wrapped header text: terms joined again, group labels become path parents. */
export function headerPaths(terms: string[], hasCodes: boolean, hasNames: boolean, oneLine = false): { paths: string[][]; lead: number } {
  const names = terms.filter((t) => t === '项目')
  // "收入项目 决算数 支出项目（按功能分类） 决算数": each side's label names its side
  const sided = terms.findIndex((t, i) => i > 0 && SPENDING_SIDE.test(t))
  const twoSided = names.length >= 2 || (sided > 0 && INCOME_SIDE.test(terms[0]))
  if (twoSided) {
    const at = names.length >= 2 ? terms.indexOf('项目', terms.indexOf('项目') + 1) : sided
    const side = (ts: string[], label: string) => ts.filter((t) => t !== '收入' && t !== '支出').map((t) => [label, t])
    return { paths: [...side(terms.slice(0, at), '收入'), ...side(terms.slice(at), '支出')], lead: 0 }
  }
  // the figures start at the total column, or at a stage's amount printed before it (年初预算数 | 决算数合计 | …)
  const totalAt = Math.max(0, terms.findIndex((t) => TOTAL_LABEL.test(t)))
  const stageAt = terms.slice(0, totalAt).findIndex((t) => STAGE_AMOUNT.test(t))
  const startAt = stageAt >= 0 ? stageAt : totalAt
  const groups = subtotalGroups(terms)
  changeGroups(terms, groups)
  const grouped = new Set(groups.values())
  const lead = leadColumnsOf(terms.slice(0, startAt).filter((t, i) => !GROUP.test(t) && !/^\d{4}\s*年/.test(t) && !grouped.has(i)))
  // no label in the header before the figures and none in the rows (三公 tables): no name column to invent
  const named = hasNames || terms.slice(0, startAt).some((t, i) => !GROUP.test(t) && !/^\d{4}\s*年/.test(t) && !grouped.has(i))
  const paths: string[][] = lead ? lead.map((t) => [t]) : hasCodes ? [['科目编码'], ['科目名称']] : named ? [['科目名称']] : []
  const leadCount = lead?.length ?? 0
  const slots = new Map<number, string[][]>()
  let year: string | undefined
  terms.forEach((t, i) => {
    // "2024年" over its columns groups them; "2023年决算数" is a column of its own, its year in its name
    // (over 小计 | 基本支出 | 项目支出, "2023年预算数" groups them: a leaf only last, or before another year or a change)
    // (two bare years side by side, "2016年度 2017年度 2017比2016增减", are two columns when no stage words follow)
    // (a header printed on one line has no group over the columns after it: "2024年预算数 2025年预算数 基本支出 …")
    const leaf = (YEAR_LEAF.test(t) && (oneLine || i === terms.length - 1 || /^\d{4}\s*年|增|减|变动/u.test(terms[i + 1])))
      || (BARE_YEAR.test(t) && /^\d{4}/u.test(terms[i + 1] ?? '') && !terms.slice(i + 1).some((x) => STAGE_AMOUNT.test(x) || YEAR_LEAF.test(x)))
    if (/^\d{4}\s*年/.test(t) && !leaf) { year = t; return }
    const g = groups.get(i)
    if (grouped.has(i) || GROUP.test(t) || /^科目编\s*码$|^科目名称$|^项目$/.test(t) || (i < startAt && g === undefined)) return
    // the rows' own label printed first ("项目及编号") when no lead column was read: the name column's label
    if (i === 0 && !lead && named && /^(?:项\s*目|科\s*目)(?:及?(?:编号|名称|编码))*$/u.test(t)) return
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
