import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule row-fund-columns): a project asked by part of its name, then sources of money its table prints as
 * columns; a project buying vehicles is money, never a count of vehicles. Made-up county 青岚县.
 */
const PAGE = [
  '青岚县退役军人事务局2025年部门预算',
  '表1 部门收入总表',
  '单位：元',
  '项目\t合计\t一般公共预算拨款\t上年结转',
  '合计\t5,000,000.00\t4,650,000.00\t350,000.00',
  '表10 项目支出预算表',
  '单位：元',
  '项目名称\t合计\t一般公共预算拨款\t上年结转',
  '合计\t1,500,000.00\t1,150,000.00\t350,000.00',
  '退役军人信息采集和权益维护经费\t560,000.00\t210,000.00\t350,000.00',
  '供养对象就医接送车辆购置\t220,000.00\t220,000.00\t',
  '双拥工作走访慰问经费\t720,000.00\t720,000.00\t',
].join('\n')
const extra = await readSources([{ name: 'qinglan-tyjrj-2025-bmys.txt', bytes: new TextEncoder().encode(PAGE) }])
const { corpus } = buildCorpus(seedSources(extra))
const engine = createEngine(corpus)

describe('rule row-fund-columns', () => {
  it.each([
    '青岚县退役军人事务局的信息采集和权益维护经费，一般公共预算拨款和上年结转各多少？',
    '青岚县退役军人事务局的退役军人信息采集和权益维护经费，一般公共预算拨款和上年结转各多少？',
  ])('%s reads the project’s own columns', (question) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain('210,000.00元')
    expect(r.answer).toContain('350,000.00元')
    expect(r.answer).not.toContain('4,650,000.00')
  })
  it('a project buying vehicles is money: the table’s items add up to its 合计', () => {
    const doc = corpus.documents.find((d) => d.id === 'qinglan-tyjrj-2025-bmys')!
    const row = doc.tables.flatMap((t) => t.rows).find((r) => r.name === '供养对象就医接送车辆购置')!
    expect(row.cells.find((c) => c.amount)?.amount?.unit).toBe('元')
    expect(checkDocument(doc).filter((f) => f.kind === 'sum-children')).toEqual([])
  })
})
