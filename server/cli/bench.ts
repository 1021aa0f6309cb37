/**
 * npm run bench [-- --seconds 4 --clients 8]: what the service costs, measured here and now (about 30 s; each
 * step has its own time limit, so it always ends).
 * In-process: corpus + index load time, answer latency p50/p99 over test/eval/questions.jsonl (goal p50 < 2 ms,
 * p99 < 10 ms). Over HTTP on loopback: cold start of server/node.ts (spawn → first 200 on /api/health), then
 * requests/s and p99 of POST /api/ask beside a bare Hono route on the same server, as a ratio. Sizes: the Worker
 * bundle and the widget, gzipped. Prints figures only; it asserts nothing (timings vary by machine).
 */
if (process.argv.includes('--docs')) {
  // the city-scale table over a folder of documents (server/cli/bench-store.ts)
  await import('./bench-store.js')
  process.exit(0)
}
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { spawnSync } from 'node:child_process'
import { projectRoot } from '../node-app.js'
import { formatStats, quantile, runLoad, type LoadStats } from './http-load.js'
import { startServerProcess } from './http-server-process.js'
import { loadEngine } from './load-engine.js'
import { readEvalItems } from './run-eval.js'
import { buildWorkerBundle, kib, WORKER_GZIP_BUDGET } from './worker-bundle.js'

const arg = (name: string, fallback: number, max: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback
  return Math.max(1, Math.min(max, Number.isFinite(n) ? Math.floor(n) : fallback))
}
const seconds = arg('seconds', 4, 15)
const clients = arg('clients', 8, 64)
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`
const started = performance.now()

// --- in-process -------------------------------------------------------------------------------------------------
const { engine, loadMs } = loadEngine(projectRoot)
console.log(`corpus + index load (parse, schema check, index, findings): ${ms(loadMs)}`)

const questions = readEvalItems(join(projectRoot, 'test', 'eval', 'questions.jsonl')).map((item) => item.q)
const failed = new Set<string>()
/** One answer; a question that throws is counted and timed like any other (the HTTP layer turns it into a 500). */
const askOnce = (question: string) => {
  try {
    engine.ask({ question })
  } catch {
    failed.add(question)
  }
}
for (const question of questions) askOnce(question) // warm-up: JIT and lazily built lookups
const latencies: number[] = []
const inProcessDeadline = performance.now() + 5000
for (let pass = 0; pass < 5 && performance.now() < inProcessDeadline; pass++) {
  for (const question of questions) {
    const t0 = performance.now()
    askOnce(question)
    latencies.push(performance.now() - t0)
  }
}
latencies.sort((a, b) => a - b)
const p50 = quantile(latencies, 0.5)
const p99 = quantile(latencies, 0.99)
const verdict = (v: number, goal: number) => (v < goal ? `goal < ${goal} ms met` : `goal < ${goal} ms MISSED`)
console.log(`in-process answer over ${questions.length} questions × ${latencies.length / questions.length} passes:`)
console.log(`  p50 ${ms(p50)} (${verdict(p50, 2)}), p99 ${ms(p99)} (${verdict(p99, 10)}), max ${ms(latencies.at(-1) ?? 0)}`)
if (failed.size) console.log(`  ${failed.size} question(s) threw, e.g. ${JSON.stringify([...failed][0])}`)

// search as the lookup page calls it: every prefix of what a person types, one call per keystroke
const typed = ['30217', '公务接待费', '行政运行', '2101501', '住房公积金', '城乡医疗救助', '机关事业单位基本养老保险缴费支出', '医疗保障']
const keystrokes = typed.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))
const searchMs: number[] = []
for (let pass = 0; pass < 20; pass++) {
  for (const q of keystrokes) {
    const t0 = performance.now()
    engine.search(q, {}, 20)
    if (pass > 0) searchMs.push(performance.now() - t0)
  }
}
searchMs.sort((a, b) => a - b)
console.log(`in-process search (${keystrokes.length} keystroke prefixes × 19 passes): p50 ${ms(quantile(searchMs, 0.5))}, p99 ${ms(quantile(searchMs, 0.99))}`)

// --- HTTP -------------------------------------------------------------------------------------------------------
const cold = await startServerProcess('server/node.ts', 15_000)
await cold.stop()
console.log(`cold start (spawn tsx server/node.ts → first 200 on /api/health): ${ms(cold.readyMs)}`)

const server = await startServerProcess('server/cli/bench-server.ts', 15_000)
const ask = { method: 'POST', headers: { 'content-type': 'application/json' } }
const load = async (label: string, request: (c: number, i: number) => { url: string; init?: RequestInit }): Promise<LoadStats> => {
  const { total } = await runLoad({ clients, seconds, request: (c, i) => ({ ...request(c, i), label }) })
  return { ...total, label }
}
const bareRequest = () => ({ url: `${server.url}/__bare` })
const askRequest = (c: number, i: number) => ({
  url: `${server.url}/api/ask`,
  init: { ...ask, body: JSON.stringify({ question: questions[(c * 31 + i) % questions.length] }) },
})
let bare: LoadStats, askStats: LoadStats
try {
  // warm-up of both routes first: a fresh process answers its first few hundred questions several times slower (JIT)
  await load('warm-up', (c, i) => (i % 2 ? bareRequest() : askRequest(c, i)))
  bare = await load('GET /__bare', bareRequest)
  askStats = await load('POST /api/ask', askRequest)
} finally {
  await server.stop()
}
console.log(`HTTP on loopback, ${clients} clients × ${seconds} s each (client and server share this machine's CPUs):`)
for (const s of [bare, askStats]) console.log(`  ${formatStats(s)}`)
console.log(`  /api/ask ÷ bare route: ${(askStats.rps / bare.rps).toFixed(2)}× the requests/s, p99 ${(askStats.p99 / bare.p99).toFixed(1)}× as long`)

// --- sizes ------------------------------------------------------------------------------------------------------
const widgetFile = join(projectRoot, 'web', 'dist', 'widget.js')
if (!existsSync(widgetFile)) spawnSync(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['web/build.ts'], { cwd: projectRoot, stdio: 'ignore' })
const widget = readFileSync(widgetFile)
console.log(`widget.js: ${kib(widget.length)}, gzip ${kib(gzipSync(widget, { level: 9 }).length)} (limit 20 KiB gzip)`)
const bundle = buildWorkerBundle('dist', 60_000)
console.log(`Worker bundle (wrangler deploy --dry-run: code only, the whole upload): ${kib(bundle.bytes)}, gzip ${kib(bundle.gzipBytes)} (budget ${kib(WORKER_GZIP_BUDGET)})`)
console.log(`bench took ${((performance.now() - started) / 1000).toFixed(1)} s`)
