import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: "项目支出相当于基本支出的百分之几" asks a share (相当于…的百分之几); a share the prose prints of the
 * total ("项目支出2.5万元,占3.2%") is not the share of a sibling part listed before it; a count printed after 小计
 * ("编制人数小计183人,其中:行政编制人数0人") is the count, not the first part after 其中. A made-up library and school.
 */
const LIBRARY = [
  '柳溪县图书馆2018年部门预算编制说明',
  '(二)支出预算情况',
  '柳溪县图书馆2018年支出预算80.00万元,其中:基本支出75.00万元,占93.75%;项目支出5.00万元,占6.25%。',
].join('\n')
const SCHOOL = ['柳溪县第三中学2025年单位预算', '三、人员编制情况', '编制人数小计120人,其中:行政编制人数0人,全部补助事业编制人数120人。'].join('\n')

describe('share words and printed totals', async () => {
  const extra = await readSources([
    { name: 'liuxi-tsg-2018.txt', bytes: new TextEncoder().encode(LIBRARY) },
    { name: 'liuxi-sanzhong-2025.txt', bytes: new TextEncoder().encode(SCHOOL) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('相当于…的百分之几 is the first as a share of the second', () => {
    const r = engine.ask({ question: '柳溪县图书馆2018年项目支出相当于基本支出的百分之几？' })
    expect(r.answer).toContain('6.67%')
    expect(r.answer).not.toContain('6.25%')
  })
  it('a share printed of the total still answers a share of the total', () => {
    expect(engine.ask({ question: '柳溪县图书馆2018年项目支出占支出预算的比例？' }).answer).toContain('6.25%')
  })
  it('a count after 小计 is the count', () => {
    const r = engine.ask({ question: '柳溪三中有多少编制？' })
    expect(r.answer).toContain('120人')
    expect(r.answer).not.toContain('：0人')
  })
})
