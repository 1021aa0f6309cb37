import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules other-figure-sentence, change-own-words): a 决算 states the change of its 收、支总计 with a reason,
 * then the change of its 本年支出合计 after "与上年相比，". Asked the 本年支出合计's change, the answer states the
 * 本年支出合计 and its own change, never the 总计's figure or change. Made-up township and figures.
 */
const DOC = [
  '柏溪县桐冈镇人民政府2024年度部门决算',
  '一、收入支出决算总体情况说明',
  '2024年度收入总计1,820.40万元、支出总计1,820.40万元。与上年相比，收、支总计各增加150.20万元，增长8.99%。主要原因是村级组织运转经费补助标准提高。',
  '二、支出决算情况说明',
  '2024年度本年支出合计1,760.10万元，其中：基本支出1,000.10万元，占56.82%；项目支出760.00万元，占43.18%。与上年相比，本年支出合计增加180.30万元，增长11.41%。',
  '表1 收入支出决算总表',
  '单位：万元',
  ['收入', '决算数', '支出', '决算数'].join('\t'),
  ['一般公共预算财政拨款收入', '1,700.10', '一般公共服务支出', '1,760.10'].join('\t'),
  ['本年收入合计', '1,700.10', '本年支出合计', '1,760.10'].join('\t'),
  ['年初结转和结余', '120.30', '年末结转和结余', '60.30'].join('\t'),
  ['总计', '1,820.40', '总计', '1,820.40'].join('\t'),
].join('\n')

describe('a change asked in the words the prose states it with', async () => {
  const extra = await readSources([{ name: 'tonggang-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('states the 本年支出合计 and its own change, never the 总计’s', () => {
    const r = engine.ask({ question: '桐冈镇本年支出合计比上年增加多少？' })
    expect(r.answer).toContain('180.30万元')
    expect(r.answer).not.toContain('1,820.40')
    expect(r.answer).not.toContain('150.20')
  })
})

/**
 * Rule side-reason: a budget states its change, lists its parts, and closes the paragraph with "收支增加的主要原因是…":
 * the reason of that change. Rule relative-to-document, of a 决算: a 2020 决算 is published in 2021, so its readers'
 * 去年 is 2020 itself (the question's 去年 counted from today is not held).
 */
const BUDGET = [
  '柏溪县民政局2025年部门预算',
  '一、收支预算总体情况',
  '2025年本部门收入预算6,210.40万元，比2024年预算6,010.20万元增加200.20万元，增长3.33%。其中：一般公共预算拨款收入6,000.40万元，事业收入210.00万元。支出预算6,210.40万元，其中基本支出1,100.40万元，项目支出5,110.00万元。收支增加的主要原因是城乡低保标准提高。',
].join('\n')
const FINAL_2020 = [
  '柏溪县水务局2020年度部门决算',
  '一、收入支出决算总体情况说明',
  '2020年度本年支出合计980.50万元，与上年相比，本年支出合计减少40.10万元，下降3.93%。',
].join('\n')

describe('a reason closing the paragraph, and a 决算’s 去年', async () => {
  const extra = await readSources([
    { name: 'baixi-mzj-2025-ys.txt', bytes: new TextEncoder().encode(BUDGET) },
    { name: 'baixi-swj-2020-js.txt', bytes: new TextEncoder().encode(FINAL_2020) },
  ])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('gives the side’s reason stated after the parts', () => {
    expect(engine.ask({ question: '柏溪民政局2025年收支预算为什么增加？' }).answer).toContain('城乡低保标准提高')
  })

  it('reads 去年 of a 决算 as its own year', () => {
    const r = engine.ask({ question: '柏溪县水务局去年本年支出合计多少' })
    expect(r.answer).toContain('980.50万元')
  })
})
