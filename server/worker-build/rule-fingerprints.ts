import type { BuiltFingerprint } from '../core/built-fingerprints.js'
import { defaultVocabulary } from '../core/lexicon/default-vocabulary.js'
import { vocabularyFingerprint } from '../core/planner/vocabulary.js'
import { aliasFingerprint, aliasTableFingerprint } from '../core/tools/lib/org-alias.js'
import { mentionFingerprint } from '../core/tools/lib/mention-forms.js'
import { orgPartsFingerprint } from '../core/tools/lib/org-match.js'

/**
 * The fingerprints of this build's rules as this process computes them: bundled into the Worker as constants
 * (prebundle-worker.ts, server/core/built-fingerprints.ts); test/workers checks that workerd computes the same.
 */
export const ruleFingerprints = (): Record<BuiltFingerprint, string> => ({
  alias: aliasFingerprint(), aliasTable: aliasTableFingerprint(), orgParts: orgPartsFingerprint(), mention: mentionFingerprint(),
  vocabulary: vocabularyFingerprint(defaultVocabulary),
})
