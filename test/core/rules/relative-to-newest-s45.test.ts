import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 45 (blind37's 林业局, blind53's 退役军人事务局, blind77's and blind95's county reports): a 2025 budget read in
// 2026. "去年预算" was counted from today (2025) and answered with the document's own year, the same figure 今年 fell
// back to; its readers' 去年 is the year before the document's, printed in its 上年 column.
const BUDGET = [
  '青禾县林业局2025年部门预算',
  '表三 一般公共预算支出表',
  '单位：元',
  '科目编码\t科目名称\t2024年预算数\t2025年预算数',
  '213\t农林水支出\t3,000,000.00\t3,100,000.00',
  '2130201\t行政运行\t2,790,500.00\t2,846,300.00',
].join('\n')
const REPORT = [
  '关于青禾县2024年预算执行情况和2025年预算草案的报告',
  '附表1 青禾县2024年一般公共预算收入执行表',
  '单位：万元',
  '项目\t2023年执行数\t2024年执行数\t比上年增长%',
  '契税\t8760\t7830\t-10.6',
].join('\n')
const in2026 = () => new Date('2026-06-01T00:00:00Z')
let engine: Engine | undefined
const ask = (question: string, history?: { role: 'user' | 'assistant'; content: string }[]) =>
  (engine ??= createEngine(buildCorpus([
    { name: 'qinghe-lyj-2025-bmys.txt', bytes: new TextEncoder().encode(BUDGET) },
    { name: 'qinghe-czj-2025-ysbg.txt', bytes: new TextEncoder().encode(REPORT) },
  ]).corpus, undefined, { today: in2026 })).ask({ question, ...(history ? { history } : {}) })

describe('rule relative-to-newest: 去年 of a document older than today', () => {
  it('reads 去年 as the year before the newest document, from its 上年 column, and says so', () => {
    const r = ask('青禾县林业局行政运行去年预算是多少？')
    expect(r.answer).toContain('2,790,500.00')
    expect(r.answer).not.toContain('2,846,300.00')
    expect(r.answer).toContain('该文件的“去年”（2024年）')
  })
  it('keeps 今年 the newest document\'s year, so 今年 and 去年 are two years', () => {
    const r = ask('青禾县林业局行政运行今年预算是多少？')
    expect(r.answer).toContain('2,846,300.00')
  })
  it('reads "去年比前年" as the year asked against the one before it', () => {
    const r = ask('青禾县契税去年比前年降了多少')
    expect(r.answer).toContain('7830万元')
    expect(r.answer).toContain('8760万元')
  })
  it('keeps the shifted year in a follow-up', () => {
    const r = ask('那农林水支出呢', [{ role: 'user', content: '青禾县林业局行政运行去年预算是多少？' }, { role: 'assistant', content: '……' }])
    expect(r.answer).toContain('3,000,000.00')
  })
})
