import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: a 三公 决算 table whose columns are grouped by stage (预算数 › 合计 | 一般公共… | 政府性基金… and the same
 * under 决算数) and whose 总计 prints last, under its items. The 三公 total is the 总计 line, never the first item's; a
 * fund asked is its column in the document's own stage (决算数), never the budget group printed first. Made-up school.
 */
const DOC = [
  '青岚县第三中学2020年度一般公共预算及政府性基金财政拨款“三公”经费支出决算情况说明',
  '一、2020年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表',
  '单位：万元',
  '项目\t预算数\t\t\t决算数\t\t',
  '\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款',
  '因公出国(境)费\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
  '公务接待费\t6.50\t6.50\t0.00\t3.70\t3.20\t0.50',
  '公务用车购置及运行维护费\t3.00\t3.00\t0.00\t1.80\t1.80\t0.00',
  '总计\t9.50\t9.50\t0.00\t5.50\t5.00\t0.50',
].join('\n')
const extra = await readSources([{ name: 'qinglan-sanzhong-2020-sangong-js.txt', bytes: new TextEncoder().encode(DOC) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a 三公 table grouped by stage, its total last', () => {
  it('the 三公 决算 is the 总计 line’s 决算数, not the first item’s', () => {
    const r = ask('青岚县第三中学2020年三公经费决算是多少？')
    expect(r.answer).toContain('5.50万元')
    expect(r.answer).not.toMatch(/决算数?为0\.00/)
  })
  it('a fund asked is read in the 决算数 group', () => {
    const r = ask('青岚县第三中学2020年三公经费决算里政府性基金是多少？')
    expect(r.answer).toContain('0.50万元')
    expect(r.answer).not.toMatch(/政府性基金[^。]*为0\.00万元/)
  })
})
