/**
 * npm run publish:worker -- [--store data/store] [--local | --remote]: copy a store directory (`npm run ingest:store`)
 * into the Worker's bindings: the catalog into D1 (one SQL file through `wrangler d1 execute`), then the served blobs
 * (shards, originals, the current subject index; not the per-document figures, which only ingest reads) into R2
 * with one `wrangler r2 bulk put`. --local fills the state `wrangler dev` reads (.wrangler/state). For a city, R2's
 * S3 API may be quicker (rclone or `aws s3 sync --endpoint-url https://<account>.r2.cloudflarestorage.com` over
 * blobs/), then run this with --catalog-only.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFsStore } from '../store/fs-store.js'
import { projectRoot } from '../node-app.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const storeDir = arg('store', join(projectRoot, 'data', 'store'))
const where = process.argv.includes('--remote') ? '--remote' : '--local'
const toml = readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8')
const bucket = /bucket_name\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? 'mingzhang-corpus'
const database = /database_name\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? 'mingzhang'
const wrangler = join(projectRoot, 'node_modules', '.bin', 'wrangler')
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(wrangler, args, { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} failed: ${err.slice(-500)}`))))
  })

const store = createFsStore(storeDir)
const entries = await store.catalog.list({ status: ['draft', 'published', 'unpublished', 'superseded', 'failed'] })
const q = (v: unknown) => (v === undefined || v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`)
const sql = [
  'CREATE TABLE IF NOT EXISTS catalog (id TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, org TEXT NOT NULL, year INTEGER NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (id, version));',
  'CREATE INDEX IF NOT EXISTS catalog_status ON catalog (status, org, year);',
  ...entries.map((e) => `INSERT OR REPLACE INTO catalog (id, version, status, org, year, entry) VALUES (${[e.id, e.version, e.status, e.org, e.year, JSON.stringify(e)].map(q).join(', ')});`),
].join('\n')
const sqlFile = join(mkdtempSync(join(tmpdir(), 'mingzhang-publish-')), 'catalog.sql')
writeFileSync(sqlFile, sql)
await run(['d1', 'execute', database, '--file', sqlFile, where, '--yes'])
console.log(`D1 ${database}: ${entries.length} catalog entries (${where})`)
if (process.argv.includes('--catalog-only')) process.exit(0)

const current = JSON.parse(new TextDecoder().decode((await store.blobs.get('subjects/current.json'))!)) as { generation: string }
const keys = [
  ...(await store.blobs.list('shards/')), ...(await store.blobs.list('originals/')),
  ...(await store.blobs.list(`subjects/g${current.generation}/`)), 'subjects/current.json',
]
// one `wrangler r2 bulk put` with a list of {key, file} pairs (20 uploads at a time inside wrangler)
const pairsFile = join(mkdtempSync(join(tmpdir(), 'mingzhang-publish-')), 'objects.json')
writeFileSync(pairsFile, JSON.stringify(keys.map((key) => ({ key, file: join(storeDir, 'blobs', ...key.split('/')) }))))
const t0 = performance.now()
await run(['r2', 'bulk', 'put', bucket, '--filename', pairsFile, where, '--force'])
console.log(`R2 ${bucket}: ${keys.length} objects in ${((performance.now() - t0) / 1000).toFixed(0)} s (${where})`)
