import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceFile } from '../core/ingest/build-corpus.js'
import { SidecarMeta } from '../core/parse/meta-fallback.js'

/** The published formats a reader reads, by file name (the reader then checks the content). */
export const DOCUMENT_FILE = /\.(txt|md|pdf|html?|xlsx?|docx)$/i

/** `NAME.meta.json` (or `NAME.pdf.meta.json`) beside a document, when there is one and it is valid. */
export function sidecarOf(dir: string, name: string): { sidecar?: SidecarMeta; error?: string } {
  const base = name.replace(DOCUMENT_FILE, '')
  const file = [`${base}.meta.json`, `${name}.meta.json`].map((f) => join(dir, f)).find(existsSync)
  if (!file) return {}
  try {
    const parsed = SidecarMeta.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? { sidecar: parsed.data } : { error: `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }
  } catch (e) {
    return { error: `${file}: ${(e as Error).message}` }
  }
}

/** Every document of a folder, with its sidecar metadata; a broken sidecar is reported, the document still read. */
export function sourceFilesIn(dir: string): { files: SourceFile[]; warnings: string[] } {
  const warnings: string[] = []
  const files = readdirSync(dir).filter((f) => DOCUMENT_FILE.test(f) && !/\.meta\.json$/i.test(f)).sort().map((name) => {
    const { sidecar, error } = sidecarOf(dir, name)
    if (error) warnings.push(error)
    return { name, bytes: readFileSync(join(dir, name)), ...(sidecar ? { sidecar } : {}) }
  })
  return { files, warnings }
}

/**
 * The build of the reading code: a hash of every source under server/core and of data/lexicon.json (what a parse,
 * its findings and its figures depend on). `npm run ingest:store` parses a file again when this changed.
 */
export function readerBuild(root: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|json)$/.test(e.name) ? [join(dir, e.name)] : []))
  for (const file of [...walk(join(root, 'server', 'core')), join(root, 'data', 'lexicon.json')]) {
    if (!existsSync(file)) continue
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
