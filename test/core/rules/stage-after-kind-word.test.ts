import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 27 (rule stage-columns): a subject's kind word may stand between its name and the stage asked:
 * "棚户区改造项目年初预算和调整预算各多少" asks the row's 年初预算 and 调整预算 columns, not its 决算 alone.
 * Made-up bureau and figures.
 */
const DOC = [
  '岚屿市青崖区城乡建设局2024年度部门决算',
  '附表5 一般公共预算财政拨款支出决算表',
  '单位：元',
  ['科目编码', '科目名称', '年初预算数', '调整预算数', '决算数'].join('\t'),
  ['', '合计', '7,000,000.00', '7,700,000.00', '7,450,000.00'].join('\t'),
  ['221', '住房保障支出', '7,000,000.00', '7,700,000.00', '7,450,000.00'].join('\t'),
  ['22101', '保障性安居工程支出', '7,000,000.00', '7,700,000.00', '7,450,000.00'].join('\t'),
  ['2210103', '棚户区改造', '7,000,000.00', '7,700,000.00', '7,450,000.00'].join('\t'),
].join('\n')

describe('a stage asked after the subject’s kind word', async () => {
  const extra = await readSources([{ name: 'qingya-cjj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

  it('reads both stages of a 项目 asked by name', () => {
    const a = engine.ask({ question: '青崖区城乡建设局棚户区改造项目年初预算和调整预算各多少？' }).answer
    expect(a).toContain('7,000,000.00元')
    expect(a).toContain('7,700,000.00元')
  })
})
