import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: a place held as its own account (a district's summed 三公 page, org 桐江区) names no department, so it
 * never stands for a department a question names by a short form ("青岚省血液中心" of 青岚省红十字血液中心). Made-up names.
 */
const DISTRICT = ['关于桐江区2013年“三公”经费决算支出情况说明', '此次公开的我区2013年“三公”经费为决算支出汇总数,“三公”经费支出总数为557万元。'].join('\n')
const CENTRE = ['青岚省红十字血液中心2023年单位预算', '一、收入支出预算总体情况', '2023年收入预算总计2,752.46万元,支出预算总计2,752.46万元。'].join('\n')
const extra = await readSources([
  { name: 'tongjiang-2013-sangong.txt', bytes: new TextEncoder().encode(DISTRICT) },
  { name: 'qinglan-xyzx-2023-dwys.txt', bytes: new TextEncoder().encode(CENTRE) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('a place held as its own account names no department', () => {
  it('a centre asked by its short form is found beside a district held whole', () => {
    const r = engine.ask({ question: '青岚省血液中心2023年收入预算总计多少？' })
    expect(r.answer).toContain('2,752.46万元')
    expect(r.citations[0]?.docId).toBe('qinglan-xyzx-2023-dwys')
  })
  it.each(['桐江区2013年三公经费是多少？', '桐江区政府2013年三公经费是多少？'])('the district is still answered by its name and as its government: %s', (question) => {
    expect(engine.ask({ question }).answer).toContain('557万元')
  })
})
