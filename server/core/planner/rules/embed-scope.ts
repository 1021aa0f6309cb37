import type { BudgetDocument, Corpus } from '../../schema.js'
import type { OrgMention } from '../../tools/lib/org-mention.js'
import { docsOfMention, docsOfOrg } from '../../tools/lib/org-scope.js'

/** The documents a widget or iframe `org` bounds every answer to. */
export const embedScopeDocs = (corpus: Corpus, org: string): BudgetDocument[] => docsOfOrg(corpus, org).docs

/** True when every organisation the question names lies inside the scope (a question naming none is inside). */
export function withinEmbedScope(corpus: Corpus, orgs: OrgMention[], scopeDocs: BudgetDocument[]): boolean {
  const inScope = new Set(scopeDocs.map((d) => d.id))
  return orgs.every((m) => {
    const docs = docsOfMention(corpus, m).docs
    return docs.length > 0 && docs.every((d) => inScope.has(d.id))
  })
}

/** The polite refusal for a question about another organisation than the embed's. */
export function outOfEmbedScope(scopeName: string): string {
  // the other organisation is not named back: the answer speaks of the scope only
  return `这里只能查询${scopeName}的预算，无法回答其他单位的问题。其他单位的预算请到该单位或当地财政部门公开的预算文件中查询。`
}
