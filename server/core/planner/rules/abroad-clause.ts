/** 国（境）外 / 境外 / 国外 / 外宾: the visits or trips of the abroad line, not the domestic one. */
const ABROAD = /国\s*[（(]\s*境\s*[)）]\s*外|境外|国外|外宾|外事/

/** How the prose writes the abroad line, for a search that prefers it. */
export const ABROAD_WORDS = ['国（境）外', '国(境)外', '境外', '国外']

export const asksAbroad = (question: string) => ABROAD.test(question)

/**
 * Rule `abroad-clause`: 决算 prose states 公务接待 counts per line, "国内公务接待21批次、30人次 … 国（境）外公务接待0批次、
 * 0人次". A count whose clause (from the last comma or colon up to the subject) names 国（境）外 is the abroad line's: it
 * answers a question about 接待 only when the question asks about abroad too.
 */
export function inAbroadClause(sentence: string, subject: string): boolean {
  const at = sentence.indexOf(subject)
  if (at < 0) return false
  const head = sentence.slice(0, at)
  return ABROAD.test(head.slice(head.search(/[^，,、；;：:]*$/)))
}
