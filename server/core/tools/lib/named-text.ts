import type { BudgetDocument } from '../../schema.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'

const named = new WeakMap<BudgetDocument, string>()
const meant = new WeakMap<BudgetDocument, string>()

/** Everything a document names: its prose, its table titles and its row names, compact. Read once per document. */
export function namedText(doc: BudgetDocument): string {
  let t = named.get(doc)
  if (t === undefined) {
    t = compactText([...doc.paragraphs.map((p) => p.text), ...doc.tables.flatMap((x) => [x.title, ...x.rows.map((r) => r.name)])].join('\n'))
    named.set(doc, t)
  }
  return t
}

/** The same, read for meaning (Traditional script folded to Simplified, pinyin glosses dropped). Read once per document. */
export function namedMeaning(doc: BudgetDocument): string {
  let t = meant.get(doc)
  if (t === undefined) {
    t = compactText(foldMeaning([...doc.paragraphs.map((p) => p.text), ...doc.tables.flatMap((x) => [x.title, ...x.rows.map((r) => r.name)])].join('\n')))
    meant.set(doc, t)
  }
  return t
}
