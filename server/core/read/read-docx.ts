import { readHtmlText } from './html/read-html.js'
import type { ReadResult } from './types.js'

/** Reader for `.docx`: mammoth turns the document into HTML (tables with their spans, images inline), then the HTML reader reads it. */
export async function readDocx(_name: string, bytes: Uint8Array): Promise<ReadResult> {
  const mammoth = (await import('mammoth')).default
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const { value, messages } = await mammoth.convertToHtml({ buffer })
  const page = readHtmlText(`<body>${value}</body>`)
  const warnings = [...page.warnings, ...messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`)]
  return { ...page, format: 'docx', warnings }
}
