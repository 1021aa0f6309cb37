import type { BudgetDocument } from '../../schema.js'

const KIND = /(?:部门|单位)(?:预算|决算)/g

/**
 * Rule `doc-kind-asked`: an organisation may publish a 部门预算 (the department with its units) and a 单位预算 (the
 * office alone) for one year. A question that names one of these kinds ("区政府办公室单位预算里…") reads that
 * document: the organisation's documents are returned with those of the kind asked first. Naming both kinds, or
 * none, changes nothing.
 */
export function askedKindFirst(docs: BudgetDocument[], question: string): BudgetDocument[] {
  return kindFirst(docs, kindAsked(question))
}

/** The one kind a question names (部门预算, 单位决算 …), if it names exactly one: read once per question, not per organisation. */
export function kindAsked(question: string): string | undefined {
  const kinds = new Set([...question.matchAll(KIND)].map((m) => m[0]))
  return kinds.size === 1 ? [...kinds][0] : undefined
}

/** The documents of that kind first (askedKindFirst with the kind read). */
export const kindFirst = (docs: BudgetDocument[], kind: string | undefined): BudgetDocument[] =>
  kind === undefined ? docs : [...docs.filter((d) => d.scope === kind), ...docs.filter((d) => d.scope !== kind)]
