import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../server/core/read/decode-text.js'
import { formatOf } from '../../server/core/read/sniff-format.js'
import { readSource } from '../../server/core/read/read-source.js'

/** SheetJS's code page tables encode GBK (its typings name a default export the module does not have). */
const gbkEncode = (s: string) => (codepages as unknown as { utils: { encode(cp: number, s: string): number[] } }).utils.encode(936, s)

const TEXT = '某区某局2025年部门预算情况说明\n一、收支预算总体情况\n2025年收入预算487.64万元。'
const utf16 = (s: string, bom: boolean, be = false) => {
  const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : []
  for (const ch of s) { const c = ch.charCodeAt(0); out.push(...(be ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8])) }
  return new Uint8Array(out)
}

describe('text in the encodings offices save in', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8'],
    ['GBK (GB18030)', new Uint8Array(gbkEncode(TEXT) as number[]), 'gb18030'],
    ['UTF-16LE with BOM', utf16(TEXT, true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(TEXT, true, true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(TEXT, false), 'utf-16le'],
  ])('%s', async (_label, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding })
    expect((await readSource('a.txt', bytes)).text).toBe(TEXT)
  })
})

describe('format by content, not by name', () => {
  it.each([
    ['a.txt', '%PDF-1.7\n…', 'pdf'],
    ['page.txt', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['page.html', '\ufeff<?xml version="1.0"?>\n<!-- saved --><html><head></head></html>', 'html'],
    ['notes.html', '某局2025年部门预算\n正文', 'text'],
    ['seed.txt', '<table>\n<tr><td>1</td></tr>\n</table>', 'text'],
  ])('%s (%s…) is %s', (name, text, format) => {
    expect(formatOf(name, new TextEncoder().encode(text))).toBe(format)
  })

  it('a zip is docx or xlsx by the parts it holds, not its name; another zip is unknown', () => {
    const zip = (entry: string) => new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode(`....${entry}....`)])
    expect(formatOf('x.xlsx', zip('word/document.xml'))).toBe('docx')
    expect(formatOf('x.docx', zip('xl/workbook.xml'))).toBe('xlsx')
    expect(formatOf('x.docx', zip('content.xml'))).toBe('unknown')
  })
})
