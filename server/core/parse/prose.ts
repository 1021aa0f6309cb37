import type { Paragraph, Section } from '../schema.js'
import { isBlank, type SourceLine } from './source-lines.js'
import { joinText } from './tokens.js'

/** Heading markers, outermost first in the usual templates; actual nesting follows order of appearance. */
const MARKERS: [string, RegExp][] = [
  ['part', /^第[一二三四五六七八九十]+部分[:：\s]*/],
  ['han', /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  ['paren-han', /^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/],
  ['num', /^\d{1,2}\s*[、.．](?!\d)\s*/],
  ['paren-num', /^[（(]\s*\d{1,2}\s*[）)]\s*/],
]
const SENTENCE_END = /[。；;！？!?：:]$/

export function markerOf(text: string): string | undefined {
  return MARKERS.find(([, re]) => re.test(text))?.[0]
}

/** A heading: a marker followed by a short title that is not a sentence, or a short markdown heading. */
export function isHeading(line: SourceLine): boolean {
  const t = line.text.trim()
  if (/^\s*#{1,6}\s/.test(line.raw)) return t.length <= 60
  const m = MARKERS.find(([, re]) => re.test(t))
  if (!m) return false
  const rest = t.replace(m[1], '')
  return rest.length > 0 && rest.length <= 25 && !/[。；;，,]/.test(rest)
}

/**
 * Sections and paragraphs of the prose. Lines broken mid-sentence (PDF wrapping, even across blank lines)
 * join into one paragraph; headings are paragraphs too, so every line lands somewhere.
 */
export function parseProse(docId: string, lines: SourceLine[], sections: Section[], paragraphs: Paragraph[], styles: string[]): void {
  let open: { text: string; first: number; last: number } | undefined
  const current = () => sections[sections.length - 1]?.id
  const flush = () => {
    if (!open) return
    paragraphs.push({ id: `${docId}/p${paragraphs.length}`, docId, index: paragraphs.length, section: current(), heading: false, text: open.text, lines: [open.first, open.last] })
    open = undefined
  }
  for (const line of lines) {
    if (isBlank(line)) continue
    const text = line.text.replace(/\t+/g, ' ').trim()
    if (isHeading(line)) {
      flush()
      const style = /^\s*#/.test(line.raw) && !markerOf(text) ? 'md' : markerOf(text)!
      if (style === 'part' || style === 'md') styles.length = 0
      const at = styles.indexOf(style)
      if (at >= 0) styles.length = at + 1
      else styles.push(style)
      const level = Math.max(1, styles.length)
      const parent = [...sections].reverse().find((s) => s.level < level)?.id
      sections.push({ id: `${docId}/s${sections.length}`, level, title: text, line: line.no, ...(parent ? { parent } : {}) })
      paragraphs.push({ id: `${docId}/p${paragraphs.length}`, docId, index: paragraphs.length, section: current(), heading: true, text, lines: [line.no, line.no] })
      continue
    }
    const continues = open && !SENTENCE_END.test(open.text) && open.text.length >= 20 && !markerOf(text)
    if (open && continues) { open.text = joinText(open.text, text); open.last = line.no; continue }
    flush()
    open = { text, first: line.no, last: line.no }
  }
  flush()
}
