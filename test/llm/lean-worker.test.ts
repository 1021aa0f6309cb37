import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workerBuildOptions } from '../../server/worker-build/worker-build-options.js'
import { startCompatServer, type CompatServer } from './openai-compat-server.js'

/**
 * Model mode inside workerd, in the bundle the lean-worker build makes (zod with English only, no zod 3, the AI
 * Gateway stubbed; server/worker-build/): the AI SDK's provider turns our zod tool schemas into JSON Schema, streams
 * a tool call from an OpenAI-compatible server on loopback, validates its input with zod, and the answer is grounded
 * and cited, as test/llm/provider-http.test.ts checks for the unbundled app on Node.
 */
const QUESTION = '南岸区医保局2024年2101501行政运行支出多少？'
const ROW = '004_8de5198946ae3720/t1/r16'
const ANSWER = '南岸区医保局2024年2101501行政运行支出为521.68万元（表二）。'

let mf: Miniflare
let server: CompatServer
beforeAll(async () => {
  server = await startCompatServer([
    { kind: 'tool', name: 'get-figure', args: JSON.stringify({ rowId: ROW }), dialect: 'deepseek' },
    { kind: 'text', text: ANSWER, dialect: 'deepseek' },
    { kind: 'tool', name: 'get-figure', args: JSON.stringify({ rowId: 42 }) },
    { kind: 'text', text: '行政运行支出为521.68万元。' },
  ])
  const bundle = await build({ ...workerBuildOptions({ minify: true }), entryPoints: ['test/llm/lean-worker-entry.ts'], write: false, outfile: 'worker.js' })
  const seeds = Object.fromEntries(readdirSync('seeds').filter((f) => /\.(txt|md)$/.test(f)).map((f) => [f, readFileSync(join('seeds', f), 'utf8')]))
  mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: bundle.outputFiles[0].text }], compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'],
    r2Buckets: ['BLOBS'], d1Databases: ['DB'],
    bindings: { SEEDS: seeds, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'deepseek-chat', RATE_LIMIT_PER_MIN: '0', CATALOG_SYNC_MS: '0' },
  })
}, 120_000)
afterAll(async () => {
  await mf?.dispose()
  await server?.close()
})

const ask = async (question: string) => {
  const res = await mf.dispatchFetch('http://localhost/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
  return (await res.json()) as any
}

describe('the lean citizens\u2019 Worker bundle in workerd, model mode', () => {
  it('a streamed tool call, then a streamed answer: grounded and cited; zod rejects a malformed tool input', async () => {
    const body = await ask(QUESTION)
    expect(body.mode).toBe('model')
    expect(body.answer).toBe(ANSWER)
    expect(body.citations.map((c: any) => c.rowId)).toEqual([ROW])
    const [first, second] = server.requests
    expect(first).toMatchObject({ model: 'deepseek-chat', stream: true })
    // the tools' JSON Schema, made by zod's toJSONSchema inside the bundle
    const getFigure = first.tools.find((t: any) => t.function.name === 'get-figure')
    expect(getFigure.function.parameters).toMatchObject({ type: 'object', properties: { rowId: { type: 'string' } } })
    expect(second.messages.at(-1).content).toContain('521.68')
    // a tool input of the wrong type fails zod's validation (an English message: the one locale bundled): the offline answer
    const bad = await ask(QUESTION)
    expect(bad.mode).toBe('offline')
  }, 120_000)
})
