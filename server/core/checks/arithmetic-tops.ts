/**
 * The arithmetic as evidence of hierarchy. Budget tables list a whole before its parts (公务用车购置及运行费, then
 * 购置费 and 运行费; a unit's row, then its subject rows; a 小计 column, then the columns it adds up), and a reader
 * that missed the nesting adds wholes and parts together. Read from the end: an item that equals the sum of the
 * items right after it (in every dimension: each column of a row, each row of a column) is their whole.
 *
 * Returns the items left at the top. Used only to confirm a sum, never to report one: a check that fails on the
 * declared hierarchy and holds on this reading has found a nesting, not a contradiction.
 */
export function arithmeticTops<T>(items: T[], valuesOf: (item: T) => (number | undefined)[], slackOf: (item: T) => number = () => 0): T[] {
  const values = items.map(valuesOf)
  let pending: number[] = []
  for (let i = items.length - 1; i >= 0; i--) {
    const k = absorbed(values, i, pending, slackOf, items)
    pending = [i, ...pending.slice(k)]
  }
  return pending.map((i) => items[i])
}

/** How many of the pending items right after item i add up to it (0 when no prefix does). */
function absorbed<T>(values: (number | undefined)[][], i: number, pending: number[], slackOf: (item: T) => number, items: T[]): number {
  const own = values[i]
  if (!own.some((v) => v !== undefined && v !== 0)) return 0
  const sums = own.map(() => 0)
  let slack = slackOf(items[i])
  for (let k = 1; k <= pending.length; k++) {
    const next = values[pending[k - 1]]
    next.forEach((v, d) => { sums[d] += v ?? 0 })
    slack += slackOf(items[pending[k - 1]])
    if (own.every((v, d) => Math.abs((v ?? 0) - sums[d]) <= slack)) return k
  }
  return 0
}
