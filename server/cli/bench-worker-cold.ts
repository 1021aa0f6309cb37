/**
 * npm run bench:worker-cold -- --store DIR [--store DIR …] [--runs 3] [--kinds 0,1,2,3] [--port 8797] [--main FILE] [--compare FILE [--compare-state STORE]] [--profile DIR] [--as-published]: the first
 * question of a fresh isolate under `wrangler dev` with local bindings (issue 13), per question kind
 * (cold-questions.ts: 0 one document's row, 1 a row it lacks, 2 a ranking over the city, 3 no organisation named).
 * Each store is published once into its own local state (`publish:worker --local --persist-to`, reused while the
 * store's generation and this build's catalog snapshot are the same; only the catalog and its snapshot when the snapshot's
 * code changed: `--republish` forces it all). The Worker is built
 * once; then for every kind and run wrangler dev is started afresh (a new workerd process, so a new isolate that
 * has answered nothing; workerd evaluates the script before "Ready"), the question is sent as the isolate's very
 * first request, then GET /api/health twice (the second is what wrangler's proxy and HTTP add), and wrangler is
 * stopped. Prints medians of the runs with their range, the answer's hash (the same on two builds: the same
 * answers), and the load average (`uptime`) before and after each store: the machine is shared, every wall-clock
 * figure is a ceiling. --profile DIR: a CPU profile of each first question through wrangler's inspector (DIR/<docs>-<kind>-<build>-<run>.cpuprofile),
 * summarised (worker-profile.ts: the collector, the engine's open, reading the question); it slows the isolate (and the Worker is left unminified, so functions keep their names), so
 * its timings are not the table's.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { loadavg } from 'node:os'
import { basename, join } from 'node:path'
import { projectRoot } from '../node-app.js'
import { createFsStore } from '../store/fs-store.js'
import { coldQuestions } from './cold-questions.js'
import { quantile } from './http-load.js'
import { profiled, summarise } from './worker-profile.js'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const stores = args.flatMap((a, i) => (a === '--store' && args[i + 1] ? [args[i + 1]] : []))
if (!stores.length) stores.push(join(projectRoot, 'data', 'store'))
const runs = Math.max(1, Number(arg('runs', '3')))
const kinds = arg('kinds', '0,1,2,3').split(',').map(Number)
const port = Number(arg('port', '8797'))
const KIND_NAMES = ['row', 'missing', 'ranking', 'no-org', 'districts']
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx')
const wrangler = join(projectRoot, 'node_modules', '.bin', 'wrangler')
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')
const med = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const profileDir = arg('profile', '')
if (profileDir) mkdirSync(profileDir, { recursive: true })
/** functions whose inclusive time the profile summary prints (the engine's open and a question's reading) */
const PROFILED = ['refresh', 'readCatalogSnapshot', 'derive', 'prepareReading', 'primeAliasForms', 'primeOrgParts', 'primeMentionForms', 'forQuestion', 'frameInContext', 'ask', 'JSON.parse', 'parse', 'decode']

// the Worker once, then a config that runs it as built (no [build] per start) and without the rate-limit binding
// (--main FILE: a Worker built elsewhere, e.g. another commit's dist/worker-entry/worker.js, to compare builds on one state)
const main = arg('main', '')
let t0 = performance.now()
if (!main) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/prebundle-worker.ts'], { cwd: projectRoot, env, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`prebundle-worker failed: ${built.stderr.slice(-800)}`)
}
console.log(`Worker ${main || `built in ${((performance.now() - t0) / 1000).toFixed(1)} s`}; ${runs} fresh wrangler dev per kind and store; load average (uptime) ${load()}`)
// --compare FILE: another build run alternately with this one (same kind, same run, same load), labelled B
const builds = [main, ...(arg('compare', '') ? [arg('compare', '')] : [])]
const configs = builds.map((file, i) => {
  const config = join(projectRoot, `.wrangler-bench-cold-${port}${i ? '-b' : ''}.toml`)
  writeFileSync(config, readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8').replace(/^main = .*$/m, file ? `main = ${JSON.stringify(file)}` : '$&').replace(/^\[\[ratelimits\]\]\n(?:[^#[\n][^\n]*\n?)*/m, '').replace(/^\[build\]\n(?:[^#[\n][^\n]*\n?)*/m, '')
    // a profile names functions only when wrangler leaves them unminified
    .replace(/^minify = true$/m, profileDir ? 'minify = false' : '$&'))
  return config
})

