/**
 * wrangler.toml's [build] command (run by `wrangler dev`, `wrangler deploy`, `npm run build:worker`): bundles
 * server/worker.ts with the lean-worker plugin into dist/worker-entry/worker.js, which wrangler then bundles as its
 * `main` (server/worker-build/worker-build-options.ts says what and why).
 */
import { build } from 'esbuild'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PREBUNDLED_WORKER, workerBuildOptions } from '../worker-build/worker-build-options.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
process.chdir(projectRoot)
await build({ ...workerBuildOptions(), outfile: join(projectRoot, PREBUNDLED_WORKER) })
