import { orgIndex } from '../tools/lib/org-scope.js'
import type { ShardedEngine } from './sharded-engine.js'

/**
 * Before the first citizen asks (issue 13: the first question of a cold process): build the catalog's organisation
 * index and the planner's vocabulary, compile the answer path and read a few shards, by answering a question about
 * the first document held and a ranking. Nothing is kept but caches: the answer is thrown away. A process that warms up reports
 * ready a little later (the cost moves from a citizen's first question to the start).
 */
export async function warmUp(engine: ShardedEngine): Promise<{ ms: number }> {
  const t0 = performance.now()
  orgIndex(engine.corpus)
  const first = (await engine.summaries())[0]
  const questions = first ? [`${first.org}${first.year}年支出合计是多少？`, '哪个单位的公务接待费最多？'] : []
  for (const question of questions) (await engine.forQuestion({ question })).ask({ question })
  return { ms: performance.now() - t0 }
}
