/**
 * The esbuild plugin that keeps out of the citizens' Worker bundle what it carries but never runs. Each stage
 * replaces one module, at build time only (Node, tests and the staff Worker load the packages as published):
 * - zodLocales: zod's locale index (`z.locales`, `z.core.locales`: ~40 languages, 260 KiB) → English only, the one
 *   locale zod itself registers (classic/schemas.js imports en.js directly). `import * as z from 'zod'`, as the AI
 *   SDK writes it 80 times, hands esbuild one namespace object holding every export, so tree shaking cannot drop them.
 * - zod3Kinds: `zod/v3` as @ai-sdk/provider-utils imports it (only the `ZodFirstPartyTypeKind` enum, for zod 3
 *   schemas, which this service has none of; 58 KiB of zod 3 classes came with it) → that enum alone, read from
 *   zod/v3 at build time so its values are zod's own.
 * - aiGateway: `@ai-sdk/gateway` (ai's default provider for a string model id; 89 KiB) → server/worker-build/ai-gateway-stub.ts.
 * - zodFromJsonSchema: zod's `z.fromJSONSchema` (JSON Schema → zod, 12 KiB; held by the `z` namespace as the
 *   locales are): neither this service nor the AI SDK calls it (they go the other way, zod → JSON Schema) → a
 *   function that throws.
 * - zodCompile: zod's `z.compile` (a schema → a generated parser built with `new Function`, 29 KiB; held by the `z`
 *   namespace as the locales are, imported by nothing else): workerd forbids code generation from strings, so in a
 *   Worker `compile()` always falls back to the schema as given, which the stub does at once (with `strict`, it throws
 *   as zod does for a schema it cannot compile); `withParser` and `compileFn` throw.
 * - openTelemetry: `@opentelemetry/api` (imported by ai for its spans; 2.6 KiB gzipped) → the three names ai reads
 *   (`trace`, `context`, `SpanStatusCode`) as no-ops: this service never turns the SDK's telemetry on, so ai's own
 *   noopTracer runs and only `context.active()`/`context.with()` are called, which pass straight through.
 * - storedFindings: the consistency checks (`server/core/checks/check-document.ts` and every check it runs, 12 KiB
 *   gzipped): a Worker reads each document's findings from its shard, where ingest stored them (`makeShard`,
 *   `prepareShard`); only a shard written before findings were stored would be checked at answer time, and the
 *   Worker serves such a shard with none (`npm run reshard:store` writes them) → a `checkDocument` that finds nothing.
 * An import of a name a replacement lacks fails the build ("No matching export"), never the running Worker.
 */
import type { Plugin } from 'esbuild'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ZodFirstPartyTypeKind } from 'zod/v3'

const here = dirname(fileURLToPath(import.meta.url))
const sep = String.raw`[\\/]`
const inPackage = (pkg: string, rest: string) => new RegExp(`${sep}node_modules${sep}${pkg.replace('/', sep)}${sep}${rest}$`)

const zodLocales = (build: Parameters<Plugin['setup']>[0]) =>
  build.onLoad({ filter: inPackage('zod', String.raw`v4${sep}locales${sep}index\.js`) }, (args) => {
    if (!/export \{ default as en \} from "\.\/en\.js";/.test(readFileSync(args.path, 'utf8'))) throw new Error(`zod's locale index changed: ${args.path}`)
    return { contents: 'export { default as en } from "./en.js";\n', loader: 'js', resolveDir: dirname(args.path) }
  })

const zod3Kinds = (build: Parameters<Plugin['setup']>[0]) => {
  build.onResolve({ filter: /^zod\/v3$/ }, (args) =>
    /[\\/]node_modules[\\/]@ai-sdk[\\/]provider-utils[\\/]/.test(args.importer) ? { path: 'zod-v3-kinds', namespace: 'lean-worker' } : undefined)
  build.onLoad({ filter: /^zod-v3-kinds$/, namespace: 'lean-worker' }, () => ({
    contents: `export const ZodFirstPartyTypeKind = Object.freeze(${JSON.stringify(ZodFirstPartyTypeKind)});\n`, loader: 'js',
  }))
}

const aiGateway = (build: Parameters<Plugin['setup']>[0]) =>
  build.onResolve({ filter: /^@ai-sdk\/gateway$/ }, () => ({ path: join(here, 'ai-gateway-stub.ts') }))

