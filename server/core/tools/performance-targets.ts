import { z } from 'zod'
import { LEVEL_ONE_WORDS, LEVEL_TWO_WORDS } from '../parse/flat-form.js'
import type { BudgetDocument, Citation, Corpus, Table } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { fieldCitation, rowCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { normalizedIndicator, targetText } from './lib/indicator.js'
import { DocIdInput, LimitInput, OrgInput, YearInput } from './lib/inputs.js'
import { dice } from './lib/name-match.js'
import { cellKey, executionCells, hasScoreSlot, isUnfilled, printedGrade, printedScore, type ExecutionCell } from './lib/self-evaluation.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

export type { ExecutionCell }

export const PerformanceTargetsInput = z.object({
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
  project: z.string().max(80).optional().describe('project (项目名称/专项资金名称), e.g. 医疗救助, 参保“一件事”工作'),
  indicator: z.string().max(80).optional().describe('indicator name, e.g. 基本医疗保险参保率, 医疗救助资助人数'),
  limit: LimitInput(20),
})
export type PerformanceTargetsInput = z.input<typeof PerformanceTargetsInput>

export interface TargetRow {
  docId: string; org: string; year: number; tableId: string; rowId: string; project?: string; projectBudget?: string
  indicator: string; operator?: string; target?: string; unit?: string; weight?: string; text: string; fit: number
  /** the table is the department's overall targets (部门整体绩效目标表): `project` is the department's name */
  whole?: boolean
  /** the label of the weight column as printed (权重, 分值) */
  weightLabel?: string
  /** the indicator's levels as printed (产出指标, 数量指标) */
  levels?: string[]
  /** 绩效自评表: 实际完成值, 得分 and 偏差原因 as printed, when filled in */
  actual?: string; score?: string; reason?: string
}
export interface ProjectBudget {
  docId: string; org: string; year: number; tableId: string; project: string; budget?: string; fit: number; whole?: boolean
  /** the project's goal as a sentence (年度绩效目标 of a list-layout table, 当年绩效目标 of a form), as printed */
  goal?: string
  /** a list-layout table's indicators written as one cell ("主要绩效指标": "人工造林面积≥1.2万亩；…"), as printed */
  indicatorText?: string
  /** 绩效自评表: what was achieved against the goal (实际完成情况), as printed; absent when the form left it unfilled */
  achieved?: string
  /** 绩效自评表: the money block (年初预算/调整后/执行数/执行率/分值/得分 by 资金来源), every cell as printed */
  execution?: ExecutionCell[]
  /** 绩效自评表: the total score, only when printed */
  score?: ExecutionCell
  /** the form has a score column or field (so a blank one is "not filled in", not "no such thing") */
  scoreSlot?: boolean
  /** the tables of this project's form (a self-evaluation form's money block is a table of its own) */
  tableIds?: string[]
  /** 绩效自评表: the grade printed (自评等级：优), only when printed */
  grade?: ExecutionCell
  /** the organisations the form names (主管部门, 实施单位), each field as printed */
  units?: { key: string; value: string; tableId: string }[]
}

const field = (t: Table, re: RegExp) => t.fields.find((f) => re.test(compactText(f.key)))
const fieldIn = (ts: Table[], re: RegExp) => ts.map((t) => ({ t, f: field(t, re) })).find((x) => x.f)
const PROJECT = /项目名称|专项资金名称|资金名称|部门\(单位\)名称|单位名称/
const WHOLE = /^(?:部门\(单位\)名称|部门名称|单位名称)$/
const BUDGET = /当年预算|当年年度预算|部门支出预算数|预算数|年度资金总额|预算金额|项目金额|资金总额|项目总预算|^项目资金/
const GOAL = /^(?:年度绩效目标|当年绩效目标|年度目标|绩效目标|项目年度目标|年度总体目标|总体目标|预期目标)$/
const ACHIEVED = /^(?:实际完成情况|年度目标完成情况|目标完成情况|实际完成|完成情况)$/
const CODE_PREFIX = /^[0-9A-Za-z]{8,}\s*[-－—_]\s*/
const INDICATOR_TEXT = /^(?:主要)?绩效指标$/
const TARGET_VALUE = /^(?:指标值|目标值|绩效指标值|预期指标值)$/
/** A level of indicators printed as one field (数量指标, 满意度指标): the form's indicators in words. */
const LEVEL_FIELD = new RegExp(`^(?:${LEVEL_ONE_WORDS}|${LEVEL_TWO_WORDS})指标$`, 'u')
const UNIT_FIELD = /^(?:业务|预算)?主管部门$|^(?:项目)?实施单位(?:[（(]盖章[）)])?$|^项目单位$/

/** Consecutive performance tables of one project (a form and its money block) as one group. */
function projectGroups(doc: BudgetDocument): Table[][] {
  const groups: Table[][] = []
  for (const t of doc.tables.filter((x) => x.kind === 'performance' && !x.noData)) {
    const last = groups[groups.length - 1]
    const name = field(t, PROJECT)?.value
    if (last && name && field(last[0], PROJECT)?.value === name && t.index === last[last.length - 1].index + 1) last.push(t)
    else groups.push([t])
  }
  return groups
}

/** Performance targets (indicator, operator, target, unit) and project budgets (当年预算) of 绩效目标表 and 绩效自评表. */
export function performanceTargets(corpus: Corpus, input: PerformanceTargetsInput, v: Vocabulary): ToolResult<{ targets: TargetRow[]; projects: ProjectBudget[] }> {
  const targets: TargetRow[] = []
  const projects: ProjectBudget[] = []
  const cites = new Map<string, Citation>()
  const fitOf = (q: string | undefined, name: string) => (q ? Math.max(v.names.fit(q, name), dice(compactText(q), compactText(name)) * 0.9) : 1)
  for (const doc of scopeDocs(corpus, input) as BudgetDocument[]) {
    for (const group of projectGroups(doc)) {
      const t = group[0]
      const pf = field(t, PROJECT)
      const bf = field(t, BUDGET)
      const project = pf?.value
      // "51000021R000000019951-工资性支出": a project printed as 编码-名称 is asked by its name
      const pfit = input.project ? (project ? Math.max(fitOf(input.project, project), fitOf(input.project, project.replace(CODE_PREFIX, ''))) : 0) : 1
      if (pfit < 0.6) continue
      const whole = !!pf && WHOLE.test(compactText(pf.key))
      const base = { docId: doc.id, org: doc.org, year: t.year ?? doc.year, tableId: t.id, ...(whole ? { whole } : {}) }
      if (project) {
        const g = fieldIn(group, GOAL)
        const goal = g?.f?.value && !g.f.amount && !isUnfilled(g.f.value) ? g.f.value : undefined
        const a = fieldIn(group, ACHIEVED)
        const achieved = a?.f?.value && !isUnfilled(a.f.value) ? a.f.value : undefined
        // (a form printing each level's indicators as a field of its own, 数量指标 | 维修…42处: all of them, by level)
        const levelFields = t.fields.filter((f) => LEVEL_FIELD.test(compactText(f.key)) && f.value && !isUnfilled(f.value))
        const indicatorText = field(t, INDICATOR_TEXT)?.value || (levelFields.length ? levelFields.map((f) => `${compactText(f.key)}：${f.value}`).join('；') : undefined)
        for (const f of levelFields) cites.set(`${t.id}/level/${f.key}`, fieldCitation(doc, t, f, project))
        const execution = executionCells(doc, group, cites)
        const score = printedScore(execution, group, doc, cites)
        const grade = printedGrade(group, doc, cites)
        const units = group.flatMap((x) => x.fields.filter((f) => UNIT_FIELD.test(compactText(f.key)) && !isUnfilled(f.value)).map((f) => ({ f, t: x })))
        for (const u of units) cites.set(`${u.t.id}/unit/${u.f.key}`, fieldCitation(doc, u.t, u.f))
        projects.push({
          ...base, project, budget: bf ? `${bf.amount?.text ?? bf.value}${bf.amount?.unit ?? t.unit ?? ''}` : undefined, fit: pfit,
          ...(goal ? { goal } : {}), ...(indicatorText ? { indicatorText } : {}), ...(achieved ? { achieved } : {}),
          ...(execution.length ? { execution } : {}), ...(score ? { score } : {}), ...(grade ? { grade } : {}), ...(hasScoreSlot(group) ? { scoreSlot: true } : {}),
          ...(group.length > 1 ? { tableIds: group.map((x) => x.id) } : {}),
          ...(units.length ? { units: units.map((u) => ({ key: u.f.key, value: u.f.value, tableId: u.t.id })) } : {}),
        })
        if (bf) cites.set(`${t.id}/budget`, fieldCitation(doc, t, bf, project))
        if (goal) cites.set(`${t.id}/goal`, fieldCitation(doc, g!.t, g!.f!, project))
        if (achieved) cites.set(`${t.id}/achieved`, fieldCitation(doc, a!.t, a!.f!, project))
      }
      for (const tt of group) {
        // rule indicator-fields: a target table read one form per row (项目名称 | … | 绩效指标 | 指标值, the project's cells
        // merged down its rows): each row's 绩效指标 and 指标值 fields are one indicator and its target
        const named = field(tt, INDICATOR_TEXT)
        const valued = field(tt, TARGET_VALUE)
        if (named?.value && valued?.value && !isUnfilled(named.value) && !isUnfilled(valued.value)) {
          const fit = input.indicator ? fitOf(input.indicator, named.value) : pfit
          if (fit >= 0.6) {
            const id = `${tt.id}/指标值`
            const m = /^(≥|≤|>|<|=|＞|＜|大于等于|小于等于)?\s*(.*)$/u.exec(valued.value.trim())!
            targets.push({ ...base, tableId: tt.id, rowId: id, project, projectBudget: bf?.value, indicator: named.value, operator: m[1], target: m[2], text: valued.value.trim(), fit })
            // (its unit is the target's own, 人 of ≥1800人, never the table's money unit)
            const own = /(?:%|％|[\p{Script=Han}a-zA-Z]+)$/u.exec(m[2])?.[0]
            const { unit: _money, ...c } = fieldCitation(doc, tt, valued, project ? `${project}：${named.value}` : named.value)
            cites.set(id, { ...c, ...(own ? { unit: own } : {}) })
          }
        }
        const weightLabel = tt.columns.find((c) => c.role === 'weight')?.label
        for (const row of tt.rows) {
          if (!row.indicator) continue
          const ind = normalizedIndicator(row.indicator)
          const fit = input.indicator ? fitOf(input.indicator, ind.name) : pfit
          if (fit < 0.6) continue
          const filled = (v: string | undefined) => (v && !isUnfilled(v) ? v : undefined)
          const extra = { actual: filled(ind.actual), score: filled(ind.score), reason: filled(ind.reason) }
          targets.push({
            ...base, tableId: tt.id, rowId: row.id, project, projectBudget: bf?.value, indicator: ind.name, operator: ind.operator, target: ind.target, unit: ind.unit, weight: ind.weight,
            text: targetText(ind), fit, ...(weightLabel ? { weightLabel } : {}), ...(ind.levels?.length ? { levels: ind.levels } : {}),
            ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v)),
          })
          const c = rowCitation(doc, tt, row)
          // the levels the indicator is printed under (产出指标 › 数量指标), as a paragraph's headings are
          cites.set(row.id, { ...c, column: '指标值', value: ind.target, unit: ind.unit, ...(ind.levels?.length ? { section: ind.levels.join(' › ') } : {}) })
        }
      }
    }
  }
  targets.sort((a, b) => b.fit - a.fit)
  projects.sort((a, b) => b.fit - a.fit)
  const limit = input.limit ?? 20
  const kept = targets.slice(0, limit)
  const keptProjects = projects.slice(0, limit)
  const projectCites = (p: ProjectBudget) => [
    cites.get(`${p.tableId}/budget`), cites.get(`${p.tableId}/goal`), cites.get(`${p.tableId}/achieved`),
    ...(p.units ?? []).map((u) => cites.get(`${u.tableId}/unit/${u.key}`)),
    ...[...cites.keys()].filter((k) => k.startsWith(`${p.tableId}/level/`)).map((k) => cites.get(k)),
    ...[...(p.execution ?? []), ...(p.score ? [p.score] : []), ...(p.grade ? [p.grade] : [])].map((e) => cites.get(cellKey(e))),
  ]
  const citations = [...kept.map((k) => cites.get(k.rowId)), ...keptProjects.flatMap(projectCites)].filter((c): c is Citation => !!c)
  if (!kept.length && !projects.length) return { ok: false, error: 'no performance targets found', citations: [] }
  return { ok: true, targets: kept, projects: keptProjects, citations }
}

/** The citation of one cell of a project's money block (or its score) in a tool result. */
export function executionCitation(citations: Citation[], e: ExecutionCell): Citation | undefined {
  return citations.find((c) => c.tableId === e.tableId && c.column === e.column && (e.rowId ? c.rowId === e.rowId : c.kind === 'field' && c.lines[0] === e.line))
}

export const performanceTargetsTool: QueryTool<typeof PerformanceTargetsInput, { targets: TargetRow[]; projects: ProjectBudget[] }> = {
  name: 'performance-targets',
  description: 'Performance targets from 绩效目标表 and 绩效自评表: indicator, operator (≥ ≤ =), target value and unit (≥95%, ≥35000人), weight, and (自评) 实际完成值, 得分, 偏差原因; each project’s 当年预算, 年度目标, 实际完成情况, its money block (年初预算/调整后预算/执行数/执行率 by 资金来源) and its total score when printed.',
  inputSchema: PerformanceTargetsInput,
  run: (ctx, input) => performanceTargets(ctx.corpus, input, vocabularyIn(ctx)),
}
