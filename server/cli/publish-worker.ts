/**
 * npm run publish:worker -- [--store data/store] [--local [--persist-to DIR] | --remote]: copy a store directory (`npm run ingest:store`)
 * into the Worker's bindings: the served blobs (shards, originals, read texts, per-document figures, the current
 * subject index) into R2 with one `wrangler r2 bulk put`, then the catalog into D1 (one SQL file through
 * `wrangler d1 execute`). Documents staff took over in the deployment (on the staff Worker) are left as they are. --local fills the state `wrangler dev` reads (.wrangler/state). For a city, R2's
 * S3 API may be quicker (rclone or `aws s3 sync --endpoint-url https://<account>.r2.cloudflarestorage.com` over
 * blobs/), then run this with --catalog-only.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deploymentSnapshot, SNAPSHOT_FILES, writeCatalogSnapshot } from '../core/corpus/catalog-snapshot.js'
import type { CatalogEntry } from '../core/store/port.js'
import { createFsStore } from '../store/fs-store.js'
import { wordsCorpus } from '../core/corpus/subject-index.js'
import { defaultVocabulary } from '../core/lexicon/default-vocabulary.js'
import { storedTermsOf, vocabularyFingerprint, type StoredTerms } from '../core/planner/vocabulary.js'
import { projectRoot } from '../node-app.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const storeDir = arg('store', join(projectRoot, 'data', 'store'))
const where = process.argv.includes('--remote') ? '--remote' : '--local'
// --persist-to DIR (with --local): fill that state directory instead of .wrangler/state (bench:worker-cold keeps one per store)
const persist = where === '--local' && process.argv.includes('--persist-to') ? ['--persist-to', arg('persist-to', '')] : []
const toml = readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8')
const bucket = /bucket_name\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? 'mingzhang-corpus'
const database = /database_name\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? 'mingzhang'
const wrangler = join(projectRoot, 'node_modules', '.bin', 'wrangler')
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(wrangler, [...args, ...persist], { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} failed: ${err.slice(-500)}`))))
  })

const runJson = (args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(wrangler, [...args, ...persist], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} failed`))))
  })

/** Documents staff took over in the deployment (/staff on the staff Worker): never overwritten from here. */
async function staffHeld(): Promise<Set<string>> {
  try {
    const out = await runJson(['d1', 'execute', database, '--command', "SELECT DISTINCT id FROM catalog WHERE json_extract(entry, '$.writtenBy') = 'staff'", where, '--json'])
    return new Set((JSON.parse(out) as { results: { id: string }[] }[]).flatMap((r) => r.results.map((x) => x.id)))
  } catch {
    return new Set() // no catalog table yet: a first publication
  }
}

