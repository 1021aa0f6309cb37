/**
 * npm run ingest: read every document in seeds/ (.txt/.md/.pdf/.html/.xlsx/.docx, with NAME.meta.json sidecars) into data/corpus.json and data/search-index.json.
 * The text lines read from a non-text file go to data/text/<file>.txt for the source viewer.
 * Files are written to a temp name, then renamed: a failed ingest never leaves a half-written corpus.
 * --if-stale skips the work when the corpus is newer than every seed and parser source.
 * Exits 1 when a file failed (the others are still published), 2 (writing nothing) when a published document would
 * disappear, unless --allow-removal.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { removedDocuments } from '../core/ingest/removal-guard.js'
import type { Corpus } from '../core/schema.js'
import { buildSearchIndex } from '../core/search/search-index.js'
import { parseFilesInWorkers } from './parse-in-workers.js'
import { sourceFilesIn } from './source-files.js'

const root = process.cwd()
const seeds = join(root, 'seeds')
const out = join(root, 'data')

function newestInput(): number {
  const walk = (dir: string): number[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [statSync(join(dir, e.name)).mtimeMs]))
  return Math.max(...walk(seeds), ...walk(join(root, 'server', 'core')))
}

const corpusFile = join(out, 'corpus.json')
const indexFile = join(out, 'search-index.json')
if (process.argv.includes('--if-stale') && existsSync(corpusFile) && existsSync(indexFile) && statSync(corpusFile).mtimeMs > newestInput()) {
  process.exit(0)
}

const t0 = performance.now()
const { files: sources, warnings } = sourceFilesIn(seeds)
// each file in its own worker thread under a time and memory budget: one bad file fails alone
const { corpus, report, texts } = await parseFilesInWorkers(sources.map((f) => ({ name: f.name, path: join(seeds, f.name), ...(f.sidecar ? { sidecar: f.sidecar } : {}) })))
const removed = existsSync(corpusFile) ? removedDocuments(JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus, corpus) : []
if (removed.length && !process.argv.includes('--allow-removal')) {
  for (const e of corpus.errors) console.error(`  ! ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`)
  for (const d of removed) console.error(`  ✗ ${d.file} (${d.org}) is published and would disappear`)
  console.error('refusing to replace data/corpus.json: a published document would disappear (run with --allow-removal to remove it)')
  process.exit(2)
}
const index = buildSearchIndex(corpus)
const ms = performance.now() - t0

mkdirSync(out, { recursive: true })
const write = (file: string, data: unknown) => {
  writeFileSync(`${file}.tmp`, JSON.stringify(data))
  return () => renameSync(`${file}.tmp`, file)
}
const commits = [write(corpusFile, corpus), write(indexFile, index)]
commits.forEach((commit) => commit())
// the lines a reader made of a PDF or sheet: what citations number and the source viewer shows
mkdirSync(join(out, 'text'), { recursive: true })
for (const [name, text] of texts) writeFileSync(join(out, 'text', `${name}.txt`), text)

const pct = (x: number) => `${Math.round(100 * x)}%`
console.log('  file                               format  tables  rows  reconciled  unparsed  images  metadata      ms')
for (const r of report) {
  const meta = !r.ok ? 'failed' : r.metadataNeeded.length ? `needed: ${r.metadataNeeded.join(',')}` : 'ok'
  console.log(`${r.ok ? ' ' : '✗'} ${r.file.padEnd(34)} ${r.format.padStart(6)} ${String(r.tables).padStart(7)} ${String(r.rows).padStart(5)} ${pct(r.reconciled).padStart(11)} ${String(r.unparsed).padStart(9)} ${String(r.imageTables).padStart(7)}  ${meta.padEnd(12)} ${r.ms.toFixed(0).padStart(5)}`)
}
for (const w of warnings) console.log(`  ! ${w}`)
for (const d of corpus.documents) {
  for (const t of d.tables.filter((x) => x.reconciled === 'mismatch')) console.log(`  ≠ ${d.file}: ${t.number ?? ''}${t.title}: its sums do not agree`)
  for (const img of d.imageTables ?? []) console.log(`  ▣ ${d.file}${img.line ? `:${img.line}` : ''}${img.page ? ` p.${img.page}` : ''}: ${img.note}`)
  if (d.metadataNeeded?.length) console.log(`  ? ${d.file}: metadata needed (${d.metadataNeeded.join(', ')}): not answerable until given; add ${d.id}.meta.json {"org","year","kind","source"}`)
}
for (const r of report) {
  if (r.figureRowsInProse.length >= 3) {
    const at = r.figureRowsInProse.slice(0, 6).join(', ') + (r.figureRowsInProse.length > 6 ? ', …' : '')
    console.log(`  ⚠ ${r.file}: ${r.figureRowsInProse.length} lines read as prose carry 3+ amounts (lines ${at}): a table layout the parser does not know?`)
  }
}
for (const e of corpus.errors) console.log(`  ! ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`)
console.log(`${corpus.documents.length}/${sources.length} documents ingested in ${ms.toFixed(0)} ms → data/corpus.json, data/search-index.json`)
// a file that failed is never silent: the others are published, the run exits non-zero (--keep-going: `npm start`
// serves the documents that did ingest, after printing what failed)
if (report.some((r) => !r.ok) && !process.argv.includes('--keep-going')) process.exit(1)
