import { stageOf, type BudgetDocument } from '../../schema.js'

/** "部门决算", "决算支出", "实际支出了多少" of a closed year: the accounts, not the plan. */
const ASKS_FINAL = /决算/
/** Words that name a 决算 column inside a budget's own tables or prose ("上年决算数"), not the document asked for. */
const FINAL_COLUMN = /上年决算|决算数/

/**
 * Rule `stage-asked`: a question that asks for a 决算 of documents that are all 预算 (plans) gets a plain not-found
 * saying what is held, never the plan's figure as if it were the accounts.
 */
export function stageNotHeld(question: string, targets: { doc: BudgetDocument; year: number }[]): string | undefined {
  if (!ASKS_FINAL.test(question) || FINAL_COLUMN.test(question) || !targets.length) return undefined
  if (targets.some((t) => stageOf(t.doc.scope) === '决算')) return undefined
  const held = [...new Set(targets.map((t) => `${t.doc.org}${t.doc.year}年${t.doc.scope}`))].join('、')
  return `没有找到所问的决算：收录的是${held}（预算，不是决算），其中的数字是计划数而不是实际支出。`
}
