import type { SourceFormat } from '../schema.js'
import { readPdf } from './pdf/index.js'
import { decodeText } from './decode-text.js'
import { readHtml } from './html/read-html.js'
import { readDocx } from './read-docx.js'
import { readXlsx } from './read-xlsx.js'
import { formatOf } from './sniff-format.js'
import { foldRadicals } from './radicals.js'
import type { ReadResult, Reader } from './types.js'

export { formatOf }

/** Plain text in whatever encoding it was saved (UTF-8, GBK/GB18030, UTF-16): decoded, never rejected for its encoding. */
const readText: Reader = async (_name, bytes) => {
  const { text, encoding } = decodeText(bytes)
  return { format: 'text', text, warnings: encoding === 'utf-8' ? [] : [`decoded as ${encoding}`] }
}

/** One reader per format; each turns bytes into numbered text lines (cells tab-separated) with their origins. */
const READERS: Partial<Record<SourceFormat, Reader>> = {
  text: readText,
  pdf: readPdf,
  html: readHtml,
  xlsx: readXlsx,
  docx: readDocx,
}

/** Read one published file into text lines and origins; throws for a format no reader handles. */
export async function readSource(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const format = formatOf(name, bytes)
  const reader = format === 'unknown' ? undefined : READERS[format]
  if (!reader) throw new Error(`${name}: unsupported file type (${format})`)
  const read = await reader(name, bytes)
  return { ...read, text: foldRadicals(read.text), ...(read.title ? { title: foldRadicals(read.title) } : {}), ...(read.publisher ? { publisher: foldRadicals(read.publisher) } : {}),
    ...(read.siteOwner ? { siteOwner: foldRadicals(read.siteOwner) } : {}),
    ...(read.pageLines ? { pageLines: read.pageLines.map((l) => ({ ...l, text: foldRadicals(l.text) })) } : {}) }
}
