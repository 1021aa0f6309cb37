import type { Statement } from './statements.js'
import { gapOf, roundingSlack, sumFen } from '../money.js'

/** A stated whole and the parts the text lists for it. */
export interface Group { whole: Statement; parts: Statement[]; via: 'qizhong' | 'colon' }

const levelsOf = (ss: Statement[]) => ss.filter((s) => s.kind === 'level')

/**
 * The breakdowns of one paragraph: "总额 60.70 万元：货物 4.70 万元、服务 56.00 万元" (a colon list) and
 * "预算 6.00 万元。其中：公务接待费 0.50 万元；公务用车运行维护费 6.00 万元" (其中 to the end of the sentence).
 * The whole of a 其中 list is the last figure before it that is not itself listed, bracketed, a reason or 上年结转;
 * bracketed figures and nested colon lists are not parts of the outer list.
 */
/** A clause stating a bound, not a part: 控制在…, 不超过…, 低于… */
const BOUND = /^(?:均|都|全部)?(?:控制在|不超过|未超过|没有超过|低于|不高于|在)/u

export function groupsOf(ss: Statement[]): Group[] {
  const levels = levelsOf(ss)
  const out: Group[] = []
  for (const w of levels.filter((s) => s.colonList)) {
    const parts = levels.filter((s) => s.listedUnder === w)
    if (parts.length) out.push({ whole: w, parts, via: 'colon' })
  }
  levels.forEach((first, i) => {
    if (!first.qizhong || first.reason) return
    const whole = levels.slice(0, i).reverse().find((w) => w.depth <= first.depth && !w.listedUnder && !w.reason && w.concept.key !== 'carry')
    if (!whole) return
    const parts: Statement[] = []
    for (const [k, s] of levels.slice(i).entries()) {
      if (s.sentence !== first.sentence || (s !== first && s.qizhong)) break
      // (nor the whole of the next 其中 list: "…其中一般债务725.3亿元、专项债务380亿元,全市余额为1,071.65亿元,其中…")
      const next = levels[i + k + 1]
      if (s !== first && next?.qizhong && next.sentence === s.sentence) break
      // (nor a bound the whole is held within: "…其中一般债务…、专项债务…，控制在省核定的债务限额481000万元以内")
      if (s !== first && BOUND.test(s.subject)) break
      if (s.depth === first.depth && !s.listedUnder && !s.reason) parts.push(s)
    }
    // a part that adds up the parts listed before it ("其中:某区完成…1917837万元,加上中央财政收入1321480万元,合计财政总收入
    // 3239317万元") is their total, a sub-account's: the list's part is that total, not its pieces beside it
    for (let k = 2; k < parts.length; k++) {
      const before = parts.slice(0, k)
      if (gapOf(parts[k].amount.fen, sumFen(before.map((x) => x.amount.fen)), roundingSlack([parts[k].amount, ...before.map((x) => x.amount)])) === 'equal') { parts.splice(0, k); break }
    }
    if (parts.length) out.push({ whole, parts, via: 'qizhong' })
  })
  return out
}

/** The change stated for a level figure ("…万元，比 2025 年增加 46.02 万元"). */
export const changeOf = (level: Statement, ss: Statement[]) => ss.find((s) => s.kind === 'change' && s.of === level)

/** The last-year figure stated for a level ("比2024年预算数1,402.57万元"). */
export const baselineOf = (level: Statement, ss: Statement[]) => ss.find((s) => s.kind === 'baseline' && s.of === level)

/** Each change that is not itself a reason, with the changes its 主要是 / 主要原因 clause lists. */
export function reasonsOf(ss: Statement[]): { main: Statement; reasons: Statement[] }[] {
  const out: { main: Statement; reasons: Statement[] }[] = []
  ss.forEach((main, i) => {
    if (main.kind !== 'change' || main.reason) return
    const reasons: Statement[] = []
    for (const s of ss.slice(i + 1)) {
      if (s.sentence !== main.sentence || (!s.reason && s.kind !== 'baseline')) break
      if (s.kind === 'change') reasons.push(s)
    }
    if (reasons.length) out.push({ main, reasons })
  })
  return out
}
