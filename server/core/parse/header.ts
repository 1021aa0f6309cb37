import type { Column, ColumnRole, Side } from '../schema.js'
import { splitRunTogetherHeaders } from './header-split.js'

/**
 * Flatten grid header rows into column paths. A label spans right over empty cells only while the row below
 * has labels there (a merged group cell) and the group above is the same: a leaf never swallows its neighbour.
 */
export function flattenHeader(rows: string[][], width: number): string[][] {
  const grid = ungluedGroupLabel(rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? '').trim())))
  splitRunTogetherHeaders(grid)
  cycleGroupLabels(grid)
  snapGroupLabels(grid)
  const resolved = grid.map((r) => [...r])
  for (let r = 0; r < grid.length; r++) {
    for (let c = 1; c < width; c++) {
      if (grid[r][c] !== '' || resolved[r][c - 1] === '') continue
      const below = grid.slice(r + 1).some((row) => row[c] !== '')
      const sameGroup = r === 0 || resolved[r - 1][c] === resolved[r - 1][c - 1]
      if (below && sameGroup) resolved[r][c] = resolved[r][c - 1]
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = []
    for (let r = 0; r < grid.length; r++) {
      const v = resolved[r][c].replace(/\s+/g, ' ')
      if (v && path[path.length - 1] !== v) path.push(v)
    }
    return path
  })
}

/** The leaves a group of money columns is split into: its subtotal, or a part whose words the group's name holds. */
const SUBTOTAL = /^(?:小计|合计)$/u
const GLUED = /^(\p{Script=Han}{4,}?[费出])(\p{Script=Han}{2,6}费)$/u

/**
 * Rule `glued-group-label`: a text layer that prints a two-level header on one line puts the group's label, centred
 * over its leaves, against the leaf under it ("小计 | 公务用车购置及运行费购置费 | 运行费"). When a cell of the last
 * header row is a label ending in 费/支出 run into a leaf whose words that label holds (购置 of 公务用车购置及运行费),
 * and the cells beside it are its subtotal (小计) or such leaves, the label is the group over that run: a row is
 * added above the run (each other column keeps its own label there).
 */
function ungluedGroupLabel(grid: string[][]): string[][] {
  const last = grid[grid.length - 1]
  if (!last) return grid
  for (let c = 0; c < last.length; c++) {
    const m = GLUED.exec(last[c])
    if (!m) continue
    const [, group, leaf] = m
    const partOf = (v: string) => SUBTOTAL.test(v) || (v.length >= 2 && group.includes(v.replace(/费$/u, '')))
    if (!partOf(leaf)) continue
    let from = c
    let to = c
    while (from > 0 && partOf(last[from - 1])) from--
    while (to + 1 < last.length && partOf(last[to + 1])) to++
    // the group holds another leaf, and nothing above the run already names it
    if (to === from || grid.slice(0, -1).some((r) => r.slice(from, to + 1).some((v) => v !== ''))) continue
    const leaves = [...last]
    leaves[c] = leaf
    const above = leaves.map((v, i) => (i >= from && i <= to ? group : v))
    return [...grid.slice(0, -1).map((r) => r.map((v, i) => (i >= from && i <= to ? '' : v))), above, leaves]
  }
  return grid
}

/**
 * Rule `cycle-groups`: "预算数 决算数 决算数 …" over "合计 因公出国（境）费 … 合计 因公出国（境）费 …": the leaves repeat one
 * sequence k times, and the row above names k groups in order, wherever its labels sit (a PDF reader may print a
 * group's label over each of its cells, or over the wrong ones): each repeat of the leaves is one group's.
 */
