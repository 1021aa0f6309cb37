import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** A made-up 乡 决算 page (no real place or figure) under a portal's 信息公开 box: 索引号, a blank 文号, 生成日期, 所属机构. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青岭县石门乡2023年度部门决算</title></head><body>
<table border="1">
<tr><td>索引号</td><td>730211045/2024-00031</td><td>文号</td><td>生成日期</td><td>2024-09-12 16:40:02</td><td></td></tr>
<tr><td>公开方式</td><td>主动公开</td><td>所属机构</td><td>青岭县石门乡</td><td>责任部门</td><td>石门乡人民政府</td></tr>
</table>
<p>青岭县石门乡2023年度部门决算</p>
<p>一、部门职责</p>
<p>石门乡人民政府负责本乡经济社会发展、社会事务和基层治理。</p>
<p>二、收入支出决算总体情况说明</p>
<p>2023年度收入总计612.40万元，支出总计612.40万元。</p>
</body></html>`

let engine: Promise<Engine> | undefined
/** The same genre saved as text: the portal's lines kept as printed. */
const TEXT_PAGE = ['柏溪县2023年政府决算', '', '发布日期: 2024-07-30 发布机构: 县财政局', '', '文號：柏政綜〔2024〕12號•', '', '柏溪县2023年财政决算', '', '一、一般公共预算收支决算情况', '', '2023年全县一般公共预算收入完成5.2亿元。'].join('\n')
const built = () => (engine ??= readSources(seedSources([
  { name: 'shimen-2023-final.html', bytes: new TextEncoder().encode(PAGE) },
  { name: 'baixi-2023-gov-final.txt', bytes: new TextEncoder().encode(TEXT_PAGE) },
])).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('page-fields: a portal’s 信息公开 box above the page', () => {
  it('is read into fields, as printed, with no grid and no figures', async () => {
    const doc = (await built()).corpus.documents.find((d) => d.org.includes('石门乡'))!
    const box = doc.tables.find((t) => t.fields.some((f) => f.key === '索引号'))!
    expect(box.columns).toEqual([])
    expect(box.rows).toEqual([])
    expect(Object.fromEntries(box.fields.map((f) => [f.key, f.value]))).toEqual({
      索引号: '730211045/2024-00031', 生成日期: '2024-09-12 16:40:02', 公开方式: '主动公开', 所属机构: '青岭县石门乡', 责任部门: '石门乡人民政府',
    })
  })

  it('page-field-asked: 索引号 and 哪天生成 answered from the box and cited to the field; a blank 文号 said to be blank', async () => {
    const index = await ask('石门乡2023年决算页面的索引号是多少？')
    expect(index.answer).toContain('730211045/2024-00031')
    expect(index.citations[0]).toMatchObject({ kind: 'field', rowName: '索引号', value: '730211045/2024-00031' })
    expect((await ask('石门乡这份决算是哪天生成的？')).answer).toContain('2024-09-12')
    const number = await ask('石门乡2023年决算的文号是什么')
    expect(number.answer).toContain('没有填写文号')
    expect(number.citations).toEqual([])
  })

  it('answers every field asked, and reads them from a text page’s head line when no box holds them', async () => {
    const both = await ask('石门乡2023年决算是哪天生成的？公开方式是什么？')
    expect(both.answer).toContain('2024-09-12 16:40:02')
    expect(both.answer).toContain('主动公开')
    const text = await ask('柏溪县2023年政府决算是哪个部门发布的，什么时候发布？')
    expect(text.answer).toContain('县财政局')
    expect(text.answer).toContain('2024-07-30')
    // a field printed in Traditional is quoted as printed, its trailing mark left out
    expect((await ask('柏溪县2023年政府决算的文号是什么？')).answer).toContain('“文号”为：柏政綜〔2024〕12號。')
  })
})
