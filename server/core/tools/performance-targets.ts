import { z } from 'zod'
import type { BudgetDocument, Citation, Corpus, Table } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { fieldCitation, rowCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { normalizedIndicator, targetText } from './lib/indicator.js'
import { DocIdInput, LimitInput, OrgInput, YearInput } from './lib/inputs.js'
import { dice } from './lib/name-match.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

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
}
export interface ProjectBudget {
  docId: string; org: string; year: number; tableId: string; project: string; budget?: string; fit: number; whole?: boolean
  /** the project's goal as a sentence (年度绩效目标 of a list-layout table, 当年绩效目标 of a form), as printed */
  goal?: string
  /** a list-layout table's indicators written as one cell ("主要绩效指标": "人工造林面积≥1.2万亩；…"), as printed */
  indicatorText?: string
}

const field = (t: Table, re: RegExp) => t.fields.find((f) => re.test(compactText(f.key)))
const PROJECT = /项目名称|专项资金名称|资金名称|部门\(单位\)名称|单位名称/
const WHOLE = /^(?:部门\(单位\)名称|部门名称|单位名称)$/
const BUDGET = /当年预算|部门支出预算数|预算数|年度资金总额|预算金额|项目金额|资金总额/
const GOAL = /^(?:年度绩效目标|当年绩效目标|年度目标|绩效目标)$/
const INDICATOR_TEXT = /^(?:主要)?绩效指标$/

/** Performance targets (indicator, operator, target, unit) and project budgets (当年预算) of 绩效目标表. */
export function performanceTargets(corpus: Corpus, input: PerformanceTargetsInput, v: Vocabulary): ToolResult<{ targets: TargetRow[]; projects: ProjectBudget[] }> {
  const targets: TargetRow[] = []
  const projects: ProjectBudget[] = []
  const cites = new Map<string, Citation>()
  const fitOf = (q: string | undefined, name: string) => (q ? Math.max(v.names.fit(q, name), dice(compactText(q), compactText(name)) * 0.9) : 1)
  for (const doc of scopeDocs(corpus, input) as BudgetDocument[]) {
    for (const t of doc.tables.filter((t) => t.kind === 'performance' && !t.noData)) {
      const pf = field(t, PROJECT)
      const bf = field(t, BUDGET)
      const project = pf?.value
      const pfit = input.project ? (project ? fitOf(input.project, project) : 0) : 1
      if (pfit < 0.6) continue
      const whole = !!pf && WHOLE.test(compactText(pf.key))
      const base = { docId: doc.id, org: doc.org, year: t.year ?? doc.year, tableId: t.id, ...(whole ? { whole } : {}) }
      if (project) {
        const gf = field(t, GOAL)
        const goal = gf?.value && !gf.amount ? gf.value : undefined
        const indicatorText = field(t, INDICATOR_TEXT)?.value || undefined
        projects.push({
          ...base, project, budget: bf ? `${bf.amount?.text ?? bf.value}${bf.amount?.unit ?? t.unit ?? ''}` : undefined, fit: pfit,
          ...(goal ? { goal } : {}), ...(indicatorText ? { indicatorText } : {}),
        })
        if (bf) cites.set(`${t.id}/budget`, fieldCitation(doc, t, bf, project))
        if (goal) cites.set(`${t.id}/goal`, fieldCitation(doc, t, gf!, project))
      }
      for (const row of t.rows) {
        if (!row.indicator) continue
        const ind = normalizedIndicator(row.indicator)
        const fit = input.indicator ? fitOf(input.indicator, ind.name) : pfit
        if (fit < 0.6) continue
        targets.push({ ...base, rowId: row.id, project, projectBudget: bf?.value, indicator: ind.name, operator: ind.operator, target: ind.target, unit: ind.unit, weight: ind.weight, text: targetText(ind), fit })
        const c = rowCitation(doc, t, row)
        cites.set(row.id, { ...c, column: '指标值', value: ind.target, unit: ind.unit })
      }
    }
  }
  targets.sort((a, b) => b.fit - a.fit)
  projects.sort((a, b) => b.fit - a.fit)
  const limit = input.limit ?? 20
  const kept = targets.slice(0, limit)
  const keptProjects = projects.slice(0, limit)
  const citations = [...kept.map((k) => cites.get(k.rowId)), ...keptProjects.flatMap((p) => [cites.get(`${p.tableId}/budget`), cites.get(`${p.tableId}/goal`)])].filter(
    (c): c is Citation => !!c,
  )
  if (!kept.length && !projects.length) return { ok: false, error: 'no performance targets found', citations: [] }
  return { ok: true, targets: kept, projects: keptProjects, citations }
}

export const performanceTargetsTool: QueryTool<typeof PerformanceTargetsInput, { targets: TargetRow[]; projects: ProjectBudget[] }> = {
  name: 'performance-targets',
  description: 'Performance targets from 绩效目标表: indicator, operator (≥ ≤ =), target value and unit (≥95%, ≥35000人), and each project’s 当年预算.',
  inputSchema: PerformanceTargetsInput,
  run: (ctx, input) => performanceTargets(ctx.corpus, input, vocabularyIn(ctx)),
}
