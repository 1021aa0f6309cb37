import { builtFingerprint } from '../../built-fingerprints.js'
import { fnv1a } from '../../search/string-hash.js'
import { mentionText } from './org-mention.js'
import { ORG_PROBES } from './org-match.js'

/**
 * The mention form (mentionText) of every organisation name held, made at ingest (catalog-snapshot.ts) with the
 * fingerprint of this build's rules on the probe names. A question naming no organisation groups the whole catalog
 * by these forms (latestPerOrg): at 10,000 documents deriving them took most of a cold process's first such answer.
 */
export interface StoredMentions { fingerprint: string; forms: [name: string, mention: string][] }

/** What this build's mention rules make of the probe names (computed once per process). */
export function mentionFingerprint(): string {
  fingerprint ??= builtFingerprint('mention')
  if (fingerprint === undefined) {
    const text = JSON.stringify(ORG_PROBES.map((p) => mentionText(p)))
    fingerprint = `${fnv1a(text).toString(36)}.${text.length}`
  }
  return fingerprint
}
let fingerprint: string | undefined

/** The mention forms of these names (each once), with this build's fingerprint. */
export function mentionFormsOf(names: Iterable<string>): StoredMentions {
  const forms = new Map<string, string>()
  for (const n of names) if (!forms.has(n)) forms.set(n, mentionText(n))
  return { fingerprint: mentionFingerprint(), forms: [...forms] }
}

/** Take mention forms made at ingest instead of deriving them again, when this build's rules made the same. */
export function primeMentionForms(stored: StoredMentions): boolean {
  if (stored.fingerprint !== mentionFingerprint()) return false
  for (const [name, mention] of stored.forms) mentionText.prime(name, mention)
  return true
}