const listening = () => new Promise<boolean>((resolve) => {
  const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)))
  s.on('error', () => resolve(false))
})

/** wrangler dev over one state directory, started afresh; resolves once it listens */
async function startWrangler(state: string, config: string) {
  if (await listening()) throw new Error(`port ${port} is taken: pass --port`)
  const t = performance.now()
  const child = spawn(wrangler, ['dev', '-c', config, '--port', String(port), '--ip', '127.0.0.1', '--persist-to', state, '--var', 'RATE_LIMIT_PER_MIN:0', '--show-interactive-dev-session=false', '--inspector-port', String(port + 1000)], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      /* gone already */
    }
    while (await listening()) await sleep(100)
  }
  while (!/Ready on/.test(out) || !(await listening())) {
    if (performance.now() - t > 180_000 || child.exitCode !== null) {
      await stop()
      throw new Error(`wrangler dev did not start: ${out.slice(-800)}`)
    }
    await sleep(100)
  }
  return { stop, readyMs: performance.now() - t }
}

/** The local state directory a store is published into. */
const stateOf = (store: string) => join(projectRoot, '.wrangler', 'bench-cold', `${basename(store)}-${createHash('sha256').update(store).digest('hex').slice(0, 6)}`)
// --compare-state STORE (with --compare): build B runs on that store's state as it was published (another build's snapshot)
const compareState = arg('compare-state', '')

/** Publish a store into its own state directory unless that state already holds this generation. */
function publish(store: string): string {
  const current = readFileSync(join(store, 'blobs', 'subjects', 'current.json'), 'utf8')
  // what publish:worker writes of the generation for the deployment (its snapshot, its terms) depends on this code
  const publishCode = createHash('sha256')
  for (const f of ['server/core/corpus/catalog-snapshot.ts', 'server/cli/publish-worker.ts']) publishCode.update(readFileSync(join(projectRoot, f)))
  const snapshotCode = publishCode.digest('hex').slice(0, 8)
  const stamp = `${current.trim()} ${snapshotCode}`
  const state = stateOf(store)
  const marker = join(state, 'published.txt')
  const had = !args.includes('--republish') && existsSync(marker) ? readFileSync(marker, 'utf8') : ''
  // --as-published: a state kept as another build published it (to measure that build on its own snapshot)
  if (had === stamp || (had && args.includes('--as-published'))) return state
  // the same generation published by another build of the snapshot's code: its blobs are there, the catalog and snapshot are written again
  const catalogOnly = had.split(' ')[0] === current.trim()
  if (!catalogOnly) {
    rmSync(state, { recursive: true, force: true })
    mkdirSync(state, { recursive: true })
  }
  const t = performance.now()
  const pub = spawnSync(tsx, ['server/cli/publish-worker.ts', '--store', store, '--local', '--persist-to', state, ...(catalogOnly ? ['--catalog-only'] : [])], { cwd: projectRoot, env, encoding: 'utf8' })
  if (pub.status !== 0) throw new Error(`publish:worker failed: ${pub.stderr.slice(-800)}`)
  console.log(`  published ${store}: ${pub.stdout.trim().split('\n').join('; ')} (${((performance.now() - t) / 1000).toFixed(0)} s)`)
  writeFileSync(marker, stamp)
  return state
}

const url = `http://127.0.0.1:${port}`
async function timed(path: string, init?: RequestInit): Promise<{ ms: number; body: string; status: number }> {
  const t = performance.now()
  const res = await fetch(`${url}${path}`, init)
  const body = await res.text()
  return { ms: performance.now() - t, body, status: res.status }
}
const ask = (question: string) => timed('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
const answerHash = (body: string) => {
  const a = JSON.parse(body) as { answer?: string; citations?: unknown[] }
  return createHash('sha256').update(JSON.stringify([a.answer, a.citations])).digest('hex').slice(0, 8)
}

/** The question with the isolate's CPU profiled: the profile written under --profile, its summary printed. */
async function profiledAsk(question: string, name: string) {
  const { result, profile, source } = await profiled(port + 1000, () => ask(question))
  writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile))
  if (source) writeFileSync(join(profileDir, `${name}.worker.js`), source)
  const s = summarise(profile, PROFILED)
  const gc = s.top.find(([k]) => k.startsWith('(garbage collector)'))?.[1] ?? 0
  console.log(`  profile ${name}: ${s.total.toFixed(0)} ms of CPU, collector ${gc.toFixed(0)}; ${[...s.inclusive].filter(([, ms]) => ms >= 1).map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(', ')}`)
  console.log(`    self: ${s.top.slice(0, 12).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join('; ')}`)
  return result
}

