import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 27 (rule no-stated-score): a project's 绩效自评 score asked of a 决算 that holds no self-evaluation (no
 * form, no 得分 column, no paragraph stating one) is said not to be given, never answered by the project's money.
 * Made-up bureau and figures.
 */
const DOC = [
  '岚屿市青崖区城乡建设局2024年度部门决算',
  '附表10 项目支出决算表',
  '单位：元',
  ['项目名称', '年初预算数', '决算数'].join('\t'),
  ['合计', '5,000,000.00', '4,800,000.00'].join('\t'),
  ['背街小巷整治', '5,000,000.00', '4,800,000.00'].join('\t'),
].join('\n')

describe('a score no document states', async () => {
  const extra = await readSources([{ name: 'qingya-cjj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('says the score is not given', () => {
    const r = engine.ask({ question: '青崖区城乡建设局背街小巷整治项目的绩效自评得了多少分' })
    expect(r.answer).toContain('没有给出')
    expect(r.answer).not.toContain('480.00万元')
  })
})