function cycleGroupLabels(grid: string[][]): void {
  for (let r = 0; r + 1 < grid.length; r++) {
    const below = grid[r + 1]
    // (a label over both rows, 单位名称 in each, is a lead column: the groups start after it)
    const start = below.findIndex((v, c) => v !== '' && grid[r][c] !== '' && grid[r][c] !== v)
    if (start < 0) continue
    const run = below.slice(start)
    for (let m = 2; m * 2 <= run.length; m++) {
      const k = Math.floor(run.length / m)
      const cycle = run.slice(0, m)
      if (cycle.some((v) => v === '') || new Set(cycle).size !== m) continue
      if (!Array.from({ length: k }, (_, i) => run.slice(i * m, i * m + m)).every((seq) => seq.every((v, j) => v === cycle[j]))) continue
      const over = grid[r].slice(start, start + k * m)
      const labels = over.filter((v, i) => v !== '' && over.indexOf(v) === i)
      if (labels.length !== k || over[0] !== labels[0]) break
      for (let i = 0; i < k * m; i++) grid[r][start + i] = labels[Math.floor(i / m)]
      break
    }
  }
}

/**
 * Exports from spreadsheets sometimes shift a group label one cell off its group ("2024年预算数" over the last
 * leaf of the 2025 group). When the row below restarts its label sequence one cell away, the label moves there.
 */
function snapGroupLabels(grid: string[][]): void {
  for (let r = 0; r + 1 < grid.length; r++) {
    const first = grid[r + 1].find((v) => v !== '')
    for (let c = 1; c < grid[r].length; c++) {
      if (!grid[r][c] || grid[r + 1][c] === first) continue
      for (const d of [1, -1]) {
        const to = c + d
        if (grid[r + 1][to] === first && grid[r][to] === '') { grid[r][to] = grid[r][c]; grid[r][c] = ''; break }
      }
    }
  }
}

const ROLE_RULES: [RegExp, ColumnRole][] = [
  // (经济分类科目编码, 功能分类科目编码: the classification named before the word)
  [/^(?:(?:功能|经济|支出功能|支出经济)(?:分类)?)?(?:科目)?编\s*码$|^类$|^款$|^项$/, 'code'],
  // one cell headed 类 款 项 over codes printed in their three parts ("208 05 05")
  [/^类\s*款\s*项$/, 'code'],
  // "单位名称/科目编码": one lead column holding a unit's name on its block row and a subject code under it
  [/^单位(?:名称)?\s*[/／]\s*(?:科目)?编\s*码$|^(?:科目)?编\s*码\s*[/／]\s*单位(?:名称)?$/, 'code'],
  // a subject's code under either word (科目代码, 经济科目代码): a 单位代码 or a bare 代码 is not a subject code
  [/^(?:(?:功能|经济)(?:分类)?)?科目\s*代\s*码$/, 'code'],
  // 行次 / 栏次 number the rows and columns of a 决算 table: never amounts
  [/代码$|编号$|^序号$|^行\s*[次号]$|^栏\s*次$/, 'text'],
  // "变动原因说明", "备注": words about a row, never amounts
  [/(?:原因|情况)?说明$|^备\s*注$/, 'text'],
  // (a gloss after the side's label: "支出项目（按功能分类）")
  [/名\s*称$|^(?:收入|支出)?项\s*目(?:[（(][^）)]*[)）])?$|^科目$/, 'name'],
  [/完成.{0,4}(?:预算|率|%|％)|(?:占|为).{0,2}预算.{0,2}[%％]|^(?:预算)?执行率/, 'completion'],
  // (last year's own budget beside this year's, "本年年初预算数 | 上年年初预算数": the prior year's figure)
  [/^上年度?(?:年初|调整后?)?预算数?$/, 'prior'],
  [/年初预算/, 'initial'],
  [/调整(?:后)?预算/, 'adjusted'],
  [/上年.{0,4}决算/, 'prior'],
  // years side by side (上年预算数 | 本年预算数 | 增减额 | 增减率): last year's figure, whatever its stage word (not 上年结转,
  // an income of this year)
  [/^上年度?(?:预算|执行|预计|实际|批复)?(?:数|额)?$/, 'prior'],
  // a statement's 本期 | 上年同期 (上期): the same period of the year before
  [/^(?:上年同期|上期)(?:数|金额|累计)?$/, 'prior'],
  [/决算数$|^决算$/, 'final'],
  // one cell for the 决算 group's total: "决算数合计"
  [/^决算数?\s*(?:合\s*计|总\s*计)$/, 'final'],
  // a year's budget as executed (执行情况表: 2021年 › 完成数, 全年执行数): its accounts
  [/(?:完成|执行)数$/, 'final'],
  // a bare "增减" column ("2023年预算数增减") prints the signed amount; a rate says 率, 幅 or %
  // (written "增、减额" / "增、减幅度" too)
  // ("预算增加": the increase over last year's budget, beside the year's 预算数)
  // (and "增、减金额", "变动金额": the amount of the change, its rate beside it as 增、减幅度)
  [/增、?减(?:金)?额|增、?减数|增、?减值|增加(?:金)?额|减少(?:金)?额|变动(?:金)?额|增、?减\s*$|^(?:预算|比上年)(?:增加|增减|减少)$/, 'change'],
  [/增幅|增长|增、?减|变动率|幅度$|%$|％$/, 'growth'],
  // 本年收入合计 / 本年支出合计 head the all-funds column of a 决算 收入表 / 支出表
  [/^(?:合\s*计|总\s*计|小\s*计)$|^(?:本年)?(?:收入|支出)合计$/, 'total'],
  [/基本支出$/, 'basic'],
  [/项目支出$/, 'project'],
  [/人员经费$/, 'personnel'],
  [/公用经费$/, 'public'],
]

