import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 27: a 收入支出决算总表 printed in one column, its 收入 rows, then a 支出 heading and its rows, reads no side
 * from its layout. "总支出" asks the spending side's total (本年支出合计), never the first total of the table
 * (本年收入合计): a share over the wrong whole is a wrong figure with a citation. Made-up bureau and figures.
 */
const DOC = [
  '岚屿市青崖区水务局2024年度部门决算',
  '附表1 收入支出决算总表',
  '单位：元',
  ['项目', '行次', '年初预算数', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款收入', '1', '8,000,000.00', '7,900,000.00'].join('\t'),
  ['二、事业收入', '2', '500,000.00', '480,000.00'].join('\t'),
  ['本年收入合计', '3', '8,500,000.00', '8,380,000.00'].join('\t'),
  ['年初结转和结余', '4', '—', '600,000.00'].join('\t'),
  ['收入总计', '5', '—', '8,980,000.00'].join('\t'),
  ['支出', '', '', ''].join('\t'),
  ['一、基本支出', '6', '3,000,000.00', '2,950,000.00'].join('\t'),
  ['二、项目支出', '7', '5,500,000.00', '5,650,000.00'].join('\t'),
  ['本年支出合计', '8', '8,500,000.00', '8,600,000.00'].join('\t'),
  ['年末结转和结余', '9', '—', '380,000.00'].join('\t'),
  ['支出总计', '10', '—', '8,980,000.00'].join('\t'),
  '附表4 财政拨款收入支出决算总表',
  '单位：元',
  ['项目', '年初预算数', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款', '8,000,000.00', '7,900,000.00'].join('\t'),
  ['本年收入合计', '8,000,000.00', '7,900,000.00'].join('\t'),
  ['年初财政拨款结转和结余', '—', '400,000.00'].join('\t'),
  ['收入总计', '—', '8,300,000.00'].join('\t'),
  ['城乡社区支出', '8,000,000.00', '8,120,000.00'].join('\t'),
  ['本年支出合计', '8,000,000.00', '8,120,000.00'].join('\t'),
  ['年末财政拨款结转和结余', '—', '180,000.00'].join('\t'),
  ['支出总计', '—', '8,300,000.00'].join('\t'),
  '附表5 一般公共预算财政拨款支出决算表',
  '单位：元',
  ['科目编码', '科目名称', '年初预算数', '决算数'].join('\t'),
  ['', '合计', '8,000,000.00', '8,120,000.00'].join('\t'),
  ['212', '城乡社区支出', '8,000,000.00', '8,120,000.00'].join('\t'),
].join('\n')

describe('a side’s total in a table stacking both sides', async () => {
  const extra = await readSources([{ name: 'qingya-sw-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

  it('shares over the spending total, not the income total', () => {
    const a = engine.ask({ question: '青崖区水务局项目支出占总支出比重' }).answer
    expect(a).toContain('65.70%')
    expect(a).not.toContain('67.42%')
  })
  it('reads 财政拨款支出 from the spending side’s own-year line, not 本年收入合计', () => {
    const a = engine.ask({ question: '青崖区水务局财政拨款支出是多少' }).answer
    expect(a).toContain('8,120,000.00元')
    expect(a).not.toContain('7,900,000.00元')
  })
  it('reads a fund’s spending from its spending table, never the income line of the same fund (rule stacked-sides)', () => {
    const a = engine.ask({ question: '青崖区水务局一般公共预算财政拨款支出的年初预算和决算数分别是多少' }).answer
    expect(a).toContain('8,120,000.00元')
    expect(a).not.toContain('7,900,000.00元')
    expect(a).not.toContain('年初预算数的')
  })
})
