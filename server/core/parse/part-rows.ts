import type { Row } from '../schema.js'

/** "其中：公务用车运行费": a part of the row above it. */
export const OF_WHICH = /^其中\s*[:：]?/
/** 人员经费 and 公用经费: 基本支出 split by its other breakdown, the whole table's, never one subject's. */
const BASIC_SPLIT = /^(?:人员经费|公用经费)(?:支出)?$/u
/** "公务用车购置及运行费": a whole whose name lists its parts (prefix, part A, part B, ending). */
const COMPOUND = /^(\p{Script=Han}{2,12}?)(\p{Script=Han}{1,4})(?:及|和|与)(\p{Script=Han}{1,4})(费|支出|经费)$/u

/**
 * The whole a row without a code is a part of: the row above, when the row says 其中; or the nearest row above whose
 * compound name lists it ("公务用车购置费" under "公务用车购置及运行费"), when only its parts lie between them.
 * `parts` holds the rows already placed as parts, so a second part finds the same whole.
 */
export function wholeOf(group: Row[], k: number, parts: Set<Row>): Row | undefined {
  const r = group[k]
  const prev = group[k - 1]
  if (!prev || prev.isTotal) return undefined
  const name = r.name.replace(OF_WHICH, '').trim()
  for (let j = k - 1; j >= 0; j--) {
    const w = group[j]
    if (w.isTotal) break
    if (parts.has(w)) continue
    const m = COMPOUND.exec(w.name.replace(/\s+/g, ''))
    if (m && name.startsWith(m[1]) && (name.includes(m[2]) || name.includes(m[3]))) return w
    break
  }
  // (其中：人员经费 after the last 303 subject row splits the table's 基本支出 by its other breakdown: never a part of
  // that subject)
  if (OF_WHICH.test(r.name) && prev.code && BASIC_SPLIT.test(name)) return undefined
  if (OF_WHICH.test(r.name)) return parts.has(prev) ? group.find((g) => g.index === prev.parent) : prev
  return undefined
}