const store = createFsStore(storeDir)
const held = await staffHeld()
const entries = (await store.catalog.list({ status: ['draft', 'published', 'unpublished', 'superseded', 'failed'] })).filter((e) => !held.has(e.id))
if (held.size) console.log(`left as staff published them in the deployment: ${[...held].join(', ')}`)
const q = (v: unknown) => (v === undefined || v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`)

/** The store's current subject index generation: its blobs go up first, its catalog snapshot last. */
const current = JSON.parse(new TextDecoder().decode((await store.blobs.get('subjects/current.json'))!)) as { generation: string }

// blobs before the catalog: an isolate that follows the catalog's change feed finds every shard it names
if (!process.argv.includes('--catalog-only')) {
  const ours = (key: string) => !held.has(key.split('/')[1])
  const keys = [
    ...(await store.blobs.list('shards/')), ...(await store.blobs.list('originals/')), ...(await store.blobs.list('texts/')), ...(await store.blobs.list('figures/')),
  ].filter(ours).concat((await store.blobs.list(`subjects/g${current.generation}/`)).filter((k) => !SNAPSHOT_FILES.some((f) => k.endsWith(`/${f}`))))
  // one `wrangler r2 bulk put` with a list of {key, file} pairs (20 uploads at a time inside wrangler)
  const pairsFile = join(mkdtempSync(join(tmpdir(), 'mingzhang-publish-')), 'objects.json')
  writeFileSync(pairsFile, JSON.stringify(keys.map((key) => ({ key, file: join(storeDir, 'blobs', ...key.split('/')) }))))
  const t0 = performance.now()
  await run(['r2', 'bulk', 'put', bucket, '--filename', pairsFile, where, '--force'])
  console.log(`R2 ${bucket}: ${keys.length} objects in ${((performance.now() - t0) / 1000).toFixed(0)} s (${where})`)
}

// the same schema as server/store/cf-store.ts; an entry staff changed in the deployment meanwhile is not overwritten,
// and every row written is a change the running isolates pick up
const sql = [
  'CREATE TABLE IF NOT EXISTS catalog (id TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, org TEXT NOT NULL, year INTEGER NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (id, version));',
  'CREATE INDEX IF NOT EXISTS catalog_status ON catalog (status, org, year);',
  'CREATE TABLE IF NOT EXISTS catalog_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, version INTEGER NOT NULL);',
  ...entries.flatMap((e) => [
    `INSERT INTO catalog (id, version, status, org, year, entry) SELECT ${[e.id, e.version, e.status, e.org, e.year, JSON.stringify(e)].map(q).join(', ')} ` +
      `WHERE NOT EXISTS (SELECT 1 FROM catalog WHERE id = ${q(e.id)} AND json_extract(entry, '$.writtenBy') = 'staff') ` +
      'ON CONFLICT (id, version) DO UPDATE SET status = excluded.status, org = excluded.org, year = excluded.year, entry = excluded.entry;',
    `INSERT INTO catalog_changes (id, version) SELECT ${q(e.id)}, ${e.version} WHERE changes() > 0;`,
  ]),
].join('\n')
const sqlFile = join(mkdtempSync(join(tmpdir(), 'mingzhang-publish-')), 'catalog.sql')
writeFileSync(sqlFile, sql)
await run(['d1', 'execute', database, '--file', sqlFile, where, '--yes'])
console.log(`D1 ${database}: ${entries.length} catalog entries (${where})`)

// the generation's catalog snapshot last, made for the deployment's catalog rather than copied from the store's: the
// deployment's feed numbers its changes itself (the store's cursor would skip them), and what it publishes may differ
// from the store (documents staff took over). Then subjects/current.json, so no isolate switches before its snapshot.
// A staff publication made while this runs may be left to the next publish (run it when staff are not publishing).
{
  const rows = async <T>(sql: string) => (JSON.parse(await runJson(['d1', 'execute', database, '--command', sql, where, '--json'])) as { results: T[] }[]).flatMap((r) => r.results)
  const cursor = (await rows<{ seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM catalog_changes'))[0]?.seq ?? 0
  const published = await rows<{ id: string; version: number }>("SELECT id, version FROM catalog WHERE status = 'published'")
  const ours = entries.filter((e) => e.status === 'published')
  let snap = deploymentSnapshot(ours, published, [])
  const fetched: CatalogEntry[] = []
  for (let i = 0; i < snap.missing.length; i += 50) {
    const which = snap.missing.slice(i, i + 50).map((m) => `(id = ${q(m.id)} AND version = ${m.version})`).join(' OR ')
    fetched.push(...(await rows<{ entry: string }>(`SELECT entry FROM catalog WHERE ${which}`)).map((r) => JSON.parse(r.entry) as CatalogEntry))
  }
  if (fetched.length) snap = deploymentSnapshot(ours, published, fetched)
  const tmp = mkdtempSync(join(tmpdir(), 'mingzhang-publish-'))
  const base = `subjects/g${current.generation}`
  const made = createFsStore(tmp).blobs
  await writeCatalogSnapshot(made, base, cursor, snap.entries)
  // the planner's terms of the generation's words as this build's rules make them: terms a store's older build made are
  // not taken (another fingerprint), and every isolate would derive them again from the words on its first question
  const stored = await store.blobs.get(`${base}/terms.json`)
  const words = await store.blobs.get(`${base}/words.json`)
  const stale = !!stored && !!words && (JSON.parse(new TextDecoder().decode(stored)) as StoredTerms).fingerprint !== vocabularyFingerprint(defaultVocabulary)
  if (stale) await made.put(`${base}/terms.json`, new TextEncoder().encode(JSON.stringify(storedTermsOf(wordsCorpus(JSON.parse(new TextDecoder().decode(words))), defaultVocabulary))))
  const pairsFile = join(tmp, 'snapshot.json')
  writeFileSync(pairsFile, JSON.stringify([...SNAPSHOT_FILES, ...(stale ? ['terms.json'] : [])].map((f) => ({ key: `${base}/${f}`, file: join(tmp, 'blobs', ...base.split('/'), f) }))))
  await run(['r2', 'bulk', 'put', bucket, '--filename', pairsFile, where, '--force'])
  await run(['r2', 'object', 'put', `${bucket}/subjects/current.json`, '--file', join(storeDir, 'blobs', 'subjects', 'current.json'), where])
  console.log(`catalog snapshot: ${snap.entries.length} published entries at the deployment's cursor ${cursor}${snap.missing.length > fetched.length ? ` (${snap.missing.length - fetched.length} not found)` : ''}${stale ? "; the generation's terms made again by this build's rules" : ''}`)
}
