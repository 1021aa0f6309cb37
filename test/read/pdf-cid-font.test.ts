import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { readSource } from '../../server/core/read/read-source.js'

/**
 * Session 25: a PDF whose Chinese font is not embedded but named by a predefined CMap (STSong-Light, UniGB-UCS2-H),
 * as PDF libraries and office software write it (made with fixtures/make-cid-font-pdf.py, a made-up bureau). pdf.js
 * decodes its text only with its character maps; without them every page read as empty, and the document was
 * rejected as having no text.
 */
describe('a PDF in a font named by a predefined CMap', () => {
  it('is read as text, its table parsed', async () => {
    const name = 'cid-font-budget.pdf'
    const read = await readSource(name, new Uint8Array(readFileSync(join(__dirname, 'fixtures', name))))
    expect(read.text).toContain('柳岸县测试局2025年部门预算')
    expect(read.warnings ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('no text')]))
    const doc = parseDocument(name, read.text, read).document
    expect(doc.org).toBe('柳岸县测试局')
    // (its title's unit at the right end of the title's own line, rule unit-after-title)
    expect(doc.tables.map((t) => [t.title, t.unit])).toEqual([['收支预算总表', '万元']])
    const row = doc.tables[0].rows.find((r) => r.name === '一般公共预算拨款收入')
    expect(row?.cells.map((c) => c.text)).toEqual(['1,234.56', '1,100.00'])
  })
})
