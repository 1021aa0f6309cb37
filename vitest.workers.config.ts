import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/** Tests that run the Worker inside workerd (the real Workers runtime), with wrangler.toml's bindings. */
export default defineConfig({
  plugins: [cloudflareTest({ main: './server/worker.ts', wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/workers/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
