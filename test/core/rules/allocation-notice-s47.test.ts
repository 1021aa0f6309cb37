import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { foldMeaning } from '../../../server/core/read/meaning-view.js'

// Session 47 (blind103): a city's allocation notice prints its places as a table's rows ("县区 | 省级资金": 睢县 421, …,
// 合计 1227): "虞城县分到多少" was "no such organisation", the fund named by the table's title ("水利发展资金一共多少") was not
// found; a Traditional notice with pinyin glosses read "288萬(wàn)元" as 288万元元, and its project asked word for word
// ("四所中小学校…项目计划总投资") was read as a unit under the bureau ("四所中小学") and as a performance target.
const ALLOC = [
  '2020年中央和省级水利发展资金分配表',
  '现将下达2020年中央和省级水利发展资金分配情况公示如下:',
  '一、资金来源',
  '省级资金(豫财农水[2020]30号):1227万元',
  '四、扶贫资金分配情况表',
  '2020年中央和省级水利发展资金分配表',
  '单位：万元',
  '县区\t省级资金',
  '柘城县\t421',
  '夏邑县\t376',
  '永城县\t430',
  '合计\t1227',
  '榆阳市财政局 榆阳市水利局 2020年5月7日',
].join('\n')
const LOTTERY = [
  '<html><head><meta charset="utf-8"><title>2024年中央專項(xiàng)彩票公益金支持樺川縣社會(huì)公益事業(yè)發(fā)展資金分配下達(dá)和使用情況的公告</title></head><body>',
  '<p>2024年中央專項(xiàng)彩票公益金支持樺川縣社會(huì)公益事業(yè)發(fā)展資金分配下達(dá)和使用情況的公告</p>',
  '<p>根據(jù)《中央專項(xiàng)彩票公益金支持黑龍江省革命老區(qū)縣社會(huì)公益事業(yè)發(fā)展資金管理辦法》的相關(guān)規(guī)定,現(xiàn)將我縣2024年中央專項(xiàng)彩票公益金使用情況公告如下:</p>',
  '<p>一、2024年我縣共收到中央專項(xiàng)彩票公益金支持地方社會(huì)公益事業(yè)發(fā)展資金288萬(wàn)元。</p>',
  '<p>二、中央專項(xiàng)彩票公益金支持樺川縣社會(huì)公益事業(yè)發(fā)展資金撥付下達(dá)情況</p>',
  '<p>按照項(xiàng)目計(jì)劃,四所中小學(xué)校消防設(shè)施維修改造項(xiàng)目計(jì)劃總投資259.85萬(wàn)元,財(cái)政部門已撥付專項(xiàng)資金244.05萬(wàn)元,該項(xiàng)目支出率93.92%。</p>',
  '<p>樺川縣財政局</p>',
  '<p>2025年6月12日</p></body></html>',
].join('\n')
let engine: Engine | undefined
const ask = async (question: string) =>
  (engine ??= createEngine(buildCorpus(await readSources([
    { name: 'yuyang-2020-slzj-fp.txt', bytes: new TextEncoder().encode(ALLOC) },
    { name: 'huachuan-2024-cpgyj.html', bytes: new TextEncoder().encode(LOTTERY) },
  ])).corpus)).ask({ question })

describe('rule listed-place-rows', () => {
  it('answers a place the table lists by its row, cited, and its share of the total', async () => {
    expect((await ask('永城县分到的2020年省级水利发展资金是多少？')).answer).toContain('430万元')
    const two = (await ask('夏邑县和柘城县各分了多少水利资金？')).answer
    expect(two).toContain('376万元')
    expect(two).toContain('421万元')
    expect((await ask('柘城县分到的水利资金占总额的比例是多少')).answer).toContain('34.31%')
  })
})

describe('rule titled-table-total', () => {
  it('reads the total row of the one table the words name', async () => {
    expect((await ask('榆阳这次下达的2020年水利发展资金一共多少钱')).answer).toContain('1227万元')
  })
})

describe('a Traditional page with pinyin glosses', () => {
  it('reads 萬(wàn)元 as 万元 once', () => {
    expect(foldMeaning('资金288萬(wàn)元。')).toBe('资金288万元。')
    expect(foldMeaning('增加95.31萬,其中')).toBe('增加95.31万元,其中')
  })
  it('answers a project asked word for word (rule verbatim-amount), never as a unit of the bureau', async () => {
    const r = await ask('桦川县四所中小学校消防设施维修改造项目计划总投资多少')
    expect(r.answer).toContain('259.85万元')
    expect(r.answer).not.toContain('下属')
  })
})

describe('rule verbatim-amount: only the words asked, whole', () => {
  const PAGE = [
    '勐溪镇人民政府2024年度部门决算说明',
    '一、财政拨款支出决算情况说明：2024年度一般公共预算财政拨款支出1,500.76万元，年初预算为1,310.36万元，完成年初预算的114.53%。',
    '二、本年度无政府性基金预算财政拨款收入和支出。',
  ].join('\n')
  let e: Engine | undefined
  const askTown = (question: string) => (e ??= createEngine(buildCorpus([{ name: 'mengxi-2024-bmjs.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })
  it('never reads another fund’s line that shares the tail of the words asked', () => {
    expect(askTown('勐溪镇2024年政府性基金预算财政拨款支出多少？').answer).not.toContain('1,500.76')
    expect(askTown('勐溪镇2024年政府性基金预算财政拨款支出是多少').answer).not.toContain('1,500.76')
  })
})
