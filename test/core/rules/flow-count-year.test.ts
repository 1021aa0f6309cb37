import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules count-own-year, government-word): a township's 2024 部门决算 states its own year's events
 * ("全年国内公务接待38批次、260人次") and its 政府采购 total. A count of events of 2023 is not in it (never the 2024
 * count said as 2023's); "某镇政府采购支出总额" asks the 政府采购 total, its 政府 no part of the township's name.
 * Made-up county, township and figures.
 */
const DOC = [
  '枫岭县柏川镇人民政府2024年度部门决算',
  '第一部分 部门概况',
  '柏川镇人民政府是枫岭县人民政府的派出机关。',
  '第二部分 2024年度部门决算情况说明',
  '一、收入支出决算总体情况说明',
  '2024年度收入总计1,502.30万元、支出总计1,502.30万元。',
  '二、“三公”经费支出决算情况说明',
  '公务接待费支出决算为3.10万元，全年国内公务接待38批次、260人次，无外事接待。',
  '三、政府采购支出情况说明',
  '2024年度本部门政府采购支出总额46.20万元，其中：政府采购货物支出10.20万元，政府采购服务支出36.00万元。',
].join('\n')

describe('a 决算’s own-year events and its 政府采购', async () => {
  const extra = await readSources([{ name: 'baichuan-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('never answers another year’s count of events with its own', () => {
    const r = engine.ask({ question: '柏川镇2023年国内公务接待了多少批次？' })
    expect(r.answer).not.toContain('38批次')
    expect(r.answer).toMatch(/没有|未收录/u)
  })

  it('answers its own year’s count', () => {
    expect(engine.ask({ question: '柏川镇国内公务接待了多少批次？' }).answer).toContain('38批次')
  })

  it('reads 政府采购 after 某镇政府 as the subject, not the whole budget', () => {
    const r = engine.ask({ question: '柏川镇政府采购支出总额多少' })
    expect(r.answer).toContain('46.20万元')
    expect(r.answer).not.toContain('1,502.30')
  })
})
