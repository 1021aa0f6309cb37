import { foldMeaning } from '../../read/meaning-view.js'
import { compactText } from '../../search/normalize-text.js'
import type { QuestionFrame } from '../question-frame.js'

/**
 * The question's own words for what it asks: compact, as read (the meaning view), each organisation it names and each
 * year cut out and left as `cut`, so words either side of them never join into one ("某县2024年收到…" → "|收到…").
 */
export function askedWords(frame: QuestionFrame, cut = '，'): string {
  let q = compactText(foldMeaning(frame.text))
  for (const o of frame.orgs) q = q.split(compactText(o.text)).join(cut)
  return q.replace(/(?:19|20)?\d{2}年度?/gu, cut)
}
