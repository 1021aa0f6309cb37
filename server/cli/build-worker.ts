/** npm run build:worker: bundles the Worker (wrangler's dry run, no account needed) into dist/ and prints its size. */
import { buildWorkerBundle, kib } from './worker-bundle.js'

const b = buildWorkerBundle()
console.log(`${b.file}: ${kib(b.bytes)}, gzip ${kib(b.gzipBytes)}${b.wranglerSays ? ` (wrangler: ${b.wranglerSays})` : ''}`)
