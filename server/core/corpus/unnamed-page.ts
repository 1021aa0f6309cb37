import type { BudgetDocument } from '../schema.js'

/**
 * A page that names no organisation anywhere (a site's 三公 page under its own heading only): held with
 * `metadataNeeded: ['org']` until staff name it, and answered meanwhile only when a question points at the page by its
 * own title (rule `unnamed-page-asked`), under a label that says it is unnamed, never as any organisation's.
 */
export const isUnnamedPage = (d: BudgetDocument) => !!d.metadataNeeded?.length && d.metadataNeeded.every((f) => f === 'org')

/** The page's title without its list number ("一、2022年…情况" → "2022年…情况"). */
export const unnamedTitle = (d: BudgetDocument) => (d.title || d.id).replace(/^\s*(?:[一二三四五六七八九十]+、|\d+[.、．])\s*/u, '').trim()

/** How answers name it: 未写明单位的页面《2022年“三公”经费预算安排情况》. */
export const unnamedLabel = (d: BudgetDocument) => `未写明单位的页面《${unnamedTitle(d)}》`

/**
 * A page that names its organisation but no year (a 财政局's notice of funds, a bulletin with months but no year): held
 * with `metadataNeeded: ['year']` (and its kind when unread) until staff date it, and answered meanwhile for its
 * organisation, its answers saying the year is not written (rule undated-page, see planner/undated-year), never
 * another year.
 */
export const isUndatedPage = (d: BudgetDocument) =>
  !!d.metadataNeeded?.includes('year') && d.metadataNeeded.every((f) => f === 'year' || f === 'scope')

/** The documents a question may be answered from: named ones, unnamed pages under their label, and undated pages. */
export function answerableDocuments(docs: BudgetDocument[]): BudgetDocument[] {
  return docs.flatMap((d) => (!d.metadataNeeded?.length || isUndatedPage(d) ? [d] : isUnnamedPage(d) ? [{ ...d, org: unnamedLabel(d) }] : []))
}
