import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'

/** The most characters of the question read as the phrase's qualifier: "合计", "一批项目", "县级". */
const MOST = 6

/**
 * Rule `phrase-qualifier`: a phrase no table or lexicon names, asked with words right before it that the question's
 * reading left out as ask words ("合计批复总投资", 合计 read as "how much in all"): where the document's prose writes
 * those very words right before the phrase ("…一批项目县级批复总投资3374.3万元,…,合计批复总投资6222.4万元"), the
 * qualified phrase is what is read, never the first clause holding the bare phrase (一批's). The longest such run of
 * the question's own characters (two at least); undefined when the prose writes none of them there.
 */
export function phraseQualifier(question: string, phrase: string, doc: Pick<BudgetDocument, 'paragraphs'>): string | undefined {
  const text = compactText(question)
  const bare = compactText(phrase)
  const at = text.indexOf(bare)
  if (at < 2) return undefined
  const run = /\p{Script=Han}+$/u.exec(text.slice(Math.max(0, at - MOST), at))?.[0] ?? ''
  if (run.length < 2) return undefined
  const prose = doc.paragraphs.filter((p) => !p.heading).map((p) => compactText(p.text))
  for (let k = run.length; k >= 2; k--) {
    const qualified = run.slice(-k) + bare
    if (prose.some((p) => p.includes(qualified))) return qualified
  }
  return undefined
}
