import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { ruleFingerprints } from '../../server/worker-build/rule-fingerprints.js'

/**
 * The Worker's build computes the rules' fingerprints on Node and bundles them (built-fingerprints.ts): that is sound
 * only while workerd's runtime (its ICU, its regular expressions) makes the same of the probe names as Node's.
 */
it('workerd computes the same fingerprints of the rules as Node, whose values the Worker bundles', () => {
  expect(ruleFingerprints()).toEqual(JSON.parse((env as unknown as { NODE_RULE_FINGERPRINTS: string }).NODE_RULE_FINGERPRINTS))
})
