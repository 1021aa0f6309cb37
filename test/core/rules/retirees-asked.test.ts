import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** Session 26: 退休人员 / "退休的" asked of a page that counts 离退休人员; 退休费 stays money. Made-up bureau. */
const DOC = [
  '岩川市气象局2025年部门预算',
  '一、机构设置及人员情况',
  '年初实有在职人员43人，离退休人员17人。',
  '二、收支预算情况',
  '2025年收入预算1,200.00万元。',
].join('\n')

describe('retirees asked by their everyday words', async () => {
  const extra = await readSources([{ name: 'yanchuan-qxj-2025.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads 退休人员 and 退休的 as the 离退休人员 counted', () => {
    expect(ask('岩川市气象局退休人员多少')).toContain('17人')
    expect(ask('岩川市气象局在职多少人，退休的多少')).toMatch(/43人[\s\S]*17人/)
  })
  it('never reads 退休费 as people', () => {
    expect(ask('岩川市气象局退休费多少')).not.toContain('17人')
  })
})
