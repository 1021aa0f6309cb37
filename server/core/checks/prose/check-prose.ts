import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { BudgetDocument } from '../../schema.js'
import type { FindingDraft } from '../make-finding.js'
import { checkProseChange } from './prose-change.js'
import { checkProseReason } from './prose-reason.js'
import { checkProseSelf } from './prose-self.js'
import { checkProseTable } from './prose-table.js'
import { documentStatements } from './statements.js'

/** Prose against the tables and against itself; the text is read once per document. */
export function checkProse(doc: BudgetDocument, vocabulary: Vocabulary): FindingDraft[] {
  const statements = documentStatements(doc, vocabulary.prose)
  return [
    ...checkProseTable(doc, statements), ...checkProseSelf(doc, statements),
    ...checkProseChange(doc, statements), ...checkProseReason(doc, statements),
  ]
}
