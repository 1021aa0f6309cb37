import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind102's 市本级 三公 决算 summary): its 附表 prints the three items with no total line, and the total is
// stated only in prose ("“三公”经费支出总额为3825万元,比预算数减少1188万元"): "三公经费决算总额" was answered with the first
// item's 99万元 (a wrong figure with its citation), and "比预算数减少" was said as 比上年.
const PAGE = [
  '根据《中华人民共和国预算法》有关规定,经榆州市财政局汇总,2017年榆州市市本级部门使用财政拨款安排 “三公”经费支出总额为3825万元,比预算数减少1188万元,下降23.70%。下降的原因主要是厉行勤俭节约,减少了相关支出。具体情况如下:',
  '一、因公出国(境)经费',
  '2017年因公出国(境)费99万元,比预算数减少31万元。',
  '二、公务接待费',
  '2017年公务接待费1014万元, 比预算数减少850万元。',
  '三、公务用车购置及运行维护费',
  '2017年公务用车购置及运行维护费2712万元,比预算数减少107万元。',
  '附表:榆州市本级2017年“三公”经费决算汇总表',
  '单位：万元',
  '项目\t2017年决算',
  '因公出国(境)经费\t99',
  '公务接待费\t1,014',
  '公务用车购置及运行维护费\t2,712',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'yuzhou-sbj-2017-sangong-js.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('a 三公 table with no total line, its total stated in prose', () => {
  it('never gives the first item for the whole', () => {
    const r = ask('榆州市本级2017年“三公”经费决算总额是多少？')
    expect(r.answer).toContain('3825万元')
    expect(r.answer).not.toContain('为99万元')
    expect(r.answer).not.toContain('没有找到')
  })
  it('sets an item against the stated whole', () => {
    expect(ask('榆州市本级公务接待费占三公经费总额的比重是多少').answer).toContain('26.51%')
  })
  it('says the change against the year’s budget as the prose does, never as 比上年', () => {
    const r = ask('榆州市本级三公经费比预算少了多少？')
    expect(r.answer).toContain('1188万元')
    expect(r.answer).toContain('比预算数')
    expect(r.answer).not.toContain('比上年')
  })
})
