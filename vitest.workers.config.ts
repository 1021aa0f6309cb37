import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/** Tests that run the Worker inside workerd (the real Workers runtime), with wrangler.toml's bindings (R2 and D1 simulated locally, seeded from seeds/). */
export default defineConfig({
  plugins: [cloudflareTest({ main: './test/workers/seeded-worker.ts', wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/workers/**/*.test.ts'],
    testTimeout: 120_000,
  },
})
