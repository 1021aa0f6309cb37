import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule balanced-unit-budget): a unit's whole 支出预算 asked where only the 收入总表 lists each unit. Made-up
 * county 青岚县.
 */
const PAGE = [
  '青岚县住房和城乡建设局2025年部门预算',
  '表2 部门收入总表',
  '单位：万元',
  '单位编码\t单位名称\t合计\t一般公共预算拨款\t政府性基金预算拨款',
  '\t合计\t900.00\t700.00\t200.00',
  '118001\t青岚县住房和城乡建设局机关\t400.00\t400.00\t0.00',
  '118002\t青岚县市政设施维护所\t500.00\t300.00\t200.00',
  '表3 部门支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t900.00\t600.00\t300.00',
  '212\t城乡社区支出\t900.00\t600.00\t300.00',
].join('\n')
const extra = await readSources([{ name: 'qinglan-zjj-2025-bmys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule balanced-unit-budget', () => {
  it('a 预算: the unit’s income 合计, said as the income table’s and as its whole budget', () => {
    const r = engine.ask({ question: '青岚县市政设施维护所2025年预算支出有多少？' })
    expect(r.answer).toContain('500.00万元')
    expect(r.answer).toContain('部门收入总表')
    expect(r.answer).not.toContain('900.00')
  })
})
