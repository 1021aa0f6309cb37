import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 26: a 决算 whose 三公 table prints its stages as rows under each unit (年初预算 / 调整预算 / 决算数). Those
 * words name a column of every table, never a subject: "某委一般公共预算财政拨款收入决算数" asks the income row's 决算数,
 * not the 决算数 "row" of the 三公 table nor a spending table's total. Made-up commission and figures.
 */
const DOC = [
  '岩川市桐江区卫生健康委员会2024年度部门决算',
  '岩川市桐江区卫生健康委员会2024年度部门决算收入支出决算总表',
  '单位：万元',
  ['项目', '年初预算', '调整预算', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款收入', '2,138.00', '2,252.40', '2,225.95'].join('\t'),
  ['二、事业收入', '500.00', '520.00', '531.10'].join('\t'),
  ['本年收入合计', '2,638.00', '2,772.40', '2,757.05'].join('\t'),
  '岩川市桐江区卫生健康委员会2024年度部门决算一般公共预算财政拨款支出决算表',
  '单位：万元',
  ['科目编码', '科目名称', '年初预算', '调整预算', '决算数'].join('\t'),
  ['210', '卫生健康支出', '2,138.00', '2,252.40', '2,250.95'].join('\t'),
  ['', '合计', '2,138.00', '2,252.40', '2,250.95'].join('\t'),
  '岩川市桐江区卫生健康委员会2024年度部门决算财政拨款“三公”经费支出决算表',
  '单位：万元',
  ['单位名称', '预算/决算', '合计', '公务接待费'].join('\t'),
  ['合计', '年初预算', '10.50', '10.50'].join('\t'),
  ['合计', '决算数', '9.80', '9.80'].join('\t'),
  ['桐江区卫生健康委员会机关', '年初预算', '6.50', '6.50'].join('\t'),
  ['桐江区卫生健康委员会机关', '决算数', '6.18', '6.18'].join('\t'),
  ['桐江区疾病预防控制中心', '年初预算', '4.00', '4.00'].join('\t'),
  ['桐江区疾病预防控制中心', '决算数', '3.62', '3.62'].join('\t'),
].join('\n')

describe('stages printed as rows are no subjects', async () => {
  const extra = await readSources([{ name: 'tongjiang-wjw-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

  it('reads 决算数 after a row as that row’s column', () => {
    const a = engine.ask({ question: '桐江区卫健委一般公共预算财政拨款收入决算数' }).answer
    expect(a).toContain('2,225.95万元')
    expect(a).not.toContain('2,250.95万元')
  })
  it('reads a unit printed once per stage by the row of the document’s own stage (rule unit-stage-rows)', () => {
    const a = engine.ask({ question: '桐江区疾病预防控制中心公务接待费多少' }).answer
    expect(a).toContain('3.62万元')
    expect(a).not.toContain('4.00万元')
  })
})
