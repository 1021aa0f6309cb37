import type { BudgetDocument } from '../../schema.js'
import { paragraphCitation } from '../cite.js'
import type { FindingDraft } from '../make-finding.js'
import { printedFigure, quote } from '../money.js'
import { CONCEPT_WORDS } from './concepts.js'
import type { Statement } from './statements.js'

const UP = /^(增加|增长|上升|提高|调增|加大)/
const DOWN = /^(减少|下降|降低|调减|压缩|减)/

/**
 * The direction of a stated change against its own reason: "比上年减少 4.84 万元，主要原因是……相应机关运行经费增加"
 * names the same subject moving the other way.
 */
export function checkProseReason(doc: BudgetDocument, statements: Statement[][]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const c of statements.flat().filter((s) => s.kind === 'change' && !s.reason && s.signed !== 0)) {
    const word = CONCEPT_WORDS[c.concept.key]
    const at = c.excerpt.indexOf('原因')
    if (!word || at < 0) continue
    const reason = c.excerpt.slice(at).replace(/[,，;；]?\s*主要用于.*$/, '')
    for (const m of reason.matchAll(new RegExp(word.source, 'g'))) {
      const after = reason.slice(m.index! + m[0].length).replace(/^(拨款|预算|支出|经费)?\s*/, '')
      const up = UP.test(after)
      const down = DOWN.test(after)
      if (!(up || down) || up === c.signed > 0) continue
      out.push({
        kind: 'prose-reason', severity: 'warning',
        figures: [
          ...(c.of ? [printedFigure(`正文：${c.of.concept.label}`, c.of.amount)] : []),
          { ...printedFigure(`正文：${c.concept.label}${c.signed < 0 ? '减少' : '增加'}`, c.amount), fen: c.signed },
        ],
        citations: [paragraphCitation(doc, c.paragraph, c.excerpt, c.amount.text, c.amount.unit)],
        message: `正文称${c.concept.label}比上年${c.signed < 0 ? '减少' : '增加'}${quote(c.amount)}，但所说的原因是“${reason.slice(0, 40).replace(/^原因(是|为)?/, '').replace(/[。；;,，]+$/, '')}”，其中${c.concept.label}是${up ? '增加' : '减少'}的，方向相反。`,
      })
      break
    }
  }
  return out
}
