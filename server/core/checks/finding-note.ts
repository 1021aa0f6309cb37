import type { AskResponse, Citation } from '../schema.js'
import { sameSource, type CorpusFindings } from './corpus-findings.js'
import { plainFinding } from './plain-finding.js'

/**
 * An answer whose cited figure has a finding (error or warning; rounding notes are left to staff) gets one plain
 * sentence about it (plainFinding: the other side named, its figure in its citation) and the other side's citation.
 */
export function withFindingNote(res: AskResponse, findings: CorpusFindings): AskResponse {
  for (const cited of res.citations) {
    const f = findings.forCitation(cited).find((x) => x.severity !== 'info')
    if (!f) continue
    const others = f.citations.filter((c) => !sameSource(c, cited) && !res.citations.some((r) => sameSource(r, c) && r.kind === c.kind))
    const citations: Citation[] = [...res.citations, ...others]
    const sentence = plainFinding(f, res.answer)
    // said once: in the answer; the notes carry no id or rule name (staff see those in the findings view)
    if (res.answer.includes(sentence)) return res
    return { ...res, answer: `${res.answer.trimEnd()}\n${sentence}`, citations }
  }
  return res
}
