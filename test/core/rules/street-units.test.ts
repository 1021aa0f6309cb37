import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'
import { streetUnitsSources } from './street-units-fixture.js'

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources(seedSources(streetUnitsSources())).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('units of a 街道 budget, asked the way a resident names them', () => {
  it('member-unit-asked: a unit named with its 街道 said short (青石文化服务站) reads its row of the per-unit table', async () => {
    const r = await ask('青石文化服务站2025年预算多少？')
    expect(r.answer).toContain('90.00万元')
    expect(r.answer).not.toContain('900.00')
    expect(r.citations[0]).toMatchObject({ rowName: '青石街道文化服务站', column: '合计' })
  })

  it('明年 with the year written after it leaves no stray word: the unit’s whole is its 合计', async () => {
    const r = await ask('青石街道综合执法队明年（2025）预算有多少？')
    expect(r.answer).toContain('180.00万元')
  })

  it('a unit’s share of the whole budget from the same table', async () => {
    const r = await ask('青石街道办本级预算占整个部门预算的比重是多少？')
    expect(r.answer).toContain('70.00%（630.00万元 ÷ 900.00万元）')
    expect(r.answer).not.toContain('预算预算')
  })

  it('unit-not-listed: a unit after the 街道 that the budget does not list is not held, never the 街道’s own total', async () => {
    const r = await ask('青石街道老年活动中心2025年预算多少？')
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toContain('900.00')
    expect(r.answer).not.toContain('630.00')
    // the units the budget does list, that table cited
    expect(r.answer).toContain('青石街道文化服务站、青石街道综合执法队')
    expect(r.citations[0]).toMatchObject({ tableTitle: '2025年所属单位预算汇总表', rowName: '合计' })
  })

  it('bare-total: 部门预算总额 of the year before is not the 三公 table’s 2024 合计', async () => {
    const r = await ask('青石街道2024年部门预算总额是多少？')
    expect(r.answer).not.toContain('9.40')
    expect(r.answer).toContain('850.00万元')
  })
})
