import type { BudgetDocument, Citation } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { paragraphCitation, tableNoteCitation } from '../../tools/lib/citation.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import { proseKeywords } from '../../tools/lib/resolve-prose.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'

/**
 * Rule `stated-none`: a document that has nothing of a kind says so ("本部门本年度无政府性基金预算财政拨款收入和支出，
 * 公开08表为空表"). Where the figure of that subject is zero, the answer is the document's own statement, with no
 * amount and no list made up of nearby rows.
 */
export function statedNone(v: Vocabulary, doc: BudgetDocument, name: string): { sentence: string; citation: Citation } | undefined {
  const keys = [...new Set([compactText(name), ...proseKeywords(v, name, 'money').keywords])].filter((k) => k.length >= 3)
  if (!keys.length) return undefined
  const re = new RegExp(`(?:无|没有)\\s*(?:[^。；;，,\\d]{0,6}?)(?:${keys.map(escapeRegExp).join('|')})`)
  for (const p of doc.paragraphs) {
    if (p.heading) continue
    for (const s of sentencesOf(p.text)) {
      if (!re.test(compactText(s.text))) continue
      const sentence = s.text.trim().replace(/[。；;]$/, '')
      return { sentence, citation: paragraphCitation(doc, p, sentence) }
    }
  }
  // (…or the note under its empty table: "注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。")
  for (const t of doc.tables) {
    if (!t.noData) continue
    const note = t.notes.find((n) => re.test(compactText(n)))
    if (note) { const sentence = note.replace(/[。；;]$/, ''); return { sentence, citation: tableNoteCitation(doc, t, sentence) } }
  }
  return undefined
}
