import type { BudgetDocument, Citation } from '../schema.js'
import type { Finding, FindingFigure, FindingKind, Severity } from './finding.js'

export interface FindingDraft {
  kind: FindingKind
  severity: Severity
  message: string
  figures: FindingFigure[]
  citations: Citation[]
  /** the gap is one rounding explains: dropped where the document declares rounding, else kept as info */
  rounding?: boolean
  /** the same gap found again (another column or table printing the same rows) is merged into the first */
  signature?: string
}

const GUESSED = '（该表由PDF转换，部分数字所在列为推断，请以原件为准。）'

/** The source a citation points at, short: t3/r0#公务用车运行费, p19@6.00 (the figure read there). */
export function sourceKey(c: Citation): string {
  const local = (id: string | undefined) => id?.slice(c.docId.length + 1)
  if (c.paragraphId) return c.value ? `${local(c.paragraphId)}@${c.value}` : local(c.paragraphId)!
  const at = local(c.rowId) ?? local(c.tableId) ?? `l${c.lines[0]}`
  return c.column ? `${at}#${c.column}` : at
}

/**
 * A finding with a stable id. Figures placed by the parser's guess (inferred cells) never make a hard finding
 * on their own: the finding is kept as info and says so.
 */
export function makeFinding(doc: BudgetDocument, d: FindingDraft): Finding {
  const guessed = d.figures.some((f) => f.inferred)
  const severity = guessed ? 'info' : d.severity
  const message = guessed && !d.message.endsWith(GUESSED) ? d.message.replace(/。$/, '') + GUESSED : d.message
  const id = `${doc.id}:${d.kind}:${d.citations.map(sourceKey).slice(0, 2).join('~')}`
  return { id, docId: doc.id, kind: d.kind, severity, message, figures: d.figures, citations: d.citations }
}
