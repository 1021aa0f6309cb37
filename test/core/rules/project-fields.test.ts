import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23 (rules project-fields, project-owner): a page describing its projects field by field, with no title, the
 * body that carries them out named in each ("(3)实施主体。…"). A made-up district (青岚区) and bureau.
 */
const PAGE = [
  '|',
  '1.“体育场馆运营专项经费”项目。 (1)项目概述。主要用于体育场馆整体运营。 (2)立项依据。体育场馆运行管理需要。 (3)实施主体。青岚市青岚区文化旅游体育局。 (4)起止时间。2025年1月1日-2025年12月31日 (5)项目内容。场馆运营主要包括保洁费、水电费和设备维修3部分。 (6)年度预算安排。财政拨款520万元。 2.“全民阅读推广经费”项目。 (1)项目概述。主要用于全民阅读活动。 (2)立项依据。全民阅读工作开展需要。 (3)实施主体。青岚市青岚区文化旅游体育局。 (4)起止时间。2025年1月1日-2025年12月31日 (5)项目内容。举办读书节、流动书车下乡。 (6)年度预算安排。财政拨款86.5万元。',
  '项目支出绩效目标表 |',
  '| (2025年度) | |||',
].join('\n')

describe('projects described field by field', async () => {
  const extra = await readSources([{ name: 'ql-wlt-2025-xm.html', bytes: new TextEncoder().encode(PAGE) }])
  const corpus = buildCorpus(seedSources(extra)).corpus
  const engine = createEngine(corpus)
  it('the page is the body its projects name as their 实施主体', () => {
    expect(corpus.documents.find((d) => d.id === 'ql-wlt-2025-xm')?.org).toBe('青岚市青岚区文化旅游体育局')
  })
  it('a project’s money, content, basis and period, each from its own field', () => {
    const money = engine.ask({ question: '青岚文旅体局体育场馆运营专项经费25年预算多少' })
    expect(money.answer).toContain('520万元')
    expect(money.citations[0]).toMatchObject({ kind: 'paragraph', text: '(6)年度预算安排。财政拨款520万元。' })
    expect(engine.ask({ question: '全民阅读推广经费主要用在哪些方面' }).answer).toContain('流动书车下乡')
    expect(engine.ask({ question: '体育场馆运营专项为什么要立项' }).answer).toContain('体育场馆运行管理需要')
  })
  it('a field the page does not print is not answered from another', () => {
    expect(engine.ask({ question: '全民阅读推广经费的绩效目标是什么' }).answer).not.toContain('86.5')
  })
})
