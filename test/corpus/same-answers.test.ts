import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import type { AskResponse } from '../../server/core/schema.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { seedSources } from '../core/seed-engine.js'

const TEST = fileURLToPath(new URL('..', import.meta.url))
const SETS: [string, string | undefined][] = [
  ['eval/questions.jsonl', undefined], ['core/extra-questions.jsonl', undefined], ['blind/questions.jsonl', 'blind/docs'],
  ['blind2/questions.jsonl', 'blind2/docs'], ['blind3/questions.jsonl', undefined], ['blind4/questions.jsonl', undefined],
  ['holdout/questions.jsonl', 'holdout/docs'],
]

const questionsOf = (file: string) =>
  readFileSync(join(TEST, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { q: string; history?: { role: 'user' | 'assistant'; content: string }[]; org?: string })
const docsOf = (dir?: string) => (dir ? readdirSync(join(TEST, dir)).map((name) => ({ name, bytes: readFileSync(join(TEST, dir, name)) })) : [])
/** What a citizen sees and what the answer rests on. */
const essence = (r: AskResponse) => ({ answer: r.answer, rows: r.citations.map((c) => c.rowId ?? c.paragraphId), tools: r.toolCalls.map((t) => t.toolName) })

describe('the corpus read from the store answers every question set as the loaded corpus does', () => {
  it.each(SETS)('%s', { timeout: 240_000 }, async (file, docs) => {
    const sources = seedSources(docsOf(docs))
    const before = createEngine(buildCorpus(sources).corpus)
    const store = createMemoryStore()
    await ingestToStore(store, sources.map((s) => ({ name: s.name, bytes: async () => new Uint8Array(s.bytes) })))
    const after = await createShardedEngine(store)
    for (const item of questionsOf(file)) {
      const req = { question: item.q, history: item.history, org: item.org }
      const view = await after.forQuestion(req)
      expect(essence(view.ask(req)), item.q).toEqual(essence(before.ask(req)))
    }
  })
})
