/**
 * npm run bench:hostile [-- --random 40000 --seconds 10 --clients 4] [--slowest 5] [--port P]: what hostile bodies cost (issue 12). Prints
 * figures only; it asserts nothing (timings vary with the machine and its load, which it prints).
 *
 * In-process, through the whole app (JSON, schema, planner, response): CPU per POST /api/ask for a maximal body
 * (20 messages filling the 8,000-character history, a 500-character question), 500-character questions of district names, and N random
 * questions made of the corpus's own words, every one a text not asked before (no cache of earlier turns serves it); p50, p99, p99.9, worst, and the share answered "ask it in parts" (the planner's
 * budget, server/core/planner/plan-budget.ts). CPU per request is the process's (all threads): the collector's helper
 * threads (concurrent marking, parallel scavenges) and the background compiler add their work to whichever request
 * runs, so each phase also says how much of its CPU ran off the main thread (a thread's own CPU time is only exact
 * over many milliseconds on Linux: /proc/thread-self/schedstat advances at scheduler ticks, so it cannot time one
 * request). A request during which the garbage collector paused the process is told apart, and the slowest are asked
 * again at the end (their own cost, caches warm). Between
 * requests the loop returns to the event loop, as a server does: without that, the Request objects `app.request`
 * builds (an undici Request registers its signal with a FinalizationRegistry and a WeakRef kept until the job ends)
 * pile up for the whole run, tens of MB the server never holds, and their clean-up lands in one request.
 * Over HTTP on loopback (the server in its own process): GET /api/health p50/p99 while 0, 1 and `clients` clients
 * send maximal bodies back to back, the server on port P when given (a shared machine's assigned range), else a free one.
 */
import { spawn } from 'node:child_process'
import { loadavg } from 'node:os'
import { PerformanceObserver } from 'node:perf_hooks'
import { getHeapStatistics } from 'node:v8'
import { createApp } from '../app.js'
import { TOO_MUCH_ANSWER } from '../core/planner/plan-budget.js'
import { projectRoot } from '../node-app.js'
import { districtRun, maximalBody, questionWords, randomQuestion, seeded } from './hostile-bodies.js'
import { quantile } from './http-load.js'
import { startServerProcess } from './http-server-process.js'
import { loadEngine } from './load-engine.js'
import { threadCpuMs } from '../node-thread-cpu.js'

const arg = (name: string, fallback: number, max: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback
  return Math.max(0, Math.min(max, Number.isFinite(n) ? Math.floor(n) : fallback))
}
const randomCount = arg('random', 40_000, 200_000)
const seconds = arg('seconds', 10, 60)
const clients = arg('clients', 4, 32)
/** ask this many of the slowest random questions again (their own cost, against what the run measured) */
const slowest = arg('slowest', 5, 200)
const port = arg('port', 0, 65_535)
const load = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine's CPUs`
console.log(`bench:hostile, ${load()}`)

// --- in-process CPU per request ----------------------------------------------------------------------------------
const { engine } = loadEngine(projectRoot)
const app = createApp({ engine, env: { RATE_LIMIT_PER_MIN: '0' }, model: null })
const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

