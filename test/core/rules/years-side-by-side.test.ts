import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { buildColumns } from '../../../server/core/parse/header.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 26: a 部门预算 whose tables print two years side by side (上年预算数 | 本年预算数 | 增减额 | 增减率), its
 * 收支总表 one side under the other (本年收入合计, 上年结转, 收入总计, then the spending). Made-up bureau and figures.
 * - 上年预算数 is last year's column (prior, the year before the table's), 本年预算数 the year's own total;
 * - a total row's figure is named by its row (收入总计), not by the column's 本年预算数;
 * - 收入总计 adds 本年收入合计 and 上年结转 (no disagreement found where the table agrees with itself).
 */
const DOC = [
  '岩川市林业局2025年部门预算',
  '一、收支预算总体情况',
  '2025年收入总计5,260.00万元，比上年增加760.00万元。',
  '岩川市林业局2025年收支总表',
  '单位：万元',
  ['项目', '上年预算数', '本年预算数', '增减额', '增减率(%)'].join('\t'),
  ['一、一般公共预算拨款收入', '4,300.00', '4,900.00', '600.00', '13.95'].join('\t'),
  ['二、其他收入', '100.00', '120.00', '20.00', '20.00'].join('\t'),
  ['本年收入合计', '4,400.00', '5,020.00', '620.00', '14.09'].join('\t'),
  ['上年结转', '100.00', '240.00', '140.00', '140.00'].join('\t'),
  ['收入总计', '4,500.00', '5,260.00', '760.00', '16.89'].join('\t'),
  ['一、农林水支出', '4,500.00', '5,260.00', '760.00', '16.89'].join('\t'),
  ['本年支出合计', '4,500.00', '5,260.00', '760.00', '16.89'].join('\t'),
  ['结转下年', '0.00', '0.00', '0.00', '—'].join('\t'),
  ['支出总计', '4,500.00', '5,260.00', '760.00', '16.89'].join('\t'),
].join('\n')

describe('two years printed side by side', async () => {
  const extra = await readSources([{ name: 'yanchuan-lyj-2025.txt', bytes: new TextEncoder().encode(DOC) }])
  const { corpus } = buildCorpus(seedSources(extra))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question })

  it('reads 上年预算数 as last year’s column and 本年预算数 as the year’s total', () => {
    const cols = buildColumns([['项目'], ['上年预算数'], ['本年预算数'], ['增减额'], ['增减率(%)']], 2025)
    expect(cols.map((c) => c.role)).toEqual(['name', 'prior', 'total', 'change', 'growth'])
    expect(cols[1].year).toBe(2024)
    // 上年结转 is an income of this year, not last year's column
    expect(buildColumns([['单位名称'], ['合计'], ['上年结转']], 2025)[2].role).toBe('amount')
  })
  it('answers this year’s figure, named by its row', () => {
    const a = ask('岩川市林业局收入总计多少').answer
    expect(a).toContain('5,260.00万元')
    expect(a).not.toContain('4,500.00万元')
    expect(a).not.toContain('本年预算数为')
    expect(ask('岩川市林业局一般公共预算拨款收入多少').answer).toContain('4,900.00万元')
  })
  it('reads 今年和去年 as the newest held year and its 上年 column when today’s year is not held (rule relative-pair)', () => {
    const dated = createEngine(corpus, undefined, { today: () => new Date('2026-12-01T00:00:00Z') })
    const a = dated.ask({ question: '岩川市林业局今年和去年的一般公共预算拨款收入分别多少' }).answer
    expect(a).toContain('4,900.00万元')
    expect(a).toContain('4,300.00万元')
    expect(a).toContain('按今天算“今年”是2026年')
  })
  it('finds no disagreement in a 总计 that adds its 合计 and the carry-over', () => {
    const doc = corpus.documents.find((d) => d.id === 'yanchuan-lyj-2025')!
    const a = ask('岩川市林业局上年结转多少')
    expect(a.answer).toContain('240.00万元')
    expect(a.answer).not.toContain('前后不一致')
    expect(doc.tables.length).toBe(1)
  })
})
