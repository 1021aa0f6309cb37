import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { readSource } from '../../server/core/read/read-source.js'

/**
 * Session 32: a page whose tables lost their markup, each row a paragraph of inline cells with nothing between them
 * (as an editor's export prints them: <p><span>合计</span><span>860.00</span>…</p>). The cells are set apart, never
 * run together into one number (rule cell-spans); prose in styled runs keeps its words as they run. Made-up page.
 */
const row = (cells: string[]) => `<p>${cells.map((c) => `<span>${c}</span>`).join('')}</p>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>溪岭市图书馆2025年部门预算</title></head><body>
<p>溪岭市图书馆2025年部门预算</p><p>一、收支预算总体情况</p>
<p><span>2025</span><span>年收入预算</span><span>860.00</span><span>万元，比上年增加</span><span>12.50</span><span>万元。</span></p>
<p>表二 收入总表</p><p>单位：万元</p>
${row(['单位名称', '合计', '一般公共预算拨款收入', '事业收入'])}
${row(['合计', '860.00', '800.00', '60.00'])}
${row(['溪岭市图书馆', '700.00', '660.00', '40.00'])}
${row(['溪岭市少儿图书馆', '160.00', '140.00', '20.00'])}
</body></html>`

describe('a table’s rows printed as paragraphs of inline cells', () => {
  it('sets the cells apart, and leaves prose in styled runs as it runs', async () => {
    const r = await readSource('xiling-tsg-2025-bmys.html', new TextEncoder().encode(PAGE))
    const lines = r.text.split('\n')
    expect(lines).toContain('合计\t860.00\t800.00\t60.00')
    expect(lines).toContain('单位名称\t合计\t一般公共预算拨款收入\t事业收入')
    expect(lines).toContain('2025年收入预算860.00万元，比上年增加12.50万元。')
  })
  it('reads such a table by its columns', async () => {
    const corpus = buildCorpus(await readSources([{ name: 'xiling-tsg-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
    const t = corpus.documents[0].tables[0]
    expect(t.columns.map((c) => c.label)).toEqual(['单位名称', '合计', '一般公共预算拨款收入', '事业收入'])
    expect(t.rows.find((x) => x.name === '溪岭市少儿图书馆')?.cells.map((c) => c.text)).toEqual(['160.00', '140.00', '20.00'])
  })
})
