/**
 * npm run bench:ingest: the hostile files of issue 12 (server/cli/hostile-files.ts: 3,000 small tables, 50 MB of
 * prose, 1,000,000 lines, a 200,000-row table, a 22 MB line, a paragraph of 23,000 search tokens, and two whole
 * disclosures in GBK and UTF-16) dropped beside the seeds of a scratch project whose corpus is already published;
 * then `npm run ingest` there, timed, its peak memory read from /proc (its worker threads are in the same process).
 * Prints the ingest report, the figures and a verdict per expectation; exits 1 when one fails.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'
import { hostileFiles } from './hostile-files.js'

const LIMITS = { seconds: 30, memoryMb: 1024 }
const seeds = join(projectRoot, 'seeds')

/** `npm run ingest` in `dir`: exit code, output, wall time, CPU time (all its threads) and peak resident memory (VmHWM). */
function ingest(dir: string): Promise<{ code: number | null; out: string; ms: number; cpuS: number; peakMb: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(projectRoot, 'server/cli/ingest.ts')], { cwd: dir })
    let out = ''
    let peakKb = 0
    let ticks = 0
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (m) peakKb = Math.max(peakKb, Number(m[1]))
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
        ticks = Number(stat[11]) + Number(stat[12])
      } catch {
        // exited between two polls
      }
    }, 25)
    child.on('exit', (code) => {
      clearInterval(poll)
      // clock ticks of 10 ms (USER_HZ 100), as of the last poll: within 25 ms of the end
      resolve({ code, out, ms: performance.now() - t0, cpuS: ticks / 100, peakMb: peakKb / 1024 })
    })
  })
}

const corpusFiles = (dir: string): { file: string; tables: number }[] =>
  JSON.parse(readFileSync(join(dir, 'data', 'corpus.json'), 'utf8')).documents.map((d: { file: string; tables: unknown[] }) => ({ file: d.file, tables: d.tables.length }))

const dir = mkdtempSync(join(tmpdir(), 'mz-bench-ingest-'))
let failed = 0
const verdict = (ok: boolean, what: string) => {
  if (!ok) failed++
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`)
}
try {
  mkdirSync(join(dir, 'seeds'))
  const seedNames = readdirSync(seeds).filter((f) => !f.startsWith('.'))
  for (const f of seedNames) copyFileSync(join(seeds, f), join(dir, 'seeds', f))
  const first = await ingest(dir)
  const published = corpusFiles(dir).map((d) => d.file)
  console.log(`the seeds alone: exit ${first.code}, ${published.length} documents published, ${(first.ms / 1000).toFixed(1)} s wall, ${first.cpuS.toFixed(1)} s CPU, peak ${first.peakMb.toFixed(0)} MB`)

  const files = hostileFiles(seeds)
  for (const [name, f] of Object.entries(files)) writeFileSync(join(dir, 'seeds', name), f.bytes)
  const sizes = Object.entries(files).map(([name, f]) => `${name} ${(f.bytes.length / 2 ** 20).toFixed(1)} MB`).join(', ')
  console.log(`hostile files added: ${sizes}`)
  console.log(`ingest with them (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs):`)
  const r = await ingest(dir)
  console.log(r.out.replace(/^/gm, '    '))
  const after = existsSync(join(dir, 'data', 'corpus.json')) ? corpusFiles(dir) : []
  const errors = JSON.parse(readFileSync(join(dir, 'data', 'corpus.json'), 'utf8')).errors.map((e: { file: string; line?: number; message: string }) => `${e.file}:${e.line ?? ''} ${e.message}`).join('\n') as string
  console.log(`figures: ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuS.toFixed(1)} s CPU over all threads, peak resident memory ${r.peakMb.toFixed(0)} MB, exit ${r.code}`)
  verdict(r.ms <= LIMITS.seconds * 1000, `time ${(r.ms / 1000).toFixed(1)} s ≤ ${LIMITS.seconds} s`)
  verdict(r.peakMb <= LIMITS.memoryMb, `memory ${r.peakMb.toFixed(0)} MB ≤ ${LIMITS.memoryMb} MB`)
  verdict(r.code === 1, 'exit 1: a file failed, and it is not silent')
  verdict(published.every((f) => after.some((d) => d.file === f)), `no published document lost (${published.length} seeds still published)`)
  for (const [name, f] of Object.entries(files)) {
    if (f.ingests) verdict(after.some((d) => d.file === name && d.tables > 0), `${name}: read and published with its tables`)
    else verdict(!!f.error?.test(errors) && !after.some((d) => d.file === name), `${name}: fails alone, named (${errors.split('\n').find((e: string) => e.startsWith(name))?.slice(0, 110) ?? 'no error'})`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(failed ? `${failed} expectation(s) failed` : 'every expectation held')
process.exitCode = failed ? 1 : 0
