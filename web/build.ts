/**
 * Builds the pages and the widget into web/dist: `npx tsx web/build.ts`.
 * Scripts are ASCII-only (a host page in GBK still reads the widget right), HTML has no inline scripts (CSP).
 */
import { build } from 'esbuild'
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const WIDGET_GZIP_LIMIT = 20 * 1024
const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, 'src')
const dist = join(here, 'dist')

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

await build({
  entryPoints: { widget: join(src, 'widget.ts'), app: join(src, 'app.ts'), lookup: join(src, 'lookup.ts'), staff: join(src, 'staff.ts') },
  outdir: dist,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
  loader: { '.css': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
})
await build({ entryPoints: { styles: join(src, 'styles', 'page.css'), 'staff-styles': join(src, 'styles', 'staff.css') }, outdir: dist, bundle: true, minify: true, logLevel: 'warning' })

for (const name of await readdir(join(src, 'pages'))) {
  if (!name.endsWith('.html')) continue
  const html = await readFile(join(src, 'pages', name), 'utf8')
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error(`${name}: inline <script> (the CSP forbids it)`)
  if (/(src|href)=["']?(https?:)?\/\//i.test(html)) throw new Error(`${name}: references another origin`)
  await copyFile(join(src, 'pages', name), join(dist, name))
}

let widgetGzip = 0
for (const name of (await readdir(dist)).sort()) {
  const body = await readFile(join(dist, name))
  const gz = gzipSync(body, { level: 9 }).length
  if (name === 'widget.js') widgetGzip = gz
  const size = (await stat(join(dist, name))).size
  console.log(`web/dist/${name.padEnd(12)} ${(size / 1024).toFixed(1).padStart(6)} KB  gzip ${(gz / 1024).toFixed(1).padStart(5)} KB`)
}
if (widgetGzip > WIDGET_GZIP_LIMIT) throw new Error(`widget.js is ${widgetGzip} bytes gzipped; the limit is ${WIDGET_GZIP_LIMIT}`)