interface Sample { cpuMs: number; mainMs: number; budget: boolean; question: string; calls: number; from: number; to: number }
/** the collector's pauses (wall-clock start, length, kind), to tell a request that paid for one from one that did not */
const pauses: { start: number; ms: number; kind: number }[] = []
new PerformanceObserver((list) => { for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration, kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0 }) }).observe({ entryTypes: ['gc'] })
/** back to the event loop between requests (timers, I/O, finalizers run there), outside the request's measurement */
const turn = () => new Promise((r) => setImmediate(r))
const pausedIn = (x: Sample) => pauses.filter((p) => p.start >= x.from && p.start < x.to).reduce((a, p) => a + p.ms, 0)
async function cpuOf(body: { question: string }): Promise<Sample> {
  const init = post(body)
  await turn()
  const from = performance.now()
  // the main thread's own CPU, read outside the process's measurement (exact only to a scheduler tick: it tells a
  // slow request's own work from its helper threads', not a fast one's)
  const m = threadCpuMs()
  const t = process.cpuUsage()
  const res = await app.request('/api/ask', init)
  const json = (await res.json()) as { answer?: string; toolCalls?: unknown[] }
  const d = process.cpuUsage(t)
  const mainMs = threadCpuMs() - m
  return { cpuMs: (d.user + d.system) / 1000, mainMs, budget: json.answer === TOO_MUCH_ANSWER, question: body.question, calls: json.toolCalls?.length ?? 0, from, to: performance.now() }
}
const fmt = (n: number) => n.toFixed(1).padStart(6)
const quoted = (q: string) => `${JSON.stringify(q.slice(0, 60))}${q.length > 60 ? `… (${q.length} chars)` : ''}`
/** the collector's entries reach the observer in a later turn of the event loop, which a loop of requests never yields to */
const settled = () => new Promise((r) => setTimeout(r, 10))
function report(label: string, xs: Sample[]) {
  const ms = xs.map((x) => x.cpuMs).sort((a, b) => a - b)
  const worst = xs.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a))
  const cut = xs.filter((x) => x.budget).length
  const over = ms.filter((x) => x > 20).length
  console.log(`  ${label.padEnd(34)} ${String(xs.length).padStart(6)} req  CPU p50 ${fmt(quantile(ms, 0.5))} ms  p99 ${fmt(quantile(ms, 0.99))} ms  p99.9 ${fmt(quantile(ms, 0.999))} ms  worst ${fmt(ms.at(-1)!)} ms  (${over} over 20 ms)  over budget ${cut}`)
  console.log(`      worst: ${quoted(worst.question)}, ${worst.calls} tool calls, ${pausedIn(worst).toFixed(1)} ms of collector pauses during it`)
  const unpaused = xs.filter((x) => pausedIn(x) === 0)
  const calm = unpaused.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), unpaused[0])
  if (calm) console.log(`      worst of the ${unpaused.length} requests no collector pause fell in: ${fmt(calm.cpuMs)} ms, ${calm.calls} tool calls, ${quoted(calm.question)}`)
}
/** CPU of the process and of its main thread since the last call: what share ran on helper threads (exact over a phase). */
let lastSplit = { cpu: process.cpuUsage(), main: threadCpuMs() }
function helperShare(): string {
  const d = process.cpuUsage(lastSplit.cpu)
  const total = (d.user + d.system) / 1000
  const main = threadCpuMs() - lastSplit.main
  lastSplit = { cpu: process.cpuUsage(), main: threadCpuMs() }
  return Number.isFinite(main) ? `; ${(100 * (1 - main / total)).toFixed(0)}% of the phase's ${(total / 1000).toFixed(1)} s of CPU ran off the main thread` : ''
}
/** The collector's pauses so far by kind (minor = scavenge, major = mark-compact), then forgotten. */
function reportPauses() {
  const kinds: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' }
  const by = new Map<string, number[]>()
  for (const p of pauses.splice(0)) {
    const k = kinds[p.kind] ?? `kind ${p.kind}`
    by.set(k, [...(by.get(k) ?? []), p.ms])
  }
  const heap = (getHeapStatistics().used_heap_size / 2 ** 20).toFixed(0)
  console.log(`      collector pauses (wall): ${[...by].map(([k, v]) => `${v.length} ${k} (max ${Math.max(...v).toFixed(1)} ms)`).join(', ') || 'none'}; heap used ${heap} MB${helperShare()}`)
}
/**
 * The slowest requests asked again, one by one: their own cost, against what the run measured. `paused`: the
 * collector's pauses within each request, taken before reportPauses forgets the phase's pauses.
 */
async function askAgain(label: string, xs: Sample[], n: number, paused: Map<Sample, number>) {
  for (const x of [...xs].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, n)) {
    const again = await cpuOf({ question: x.question })
    const pausedMs = paused.get(x) ?? 0
    console.log(`      ${label}: ${fmt(x.cpuMs)} ms (main thread ${x.mainMs.toFixed(0)}), ${x.calls} calls${pausedMs ? `, ${pausedMs.toFixed(1)} ms collector pauses` : ''}${x.budget ? ' (budget)' : ''}; asked again ${fmt(again.cpuMs)} ms: ${quoted(x.question)}`)
  }
}

