/**
 * wrangler.toml's [build] command (run by `wrangler dev`, `wrangler deploy`, `npm run build:worker`): bundles and
 * minifies server/worker.ts with the lean-worker plugin into dist/worker-entry/worker.js, wrangler's `main`, which
 * wrangler uploads as built (no_bundle: its own esbuild pass would escape every Chinese character of the strings into
 * six bytes; server/worker-build/worker-build-options.ts says what and why). The fingerprints of this build's rules
 * are computed here and bundled as constants (server/core/built-fingerprints.ts), so an isolate does not run the
 * rules on every probe name at its start. Its source map is linked, so wrangler's map (and the stack traces of the
 * deployed Worker, wrangler.toml's upload_source_maps) reach server/ and the packages, with their names.
 */
import { build } from 'esbuild'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ruleFingerprints } from '../worker-build/rule-fingerprints.js'
import { PREBUNDLED_WORKER, workerBuildOptions } from '../worker-build/worker-build-options.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
process.chdir(projectRoot)
// a JSON string (see built-fingerprints.ts)
const define = { __RULE_FINGERPRINTS__: JSON.stringify(JSON.stringify(ruleFingerprints())) }
await build({ ...workerBuildOptions({ minify: true }), define, sourcemap: 'linked', outfile: join(projectRoot, PREBUNDLED_WORKER) })
