import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { WORKER_GZIP_BUDGET } from '../../server/cli/worker-bundle.js'
import { leanWorkerPlugin, leanWorkerStages } from '../../server/worker-build/lean-worker-plugin.js'
import { PREBUNDLED_WORKER, workerBuildOptions } from '../../server/worker-build/worker-build-options.js'

/**
 * The citizens' Worker bundle, built as wrangler.toml has it built (the [build] command's esbuild pass with the
 * lean-worker plugin, minified, its strings in UTF-8, uploaded as built: within 0.5 KiB of `wrangler deploy
 * --dry-run`), in about a second instead of wrangler's fifteen; `npm run build:worker` prints wrangler's own figure and
 * fails above the same budget.
 */
async function workerBundle(plugins = workerBuildOptions().plugins) {
  const result = await build({ ...workerBuildOptions({ minify: true }), plugins, write: false, metafile: true, outfile: 'worker.js' })
  // the files with code in the output (the metafile's inputs also list what tree shaking dropped)
  const inputs = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f))
  return { gzipBytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).length, inputs, text: result.outputFiles[0].text }
}

let lean: ReturnType<typeof workerBundle> | undefined

describe("the citizens' Worker bundle", () => {
  it('is what wrangler deploys: wrangler.toml bundles the [build] command’s output, made with the lean-worker plugin', () => {
    const toml = readFileSync('wrangler.toml', 'utf8')
    expect(/^main\s*=\s*"([^"]+)"/m.exec(toml)?.[1]).toBe(PREBUNDLED_WORKER)
    expect(/^\[build\]\s*\ncommand\s*=\s*"([^"]+)"/m.exec(toml)?.[1]).toMatch(/server\/cli\/prebundle-worker\.ts$/)
    // (uploaded as built: wrangler's own pass would escape the strings' Chinese again)
    expect(/^no_bundle\s*=\s*true$/m.test(toml)).toBe(true)
  })

  it('stays within its gzip budget with the AI SDK in it, and without zod 3, zod’s other locales, its fromJSONSchema or compile, the AI Gateway or OpenTelemetry', async () => {
    const { gzipBytes, inputs, text } = await (lean ??= workerBundle())
    expect(gzipBytes).toBeLessThanOrEqual(WORKER_GZIP_BUDGET)
    // the model path stays the AI SDK's (ai + @ai-sdk/openai), as on Node
    for (const pkg of ['ai', '@ai-sdk/openai', '@ai-sdk/provider-utils']) expect(inputs.some((f) => f.includes(`node_modules/${pkg}/`))).toBe(true)
    expect(inputs.filter((f) => /node_modules\/(@ai-sdk\/gateway|zod\/v3)\/|zod\/v4\/locales\/(?!en\.js|index\.js)/.test(f))).toEqual([])
    expect(text).toContain('z.fromJSONSchema is not part of this Worker')
    expect(text).not.toContain('fromJSONSchema input is not valid JSON')
    expect(text).toContain('z.compile is not part of this Worker')
    expect(text).not.toContain('a schema whose subtree contains a reference cycle')
    // ai's spans go through a no-op OpenTelemetry (telemetry stays off): the package itself is not carried
    expect(inputs.filter((f) => /node_modules\/@opentelemetry\//.test(f))).toEqual([])
    expect(text).toContain('OpenTelemetry is not part of this Worker')
    // nothing that only ingest, the staff Worker or a parser of originals needs
    expect(inputs.filter((f) => /node_modules\/(pdfjs-dist|mammoth|@e965\/xlsx)\//.test(f))).toEqual([])
  })

  it('runs ai over the no-op OpenTelemetry: a streamed tool call and its answer, bundled with that stage (and the gateway stub)', async () => {
    const entry = `
      import { streamText, tool, stepCountIs, simulateReadableStream } from 'ai'
      import { z } from 'zod'
      const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } }
      const fin = (unified) => ({ type: 'finish', finishReason: { unified, raw: unified }, usage })
      const steps = [
        [{ type: 'tool-call', toolCallId: 'c1', toolName: 'add', input: JSON.stringify({ a: 2, b: 3 }) }, fin('tool-calls')],
        [{ type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'five' }, { type: 'text-end', id: 't' }, fin('stop')],
      ]
      let call = 0
      const model = { specificationVersion: 'v3', provider: 'test', modelId: 'scripted', supportedUrls: {},
        doGenerate: async () => { throw new Error('stream only') },
        doStream: async () => ({ stream: simulateReadableStream({ chunks: steps[call++], chunkDelayInMs: 0 }) }) }
      export async function run() {
        const r = streamText({ model, prompt: 'add', stopWhen: stepCountIs(3), tools: { add: tool({ inputSchema: z.object({ a: z.number(), b: z.number() }), execute: async ({ a, b }) => a + b }) } })
        const steps = await r.steps
        return { text: await r.text, result: steps[0].toolResults[0].output }
      }`
    const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', platform: 'node', mainFields: ['module', 'main'], write: false, plugins: [leanWorkerPlugin([leanWorkerStages.openTelemetry, leanWorkerStages.aiGateway])], metafile: true })
    expect(Object.keys(out.metafile.inputs).filter((f) => f.includes('@opentelemetry'))).toEqual([])
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
    expect(await mod.run()).toEqual({ text: 'five', result: 5 })
  })

  it('zod without its compiler: z.compile hands the schema back (as zod does where code generation is forbidden), parsing unchanged', async () => {
    const entry = `
      import { z } from 'zod'
      const schema = z.object({ a: z.number(), b: z.string().optional() })
      export function run() {
        const c = z.compile(schema)
        let strict = ''
        try { z.compile(schema, { strict: true }) } catch (e) { strict = e.name }
        return { same: c === schema, ok: c.safeParse({ a: 1 }).success, bad: c.safeParse({ a: 'x' }).error.issues[0].path, strict }
      }`
    const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, plugins: [leanWorkerPlugin([leanWorkerStages.zodCompile])], metafile: true })
    expect(out.outputFiles[0].text).not.toContain('a schema whose subtree contains a reference cycle')
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
    expect(mod.run()).toEqual({ same: true, ok: true, bad: ['a'], strict: 'ZodCompileUnsupportedError' })
  })

  it('keeps the consistency checks out: a Worker reads findings from the shards ingest wrote them into (session 48)', async () => {
    const entry = `import { checkDocument, declaresRounding } from './server/core/checks/check-document.ts'
      export const run = () => ({ found: checkDocument({ tables: [], paragraphs: [] }), rounding: declaresRounding({}) })`
    const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, plugins: [leanWorkerPlugin([leanWorkerStages.storedFindings])], metafile: true })
    expect(Object.keys(out.metafile!.inputs).some((f) => /server\/core\/checks\/sum-children\.ts$/.test(f))).toBe(false)
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
    expect(mod.run()).toEqual({ found: [], rounding: false })
    // (the Node server and the staff Worker keep them: the same import without the stage carries every check)
    const full = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, external: ['node:*'] })
    expect(Object.keys(full.metafile!.inputs).some((f) => /server\/core\/checks\/sum-children\.ts$/.test(f))).toBe(true)
  })

  it('the plugin is what drops them: the same code without it carries the gateway and ~77 KiB more gzipped', async () => {
    const without = await workerBundle([])
    expect(without.inputs.some((f) => /node_modules\/@ai-sdk\/gateway\//.test(f))).toBe(true)
    expect((await (lean ??= workerBundle([leanWorkerPlugin()]))).gzipBytes).toBeLessThan(without.gzipBytes - 60 * 1024)
  })
})
