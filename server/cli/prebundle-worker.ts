/**
 * wrangler.toml's [build] command (run by `wrangler dev`, `wrangler deploy`, `npm run build:worker`): bundles
 * server/worker.ts with the lean-worker plugin into dist/worker-entry/worker.js, which wrangler then bundles as its
 * `main` (server/worker-build/worker-build-options.ts says what and why). The fingerprints of this build's rules
 * are computed here and bundled as constants (server/core/built-fingerprints.ts), so an isolate does not run the
 * rules on every probe name at its start.
 */
import { build } from 'esbuild'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BuiltFingerprint } from '../core/built-fingerprints.js'
import { aliasFingerprint, aliasTableFingerprint } from '../core/tools/lib/org-alias.js'
import { mentionFingerprint } from '../core/tools/lib/mention-forms.js'
import { orgPartsFingerprint } from '../core/tools/lib/org-match.js'
import { vocabularyFingerprint } from '../core/planner/vocabulary.js'
import { defaultVocabulary } from '../core/lexicon/default-vocabulary.js'
import { PREBUNDLED_WORKER, workerBuildOptions } from '../worker-build/worker-build-options.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
process.chdir(projectRoot)
const fingerprints: Record<BuiltFingerprint, string> = {
  alias: aliasFingerprint(), aliasTable: aliasTableFingerprint(), orgParts: orgPartsFingerprint(), mention: mentionFingerprint(),
  vocabulary: vocabularyFingerprint(defaultVocabulary),
}
await build({ ...workerBuildOptions(), define: { __RULE_FINGERPRINTS__: JSON.stringify(JSON.stringify(fingerprints)) }, outfile: join(projectRoot, PREBUNDLED_WORKER) })
