import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: a government's budget report is the place's account (某市本级) made by its finance bureau, whose head
 * prints it ("某市财政局局长 某某"): a citation of the report names that body beside the account (its presenter),
 * as the report's own head does; a department's budget names none. Made-up names and figures.
 */
const REPORT = html('关于岭州市2024年市级财政决算（草案）的报告', [
  '岭州市财政局局长 周明远',
  '（2025年8月20日）',
  '受市人民政府委托，现向市人大常委会报告2024年岭州市市级财政决算（草案）有关情况，请予审议。',
  '一、2024年市级财政决算情况',
  '2024年市本级一般公共预算收入86.40亿元，增长6.2%，完成预算的101.8%。',
])
const BUREAU = html('岭州市图书馆2025年部门预算', ['岭州市图书馆2025年部门预算', '一、收支预算总体情况', '2025年收入预算总计960.50万元。'])

describe('the body that made a budget report', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingzhou-czj-2024-shiji-juesuan.html', bytes: new TextEncoder().encode(REPORT) },
    { name: 'lingzhou-tsg-2025-bmys.html', bytes: new TextEncoder().encode(BUREAU) },
  ]))
  const engine = createEngine(corpus)

  it('names the report’s presenter in its citations', () => {
    const r = engine.ask({ question: '岭州市本级2024年一般公共预算收入是多少' })
    expect(r.answer).toContain('86.40亿元')
    expect(r.citations.length).toBeGreaterThan(0)
    for (const c of r.citations) expect(c.presenter).toBe('岭州市财政局')
  })
  it('names none for a department’s own budget', () => {
    const r = engine.ask({ question: '岭州市图书馆2025年收入预算总计多少' })
    expect(r.answer).toContain('960.50万元')
    for (const c of r.citations) expect(c.presenter).toBeUndefined()
  })
})
