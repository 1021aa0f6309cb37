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

/** A made-up 镇 page whose 来源 and 发布时间 stand on the site's meta line (dropped as chrome, kept as page fields). */
const META_PAGE = `<html><head><meta charset="utf-8"><title>青石镇2024年部门决算</title></head><body><h1>青石镇2024年部门决算</h1>
<div class="info">来源：青石镇人民政府　发布时间：2025-08-21 10:05　浏览次数：31</div>
<p>一、部门职责</p><p>青石镇人民政府负责本镇经济社会发展。</p><p>二、收入支出决算总体情况说明</p><p>2024年度收入总计402.16万元，支出总计402.16万元，其中农业补贴在每年三月发放。</p>
<p>来源：https://www.qingshi.example.gov.cn/art/2025/8/21/art_9.html</p></body></html>`
/** A made-up page whose 信息公开 box was flattened to one label a line, its value on the next. */
const STACKED_PAGE = `<html><head><meta charset="utf-8"><title>岚水县交通运输局2024年三公经费决算情况说明</title></head><body>
<p>政府信息公开</p><p>索引号</p><p>lsx01/2025-00107</p><p>发布机构</p><p>岚水县交通运输局</p><p>文 号</p><p>发布日期</p><p>2025-09-03</p>
<p>岚水县交通运输局2024年三公经费决算情况说明</p><p>岚水县交通运输局2024年“三公”经费决算支出数为96.20万元。</p>
<p>来源：https://www.lanshui.example.gov.cn/a/2.html</p></body></html>`

let engine: Promise<Engine> | undefined
/** The same genre saved as text: the portal's lines kept as printed. */
const TEXT_PAGE = ['柏溪县2023年政府决算', '', '发布日期: 2024-07-30 发布机构: 县财政局', '', '文號：柏政綜〔2024〕12號•', '', '柏溪县2023年财政决算', '', '一、一般公共预算收支决算情况', '', '2023年全县一般公共预算收入完成5.2亿元。'].join('\n')
const built = () => (engine ??= readSources(seedSources([
  { name: 'shimen-2023-final.html', bytes: new TextEncoder().encode(PAGE) },
  { name: 'baixi-2023-gov-final.txt', bytes: new TextEncoder().encode(TEXT_PAGE) },
  { name: 'qingshi-2024-final.html', bytes: new TextEncoder().encode(META_PAGE) },
  { name: 'lanshui-2024-sangong.html', bytes: new TextEncoder().encode(STACKED_PAGE) },
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

describe('page-field-asked over the page’s own particulars (rule page-lines) and a flattened box', () => {
  it('answers who published it and when from the meta line the reader set apart, quoted and cited to its line', async () => {
    const r = await ask('青石镇2024年部门决算是哪个单位发布的？什么时候发布的？')
    expect(r.answer).toContain('“发布时间”为：2025-08-21 10:05')
    expect(r.answer).toContain('“来源”为：青石镇人民政府')
    expect(r.citations.map((c) => [c.kind, c.rowName, c.value, c.text, c.lines])).toEqual([
      ['field', '发布时间', '2025-08-21 10:05', '来源：青石镇人民政府　发布时间：2025-08-21 10:05　浏览次数：31', [1, 1]],
      ['field', '来源', '青石镇人民政府', '来源：青石镇人民政府　发布时间：2025-08-21 10:05　浏览次数：31', [1, 1]],
    ])
  })

  it('never names a web address as the publisher, and a question of when money is paid out is not a page field', async () => {
    const doc = (await built()).corpus.documents.find((d) => d.org.includes('岚水县'))!
    expect(doc.pageFields?.map((f) => f.key)).toEqual(['来源'])
    const who = await ask('岚水县交通运输局2024年三公经费决算是哪个部门发布的？')
    expect(who.answer).toContain('“发布机构”为：岚水县交通运输局')
    expect(who.answer).not.toContain('http')
    expect((await ask('青石镇的农业补贴什么时候发放？')).answer).not.toContain('发布时间')
  })

  it('reads a box flattened one label a line: the label’s next line is its value, cited over both lines', async () => {
    const r = await ask('岚水县交通运输局2024年三公经费决算是哪天发布的？')
    expect(r.answer).toContain('“发布日期”为：2025-09-03')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', rowName: '发布日期', text: '2025-09-03', lines: [7, 8] })
    // a label followed by another label was left blank: no field, and no figure of the body for it
    const number = (await ask('岚水县交通运输局2024年三公经费决算的文号是什么？')).answer
    expect(number).toContain('没有')
    expect(number).not.toContain('96.20')
  })
})
