/**
 * npm run ingest: parse every .txt/.md (and .pdf…) in seeds/ into data/corpus.json and data/search-index.json;
 * the text lines read from a non-text file go to data/text/<file>.txt for the source viewer.
 * Files are written to a temp name, then renamed: a failed ingest never leaves a half-written corpus.
 * --if-stale skips the work when the corpus is newer than every seed and parser source.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpus, readSources } from '../core/ingest/build-corpus.js'
import { buildSearchIndex } from '../core/search/search-index.js'

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
const read = await readSources(sources.map((name) => ({ name, bytes: readFileSync(join(seeds, name)) })))
const { corpus, report } = buildCorpus(read)
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
for (const f of read) if (f.read && f.read.format !== 'text') writeFileSync(join(out, 'text', `${f.name}.txt`), f.read.text)

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
