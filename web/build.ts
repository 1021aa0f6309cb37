/**
 * Builds the pages and the widget into web/dist: `npx tsx web/build.ts`.
 * Scripts are ASCII-only (a host page in GBK still reads the widget right), HTML has no inline scripts (CSP).
 */
import { build } from 'esbuild'
import { copyFile, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
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
  entryPoints: { widget: join(src, 'widget.ts'), app: join(src, 'app.ts'), lookup: join(src, 'lookup.ts'), view: join(src, 'view.ts'), staff: join(src, 'staff.ts') },
  outdir: dist,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
  loader: { '.css': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
})
// pdf.js: an ES module of its own, imported only when a PDF citation is opened (never in the widget or a first load)
await build({
  entryPoints: { 'pdf-view': join(src, 'pdf-view.ts') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  legalComments: 'none',
  logLevel: 'error',
})
const pdfjs = join(here, '..', 'node_modules', 'pdfjs-dist')
await copyFile(join(pdfjs, 'build', 'pdf.worker.min.mjs'), join(dist, 'pdf.worker.min.mjs'))
await cp(join(pdfjs, 'cmaps'), join(dist, 'pdfjs', 'cmaps'), { recursive: true })
await cp(join(pdfjs, 'standard_fonts'), join(dist, 'pdfjs', 'standard_fonts'), { recursive: true })
await build({ entryPoints: { styles: join(src, 'styles', 'page.css'), 'staff-styles': join(src, 'styles', 'staff.css') }, outdir: dist, bundle: true, minify: true, logLevel: 'warning' })

for (const name of await readdir(join(src, 'pages'))) {
  if (!name.endsWith('.html')) continue
  const html = await readFile(join(src, 'pages', name), 'utf8')
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error(`${name}: inline <script> (the CSP forbids it)`)
  if (/(src|href)=["']?(https?:)?\/\//i.test(html)) throw new Error(`${name}: references another origin`)
  await copyFile(join(src, 'pages', name), join(dist, name))
}

await writeFile(join(dist, 'favicon.ico'), favicon())

// the documents as published, for the download route and source lines on Workers (served from the assets binding)
const seeds = join(here, '..', 'seeds')
await mkdir(join(dist, 'originals'), { recursive: true })
for (const name of await readdir(seeds)) if (!name.startsWith('.') && (await stat(join(seeds, name))).isFile()) await copyFile(join(seeds, name), join(dist, 'originals', name))

let widgetGzip = 0
for (const name of (await readdir(dist)).sort()) {
  if (!(await stat(join(dist, name))).isFile()) continue
  const body = await readFile(join(dist, name))
  const gz = gzipSync(body, { level: 9 }).length
  if (name === 'widget.js') widgetGzip = gz
  const size = (await stat(join(dist, name))).size
  console.log(`web/dist/${name.padEnd(18)} ${(size / 1024).toFixed(1).padStart(6)} KB  gzip ${(gz / 1024).toFixed(1).padStart(5)} KB`)
}
if (widgetGzip > WIDGET_GZIP_LIMIT) throw new Error(`widget.js is ${widgetGzip} bytes gzipped; the limit is ${WIDGET_GZIP_LIMIT}`)

/** A 32×32 icon drawn here (no binary in the repository): the accent square with a white ledger line and column. */
function favicon(): Buffer {
  const size = 32
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const corner = Math.min(x, size - 1 - x) + Math.min(y, size - 1 - y) < 4
      const mark = (y >= 9 && y <= 11 && x >= 7 && x <= 24) || (y >= 15 && y <= 17 && x >= 7 && x <= 24) || (y >= 21 && y <= 23 && x >= 7 && x <= 18) || (x >= 21 && x <= 23 && y >= 15 && y <= 24)
      const [r, g, b, a] = corner ? [0, 0, 0, 0] : mark ? [255, 255, 255, 255] : [0x1a, 0x56, 0xb8, 255]
      const at = ((size - 1 - y) * size + x) * 4 // BMP rows run bottom-up
      pixels.set([b, g, r, a], at)
    }
  }
  const header = Buffer.alloc(6 + 16 + 40)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(size, 6)
  header.writeUInt8(size, 7)
  header.writeUInt16LE(1, 10) // planes
  header.writeUInt16LE(32, 12) // bits per pixel
  const mask = Buffer.alloc(size * 4) // AND mask, 1 bit per pixel, rows padded to 4 bytes: all opaque (alpha decides)
  header.writeUInt32LE(40 + pixels.length + mask.length, 14)
  header.writeUInt32LE(22, 18)
  header.writeUInt32LE(40, 22) // BITMAPINFOHEADER
  header.writeInt32LE(size, 26)
  header.writeInt32LE(size * 2, 30) // height covers image and mask
  header.writeUInt16LE(1, 34)
  header.writeUInt16LE(32, 36)
  return Buffer.concat([header, pixels, mask])
}
