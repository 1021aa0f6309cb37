import type { BudgetDocument } from '../../schema.js'

const KIND = /(?:部门|单位)(?:预算|决算)/g

/**
 * Rule `doc-kind-asked`: an organisation may publish a 部门预算 (the department with its units) and a 单位预算 (the
 * office alone) for one year. A question that names one of these kinds ("区政府办公室单位预算里…") reads that
 * document: the organisation's documents are returned with those of the kind asked first. Naming both kinds, or
 * none, changes nothing.
 */
export function askedKindFirst(docs: BudgetDocument[], question: string): BudgetDocument[] {
  const kinds = new Set([...question.matchAll(KIND)].map((m) => m[0]))
  if (kinds.size !== 1) return docs
  const [kind] = kinds
  return [...docs.filter((d) => d.scope === kind), ...docs.filter((d) => d.scope !== kind)]
}