// JIT warm-up on every kind of body measured below (other seeds: nothing measured is asked twice), so a first-time
// compilation of a code path is not reported as the cost of a request; the cold first request is printed on its own
const cold = await cpuOf(maximalBody(9_999))
for (let i = 0; i < 20; i++) await cpuOf({ question: '公务接待费是多少' })
for (let i = 0; i < 20; i++) await cpuOf(maximalBody(5_000 + i))
for (let i = 0; i < 20; i++) await cpuOf({ question: districtRun(500, 2_000_000 + i) })
{
  const w = seeded(1)
  const ws = questionWords(engine.corpus)
  for (let i = 0; i < 200; i++) await cpuOf({ question: randomQuestion(w, ws) })
}
console.log(`first request of the process (a maximal body, before any warm-up): CPU ${cold.cpuMs.toFixed(1)} ms`)
console.log('CPU per POST /api/ask, in-process (JSON, schema check, planner, response; process CPU incl. GC threads):')
pauses.splice(0)
helperShare()
const maximal: Sample[] = []
for (let i = 0; i < 200; i++) maximal.push(await cpuOf(maximalBody(i)))
await settled()
report('maximal body (20 × 400 + 500)', maximal)
reportPauses()
const districts: Sample[] = []
for (let i = 0; i < 500; i++) districts.push(await cpuOf({ question: districtRun(500, 1_000_000 + i) }))
await settled()
report('500 characters of district names', districts)
reportPauses()
const words = questionWords(engine.corpus)
const r = seeded(20261202)
const random: Sample[] = []
for (let i = 0; i < randomCount; i++) random.push(await cpuOf({ question: randomQuestion(r, words) }))
await settled()
if (random.length) report(`random questions (corpus words)`, random)
const over = random.filter((x) => x.cpuMs > 20)
const pausedOf = new Map(over.concat([...random].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, slowest)).map((x) => [x, pausedIn(x)]))
if (over.length) {
  const helpers = over.filter((x) => x.cpuMs - x.mainMs > 10).length
  console.log(`      of the ${over.length} over 20 ms, ${over.filter((x) => pausedOf.get(x)! > 0).length} had a collector pause in them; in ${helpers} the helper threads (collector, compiler) ran over 10 ms of it`)
}
reportPauses()
await askAgain('slow', random, slowest, pausedOf)

// --- over HTTP: /api/health beside maximal bodies ----------------------------------------------------------------
/** The probe runs in its own process: this one is busy sending bodies, and would delay its own timings. */
const PROBE = `
const [url, ms] = process.argv.slice(1); const end = performance.now() + Number(ms); const out = []
while (performance.now() < end) { const t0 = performance.now(); await (await fetch(url)).arrayBuffer(); out.push(performance.now() - t0); await new Promise((r) => setTimeout(r, 20)) }
process.stdout.write(JSON.stringify(out))`
function probeHealth(url: string, ms: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', PROBE, `${url}/api/health`, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`health probe exited ${code}`))))
  })
}

if (!seconds) {
  console.log(`done (no HTTP part: --seconds 0), ${load()}`)
  process.exit(0)
}
const bodies = Array.from({ length: 16 }, (_, i) => JSON.stringify(maximalBody(i)))
const server = await startServerProcess('server/node.ts', 60_000, port ? { PORT: String(port) } : {})
try {
  console.log(`GET /api/health over loopback (a probe process, every 20 ms) while N clients send maximal bodies back to back (${seconds} s each; server, clients and probe share the machine):`)
  for (const n of [0, 1, clients]) {
    const deadline = performance.now() + seconds * 1000
    let asks = 0
    let errors = 0
    const askLoop = async (c: number) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[(c * 5 + i) % bodies.length] })
        await res.arrayBuffer()
        if (res.ok) asks++
        else errors++
      }
    }
    const [health] = await Promise.all([probeHealth(server.url, seconds * 1000), ...Array.from({ length: n }, (_, c) => askLoop(c))])
    health.sort((a, b) => a - b)
    console.log(`  ${String(n).padStart(2)} clients: health ${String(health.length).padStart(4)} probes p50 ${fmt(quantile(health, 0.5))} ms  p90 ${fmt(quantile(health, 0.9))} ms  p99 ${fmt(quantile(health, 0.99))} ms  max ${fmt(health.at(-1)!)} ms; maximal asks ${(asks / seconds).toFixed(1)}/s${errors ? `, ${errors} errors` : ''}`)
  }
} finally {
  await server.stop()
}
console.log(`done, ${load()}`)
