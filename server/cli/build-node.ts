/**
 * npm run build: the Node server as one esbuild bundle (dist/node.mjs) that `npm start` runs on plain node, with no
 * TypeScript loader at start. Readers needed only at ingest (pdf.js, SheetJS, mammoth) stay outside the bundle.
 * The staff desk's parse worker (server/staff/parse-worker-main.ts) is bundled beside it as dist/parse-worker-boot.mjs,
 * the file server/staff/worker-parse.ts starts relative to its own module (in the bundle: dist/).
 * --if-stale (prestart): does nothing when the bundle is newer than every file under server/ and data/lexicon.json.
 */
import { build, type BuildOptions } from 'esbuild'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'

const outfile = join(projectRoot, 'dist', 'node.mjs')
const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)))
const inputs = () => Math.max(newest(join(projectRoot, 'server')), statSync(join(projectRoot, 'data', 'lexicon.json')).mtimeMs)
if (process.argv.includes('--if-stale') && existsSync(outfile) && statSync(outfile).mtimeMs > inputs()) process.exit(0)
const t0 = performance.now()
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  external: ['pdfjs-dist', 'pdfjs-dist/*', '@e965/xlsx', 'mammoth', 'esbuild', 'wrangler'],
  // CommonJS dependencies (lunr) call require: give the ESM bundle one
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
}
await build({ ...common, entryPoints: [join(projectRoot, 'server', 'staff', 'parse-worker-main.ts')], outfile: join(projectRoot, 'dist', 'parse-worker-boot.mjs') })
// last, so its mtime (what --if-stale compares) says both are built
await build({ ...common, entryPoints: [join(projectRoot, 'server', 'node.ts')], outfile })
console.log(`dist/node.mjs: ${(statSync(outfile).size / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`)
