import type { SourceFormat } from '../schema.js'

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes)

/** Whether `needle` occurs in `bytes` (no Buffer: the readers run on Workers too). */
function includesBytes(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = bytes.indexOf(needle[0]); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(needle[0], i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}
/** An ASCII name inside a zip's directory (entries are stored with their paths in clear). */
const zipHas = (bytes: Uint8Array, name: string) => includesBytes(bytes, [...name].map((c) => c.charCodeAt(0)))
/** A stream name inside an OLE compound file's directory (UTF-16LE). */
const oleHas = (bytes: Uint8Array, name: string) => includesBytes(bytes, [...name].flatMap((c) => [c.charCodeAt(0), 0]))

/** The start of a web page: a doctype, an <html>/<head>/<meta> tag (after a BOM, blanks, an XML declaration or comments). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = ascii(bytes.subarray(0, 2048)).replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\u0000/g, '')
  const start = head.replace(/^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '')
  return /^<(?:!doctype\s+html|html|head|meta|title|body)\b/i.test(start)
}

/**
 * The format of a file by its content (magic bytes): a zip holding word/document.xml is docx, one holding
 * xl/workbook.xml a workbook; an OLE file with a Workbook stream a legacy .xls; a text file that opens as a web page is
 * HTML. The name is not trusted: a page saved as .txt is still HTML, a binary renamed .pdf is not a PDF.
 */
export function formatOf(_name: string, bytes: Uint8Array): SourceFormat | 'unknown' {
  const head = ascii(bytes.subarray(0, 8))
  if (head.startsWith('%PDF-') || ascii(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf'
  if (head.startsWith('PK\u0003\u0004')) return zipHas(bytes, 'word/document') ? 'docx' : zipHas(bytes, 'xl/workbook') ? 'xlsx' : 'unknown'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return oleHas(bytes, 'Workbook') || oleHas(bytes, 'Book') ? 'xlsx' : 'unknown'
  if (looksLikeHtml(bytes)) return 'html'
  return 'text'
}
