import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** A file under `dir` by URL path, or undefined; a path that escapes `dir` is treated as missing. */
async function fileUnder(dir: string, urlPath: string): Promise<Buffer | undefined> {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const root = normalize(dir + sep)
  const file = normalize(join(root, rel))
  if (!file.startsWith(root) || rel.includes('\0')) return undefined
  try {
    return await readFile(file)
  } catch {
    return undefined
  }
}

/** fetchAsset for createApp: files of web/dist with their content type. */
export const assetsFromDir = (dir: string) => async (path: string) => {
  const body = await fileUnder(dir, path)
  if (!body) return undefined
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' } })
}

/**
 * readSource for createApp: seeds/<file>, read once and kept. A published file that is not text (PDF, sheet…)
 * shows the lines its reader made, which ingest wrote to `rendered`/<file>.txt: the lines the citations number.
 */
export function sourcesFromDir(dir: string, rendered?: string) {
  const cache = new Map<string, Promise<string | undefined>>()
  return (file: string) => {
    let text = cache.get(file)
    if (!text) {
      const asText = !rendered || /\.(?:txt|md)$/i.test(file)
      text = (asText ? fileUnder(dir, '/' + file) : fileUnder(rendered, '/' + file + '.txt')).then((b) => b?.toString('utf8'))
      cache.set(file, text)
    }
    return text
  }
}

/** readOriginal for createApp: a document's bytes as published, from seeds/<file>. The one place to re-point when the corpus moves. */
export const originalsFromDir = (dir: string) => async (file: string) => {
  const body = await fileUnder(dir, '/' + file)
  return body ? new Uint8Array(body) : undefined
}
