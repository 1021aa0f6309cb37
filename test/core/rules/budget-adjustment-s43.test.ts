import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../../server/core/engine.js'

/**
 * Session 43: a place's 预算调整方案 (new bonds raise its debt limit mid-year), published as a page: held as the place's
 * own 财政预算 by its title (fiscal-budget-title); its figures stated before and after the change (rule after-event); a
 * balance stated as at the end of the year before (rule year-end-stock). Made-up district.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年澜石区预算调整方案</title></head><body>
<p>2023年澜石区预算调整方案</p>
<p>一、2023年预算调整事由</p>
<p>2023年2月,自治区财政厅下达我区2023年第一批新增政府一般债券资金6,000万元,需纳入一般公共预算,编制收支预算调整。</p>
<p>二、2023年政府债务限额、余额及新增债券安排情况</p>
<p>澜石区2022年政府债务限额为150,000万元,其中一般债务限额120,000万元,专项债务限额为30,000万元。</p>
<p>增加后,政府债务限额为156,000万元,其中一般债务限额126,000万元,专项债务限额为30,000万元。</p>
<p>截至2022年底,我区法定债务余额为140,000.50万元,其中一般债务余额为110,000.50万元,专项债务余额为30,000万元。</p>
<p>此次增加一般债务6,000万元后,我区法定债务余额为146,000.50万元,其中一般债务余额为116,000.50万元,专项债务余额为30,000万元。</p>
</body></html>`

describe('a place\'s budget adjustment plan', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanshi-2023-ystz.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)

  it('is held as the place\'s own budget of the year', () => {
    expect(corpus.documents.map((d) => [d.org, d.year, d.scope])).toEqual([['澜石区', 2023, '财政预算']])
  })

  it('reads a figure asked after the change in the sentence stating the outcome', () => {
    const a = engine.ask({ question: '澜石区增加后的一般债务限额是多少？' }).answer
    expect(a).toContain('126,000万元')
    expect(a).not.toContain('120,000万元')
    expect(engine.ask({ question: '澜石区调整后的一般债务限额是多少？' }).answer).toContain('126,000万元')
  })

  it('computes a share after the change from the outcome\'s figures', () => {
    const a = engine.ask({ question: '澜石区增加债券后，一般债务余额占法定债务余额的比例是多少？' }).answer
    expect(a).toContain('116,000.50万元')
    expect(a).toContain('146,000.50万元')
  })

  it('never calls the figures before and after the change a contradiction', () => {
    expect(engine.ask({ question: '澜石区一般债务限额是多少？' }).answer).not.toContain('不一致')
  })

  it('reads a balance stated as at the end of the year before as that year\'s', () => {
    const a = engine.ask({ question: '截至2022年底澜石区一般债务余额有多少？' }).answer
    expect(a).toContain('110,000.50万元')
  })
})

describe('a year-end asked as 2022年底 (rule year-end-stock, the 底 no unread word)', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanshi-2023-ystz.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('reads the balance at that year\'s end', () => {
    expect(engine.ask({ question: '澜石区2022年底法定债务余额多少' }).answer).toContain('140,000.50万元')
  })
})
