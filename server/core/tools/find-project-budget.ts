import { z } from 'zod'
import type { BudgetDocument, Citation, Corpus } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { paragraphCitation } from './lib/citation.js'
import { scopeDocs } from './lib/doc-scope.js'
import { moneyFields, type Figure } from './lib/figure.js'
import { longestShared } from './lib/name-match.js'
import { DocIdInput, OrgInput, YearInput } from './lib/inputs.js'
import { printed } from './lib/money.js'
import { budgetParagraphs, moneyAfterPhrase, projectBlocks, projectCore, projectTotal, type ProjectBlock, type StatedMoney } from './lib/project-prose.js'
import type { QueryTool, ToolResult } from './types.js'

export const FindProjectBudgetInput = z.object({
  project: z.string().min(2).max(120).describe('the project as its page is titled, e.g. "科技创新专项" (of 科技创新专项经费情况说明), or words containing it'),
  part: z.string().min(2).max(40).optional().describe('a part of its budget named after 其中, e.g. "区级支持总部经济"'),
  org: OrgInput.optional(),
  year: YearInput.optional(),
  docId: DocIdInput.optional(),
})
export type FindProjectBudgetInput = z.input<typeof FindProjectBudgetInput>

export interface ProjectPageBudget { docId: string; org: string; year: number; project: string; total?: Figure; part?: Figure }

function figureOf(doc: BudgetDocument, label: string, s: StatedMoney): Figure {
  return {
    docId: doc.id, org: doc.org, year: doc.year, label, amount: s.amount, text: printed(s.amount), ...moneyFields(s.amount),
    citation: paragraphCitation(doc, s.paragraph, s.sentence, s.amount.text, s.amount.unit),
  }
}

/** Shortest share of a page's name the words asked must hold, and never fewer characters than this. */
const MIN_SHARE = 0.6
const MIN_CHARS = 4

/** The page whose name the words asked hold most of; none on a tie (two pages named alike) or a weak match. */
function bestBlock(blocks: ProjectBlock[], asked: string): ProjectBlock | undefined {
  const scored = blocks.map((b) => {
    const core = projectCore(b.name)
    const n = longestShared(core, asked).length
    return { b, n: n >= MIN_CHARS && n >= MIN_SHARE * core.length ? n : 0 }
  }).filter((x) => x.n).sort((a, b) => b.n - a.n)
  return scored.length && (scored.length === 1 || scored[0].n > scored[1].n) ? scored[0].b : undefined
}

/** A project's budget as its own page (项目经费情况说明) states it: the total, and a part named after 其中. */
export function findProjectBudget(corpus: Corpus, input: FindProjectBudgetInput): ToolResult<{ projects: ProjectPageBudget[] }> {
  const asked = compactText(input.project)
  const projects: ProjectPageBudget[] = []
  const citations: Citation[] = []
  for (const doc of scopeDocs(corpus, input)) {
    const block = bestBlock(projectBlocks(doc), asked)
    if (!block) continue
    const total = projectTotal(block)
    const part = input.part ? moneyAfterPhrase(budgetParagraphs(block), compactText(input.part)) : undefined
    if (!total && !part) continue
    const found: ProjectPageBudget = { docId: doc.id, org: doc.org, year: doc.year, project: block.name }
    if (total) found.total = figureOf(doc, `${block.name}总预算`, total)
    if (part) found.part = figureOf(doc, input.part!, part)
    projects.push(found)
    // the page's title names the project the figures belong to
    citations.push(paragraphCitation(doc, block.title), ...[found.total, found.part].flatMap((f) => (f ? [f.citation] : [])))
  }
  if (!projects.length) return { ok: false, error: `no project page states a budget for ${input.project}`, citations: [] }
  return { ok: true, projects, citations }
}

export const findProjectBudgetTool: QueryTool<typeof FindProjectBudgetInput, { projects: ProjectPageBudget[] }> = {
  name: 'find-project-budget',
  description:
    'A project’s budget from its own page in 项目经费情况说明 (“X经费情况说明”, 六、年度预算安排): the total (项目总预算) and a part named after 其中. Cites the page title and the sentence.',
  inputSchema: FindProjectBudgetInput,
  run: (ctx, input) => findProjectBudget(ctx.corpus, input),
}
