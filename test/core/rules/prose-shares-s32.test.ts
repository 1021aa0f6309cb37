import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: a district's 三公 决算 in prose, its whole district's total and its items in one sentence, its 区直 total
 * (a narrower account) in another. Made-up district and figures.
 * - A share of an item is of the total its own sentence states (rule share-same-sentence), never the other account's.
 * - "决算数为…,比预算数减少…" is a change against the budget, never said to be against the year before; "相较于上年增加"
 *   is read as a change against the year before.
 */
const PAGE = html('2023年一般公共预算“三公”经费决算执行情况说明', [
  '2023年一般公共预算“三公”经费决算执行情况说明',
  '岚城区2023年的“三公"经费决算数合计为900.00万元,其中:因公出国(境)费0万元、公务用车购置费300.00万元、公务用车运行维护费450.00万元、公务接待费150.00万元。',
  '2023年“三公"经费决算数相较于上年增加120.00万元,主要原因是公务用车到期更新。',
  '2023年区直财政拨款资金安排“三公”经费决算数为600.00万元,比预算数减少45.00万元,主要原因为区直部门严格控制“三公”经费支出。',
])

describe('a district’s 三公 in prose, two accounts', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'lancheng-2023-sangong-js.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('takes an item’s share of the total its own sentence states', () => {
    const a = ask('岚城区2023年公务用车运行维护费占三公经费合计的比例是多少')
    expect(a).toContain('50.00%')
    expect(a).not.toContain('75.00%')
  })
  it('never says a change against the budget is against the year before, nor answers a change over the year with it', () => {
    expect(ask('岚城区2023年区直三公经费比预算少了多少')).toContain('比预算数减少45.00万元')
    const a = ask('岚城区三公经费23年比22年增加了多少？')
    expect(a).not.toMatch(/比上年减少45|预算数减少45/)
  })
})
