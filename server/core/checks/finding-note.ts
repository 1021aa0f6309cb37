import type { AskResponse, Citation } from '../schema.js'
import { sameSource, type CorpusFindings } from './corpus-findings.js'

const LEAD = '需要说明：'

/**
 * An answer whose cited figure has a finding (error or warning; rounding notes are left to staff) gets one plain
 * sentence about it, the other side's citation, and the finding's id and figures in `notes`.
 */
export function withFindingNote(res: AskResponse, findings: CorpusFindings): AskResponse {
  for (const cited of res.citations) {
    const f = findings.forCitation(cited).find((x) => x.severity !== 'info')
    if (!f) continue
    const others = f.citations.filter((c) => !sameSource(c, cited) && !res.citations.some((r) => sameSource(r, c) && r.kind === c.kind))
    const citations: Citation[] = [...res.citations, ...others]
    const detail = f.figures.map((x) => `${x.label}=${x.text}${x.unit}${x.computed ? '（计算）' : ''}`).join('；')
    return {
      ...res,
      answer: `${res.answer.trimEnd()}\n${LEAD}${f.message}`,
      citations,
      notes: [...(res.notes ?? []), `一致性检查 ${f.id}（${f.kind}，${f.severity}）：${detail}`],
    }
  }
  return res
}
