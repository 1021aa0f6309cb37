import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: a bureau stating its retired people only together with those retired before 1949's rules
 * ("离退休人员31人"): asked 退休的多少, that count, under its own name (the vocabulary's count stated instead); a page
 * printing 退休人员 answers by it. Made-up bureau and figures.
 */
const PAGE = html('岚州市应急管理局2025年部门预算', [
  '岚州市应急管理局2025年部门预算',
  '一、机构设置及人员情况',
  '核定编制60名。年初实有在职人员55人，其中局本级30人、应急救援保障中心25人；离退休人员18人。',
])
const OTHER = html('岚州市水利局2025年部门预算', [
  '岚州市水利局2025年部门预算',
  '一、机构设置及人员情况',
  '核定编制40名，实有在职人员38人，退休人员12人，离退休人员13人。',
])

describe('retired people stated with those retired before', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'lanzhou-yjj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) },
    { name: 'lanzhou-slj-2025-bmys.html', bytes: new TextEncoder().encode(OTHER) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('answers 退休 with the 离退休 count, said by its own name, when no 退休 count is printed', () => {
    const a = ask('岚州市应急管理局在职多少人，退休的多少')
    expect(a).toContain('55人')
    expect(a).toContain('离退休人员')
    expect(a).toContain('18人')
  })
  it('answers by the 退休 count where one is printed', () => {
    const a = ask('岚州市水利局退休人员多少')
    expect(a).toContain('12人')
    expect(a.split('原文')[0]).not.toContain('13人')
  })
})
