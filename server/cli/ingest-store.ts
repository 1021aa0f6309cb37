/**
 * npm run ingest:store [-- --docs DIR --store DIR]: ingest a folder of disclosures (default seeds/) into a store
 * directory (default data/store) through the storage port, one document at a time, re-parsing only files whose
 * bytes changed. `STORE_DIR=data/store npm start` then serves it.
 */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ingestToStore } from '../core/corpus/ingest-to-store.js'
import { createFsStore } from '../store/fs-store.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const docs = arg('docs', join(process.cwd(), 'seeds'))
const storeDir = arg('store', join(process.cwd(), 'data', 'store'))
const quiet = process.argv.includes('--quiet')

const files = readdirSync(docs)
  .filter((f) => /\.(txt|md|pdf|html?|xlsx?|docx)$/i.test(f))
  .map((name) => ({ name, bytes: async () => new Uint8Array(await readFile(join(docs, name))) }))

const t0 = performance.now()
let peak = 0
let n = 0
const r = await ingestToStore(createFsStore(storeDir), files, {
  onDocument: (d) => {
    peak = Math.max(peak, process.memoryUsage().rss)
    if (++n % 500 === 0 && quiet) console.log(`  ${n} parsed, rss ${(peak / 2 ** 20).toFixed(0)} MB`)
    if (!quiet) console.log(`${d.ok ? ' ' : '✗'} ${d.file.padEnd(32)} ${String(d.tables).padStart(4)} tables ${String(d.rows).padStart(5)} rows ${d.ms.toFixed(0).padStart(5)} ms`)
  },
})
peak = Math.max(peak, process.memoryUsage().rss)
for (const e of r.errors) console.log(`  ! ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`)
// staff took these over on /staff: their changed files are not applied (replace them there, as a new version)
for (const id of r.heldByStaff) console.log(`  = ${id}: managed by staff on /staff, left as published there`)
const s = ((performance.now() - t0) / 1000).toFixed(1)
console.log(`${r.parsed.filter((p) => p.ok).length} parsed, ${r.skipped} unchanged, ${r.unpublished.length} unpublished in ${s} s (peak RSS ${(peak / 2 ** 20).toFixed(0)} MB); subject index: ${r.subjects.keys} keys over ${r.subjects.docs} documents → ${storeDir}`)
