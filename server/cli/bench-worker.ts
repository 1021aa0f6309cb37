/**
 * npm run bench:worker -- --store DIR [--port 8795] [--seconds 20]: the city-scale questions under `wrangler dev` with
 * local bindings. Publishes the store into wrangler's local R2 and D1 (`publish:worker --local`, after clearing
 * them), starts wrangler dev without the rate-limit binding, then over loopback HTTP: the first question of the
 * cold isolate, single-document questions and rankings warm (p50/p99), and GET /api/health (what HTTP adds).
 * Needs web/dist (`npm run build:web`). Prints the load average: on a shared machine every figure is a ceiling.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { connect } from 'node:net'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'
import { createFsStore } from '../store/fs-store.js'
import { quantile } from './http-load.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const storeDir = arg('store', join(projectRoot, 'data', 'store'))
const port = Number(arg('port', '8795'))
const budgetMs = Number(arg('seconds', '20')) * 1000
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx')
const wrangler = join(projectRoot, 'node_modules', '.bin', 'wrangler')

console.log(`load average ${load()} on ${availableParallelism()} CPUs`)
// a fresh local R2 and D1 holding exactly this store
rmSync(join(projectRoot, '.wrangler', 'state'), { recursive: true, force: true })
let t0 = performance.now()
const pub = spawnSync(tsx, ['server/cli/publish-worker.ts', '--store', storeDir, '--local'], { cwd: projectRoot, env, encoding: 'utf8' })
if (pub.status !== 0) throw new Error(`publish:worker failed: ${pub.stderr.slice(-800)}`)
console.log(`${pub.stdout.trim().split('\n').join('; ')} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)

// the rate-limit binding would answer 429 after 30 questions a minute: a copy of the config without it
const config = join(projectRoot, '.wrangler-bench.toml')
writeFileSync(config, readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8').replace(/\[\[ratelimits\]\][^[]*/, ''))
/** wrangler dev on the published state (its [build] command runs first); stop() ends it and its workerd */
function startWrangler() {
  const child = spawn(wrangler, ['dev', '-c', config, '--port', String(port), '--ip', '127.0.0.1', '--var', 'RATE_LIMIT_PER_MIN:0'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'ignore'], detached: true })
  // "Ready on" comes once workerd has loaded the bundle; the isolate builds the engine (catalog, subject index) on its first request
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      /* gone already */
    }
    while (await listening()) await new Promise((r) => setTimeout(r, 100))
  }
  return { stop, ready: () => /Ready on/.test(out) }
}
const listening = () => new Promise<boolean>((resolve) => {
  const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)))
  s.on('error', () => resolve(false))
})
async function untilReady(w: ReturnType<typeof startWrangler>, since: number): Promise<number> {
  while (!w.ready() || !(await listening())) {
    if (performance.now() - since > 180_000) throw new Error('wrangler dev did not listen within 180 s')
    await new Promise((r) => setTimeout(r, 250))
  }
  return performance.now() - since
}
// the Worker's own build alone (wrangler dev runs it before it starts workerd)
t0 = performance.now()
spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/prebundle-worker.ts'], { cwd: projectRoot, env, stdio: 'ignore' })
const buildMs = performance.now() - t0
t0 = performance.now()
let w = startWrangler()
try {
  console.log(`wrangler dev ready after ${ms(await untilReady(w, t0))} (its [build] command alone: ${ms(buildMs)})`)
  const url = `http://127.0.0.1:${port}`
  const ask = async (question: string) => {
    const t = performance.now()
    const res = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
    const body = (await res.json()) as { citations?: unknown[] }
    if (!res.ok) throw new Error(`${res.status} for ${question}`)
    return { ms: performance.now() - t, citations: body.citations?.length ?? 0 }
  }
  const entries = await createFsStore(storeDir).catalog.list()
  const sample = entries.filter((_, i) => i % Math.max(1, Math.floor(entries.length / 40)) === 0).filter((e) => !e.org.includes('和')).slice(0, 30)
  const SUBJECTS = ['办公费', '基本支出', '卫生健康支出', '工会经费', '住房公积金']
  const single = sample.map((e, i) => `${e.org}${e.year}年${SUBJECTS[i % SUBJECTS.length]}是多少？`)
  const cross = ['哪个单位的公务接待费最多？', '哪个单位的办公费最少？', '2024年哪个单位的工会经费最多？', '哪个单位的卫生健康支出最多？']
  const first = await ask(single[0])
  console.log(`first question of the cold isolate: ${ms(first.ms)} (${first.citations} citations)`)
  const timed = async (qs: string[], passes: number) => {
    for (const q of qs) await ask(q) // each once cold: shards into the isolate's cache
    const lat: number[] = []
    const deadline = performance.now() + budgetMs / 2
    for (let p = 0; p < passes && performance.now() < deadline; p++) for (const q of qs) lat.push((await ask(q)).ms)
    return lat.sort((a, b) => a - b)
  }
  const s = await timed(single, 5)
  const c = await timed(cross, 10)
  const health: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    await (await fetch(`${url}/api/health`)).text()
    health.push(performance.now() - t)
  }
  health.sort((a, b) => a - b)
  console.log(`single-document p50/p99 warm: ${ms(quantile(s, 0.5))} / ${ms(quantile(s, 0.99))} (n=${s.length}); ranking p50/p99 warm: ${ms(quantile(c, 0.5))} / ${ms(quantile(c, 0.99))} (n=${c.length}); GET /api/health p50 ${ms(quantile(health, 0.5))}`)
  // where the cold isolate's first question goes: a fresh isolate whose first request opens the engine (GET
  // /api/health), then the same first question once its warm-up has run (warm-up.ts), then an unasked question
  await w.stop()
  t0 = performance.now()
  w = startWrangler()
  const readyAgain = await untilReady(w, t0)
  let t = performance.now()
  await (await fetch(`${url}/api/health`)).text()
  const openMs = performance.now() - t
  t = performance.now()
  await (await fetch(`${url}/api/health`)).text()
  const healthMs = performance.now() - t
  await new Promise((r) => setTimeout(r, 3000))
  const afterWarm = await ask(single[0])
  const unasked = await ask(single[Math.min(1, single.length - 1)])
  console.log(`breakdown (started again, ready after ${ms(readyAgain)}): the isolate's first request GET /api/health (engine open) ${ms(openMs)}, the next ${ms(healthMs)}; after its warm-up the same first question ${ms(afterWarm.ms)}, an unasked one ${ms(unasked.ms)}`)
  console.log(`| ${entries.length} (wrangler dev) | first ${ms(first.ms)} | single ${ms(quantile(s, 0.5))} / ${ms(quantile(s, 0.99))} | ranking ${ms(quantile(c, 0.5))} / ${ms(quantile(c, 0.99))} | health ${ms(quantile(health, 0.5))} | load ${load()} |`)
} finally {
  await w.stop()
  rmSync(config, { force: true })
}
