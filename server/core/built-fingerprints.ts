/**
 * The fingerprints of this build's rules (what they make of the probe names: org-alias.ts, org-match.ts,
 * mention-forms.ts; the planner's vocabulary.ts over the default lexicon), computed when the Worker is bundled (server/cli/prebundle-worker.ts defines them) so an isolate
 * takes them as constants instead of running the rules on every probe at its start (issue 13: ~40–70 ms of a cold
 * isolate's first question). Anywhere else (Node, tests, other bundles) they are undefined and computed at run time.
 */
// a JSON string, not an object: esbuild defines an object as a module of its own, initialised in every module that reads it
declare const __RULE_FINGERPRINTS__: string | undefined

/** the rules of organisation names, and `vocabulary`: the planner's vocabulary rules over the default lexicon (vocabulary.ts) */
export type BuiltFingerprint = 'alias' | 'aliasTable' | 'orgParts' | 'mention' | 'vocabulary'

let built: Partial<Record<BuiltFingerprint, string>> | undefined

export function builtFingerprint(name: BuiltFingerprint): string | undefined {
  if (typeof __RULE_FINGERPRINTS__ !== 'string') return undefined
  built ??= JSON.parse(__RULE_FINGERPRINTS__) as Partial<Record<BuiltFingerprint, string>>
  return built[name]
}
