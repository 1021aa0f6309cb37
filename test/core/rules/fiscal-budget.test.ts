import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * A county's 财政预算 tables copied from a PDF as one paragraph (made up: 青岚县, its figures and wording), the copy
 * cut inside the last row: the place's own account, read back into a table of 预算数 and 完成数.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于青岚县2023年财政预算执行情况和2024年财政预算(草案)相关表格</title></head><body>
<p>5.关于青岚县2023年财政预算执行情况和2024年财政预算(草案)相关表格.pdf</p>
<p>青岚县六届人大二次 会 议 文 件 附件 青岚县2023年财政预算执行情况 和2024年财政预算(草案) 相关表格 青岚县财政局 二○二三 年十一月 表 格 目 录 表一: 2023年青岚县一般公共预算收入执行情况表(财政预计数) 第一部分 2023年预算执行情况 2023年青岚县一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 2022年 2023年 2023年 完成数 预算数 完成数 30,100 32,000 31,500 98.44% 4.65% 税收收入小计 20,000 21,000 20,800 99.05% 4.00% 增值税 18,000 18,800 18,550 98.67% 3.06% 企业所得税 1,200 1,300 1,250 96.15% 4.17% 契税 800 900 1,000 111.11% 25.00% 土地增值税 700 7,1</p>
</body></html>`

const extra = await readSources([{ name: 'qinglan-fiscal-2024.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a place’s 财政预算: the whole place’s account, its execution table read from flat text', () => {
  it('is held under the place, a 财政预算 of the draft’s year, its table cut short', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'qinglan-fiscal-2024')!
    expect(doc).toMatchObject({ org: '青岚县', region: '青岚县', year: 2024, scope: '财政预算' })
    expect(doc.tables[0]).toMatchObject({ number: '表一', cutShort: true, reconciled: 'unchecked' })
  })

  it('a figure of the 完成数 column is said as 完成数, never as the budget or a 上年预算数', async () => {
    const r = await ask('青岚县2023年增值税完成了多少？')
    expect(r.answer).toMatch(/增值税完成数为18,550万元/)
    expect(r.answer).not.toMatch(/上年预算数|预算为/)
    expect(r.citations[0]).toMatchObject({ docId: 'qinglan-fiscal-2024', column: '2023年 › 完成数' })
  })

  it.each([
    ['青岚县企业所得税2023年的预算数和完成数分别是多少？', [/1,300万元/, /1,250万元/]],
    ['青岚县契税2022年完成数是多少', [/800万元/]],
  ])('%s', async (q, expected) => {
    const r = await ask(q)
    for (const e of expected) expect(r.answer).toMatch(e)
  })

  it('rule completion-computed: 完成预算的% no column prints is the row’s 完成数 over its 预算数, said to be computed', async () => {
    const r = await ask('青岚县企业所得税2023年完成预算的百分之多少？')
    expect(r.answer).toMatch(/96\.15%（1,250万元 ÷ 1,300万元，表中没有印出这一栏，按同一行的数字计算）/)
    expect(r.citations.map((c) => c.column)).toEqual(expect.arrayContaining(['2023年 › 完成数', '2023年 › 预算数']))
  })

  it('the row the copy broke off answers only what it printed whole', async () => {
    const r = await ask('青岚县2023年土地增值税完成了多少？')
    expect(r.answer).not.toMatch(/7,1|7\.1/)
    expect(r.answer).toMatch(/没有/)
  })

  it('no contradiction is claimed of a table the copy cut short', async () => {
    const r = await ask('青岚县2023年税收收入小计完成数是多少')
    expect(r.answer).toMatch(/20,800万元/)
    expect(r.answer).not.toMatch(/不一致/)
  })
})
