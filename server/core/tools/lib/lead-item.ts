import { parseAmount } from '../../parse/amount.js'
import { foldMeaning } from '../../read/meaning-view.js'
import type { BudgetDocument, MoneyUnit, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from './citation.js'
import { moneyFields, type Figure } from './figure.js'
import { printed } from './money.js'

/** A list item's number: (4), 4., 四、, ①. */
const ITEM_NUMBER = /^(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[①-⑳])/u
/** A place's whole said before the item's name (全市普通高中为…). */
const PLACE_WHOLE = /^全(?:省|市|州|盟|县|区|旗|镇|乡)/u
/** The item's name, then its figure: "普通高中为14402.18元". */
const ITEM_FIGURE = /^(\p{Script=Han}{2,12}?)(?:为|是|[:：])\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/u
/** A lead that opens a list: it ends in a colon, or is a heading. */
const OPENS_LIST = /[:：]\s*$/u
/** How far back a list's lead may stand from an item (its other items between). */
const LEAD_REACH = 12

interface ItemHead {
  name: string
  value: string
  unit: MoneyUnit
}

/** A paragraph read as a numbered list item that names one thing and its figure. */
function itemHead(p: Paragraph): ItemHead | undefined {
  if (p.heading) return undefined
  const t = compactText(foldMeaning(p.text))
  const numbered = ITEM_NUMBER.exec(t)
  if (!numbered) return undefined
  const rest = t.slice(numbered[0].length).replace(PLACE_WHOLE, '')
  const m = ITEM_FIGURE.exec(rest)
  return m ? { name: m[1], value: m[2], unit: m[3] as MoneyUnit } : undefined
}

/** A document's list items by paragraph index, read once per document (every failed prose reading may ask). */
const itemsByDoc = new WeakMap<BudgetDocument, ReadonlyMap<number, ItemHead>>()
function listItemsOf(doc: BudgetDocument): ReadonlyMap<number, ItemHead> {
  let items = itemsByDoc.get(doc)
  if (!items) {
    const found = new Map<number, ItemHead>()
    doc.paragraphs.forEach((p, i) => { const head = itemHead(p); if (head) found.set(i, head) })
    itemsByDoc.set(doc, (items = found))
  }
  return items
}

/**
 * Rule `lead-item`: a list whose lead names what it lists ("…普通高中…生均一般公共预算教育经费增长情况为:") and whose
 * items name only their own part ("(4)全市普通高中为14402.18元,比上年…"): a name asked as the item's words then the
 * lead's ("普通高中生均一般公共预算教育经费") is the item's figure, cited with its lead. Only when the name is printed
 * nowhere whole (the caller's reading comes first), the item's words open the name and the rest is in the lead (or the
 * heading right above it) as printed.
 */
export function leadItemFigure(doc: BudgetDocument, name: string): Figure | undefined {
  const n = compactText(foldMeaning(name))
  if (n.length < 6) return undefined
  const items = listItemsOf(doc)
  for (const [i, head] of items) {
    if (!n.startsWith(head.name) || n.length - head.name.length < 4) continue
    const rest = n.slice(head.name.length)
    const lead = leadOf(doc.paragraphs, items, i)
    if (!lead || !lead.some((l) => compactText(foldMeaning(l.text)).includes(rest))) continue
    const p = doc.paragraphs[i]
    const amount = parseAmount(head.value, head.unit)
    if (!amount) continue
    const opener = lead[lead.length - 1]
    return {
      docId: doc.id, org: doc.org, year: doc.year, label: name,
      amount, text: printed(amount), ...moneyFields(amount),
      citation: paragraphCitation(doc, p, undefined, amount.text, amount.unit),
      lead: paragraphCitation(doc, opener),
    }
  }
  return undefined
}

/**
 * The lead of the list item at `i`: the paragraph before its run of items that opens the list (ends in a colon), with
 * the heading right above that one when there is one; undefined when the item has no such lead.
 */
function leadOf(ps: Paragraph[], items: ReadonlyMap<number, ItemHead>, i: number): Paragraph[] | undefined {
  for (let k = i - 1; k >= 0 && k >= i - LEAD_REACH; k--) {
    const p = ps[k]
    if (items.has(k)) continue
    if (!OPENS_LIST.test(p.text) && !p.heading) return undefined
    const above = ps[k - 1]
    return above?.heading && !p.heading ? [above, p] : [p]
  }
  return undefined
}
