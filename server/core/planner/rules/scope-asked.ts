import type { BudgetDocument, Scope as DocScope } from '../../schema.js'

/** The kinds of document a question names, in the order it names them. */
const KINDS: [RegExp, DocScope][] = [
  [/部门预算/, '部门预算'], [/单位预算|本级预算/, '单位预算'], [/部门决算/, '部门决算'], [/单位决算/, '单位决算'],
]

export function scopesAsked(text: string): DocScope[] {
  return KINDS.filter(([re]) => re.test(text)).map(([, s]) => s)
}

/**
 * Rule `scope-asked`: one organisation may publish, for one year, both a 部门预算 (the department with its units)
 * and a 单位预算 (its own office alone), whose figures differ. A question that names the kind reads that document
 * (both, when it names both); one that names neither reads the department's, the wider one. A kind not held for
 * that year falls back to what is held.
 */
export function docsForYear(docs: BudgetDocument[], asked: DocScope[]): BudgetDocument[] {
  if (docs.length < 2) return docs
  const named = docs.filter((d) => asked.includes(d.scope))
  if (named.length) return asked.map((s) => named.find((d) => d.scope === s)).filter((d): d is BudgetDocument => !!d)
  const wide = docs.find((d) => d.scope.startsWith('部门')) ?? docs[0]
  return [wide]
}
