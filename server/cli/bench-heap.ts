/**
 * npm run bench:heap [-- --store DIR] [--questions 300]: the live heap (after full collections) of a served corpus
 * (issue 12: a full collection marks all of it, and its pause falls on whichever request runs). Without --store, the
 * loaded corpus (data/corpus.json, as `npm start` serves it) and hostile random questions of its words; with a store
 * directory, the engine over it (catalog in memory, shards on demand) and questions about random held documents, one
 * in ten a ranking. Prints the heap after the open and after the questions, and the shard cache by its own estimate.
 * Run by npm with --expose-gc (a collection forced before each reading).
 */
import { getHeapStatistics } from 'node:v8'
import { createApp } from '../app.js'
import { createShardedEngine } from '../core/corpus/sharded-engine.js'
import { projectRoot } from '../node-app.js'
import { createFsStore } from '../store/fs-store.js'
import { questionWords, randomQuestion, seeded } from './hostile-bodies.js'
import { loadEngine } from './load-engine.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const store = arg('store', '')
const n = Number(arg('questions', '300'))
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (npm run bench:heap does)')
const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`
function reading(label: string, cache?: { size: number; bytes: number }) {
  gc!()
  gc!()
  const h = getHeapStatistics()
  console.log(`${label.padEnd(28)} heap used ${mb(h.used_heap_size).padStart(7)}, heap total ${mb(h.total_heap_size).padStart(7)}, RSS ${mb(process.memoryUsage().rss).padStart(7)}${cache ? `; shard cache ${cache.size} shards, ${mb(cache.bytes)} by its estimate` : ''}`)
}

reading('before the corpus')
const r = seeded(20261203)
if (!store) {
  const { engine } = loadEngine(projectRoot)
  reading(`loaded (${engine.corpus.documents.length} documents)`)
  const app = createApp({ engine, env: { RATE_LIMIT_PER_MIN: '0' }, model: null })
  const words = questionWords(engine.corpus)
  for (let i = 0; i < n; i++) {
    const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: randomQuestion(r, words) }) })
    await res.json()
    // back to the event loop, as a server between requests (finalizers of the Request objects run there)
    await new Promise((done) => setImmediate(done))
  }
  reading(`after ${n} random questions`)
} else {
  const engine = await createShardedEngine(createFsStore(store))
  reading(`opened (${engine.corpus.documents.length} documents)`, engine.cache)
  const docs = engine.corpus.documents
  const subjects = ['基本支出', '项目支出', '公务接待费', '办公费', '工资福利支出', '一般公共预算财政拨款收入']
  for (let i = 0; i < n; i++) {
    const d = r.pick(docs)
    const question = i % 10 === 9 ? `哪个单位的${r.pick(subjects)}最多？` : `${d.org}${d.year}年${r.pick(subjects)}是多少？`
    ;(await engine.forQuestion({ question })).ask({ question })
  }
  reading(`after ${n} questions`, engine.cache)
}
