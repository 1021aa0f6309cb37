/**
 * How the citizens' Worker is bundled before wrangler sees it: server/worker.ts through esbuild with
 * leanWorkerPlugin, the same platform settings wrangler uses (ESM, the workerd/worker/browser conditions, node
 * built-ins and cloudflare:* left to the runtime). wrangler.toml's [build] runs server/cli/prebundle-worker.ts, whose
 * output is wrangler's `main`: `wrangler dev`, `wrangler deploy` and `npm run build:worker` all bundle it.
 * Function and class names are not kept (keepNames, wrangler's default, wraps ~2,700 functions in a `__name(fn, "…")`
 * call: 24 KiB gzipped): nothing in the bundle reads a minified name (zod names its classes itself, the AI SDK's
 * errors carry their `name` and a marker symbol, hono reads `handler.name` only in showRoutes), and stack traces get
 * their names back from the source map (prebundle-worker.ts writes one, wrangler.toml uploads it). Strings stay in
 * UTF-8 (charset utf8): esbuild's default escapes each non-ASCII character as \uXXXX, six bytes for a 汉 of three, and
 * the answers and vocabulary are Chinese (11 KiB gzipped over the bundle); wrangler uploads this output as built
 * (wrangler.toml's no_bundle), so nothing escapes them again.
 */
import type { BuildOptions } from 'esbuild'
import { builtinModules } from 'node:module'
import { leanWorkerPlugin } from './lean-worker-plugin.js'

export const WORKER_ENTRY = 'server/worker.ts'
/** wrangler.toml's `main` (the [build] command writes it) */
export const PREBUNDLED_WORKER = 'dist/worker-entry/worker.js'

export const workerBuildOptions = (o: { minify?: boolean } = {}): BuildOptions => ({
  entryPoints: [WORKER_ENTRY], bundle: true, format: 'esm', target: 'es2022', platform: 'neutral',
  conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'],
  external: ['node:*', 'cloudflare:*', ...builtinModules], keepNames: false, minify: o.minify ?? false, charset: 'utf8',
  plugins: [leanWorkerPlugin()], logLevel: 'warning',
})
