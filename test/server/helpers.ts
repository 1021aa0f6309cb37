import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type AppDeps, type EnginePort } from '../../server/app.js'
import { createEngine } from '../../server/core/engine.js'
import { Corpus } from '../../server/core/schema.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const DATA = join(root, 'data')
export const SEEDS = join(root, 'seeds')
export const WEB_DIST = join(root, 'web', 'dist')

let corpus: Corpus | undefined
let indexJson: unknown
export function loadData() {
  corpus ??= Corpus.parse(JSON.parse(readFileSync(join(DATA, 'corpus.json'), 'utf8')))
  indexJson ??= JSON.parse(readFileSync(join(DATA, 'search-index.json'), 'utf8'))
  return { corpus, indexJson }
}

let engine: EnginePort | undefined
/** The real engine over data/corpus.json and data/search-index.json (built by `npm run ingest`), shared by the tests. */
export function testEngine(): EnginePort {
  const { corpus, indexJson } = loadData()
  return (engine ??= createEngine(corpus, indexJson))
}

export function testApp(over: Partial<AppDeps> = {}) {
  return createApp({ engine: testEngine(), env: {}, model: null, ...over })
}

export const postJson = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})
