import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEngine, type Engine } from '../core/engine.js'
import { Corpus } from '../core/schema.js'

/** Load data/corpus.json (+ data/search-index.json when present) into an engine, timing the load. */
export function loadEngine(root = process.cwd(), opts: { today?: () => Date } = {}): { engine: Engine; loadMs: number } {
  const t0 = performance.now()
  const corpusFile = join(root, 'data', 'corpus.json')
  if (!existsSync(corpusFile)) throw new Error('data/corpus.json is missing: run `npm run ingest` first')
  const corpus = Corpus.parse(JSON.parse(readFileSync(corpusFile, 'utf8')))
  const indexFile = join(root, 'data', 'search-index.json')
  const index = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : undefined
  const engine = createEngine(corpus, index, opts)
  return { engine, loadMs: performance.now() - t0 }
}
