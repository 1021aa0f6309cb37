import { foldMeaning, printedSpan } from '../read/meaning-view.js'
import type { BudgetDocument, Lines } from '../schema.js'
import { joinsWithoutSpace } from './prose.js'
import { isBlank, type SourceLine } from './source-lines.js'

/**
 * The last stage of parsing a document whose meaning view differs from its source (Traditional script, pinyin
 * glosses): each paragraph, heading, row name, table title and the document's title gets its printed form, found
 * through the lines it was parsed from (its provenance) and the view's position map. Only where the two differ,
 * so a Simplified document is left exactly as it was. Quotes and citations are made from the printed forms.
 */
export function attachPrintedForms(doc: BudgetDocument, view: SourceLine[], printed: SourceLine[], pageTitle?: string, particulars: string[] = []): void {
  const differs = (n: number) => printed[n - 1] && printed[n - 1].text !== view[n - 1]?.text
  const touched = (lines: Lines) => {
    for (let n = lines[0]; n <= lines[1]; n++) if (differs(n)) return true
    return false
  }
  // the lines joined as the prose parser joins them: without a space between Chinese text, with one elsewhere
  const linesText = (lines: Lines) => printed.slice(lines[0] - 1, lines[1]).filter((l) => !isBlank(l))
    .map((l) => l.text.replace(/\t+/g, ' ').trim())
    .reduce((acc, t) => (acc ? acc + (joinsWithoutSpace(acc, t) ? t : ` ${t}`) : t), '')
  const printedOf = (lines: Lines, meaning: string) => {
    if (!touched(lines)) return undefined
    const form = printedSpan(linesText(lines), meaning)
    return form && form !== meaning ? form : undefined
  }

  for (const p of doc.paragraphs) {
    const form = printedOf(p.lines, p.text)
    if (form) p.printed = form
  }
  for (const s of doc.sections) {
    const form = printedOf([s.line, s.line], s.title)
    if (form) s.printed = form
  }
  for (const t of doc.tables) {
    const caption = t.captionLines.length ? ([Math.min(...t.captionLines), Math.max(...t.captionLines)] as Lines) : t.lines
    const title = printedOf(caption, t.title)
    if (title) t.printedTitle = title
    for (const r of t.rows) {
      const name = printedOf(r.lines, r.name)
      if (name) r.printed = name
    }
  }
  // the title: the page's own <title> when the view read it from there, else the lines it was read from
  const fromPage = pageTitle ? printedSpan(pageTitle, doc.title) : undefined
  const title = fromPage ?? printed.filter((l, i) => l.text !== view[i]?.text).map((l) => printedSpan(l.text, doc.title)).find(Boolean)
  if (title) doc.title = title
  // the organisation as a line of the page prints it (騰沖市騰越鎮(zhèn) of 腾冲市腾越镇): citations name it so too
  // (…or as the page's particulars print it, 發(fā)布機(jī)構(gòu) | 騰沖市騰越街道辦事處, when the organisation was read from them)
  const org = printed.filter((l, i) => l.text !== view[i]?.text && view[i]?.text.includes(doc.org)).map((l) => printedSpan(l.text, doc.org)).find(Boolean) ??
    particulars.filter((l) => foldMeaning(l).includes(doc.org)).map((l) => printedSpan(l, doc.org)).find(Boolean)
  if (org && org !== doc.org) doc.printedOrg = org
}
