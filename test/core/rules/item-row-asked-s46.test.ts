import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (blind100's hospital 采购意向, blind99's before it): an item of a table of items asked by part of its name
// ("被服洗涤项目预计几月份采购" of "…全院被服洗涤2025至2028年对外托管经营项目") was "not found".
const PAGE = [
  '青禾县人民医院2025年8月至9月政府采购意向',
  '为便于供应商及时了解政府采购信息,现将青禾县人民医院2025年8月至9月采购意向公开如下:',
  '| 序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间(填写到月) | 备注 |',
  '| 1 | 青禾县人民医院全院被服洗涤2025至2028年对外托管经营项目 | 全院被服洗涤,服务三年,合同一年一签,每年预算73万元。 | 73 | 2025年09月 | 100%面向中小企业。 |',
  '| 2 | 青禾县人民医院门诊楼电梯维保服务项目 | 门诊楼电梯4台维保一年。 | 12.5 | 2025年08月 | |',
  '本次公开的采购意向是本单位政府采购工作的初步安排,具体采购项目情况以相关采购公告和采购文件为准。',
  '2025年08月28日',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qinghe-yy-cgyx.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule item-row-asked', () => {
  it('reads out the one row whose name holds the words asked, cell by cell', () => {
    const r = ask('青禾县人民医院被服洗涤项目预计几月份采购？')
    expect(r.answer).toContain('2025年09月')
    expect(r.answer).toContain('73万元')
    expect(r.answer).not.toContain('电梯')
    expect(r.citations.some((c) => c.kind === 'row' && (c.rowName ?? '').includes('被服洗涤'))).toBe(true)
  })
  it('reads the other item by its own words', () => {
    expect(ask('青禾县人民医院电梯维保服务预算多少').answer).toContain('12.5万元')
  })
  it('leaves an outcome no column prints unanswered, never the row', () => {
    expect(ask('青禾县人民医院被服洗涤项目最后谁中标了，中标价多少？').answer).not.toContain('73万元')
  })
})
