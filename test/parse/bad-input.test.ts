import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import { ParseError, parseDocument } from '../../server/core/parse/parse-document.js'
import { seedText } from './helpers.js'

const enc = (s: string) => new TextEncoder().encode(s)
const good = seedText('000')

function ingestWith(name: string, bytes: Uint8Array) {
  return buildCorpus([{ name: good.file, bytes: enc(good.text) }, { name, bytes }])
}

describe('bad input gets a clear error naming the file and line; the other documents still ingest', () => {
  it.each([
    ['empty.txt', enc(''), /empty\.txt:1: empty file/],
    ['blank.md', enc('\n \n\t\n'), /blank\.md:1: empty file/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0, 1, 2, 3]), /binary\.txt:1: binary file/],
    ['recipe.txt', enc('红烧肉的做法\n\n五花肉切块，焯水。\n加入冰糖炒色。'), /recipe\.txt:1: not a budget disclosure/],
  ])('%s', (name, bytes, message) => {
    const { corpus, report } = ingestWith(name, bytes)
    expect(corpus.documents.map((d) => d.file)).toEqual([good.file])
    expect(corpus.errors).toHaveLength(1)
    expect(corpus.errors[0].file).toBe(name)
    expect(corpus.errors[0].message).toMatch(message)
    expect(report.find((r) => r.file === name)?.ok).toBe(false)
  })

  it('throws a ParseError with the position when parsing directly', () => {
    expect(() => parseDocument('x.txt', '')).toThrow(ParseError)
    try { parseDocument('x.txt', '\n\n随便写点什么\n') } catch (e) { expect((e as ParseError).line).toBe(3) }
  })

  it('flags a document cut off mid-sentence, and still keeps what it holds', () => {
    const cut = good.text.split('\n').slice(0, 42).join('\n') + '\n2026 年一般公共预算财政拨款收入 1,073.24 万元，一般公共预算财政拨款支出'
    const { corpus } = ingestWith('cut.txt', enc(cut))
    expect(corpus.documents.map((d) => d.file)).toContain('cut.txt')
    const err = corpus.errors.find((e) => e.file === 'cut.txt')!
    expect(err).toMatchObject({ line: 43 })
    expect(err.message).toMatch(/truncated/)
  })

  it('flags a document that ends on a table caption', () => {
    const cut = good.text.split('\n').slice(0, 75).join('\n')
    const { corpus } = ingestWith('cut2.txt', enc(cut))
    expect(corpus.errors.find((e) => e.file === 'cut2.txt')?.message).toMatch(/truncated.*财政拨款收支总表/)
  })

  it('rejects a table row with more cells than its header, naming the line, and keeps the rest of the table', () => {
    const text = ['重庆市某区某局2025年部门预算情况说明', '', '表八', '支出总表', '单位：万元',
      '科目编码\t科目名称\t总计\t基本支出\t项目支出', '合计\t\t10.00\t6.00\t4.00',
      '201\t一般公共服务支出\t10.00\t6.00\t4.00\t99.00\t1.00', '20101\t人大事务\t10.00\t6.00\t4.00'].join('\n')
    const { document, errors } = parseDocument('wide.txt', text)
    expect(errors).toEqual([{ file: 'wide.txt', line: 8, message: '表八: table row has 7 cells but its header has 5' }])
    expect(document.unparsed).toEqual([{ line: 8, text: '201\t一般公共服务支出\t10.00\t6.00\t4.00\t99.00\t1.00', reason: 'table row has 7 cells but its header has 5' }])
    expect(document.tables[0].rows.map((r) => r.name)).toEqual(['合计', '人大事务'])
  })
})
