import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 30: a 部门决算 listing its units as a small table a PDF flattens into lines ("序号 单位名称 单位性质 年末实有人数",
 * then "1 某局（本级） 行政单位 28人"), and splitting its spending by unit with the side said again after each name
 * ("分单位看，局机关（本级）支出…万元，市图书馆支出…万元"): the units are its members, and a member asked alone is
 * answered with its own share, never the department's total. Made-up city, units and figures.
 */
const DOC = [
  '澜州市文化局2024年度部门决算',
  '第一部分 部门概况',
  '二、部门决算单位构成',
  '纳入本部门2024年度部门决算编制范围的单位共3个，包括局机关（行政单位）和2个所属事业单位：',
  '序号 单位名称 单位性质 年末实有人数',
  '1 澜州市文化局（本级） 行政单位 20人',
  '2 澜州市博物馆 公益一类事业单位 15人',
  '3 澜州市文化馆 公益一类事业单位 9人',
  '第三部分 2024年度部门决算情况说明',
  '三、支出决算情况说明',
  '2024年度本年支出合计900.00万元，其中：基本支出600.00万元；项目支出300.00万元。分单位看，局机关（本级）支出500.00万元，市博物馆支出250.00万元，市文化馆支出150.00万元。',
].join('\n')

describe('units listed as a flattened table, and a split of spending by unit', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'lanzhou-whj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])).corpus
  const engine = createEngine(corpus)

  it('answers a member unit with its own share of the spending', () => {
    const a = engine.ask({ question: '澜州市博物馆2024年支出多少' }).answer
    expect(a).toContain('250.00万元')
    expect(a).not.toContain('900.00万元')
  })
})
