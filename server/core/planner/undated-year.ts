import { stageOf, type BudgetDocument } from '../schema.js'
import { isUndatedPage } from '../corpus/unnamed-page.js'

/**
 * Rule undated-page, its wording: an undated page is held with year 0 (and its kind unread): answers built from it
 * would print "某局0年部门预算文件". Said instead as what it is: "某局（文件未写明年份）"; the note of the year taken
 * ("按所收录的最新年度（0年）回答") is dropped, no year having been chosen.
 */
export function sayUndated(answer: string, docs: BudgetDocument[]): string {
  // (the answer's own words first: every answer passes here, a city's corpus is read only when one speaks of 0年)
  if (!/(?<![\d.,])0年/u.test(answer)) return answer
  const undated = docs.filter(isUndatedPage)
  if (!undated.length) return answer
  // (the note's own full stop goes with it: "…没有预算表格。（…）。" never ends "。。")
  let out = answer.replace(/（未指定年份，按所收录的最新年度（0年）回答）(?:。(?=\n|$))?/gu, '')
  for (const d of undated) {
    // (its kind unread: the placeholder kind is no word of the page's)
    const kind = d.metadataNeeded!.includes('scope') ? `(?:${d.scope}|${stageOf(d.scope)})?(?:文件)?` : ''
    out = out.split(d.org).map((part, i) => (i === 0 ? part : part.replace(new RegExp(`^（?0年度?${kind}`, 'u'), '（文件未写明年份）'))).join(d.org)
  }
  return out.replace(/(?<![\d.,])0年度?/gu, '（未写明年份）')
}
