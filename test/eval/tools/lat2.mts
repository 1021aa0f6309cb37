// from a code root: OUT=/tmp/x.json npx tsx /work/tools/lat2.mts — in-process, warm, the 458 questions of blind40 and
// blind42–45 each against its own set's corpus, each question's fastest of five asks; prints p50/p99/max
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
const root = process.cwd()
const { buildCorpus, readSources } = await import(join(root, 'server/core/ingest/build-corpus.ts'))
const { createEngine } = await import(join(root, 'server/core/engine.ts'))
const times: number[] = []
for (const set of ['blind40', 'blind42', 'blind43', 'blind44', 'blind45']) {
  const dir = join('/work/main/test', set)
  const files = readdirSync(join(dir, 'docs')).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, 'docs', n))) }))
  const { corpus } = buildCorpus(await readSources(files as any))
  const engine = createEngine(corpus)
  const qs = readFileSync(join(dir, 'questions.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  for (const q of qs) engine.ask({ question: q.q })
  for (const q of qs) {
    let best = Infinity
    for (let i = 0; i < 5; i++) { const t0 = performance.now(); engine.ask({ question: q.q }); best = Math.min(best, performance.now() - t0) }
    times.push(best)
  }
}
times.sort((a, b) => a - b)
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
const out = { n: times.length, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] }
console.log(JSON.stringify(out))
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(out))
