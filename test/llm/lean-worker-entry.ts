/**
 * The citizens' Worker as wrangler deploys it (server/worker.ts through the lean-worker build), with the seeds the
 * test passes as the SEEDS binding ingested into its R2 and D1 before the first request (test/llm/lean-worker.test.ts).
 */
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createCfStore, type CfStoreEnv } from '../../server/store/cf-store.js'
import worker, { type WorkerEnv } from '../../server/worker.js'

const enc = new TextEncoder()
let seeded: Promise<unknown> | undefined

export default {
  async fetch(req: Request, env: WorkerEnv & { SEEDS: Record<string, string> }, ctx: Parameters<typeof worker.fetch>[2]) {
    await (seeded ??= ingestToStore(
      createCfStore(env as CfStoreEnv),
      Object.entries(env.SEEDS).map(([name, text]) => ({ name, bytes: async () => enc.encode(text) })),
    ))
    return worker.fetch(req, env, ctx)
  },
}
