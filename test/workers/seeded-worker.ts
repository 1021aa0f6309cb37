/**
 * The Worker under test: server/worker.ts exactly, with seeds/ ingested into its local R2 and D1 bindings before the
 * first request (the way `npm run publish:worker` fills them for a deployment). The seeds travel in this test entry
 * only, never in the deployed bundle.
 */
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createCfStore, type CfStoreEnv } from '../../server/store/cf-store.js'
import worker, { type WorkerEnv } from '../../server/worker.js'

const seeds = import.meta.glob('../../seeds/*.{txt,md}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const enc = new TextEncoder()
let seeded: Promise<unknown> | undefined

export default {
  async fetch(req: Request, env: WorkerEnv, ctx: Parameters<typeof worker.fetch>[2]) {
    await (seeded ??= ingestToStore(
      createCfStore(env as CfStoreEnv),
      Object.entries(seeds).map(([path, text]) => ({ name: path.split('/').pop()!, bytes: async () => enc.encode(text) })),
    ))
    return worker.fetch(req, env, ctx)
  },
}