const zodFromJsonSchema = (build: Parameters<Plugin['setup']>[0]) =>
  build.onLoad({ filter: inPackage('zod', String.raw`v4${sep}classic${sep}from-json-schema\.js`) }, (args) => {
    if (!/^export function fromJSONSchema\(/m.test(readFileSync(args.path, 'utf8'))) throw new Error(`zod's fromJSONSchema moved: ${args.path}`)
    return { contents: 'export function fromJSONSchema() {\n  throw new Error("z.fromJSONSchema is not part of this Worker");\n}\n', loader: 'js' }
  })

const zodCompile = (build: Parameters<Plugin['setup']>[0]) =>
  build.onLoad({ filter: inPackage('zod', String.raw`v4${sep}core${sep}compile\.js`) }, (args) => {
    const exported = [...readFileSync(args.path, 'utf8').matchAll(/^export (?:const|class|function) (\w+)/gmu)].map((m) => m[1]).sort().join()
    if (exported !== 'INVALID,ZodCompileAsyncError,ZodCompileUnsupportedError,compile,compileFn,withParser') throw new Error(`zod's compile.js changed: ${args.path} (${exported})`)
    return {
      contents: [
        'export const INVALID = Symbol.for("zod.compile.invalid");',
        'export class ZodCompileAsyncError extends Error { constructor(m = "z.compile does not support async refinements, transforms, or checks") { super(m); this.name = "ZodCompileAsyncError" } }',
        'export class ZodCompileUnsupportedError extends Error { constructor(f, islandable = true) { super(`z.compile does not support ${f}; this schema must use the runtime parser`); this.name = "ZodCompileUnsupportedError"; this.islandable = islandable } }',
        'export function compile(schema, options) { if (options?.strict) throw new ZodCompileUnsupportedError("code generation in this Worker", false); return schema }',
        'export function withParser() { throw new Error("z.withParser is not part of this Worker") }',
        'export function compileFn() { throw new Error("z.compile is not part of this Worker") }',
        '',
      ].join('\n'),
      loader: 'js',
    }
  })

const openTelemetry = (build: Parameters<Plugin['setup']>[0]) => {
  build.onResolve({ filter: /^@opentelemetry\/api$/ }, (args) =>
    /[\\/]node_modules[\\/]ai[\\/]/.test(args.importer) ? { path: 'otel-noop', namespace: 'lean-worker' } : undefined)
  build.onLoad({ filter: /^otel-noop$/, namespace: 'lean-worker' }, () => ({
    contents: [
      'const ROOT = Object.freeze({ getValue() {}, setValue() { return ROOT }, deleteValue() { return ROOT } });',
      'export const context = { active: () => ROOT, with: (ctx, fn, thisArg, ...args) => fn.call(thisArg, ...args) };',
      'export const SpanStatusCode = Object.freeze({ UNSET: 0, OK: 1, ERROR: 2 });',
      'export const trace = { getTracer() { throw new Error("OpenTelemetry is not part of this Worker: telemetry stays off") } };',
      '',
    ].join('\n'),
    loader: 'js',
  }))
}

const storedFindings = (build: Parameters<Plugin['setup']>[0]) =>
  build.onLoad({ filter: new RegExp(`${sep}server${sep}core${sep}checks${sep}check-document\\.ts$`) }, (args) => {
    const exported = [...readFileSync(args.path, 'utf8').matchAll(/^export (?:const|class|function) (\w+)/gmu)].map((m) => m[1]).sort().join()
    if (exported !== 'checkDocument,declaresRounding') throw new Error(`check-document.ts changed: ${args.path} (${exported})`)
    return { contents: 'export function checkDocument() { return [] }\nexport function declaresRounding() { return false }\n', loader: 'js' }
  })

/** The stages by name (a test or a measurement can run one alone). */
export const leanWorkerStages = { zodLocales, zod3Kinds, aiGateway, zodFromJsonSchema, zodCompile, openTelemetry, storedFindings }

export const leanWorkerPlugin = (stages = Object.values(leanWorkerStages)): Plugin => ({
  name: 'lean-worker',
  setup(build) {
    for (const stage of stages) stage(build)
  },
})
