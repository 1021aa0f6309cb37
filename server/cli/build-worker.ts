/**
 * npm run build:worker: bundles the Worker (wrangler's dry run, no account needed; it runs wrangler.toml's [build]
 * command first) into dist/ and prints its size; fails above the gzip budget (test/contract/worker-bundle.test.ts
 * checks the same bundle faster, with esbuild).
 */
import { buildWorkerBundle, kib, WORKER_GZIP_BUDGET } from './worker-bundle.js'

const b = buildWorkerBundle()
console.log(`${b.file}: ${kib(b.bytes)}, gzip ${kib(b.gzipBytes)} (budget ${kib(WORKER_GZIP_BUDGET)})${b.wranglerSays ? ` (wrangler: ${b.wranglerSays})` : ''}`)
if (b.gzipBytes > WORKER_GZIP_BUDGET) {
  console.error(`the Worker bundle is over its budget by ${kib(b.gzipBytes - WORKER_GZIP_BUDGET)} gzipped`)
  process.exit(1)
}
