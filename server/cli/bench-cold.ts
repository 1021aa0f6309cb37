/**
 * npm run bench:cold -- --store DIR [--runs 5] [--questions 0,1,2,3,4]: the first question of a cold process
 * (issue 13), per shape (cold-questions.ts). The probe (cold-probe.ts) is bundled by esbuild as `npm run build`
 * bundles the server, then each question is asked by `--runs` fresh node processes, with no warm-up: medians of
 * the open and of the question's process CPU, main-thread CPU and wall time. The answer's hash is printed, so the
 * same command on two builds shows whether their answers are identical. Prints the load average: on a shared
 * machine wall-clock figures are ceilings, CPU time is what the work costs.
 */
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'
import { quantile } from './http-load.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const store = arg('store', join(projectRoot, 'data', 'store'))
const runs = Math.max(1, Number(arg('runs', '5')))
const questions = arg('questions', '0,1,2,3,4').split(',').map(Number)
const probe = join(projectRoot, 'dist', 'cold-probe.mjs')
await build({
  entryPoints: [join(projectRoot, 'server', 'cli', 'cold-probe.ts')],
  outfile: probe,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
})

type Probe = { question: string; openCpu: number; openWall: number; cpu: number; main: number; wall: number; bytes: number; citations: number; hash: string; answer: string }
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
const med = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5)
const f = (n: number) => n.toFixed(0).padStart(5)
console.log(`store ${store}, ${runs} cold processes per question, load average ${load()}`)
console.log('  q | open CPU | CPU (main) | wall | bytes, citations | hash | question → answer')
for (const q of questions) {
  const probes: Probe[] = []
  for (let r = 0; r < runs; r++) {
    const p = spawnSync(process.execPath, [probe, store, String(q)], { encoding: 'utf8' })
    const line = p.stdout.split('\n').find((l) => l.startsWith('{'))
    if (!line) throw new Error(`probe ${q} failed: ${p.stderr.slice(-600)}`)
    probes.push(JSON.parse(line) as Probe)
  }
  const m = (k: 'openCpu' | 'cpu' | 'main' | 'wall') => med(probes.map((p) => p[k]))
  const hashes = [...new Set(probes.map((p) => p.hash))].join('/')
  const p0 = probes[0]
  console.log(`  ${q} | ${f(m('openCpu'))} | ${f(m('cpu'))} (${f(m('main'))}) | ${f(m('wall'))} | ${p0.bytes}, ${p0.citations} | ${hashes} | ${p0.question} → ${p0.answer}`)
}
console.log(`load average ${load()}`)
