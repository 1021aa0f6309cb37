import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { BudgetDocument } from '../schema.js'
import { normalizeText } from '../search/normalize-text.js'
import { checkCrossTable } from './cross-table.js'
import { SEVERITY_ORDER, type Finding } from './finding.js'
import { checkIncomeSpending } from './income-spending.js'
import { makeFinding, type FindingDraft } from './make-finding.js'
import { checkProse } from './prose/check-prose.js'
import { checkSumChildren } from './sum-children.js'
import { checkThreePublic } from './three-public.js'
import { checkTotalParts } from './total-parts.js'
import { checkTwoSidedSums } from './two-sided-sums.js'

/** The checks of tables: totals against rows and parts, and tables against each other. */
const TABLE_CHECKS: ((doc: BudgetDocument, vocabulary: Vocabulary) => FindingDraft[])[] = [
  checkSumChildren, checkTwoSidedSums, checkTotalParts, checkThreePublic, checkIncomeSpending, checkCrossTable,
]
/** Every check, table and prose; each returns drafts for one document. */
const CHECKS = [...TABLE_CHECKS, checkProse]

const ROUNDING_DECLARED = /四舍五入|尾数差|尾差/
const ROUNDING_NOTE = '（差额在四舍五入范围内，但文件没有作四舍五入说明。）'

/** The document says its figures are rounded (因四舍五入原因，明细加总与汇总不等), in its text or a table note. */
export function declaresRounding(doc: BudgetDocument): boolean {
  return doc.paragraphs.some((p) => ROUNDING_DECLARED.test(normalizeText(p.text))) || doc.tables.some((t) => t.notes.some((n) => ROUNDING_DECLARED.test(n)))
}

/**
 * The consistency findings of one document, most severe first. A gap rounding explains is no finding when the
 * document declares rounding, and an info finding when it does not. Checks run at ingest and on load, with no tool
 * context: the default vocabulary unless the caller gives one.
 */
export function checkDocument(doc: BudgetDocument, only: 'all' | 'tables' = 'all', vocabulary: Vocabulary = defaultVocabulary): Finding[] {
  const declared = declaresRounding(doc)
  const seen = new Set<string>()
  const bySignature = new Map<string, Finding>()
  const out: Finding[] = []
  // a table the copy ends inside has lost its last rows, and one whose header lost its merged cells so that some
  // columns could not be told apart (rule lost-header-spans) has unnamed parts: their sums say nothing
  const unsure = (t: BudgetDocument['tables'][number]) => t.cutShort || t.columns.some((c) => c.candidates)
  const whole = doc.tables.some(unsure) ? { ...doc, tables: doc.tables.filter((t) => !unsure(t)) } : doc
  for (const draft of (only === 'tables' ? TABLE_CHECKS : CHECKS).flatMap((check) => check(whole, vocabulary))) {
    if (draft.rounding && declared) continue
    const twin = draft.signature && bySignature.get(`${draft.kind}|${draft.signature}`)
    if (twin) {
      const where = draft.citations[0]
      if (!twin.citations.some((c) => c.tableId === where.tableId)) {
        twin.citations.push(where)
        twin.message = twin.message.replace(/。(（|$)/, `；${where.tableNumber ?? where.tableTitle ?? ''}同一处相同。$1`)
      }
      continue
    }
    const d = draft.rounding ? { ...draft, severity: 'info' as const, message: draft.message.replace(/。$/, '') + ROUNDING_NOTE } : draft
    const f = makeFinding(doc, d)
    if (seen.has(f.id)) continue
    seen.add(f.id)
    if (draft.signature) bySignature.set(`${draft.kind}|${draft.signature}`, f)
    out.push(f)
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
