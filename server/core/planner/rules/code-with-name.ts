import type { ConceptHit } from '../question-frame.js'
import { fundOf } from './fund-qualifier.js'

/** A second ask of the whole after the first: "…？总共多少", "，合计多少". */
const WHOLE_TOO = /[？?，,；;]\s*(?:那|那么)?(?:总共|一共|合计|总计|共计|加起来)/u

/** What may stand between a code and the names written with it: a space, a bracket, a colon. */
const JOIN = /^[\s（(：:]*$/u
const CLOSE = /^[\s]*[）)]/u

/**
 * Rule `code-with-name`: a subject code and the row names written right against it are one subject, read by the code:
 * "2101501行政运行", "行政运行（2120101）", "城乡社区管理事务行政运行（2120101）" (the 款 name, then the 项 name).
 * The names only describe the code; the code's span grows over them (and a closing bracket), so words after the
 * whole ("…（2120101）的基本支出") are read against the subject.
 */
export function attachNamesToCodes(concepts: ConceptHit[], text: string): void {
  for (const code of concepts.filter((c) => c.code)) {
    let i = concepts.indexOf(code)
    // names after the code: "2081005社会福利事业单位"
    const next = concepts[i + 1]
    // (a fund's name after the code, "2130106一般公共预算安排多少", is the table it is read from: rule fund-qualifier's;
    // unless the whole is asked after it, "…一般公共预算安排了多少？总共多少？": the code's every fund, that fund's beside it)
    if (next && !next.code && next.kind === 'row' && next.start - code.end <= 1 && (!fundOf(next) || WHOLE_TOO.test(text.slice(next.end)))) {
      code.end = next.end
      concepts.splice(i + 1, 1)
    }
    // names before it: "城乡社区管理事务行政运行（2120101）"
    for (let prev = concepts[i - 1]; prev && !prev.code && prev.kind === 'row' && JOIN.test(text.slice(prev.end, code.start)); prev = concepts[i - 1]) {
      code.start = prev.start
      concepts.splice(i - 1, 1)
      i--
    }
    const close = CLOSE.exec(text.slice(code.end))
    if (close) code.end += close[0].length
    code.surface = text.slice(code.start, code.end)
  }
}
