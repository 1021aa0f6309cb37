import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (retired count, 小计 after a count's name, count-part share by 占…多少, rule plate-asked): a county
 * office's 机构设置 prints its people as a form's line ("编制人数小计12人,其中:行政编制人数4人,参照公务员法管理的事业编制
 * 人数2人,事业编制人数6人。…退休人数小计9人。") and the second plate it carries.
 * Made-up county, office and figures.
 */
const DOC = [
  '桐岭县地方志研究室2024年部门预算',
  '第一部分 部门概况',
  '一、机构设置',
  '桐岭县地方志研究室是县委县政府直属正科级单位,在县党史县志工作办公室的基础上组建,加挂县档案馆牌子,为公益一类事业单位。',
  '二、人员构成',
  '编制人数小计12人,其中:行政编制人数4人,参照公务员法管理的事业编制人数2人,事业编制人数6人。实有人数20人,其中:在职人数小计12人。离休人数小计0人,退休人数小计8人。',
].join('\n')

describe('an office’s people as a form’s line', async () => {
  const extra = await readSources([{ name: 'tongling-dfz-2024-bmys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('counts the retired, the office named first', () => {
    const r = engine.ask({ question: '地方志研究室退休的有几个人' })
    expect(r.answer).toContain('8人')
    expect(r.answer).not.toContain('室退休')
  })

  it('sets the retired against the staff actually held', () => {
    expect(engine.ask({ question: '桐岭县地方志研究室退休人员占实有人数的比例是多少' }).answer).toContain('40.00%')
  })

  it('sets a part against its whole when asked 占…多少', () => {
    const r = engine.ask({ question: '桐岭地方志研究室行政编制占编制总数多少？' })
    expect(r.answer).toContain('行政编制：4人')
    expect(r.answer).toContain('33.33%')
  })

  it('says the second plate it carries', () => {
    expect(engine.ask({ question: '桐岭县地方志研究室还挂了什么牌子？' }).answer).toContain('县档案馆')
  })
})
