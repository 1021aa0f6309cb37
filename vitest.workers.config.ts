import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { hashPassword } from './server/staff/password-hash.js'
import { ruleFingerprints } from './server/worker-build/rule-fingerprints.js'

/** The password of the staff Worker's test account (`pub`, publisher), hashed as an operator would with `npm run staff:hash`. */
export const WORKERS_STAFF_PASSWORD = 'workers-publisher-password'

/**
 * Tests that run the Workers inside workerd (the real Workers runtime), with wrangler.toml's bindings (R2 and D1
 * simulated locally, seeded from seeds/). The staff Worker's secrets are bindings here, as `wrangler secret put`
 * makes them; CATALOG_SYNC_MS=0 so the citizens' Worker reads the change feed on every request. CONTRACT_* are an
 * empty R2 bucket and D1 database for the storage port's contract.
 */
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      main: './test/workers/seeded-worker.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          STAFF_USERS: `pub:publisher:${await hashPassword(WORKERS_STAFF_PASSWORD, 'pbkdf2')}`,
          STAFF_SESSION_SECRET: 'workers-test-session-secret-0123456789',
          CATALOG_SYNC_MS: '0',
          NODE_RULE_FINGERPRINTS: JSON.stringify(ruleFingerprints()),
        },
        d1Databases: { CONTRACT_DB: 'contract-db' },
        r2Buckets: { CONTRACT_BLOBS: 'contract-blobs' },
      },
    })),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    testTimeout: 120_000,
  },
})
