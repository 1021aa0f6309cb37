/**
 * npm run build: the Node server as one esbuild bundle (dist/node.mjs) that `npm start` runs on plain node, with no
 * TypeScript loader at start. Readers needed only at ingest (pdf.js, SheetJS, mammoth) stay outside the bundle.
 */
import { build } from 'esbuild'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'

const outfile = join(projectRoot, 'dist', 'node.mjs')
const t0 = performance.now()
await build({
  entryPoints: [join(projectRoot, 'server', 'node.ts')],
  outfile,
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
})
console.log(`dist/node.mjs: ${(statSync(outfile).size / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`)
