import type { BudgetDocument } from '../../schema.js'

/** "每名工作人员的人均培训费标准", "每人每年多少": a figure per person, not the total the tables print. */
const PER_PERSON = /人均|每名|每人|每位|每个人|每一名|每一位/

/** Does the question ask a per-person figure? */
export const asksPerPerson = (question: string) => PER_PERSON.test(question)

const printed = new WeakMap<BudgetDocument, boolean>()
/** Does the document print any per-person wording anywhere (a sentence, a row, an indicator: 人均/每人/每名)? */
export function printsPerPerson(doc: BudgetDocument): boolean {
  let v = printed.get(doc)
  if (v === undefined) printed.set(doc, (v = /人均|每人|每名|每位/.test(JSON.stringify(doc))))
  return v
}

/**
 * Rule `per-person`: a per-person figure asked of documents that print none is not found; the total is never
 * offered as if it were the per-person standard.
 */
/** The thing asked per person, in the question's own words ("人均培训费标准" → 培训费). */
export const perPersonSubject = (question: string): string | undefined => {
  const tail = '(?:每年|每月)?的?(\\p{Script=Han}{2,10}?)(?:标准|定额|是多少|是|为|有多少|多少|[？?。]|$)'
  for (const head of ['人均', '每人', '每名', '每位']) {
    const m = new RegExp(head + tail, 'u').exec(question)?.[1]
    if (m && !/人均|每人|每名|每位/.test(m)) return m
  }
  return undefined
}

export function perPersonNotFound(question: string, docs: { doc: BudgetDocument; year: number }[]): string | undefined {
  if (!asksPerPerson(question) || !docs.length || docs.some((t) => printsPerPerson(t.doc))) return undefined
  const subject = perPersonSubject(question)
  const names = [...new Set(docs.map((t) => `${t.doc.org}${t.year}年`))].join('、')
  return `没有找到按人计算的${subject || '标准'}：${names}的预算文件只列出总额，没有人均或每人的标准。`
}
