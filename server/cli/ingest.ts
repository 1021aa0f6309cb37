/**
 * npm run ingest: parse every .txt/.md in seeds/ into data/corpus.json and data/search-index.json.
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

const root = process.cwd()
const seeds = join(root, 'seeds')
const out = join(root, 'data')
const sources = readdirSync(seeds).filter((f) => /\.(txt|md|pdf|html?|xlsx?|docx)$/i.test(f))

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
// each file in its own worker thread under a time and memory budget: one bad file fails alone
const { corpus, report } = await parseFilesInWorkers(sources.map((name) => ({ name, path: join(seeds, name) })))
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

console.log('file                               tables  rows  paragraphs  unparsed')
for (const r of report) {
  console.log(`${r.ok ? ' ' : '✗'} ${r.file.padEnd(32)} ${String(r.tables).padStart(6)} ${String(r.rows).padStart(5)} ${String(r.paragraphs).padStart(11)} ${String(r.unparsed).padStart(9)}`)
}
for (const r of report) {
  if (r.figureRowsInProse.length >= 3) {
    const at = r.figureRowsInProse.slice(0, 6).join(', ') + (r.figureRowsInProse.length > 6 ? ', …' : '')
    console.log(`  ⚠ ${r.file}: ${r.figureRowsInProse.length} lines read as prose carry 3+ amounts (lines ${at}): a table layout the parser does not know?`)
  }
}
for (const e of corpus.errors) console.log(`  ! ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`)
console.log(`${corpus.documents.length}/${sources.length} documents ingested in ${ms.toFixed(0)} ms → data/corpus.json, data/search-index.json`)
// a file that failed is never silent: the others are published, the run exits non-zero
if (report.some((r) => !r.ok)) process.exit(1)
