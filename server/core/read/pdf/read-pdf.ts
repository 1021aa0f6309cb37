import type { Reader } from '../types.js'
import { toItem, type PdfPage } from './geometry.js'
import { layoutPages } from './layout.js'
import { foldRadicals } from '../radicals.js'

/**
 * pdf.js's character maps (cmaps/ of pdfjs-dist): a font that is not embedded and is named by a predefined CMap
 * (STSong-Light with UniGB-UCS2-H, Adobe-GB1 宋体 and 黑体 as office software and PDF libraries write Chinese) has its
 * text decoded only through them; without them its pages read as empty, as a scan would. Read from the installed
 * package on Node; undefined where there is no file system (pdf.js is not loaded there).
 */
let cMaps: Promise<string | undefined> | undefined
const cMapDir = () =>
  (cMaps ??= (async () => {
    try {
      const { createRequire } = await import('node:module')
      const { dirname, join, sep } = await import('node:path')
      return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + sep
    } catch {
      return undefined
    }
  })())

/** pdf.js text items of every page, with positions from the page's top-left corner. */
async function pagesOf(bytes: Uint8Array): Promise<PdfPage[]> {
  // loaded on first use: pdf.js needs DOM classes at import, which workerd lacks (the workerd suite seeds its store
  // through the same ingest code, text files only)
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js takes ownership of the buffer it is given: hand it a copy
  const cMapUrl = await cMapDir()
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}) }).promise
  try {
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const view = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items = content.items.flatMap((it) => ('str' in it && it.str.trim() ? [toItem(foldRadicals(it.str), it.transform, it.width, it.height, view.transform)] : []))
      pages.push({ number: n, width: view.width, height: view.height, items })
      page.cleanup()
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

/**
 * A PDF read from the geometry of its text items: lines by baseline, cells by gaps, tables as tab-separated rows
 * with columns from the header labels and the extents of the figures; one origin (page, boxes) per line.
 */
export const readPdf: Reader = async (name, bytes) => {
  const pages = await pagesOf(bytes)
  const lines = layoutPages(pages)
  const warnings: string[] = []
  if (!lines.length) warnings.push(`${name}: no text in the PDF (a scan? tables published as images are not read)`)
  return {
    format: 'pdf',
    text: lines.map((l) => l.text).join('\n'),
    origins: lines.map((l) => l.origin),
    ...(pages.length && !lines.length ? { imageTables: [{ page: 1, note: 'the PDF has no text layer: published as images' }] } : {}),
    warnings,
  }
}
