/**
 * npm run ingest:store [-- --docs DIR --store DIR --threads N]: ingest a folder of disclosures (default seeds/) into a
 * store directory (default data/store) through the storage port, re-parsing only files whose bytes (or the reading
 * code: server/core and data/lexicon.json) changed; a re-parse that reads the same is no new version. Files
 * are parsed (and their lunr index, findings and subject figures computed) in N worker threads (default one per
 * core, at most 4; 1 parses here); the main thread writes them one at a time, in file order.
 * `STORE_DIR=data/store npm start` then serves it.
 */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ingestToStore } from '../core/corpus/ingest-to-store.js'
import { createFsStore } from '../store/fs-store.js'
import { DOCUMENT_FILE, readerBuild, sidecarOf } from './source-files.js'
import { createStoreParsePool, defaultThreads } from './store-parse-pool.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const docs = arg('docs', join(process.cwd(), 'seeds'))
const storeDir = arg('store', join(process.cwd(), 'data', 'store'))
const quiet = process.argv.includes('--quiet')
const threads = Math.max(1, Math.min(16, Number(arg('threads', String(defaultThreads()))) || 1))
const pool = threads > 1 ? createStoreParsePool(threads) : undefined

// each document with its NAME.meta.json sidecar, as `npm run ingest` reads them; a broken sidecar is reported
const files = readdirSync(docs)
  .filter((f) => DOCUMENT_FILE.test(f))
  .map((name) => {
    const { sidecar, error } = sidecarOf(docs, name)
    if (error) console.log(`  ! ${error} (the document is read without it)`)
    return { name, bytes: async () => new Uint8Array(await readFile(join(docs, name))), ...(sidecar ? { sidecar } : {}) }
  })

const t0 = performance.now()
/** CPU seconds of this process, its worker threads included: what the ingest costs whatever else shares the machine */
const cpuS = () => ((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(0)
let peak = 0
let n = 0
const r = await ingestToStore(createFsStore(storeDir), files, {
  parse: pool?.parse,
  parallel: threads * 2,
  // the reading code's build: a better parser reaches documents whose bytes did not change
  parser: readerBuild(join(import.meta.dirname, '..', '..')),
  onDocument: (d) => {
    peak = Math.max(peak, process.memoryUsage().rss)
    if (++n % 100 === 0 && quiet) console.log(`  ${n} parsed in ${((performance.now() - t0) / 1000).toFixed(0)} s, CPU ${cpuS()} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}`)
    if (!quiet) console.log(`${d.ok ? ' ' : '✗'} ${d.file.padEnd(32)} ${String(d.tables).padStart(4)} tables ${String(d.rows).padStart(5)} rows ${d.ms.toFixed(0).padStart(5)} ms`)
  },
})
await pool?.close()
peak = Math.max(peak, process.memoryUsage().rss)
for (const e of r.errors) console.log(`  ! ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`)
// staff took these over on /staff: their changed files are not applied (replace them there, as a new version)
for (const id of r.heldByStaff) console.log(`  = ${id}: managed by staff on /staff, left as published there`)
const s = ((performance.now() - t0) / 1000).toFixed(1)
console.log(`${r.parsed.filter((p) => p.ok).length} parsed, ${r.skipped} unchanged, ${r.unpublished.length} unpublished in ${s} s (CPU ${cpuS()} s, ${threads} thread${threads > 1 ? 's' : ''}, load average ${loadavg()[0].toFixed(1)}; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB); subject index: ${r.subjects.keys} keys over ${r.subjects.docs} documents → ${storeDir}`)
