import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule compare-each-lookup): two organisations asked each in its own year, one printed in a table, the
 * other only in its next year's report of that year's execution. Made-up places (柳溪镇镇, 青岚县).
 */
const REPORT = [
  '柳溪镇镇2024年财政预算执行情况及2025年财政预算草案的报告',
  '一、2024年财政预算执行情况',
  '(二)2024年财政支出执行情况 2024年实现财政总支出17320.45万元,完成年初预算的66.08%。主要项目完成情况如下:一般公共服务支出3120.00万元,公共安全支出240.15万元,教育支出800.00万元。',
].join('\n')
const BUREAU = [
  '青岚县公安局2019年部门预算',
  '表1 2019年一般公共预算支出表',
  '单位:万元',
  '科目编码\t科目名称\t合计',
  '204\t公共安全支出\t8,120.60',
  '20402\t公安\t8,120.60',
  '\t合计\t8,120.60',
].join('\n')
const extra = await readSources([
  { name: 'liuxi-2024-yszx.html.txt', bytes: new TextEncoder().encode(REPORT) },
  { name: 'qinglan-gaj-2019-bmys.txt', bytes: new TextEncoder().encode(BUREAU) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule compare-each-lookup', () => {
  it('answers the one no table of that year prints from its next year’s report', () => {
    const r = engine.ask({ question: '青岚县公安局2019年和柳溪镇2024年的公共安全支出分别是多少？' })
    expect(r.answer).toContain('8,120.60万元')
    expect(r.answer).toContain('240.15万元')
    expect(r.answer).toContain('执行数')
    expect(r.citations.map((c) => c.docId).sort()).toEqual(['liuxi-2024-yszx.html', 'qinglan-gaj-2019-bmys'])
  })
})

describe('rule unheld-beside-held', () => {
  it('an organisation asked beside a held one, held nowhere, is said not held; the held one is said as a lookup', () => {
    const r = engine.ask({ question: '青岚县公安局2019年和白塔区政协2017年的公共安全支出各是多少？' })
    expect(r.answer).toContain('8,120.60万元')
    expect(r.answer).toContain('没有收录“白塔区政协”')
    expect(r.answer).not.toContain('比较：')
  })
})
