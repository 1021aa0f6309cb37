import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: two items of one family (公务用车购置, 公务用车运行维护) each with its reason in a later paragraph: each
 * item's reason is its own, never the sibling's that comes first. A made-up district's 三公 说明.
 */
const PAGE = [
  '关于桐江区2013年“三公”经费决算支出情况说明',
  '此次公开的我区2013年“三公”经费为决算支出汇总数,“三公”经费支出总数为557万元。',
  '2.公务用车购置及运行维护支出464万元。',
  '其中:公务用车购置支出108万元,比上年增长97.1%;公务用车运行维护支出356万元,比上年增长49.73%。',
  '公务用车购置增长的原因主要是执法部门增加执法车辆。',
  '其中:执法用车购置9辆,其他一般公务用车更新2辆。',
  '公务用车运行维护支出增长的原因主要是车辆使用年限较长、车辆老化。',
].join('\n')
const extra = await readSources([{ name: 'tongjiang-2013-sangong-js.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('each item of a family has its own reason', () => {
  it('运行维护 rose for its own reason, not 购置’s', () => {
    const r = engine.ask({ question: '桐江区公车运行维护费2013年为什么涨了？' })
    expect(r.answer).toContain('车辆老化')
    expect(r.answer).not.toContain('执法部门增加执法车辆')
  })
  it('购置 keeps its own', () => {
    const r = engine.ask({ question: '桐江区2013年公车购置费为什么涨了？' })
    expect(r.answer).toContain('执法部门增加执法车辆')
    expect(r.answer).not.toContain('车辆老化')
  })
})

/** A department's 三公 说明 naming a member's change in its own clause ("增加因素为某博物馆…“三公经费”增加…"). Made-up. */
const MEMBER = [
  '2015年青岚市文化局部门决算公示说明—三公经费',
  '区直文化系统2015年共计支出“三公经费”394.85万元,其中:因公出国(境)支出186.42万元,公务接待费支出15.71万元。',
  '增加因素为青岚市博物馆2015年部门预算“三公经费”增加41.20万元、青岚市剧院部门预算“三公经费”增加150.00万元。',
].join('\n')
const member = await readSources([{ name: 'qinglan-whj-2015-sangong-js.txt', bytes: new TextEncoder().encode(MEMBER) }])
const memberEngine = createEngine(buildCorpus(seedSources(member)).corpus)

describe('another body’s change, named in its own clause', () => {
  it('is never the department’s change', () => {
    const r = memberEngine.ask({ question: '青岚市文化局2015年三公经费比上年增加了多少？' })
    expect(r.answer).not.toContain('41.20')
    expect(r.answer).not.toContain('150.00')
  })
})