/** The year a header or title names: "2025年", and "2025-执行数" / "2024-度" where a copied page lost its 年. */
export const yearOf = (s: string) => {
  const m = /((?:19|20)\d{2})\s*(?:年|[-－—](?=\s*(?:度|执行|预算|决算|调整|实际|上年)))/.exec(s)
  return m ? Number(m[1]) : undefined
}

/** Role of a column from its path; a money column of an earlier year than the table's is 'prior'. */
export function roleOf(path: string[], tableYear: number | undefined): ColumnRole {
  const leaf = path[path.length - 1] ?? ''
  // "2020年执行数 › 金额": a bare 金额 under a group is that group's figure (the group's 占调整预算% beside it is not)
  if (path.length >= 2 && /^(?:金额|数额|金额数)$/.test(leaf.replace(/\s+/g, ''))) return roleOf(path.slice(0, -1), tableYear)
  let role = ROLE_RULES.find(([re]) => re.test(leaf))?.[1]
  if (role === 'code' || role === 'name' || role === 'text' || role === 'growth' || role === 'completion') return role
  const year = path.map(yearOf).find((y) => y !== undefined)
  if (year !== undefined && tableYear !== undefined && year < tableYear) return 'prior'
  // 小计 under a sub-group (公务用车购置及运行费 › 小计) is that group's subtotal, not the table's total
  const parent = path[path.length - 2]
  // (a 合计 under the table's own money group, 实际采购金额 › 合计 after 货物 | 工程 | 服务, is the table's total)
  if (role === 'total' && parent && !/年|预算|支出$|金额$/.test(parent)) role = 'amount'
  if (role) return role
  // a bare "2025年预算数" is the total of that year
  // (and so is "本年预算数" printed beside 上年预算数)
  if (path.length === 1 && /^(?:(?:\d{4}\s*年)?(?:预算数|金额)|本年度?预算数?)$/.test(leaf)) return 'total'
  return 'amount'
}

/**
 * A 小计 under 基本支出 or 项目支出 beside columns of its own ("本年支出合计 | 基本支出 › 小计 | 人员经费 | 公用经费 | 项目支出"):
 * that column's whole (basic, project), never the table's total; a table that is wholly 基本支出 keeps its 总计 the total.
 */
