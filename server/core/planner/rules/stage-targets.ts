import { stageOf, type BudgetDocument } from '../../schema.js'

/** 决算 asked ("支出决算表里…", "决算数"), not a budget's own prior-year column ("上年决算数"). */
const ASKS_FINAL = /决算/
const PRIOR_FINAL = /上年决算|上年度决算/

/**
 * Rule `stage-targets`: with no organisation named, a question about the accounts (决算) is asked of the documents
 * that are 决算, when some are held: a 预算 answers a different question (the plan). Returns the targets kept.
 */
export function finalTargets<T extends { doc: BudgetDocument }>(question: string, targets: T[]): T[] {
  if (!ASKS_FINAL.test(question) || PRIOR_FINAL.test(question)) return targets
  const finals = targets.filter((t) => stageOf(t.doc.scope) === '决算')
  return finals.length ? finals : targets
}
