/** A place's accounts a question may name: 全区, 全县…; 区本级, 市本级, 镇本级. */
const ACCOUNT = '(?:全[市区县州旗盟镇乡]|[省市区县州旗盟镇乡]本级)'
/** Two accounts joined: "全区和区本级", "市本级与全市". */
const PAIR = new RegExp(`(${ACCOUNT})的?(?:和|与|及|以及|、)(${ACCOUNT})的?`, 'u')
/** Each asked, after the pair: 各, 各自, 分别. */
const EACH = /各自?|分别/u

/**
 * Rule `account-clauses`: "一般公共预算收入，全区和区本级各是多少": two accounts of one place asked each, read as two
 * questions, one account each ("…，全区是多少", "…，区本级是多少"), answered in order; undefined unless the two differ
 * and an ask of each follows them.
 */
export function accountClauses(text: string): string[] | undefined {
  const m = PAIR.exec(text)
  if (!m || m[1] === m[2]) return undefined
  const after = text.slice(m.index + m[0].length)
  const each = EACH.exec(after)
  if (!each) return undefined
  const rest = after.slice(0, each.index) + after.slice(each.index + each[0].length)
  return [m[1], m[2]].map((a) => `${text.slice(0, m.index)}${a}${rest}`)
}