function subtotalRole(path: string[], paths: string[][], role: ColumnRole): ColumnRole {
  const parent = path[path.length - 2]
  const group = role === 'total' && parent ? ROLE_RULES.find(([re]) => re.test(parent))?.[1] : undefined
  if (group !== 'basic' && group !== 'project') return role
  // (beside a money column outside the group: a table's own total, the other kind of spending)
  const besides = paths.some((p) => p[0] !== path[0] && p.length >= 1 && /合计|总计|基本支出|项目支出/u.test(p.join('')))
  return besides ? group : role
}

/** Build typed columns; two-sided tables (收入 | 支出 side by side) mark each column's side. */
export function buildColumns(paths: string[][], tableYear: number | undefined): Column[] {
  // "项目 … 项目" or "收入项目 … 支出项目": one name column per side
  // (a side's word run into a line above it, "部门：某局收入项目", still names its side)
  const SIDE_NAME = /(?:^|收入|支出)项目(?:[（(][^）)]*[)）])?$/
  const nameIdx = paths.map((p, i) => (SIDE_NAME.test(p[p.length - 1] ?? '') ? i : -1)).filter((i) => i >= 0)
  const spendStart = nameIdx.length >= 2 ? nameIdx[1] : paths.findIndex((p) => p[0] === '支出')
  // (each side names its own lines: "单位名称 | 收入 › 合计 … | 支出 › 合计 …" is one row per unit, its figures grouped)
  // (the side's own word over its names, "收入 | 执行数 | … | 支出 | 执行数", is such a label too)
  const namesLines = (p: string[]) => SIDE_NAME.test(p[p.length - 1] ?? '') || /名\s*称$|^科\s*目$/u.test(p[p.length - 1] ?? '') || (p.length === 1 && /^(?:收入|支出)$/u.test(p[0]))
  const twoSided = spendStart > 0 && paths.slice(0, spendStart).some((p) => p[0] === '收入' || SIDE_NAME.test(p[p.length - 1] ?? '')) && paths.slice(spendStart).some(namesLines)
  const cols = paths.map((path, index) => {
    const year = path.map(yearOf).find((y) => y !== undefined)
    const side: Side | undefined = twoSided ? (index >= spendStart ? 'spending' : 'income') : undefined
    const clean = side ? path.filter((p) => p !== '收入' && p !== '支出') : path
    const col: Column = { index, path: clean, label: clean.join(' › ') || `第${index + 1}列`, role: subtotalRole(clean, paths, roleOf(clean, tableYear)) }
    if (side) {
      col.side = side
      if (col.role === 'amount' && /预算数$/.test(col.label)) col.role = 'total'
    }
    if (year !== undefined) col.year = year
    // "上年预算数" names no year: the one before the table's
    else if (col.role === 'prior' && tableYear !== undefined && /^上年/u.test(clean[clean.length - 1] ?? '')) col.year = tableYear - 1
    return col
  })
  // 决算 templates print the year's budget as adjusted as 全年预算数 beside the 年初预算数 (年初预算数 | 全年预算数 |
  // 决算数); alone, 全年预算数 is the year's budget as any other budget column
  if (cols.some((c) => c.role === 'initial')) {
    for (const c of cols) if (c.role === 'amount' && /^全年预算数?$/.test(c.path[c.path.length - 1] ?? '')) c.role = 'adjusted'
  }
  // one name column per side: the subject/project name; other name-like columns are plain text
  for (const side of [undefined, 'income', 'spending'] as const) {
    const names = cols.filter((c) => c.role === 'name' && c.side === side)
    const keep = names.find((c) => /^(?:科目名称|(?:收入|支出)?项目(?:[（(][^）)]*[)）])?|名称)$/.test(c.path[c.path.length - 1] ?? '')) ?? names[names.length - 1]
    for (const c of names) if (c !== keep) c.role = 'text'
  }
  return cols
}
