import type { SourceFormat } from '../schema.js'
import { readPdf } from './pdf/index.js'
import type { ReadResult, Reader } from './types.js'

/** The format of a file by its content (magic bytes), the name only breaking ties: a binary renamed .pdf is not a PDF. */
export function formatOf(name: string, bytes: Uint8Array): SourceFormat | 'unknown' {
  const head = String.fromCharCode(...bytes.subarray(0, 8))
  if (head.startsWith('%PDF-')) return 'pdf'
  if (head.startsWith('PK\u0003\u0004')) return /\.docx$/i.test(name) ? 'docx' : /\.xlsx$/i.test(name) ? 'xlsx' : 'unknown'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return /\.xls$/i.test(name) ? 'xlsx' : 'unknown'
  if (/\.html?$/i.test(name)) return 'html'
  return 'text'
}

const utf8 = new TextDecoder('utf-8', { fatal: false })
const readText: Reader = async (_name, bytes) => ({ format: 'text', text: utf8.decode(bytes), warnings: [] })

/** One reader per format; each turns bytes into numbered text lines (cells tab-separated) with their origins. */
const READERS: Partial<Record<SourceFormat, Reader>> = {
  text: readText,
  pdf: readPdf,
}

/** Read one published file into text lines and origins; throws for a format no reader handles. */
export async function readSource(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const format = formatOf(name, bytes)
  const reader = format === 'unknown' ? undefined : READERS[format]
  if (!reader) throw new Error(`${name}: unsupported file type (${format})`)
  return reader(name, bytes)
}
