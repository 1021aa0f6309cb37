/**
 * The Cloudflare Workers entry for citizens: the same app over the corpus in R2 (shards, originals, subject index)
 * and D1 (catalog, audit log), read on demand; pages from the assets binding. The bundle holds code only, and no
 * staff routes: staff publish through server/staff-worker.ts (wrangler.staff.toml), and each isolate here follows
 * the catalog's change feed, so a publication is answered within CATALOG_SYNC_MS (default 1 s).
 */
import { workerEntry } from './worker-app.js'

export type { WorkerEnv } from './worker-app.js'

export default workerEntry()
