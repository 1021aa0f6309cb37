/**
 * Rule against-budget: "为什么超过年初预算", "决算为什么比预算多", "为什么没完成预算", "为什么没用完年初预算" ask why a 决算 differs from its
 * 年初预算, not why it changed against last year: the 决算 prose's gap reason answers (explain-figure budget-gap).
 */
const AGAINST_BUDGET = /(?:超过|超出|超支|超|高于|大于|多于|低于|小于|少于|未完成|没完成|没有完成|未达到|没达到|不到|比|较|没用完|未用完|没有用完|没花完|未花完|没有花完|结余)了?(?:年初)?预算|预算(?:执行|完成)(?:率|情况)?|预算(?:没|未|没有)(?:用|花|执行)完/

export const asksAgainstBudget = (text: string): boolean => AGAINST_BUDGET.test(text)

/** "决算比年初预算多了多少", "比调整预算少了多少": an amount asked against the year's own budget (group 1: which one). */
// (and "调整后比年初少了百分之几": 年初 said alone is its budget)
const AMOUNT_AGAINST_BUDGET = /比(年初|调整后?的?|全年)?预算数?(?:多|少|增加|减少|超|节约|节省|省|高|低)|(?:超出|超过|超支|高于|低于|少于|节约)了?(年初|调整后?的?|全年)?预算数?了?(?:多少|几)|比(年初)(?:多|少|增加|减少|增长|下降|高|低)/

/** The budget column a change is asked against, when it is the year's own (rule against-own-budget), else undefined. */
export function budgetAskedAgainst(text: string): 'initial' | 'adjusted' | undefined {
  const m = AMOUNT_AGAINST_BUDGET.exec(text)
  return m ? ((m[1] ?? m[2] ?? m[3])?.startsWith('调整') ? 'adjusted' : 'initial') : undefined
}
