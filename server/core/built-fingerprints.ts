/**
 * The fingerprints of this build's rules (what they make of the probe names: org-alias.ts, org-match.ts,
 * mention-forms.ts; the planner's vocabulary.ts over the default lexicon), computed when the Worker is bundled (server/cli/prebundle-worker.ts defines them) so an isolate
 * takes them as constants instead of running the rules on every probe at its start (issue 13: ~40–70 ms of a cold
 * isolate's first question). Anywhere else (Node, tests, other bundles) they are undefined and computed at run time.
 */
declare const __RULE_FINGERPRINTS__: Partial<Record<BuiltFingerprint, string>> | undefined

/** the rules of organisation names, and `vocabulary`: the planner's vocabulary rules over the default lexicon (vocabulary.ts) */
export type BuiltFingerprint = 'alias' | 'aliasTable' | 'orgParts' | 'mention' | 'vocabulary'

export const builtFingerprint = (name: BuiltFingerprint): string | undefined =>
  typeof __RULE_FINGERPRINTS__ === 'undefined' ? undefined : __RULE_FINGERPRINTS__[name]
