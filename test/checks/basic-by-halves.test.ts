import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { seedSources } from '../core/seed-engine.js'

/**
 * Session 23: a 绩效评价 states its spending by 人员经费, 公用经费 and 项目支出. 基本支出 stated by its own two halves is
 * stated: no note that the prose leaves the rest of the total unexplained. A made-up county body.
 */
const PAGE = [
  '部门整体支出绩效评价报告',
  '欢迎来到青岚县文联网站!',
  '一、基本情况',
  '2022年部门决算收支完成情况。',
  '1、收入:610.50万元。',
  '2、支出:600.00万元。其中:人员经费支出300.00万元,公用经费支出100.00万元,项目支出200.00万元。',
].join('\n')

describe('基本支出 stated by its halves', async () => {
  const extra = await readSources([{ name: 'ql-wl-2022-jxpj.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('is no part left unexplained', () => {
    const r = engine.ask({ question: '青岚县文联2022年项目支出多少' })
    expect(r.answer).toContain('200.00万元')
    expect(r.answer).not.toContain('没有说明其余')
  })
})
