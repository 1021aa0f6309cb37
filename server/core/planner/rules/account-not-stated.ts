import type { BudgetDocument } from '../../schema.js'
import { accountWords, namesAccounts, type PlaceAccount } from '../../tools/lib/prose-account.js'

/**
 * Rule place-account, its miss: a place's report asked for one account (区本级, 全县) whose prose states only the other
 * says so, instead of a bare "not found" (the other account's figure is never given for it).
 */
export function accountNotStated(docs: BudgetDocument[], asked: PlaceAccount | undefined): string | undefined {
  if (!asked) return undefined
  const said = docs.flatMap((doc) => {
    if (!namesAccounts(doc)) return []
    const words = [...doc.sections.map((s) => s.title), ...doc.paragraphs.map((p) => p.text)].flatMap((t) => accountWords(t, true))
    if (words.some((w) => w.account === asked)) return []
    const other = words[0]?.word
    return other ? [`${doc.org}${doc.year}年的文件只写了${other}的数，没有写${asked === 'own' ? '本级' : '全' + other.slice(0, 1)}的`] : []
  })
  return said.length ? said.join('；') : undefined
}