type Row = { store: string; build: number; docs: number; kind: number; first: number[]; ready: number[]; health: number[]; hashes: Set<string>; loads: string[] }
const rows: Row[] = []
try {
  for (const store of stores) {
    const docs = await createFsStore(store).catalog.list()
    const questions = coldQuestions(docs)
    const loadBefore = load()
    const state = publish(store)
    for (const kind of kinds) {
      const byBuild: Row[] = builds.map((_, build) => ({ store, build, docs: docs.length, kind, first: [], ready: [], health: [], hashes: new Set(), loads: [] }))
      for (let r = 0; r < runs; r++) for (const row of byBuild) {
        const w = await startWrangler(row.build === 1 && compareState ? stateOf(compareState) : state, configs[row.build])
        try {
          row.loads.push(loadavg()[0].toFixed(2))
          const first = profileDir ? await profiledAsk(questions[kind], `${docs.length}-${KIND_NAMES[kind]}-${'AB'[row.build]}-${r}`) : await ask(questions[kind])
          if (first.status !== 200) throw new Error(`${first.status} for ${questions[kind]}: ${first.body.slice(0, 300)}`)
          await timed('/api/health')
          row.health.push((await timed('/api/health')).ms)
          row.first.push(first.ms)
          row.ready.push(w.readyMs)
          row.hashes.add(answerHash(first.body))
          if (r === 0 && row.build === 0) console.log(`  ${docs.length} docs, ${KIND_NAMES[kind]}: ${questions[kind]} → ${(JSON.parse(first.body) as { answer: string }).answer.slice(0, 90)}`)
        } finally {
          await w.stop()
        }
      }
      for (const row of byBuild) {
        const f = row.first.map((x) => x.toFixed(0)).join(', ')
        console.log(`  ${docs.length} docs, ${KIND_NAMES[kind]}${builds.length > 1 ? ` ${'AB'[row.build]}` : ''}: first question ${med(row.first).toFixed(0)} ms (runs ${f}), ready ${(med(row.ready) / 1000).toFixed(1)} s, health after ${med(row.health).toFixed(0)} ms, hash ${[...row.hashes].join('/')}, load ${row.loads.join(' ')}`)
        rows.push(row)
      }
    }
    console.log(`  load average (uptime) ${loadBefore} → ${load()}`)
  }
} finally {
  for (const config of configs) rmSync(config, { force: true })
}

console.log(`\nfirst question of a fresh isolate (wrangler dev restarted per run), median of ${runs} (ms); load average (1 min) at each run`)
console.log(`| documents | ${kinds.map((k) => KIND_NAMES[k]).join(' | ')} | health after (proxy) | load |`)
console.log(`|---|${kinds.map(() => '---|').join('')}---|---|`)
for (const store of stores) for (let build = 0; build < builds.length; build++) {
  const mine = rows.filter((r) => r.store === store && r.build === build)
  const allLoads = mine.flatMap((r) => r.loads.map(Number))
  console.log(`| ${mine[0]?.docs}${builds.length > 1 ? ` ${'AB'[build]}` : ''} | ${mine.map((r) => `${med(r.first).toFixed(0)} (${Math.min(...r.first).toFixed(0)}–${Math.max(...r.first).toFixed(0)})`).join(' | ')} | ${med(mine.flatMap((r) => r.health)).toFixed(0)} | ${Math.min(...allLoads).toFixed(1)}–${Math.max(...allLoads).toFixed(1)} |`)
}
console.log(`hashes: ${rows.map((r) => `${r.docs}/${KIND_NAMES[r.kind]}${builds.length > 1 ? `/${'AB'[r.build]}` : ''} ${[...r.hashes].join('/')}`).join('; ')}`)
if (builds.length > 1) console.log(`A: ${builds[0] || 'this build'}; B: ${builds[1]}`)
