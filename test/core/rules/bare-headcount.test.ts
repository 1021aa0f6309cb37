import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules bare-headcount, people-status): a township's 部门预算 prints its people as a form's line, each
 * 人数 bare and the unit once at the list's end ("编制人数36,其中:行政编制人数15、…全部补助事业编制人数21人。").
 * The 编制 asked is the 36 printed right after 编制人数, never the last part that carries the unit; "退休的有几个人" asks
 * the 退休人数, never the 编制. Made-up township and figures.
 */
const DOC = [
  '青梧县柳塘乡人民政府2023年部门预算',
  '一、部门基本情况',
  '人员情况要求:编制人数36,其中:行政编制人数15、参照公务员管理的事业编制人数0、全部补助事业编制人数21人。实有人数40,其中:在职人数31,行政在职人数14、全部补助事业在职人数17;离休人数0;退休人数9;遗属人数0。',
  '二、收支预算情况',
  '2023年收入预算总额612.40万元,支出预算总额612.40万元。',
].join('\n')

describe('a form’s line of people printed without units', async () => {
  const extra = await readSources([{ name: 'liutang-2023-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('reads the 编制 printed bare after 编制人数, not the part that carries the unit', () => {
    const r = engine.ask({ question: '柳塘乡政府编制一共多少人' })
    expect(r.answer).toContain('36人')
    expect(r.answer).not.toMatch(/编制[:：]21人/u)
  })

  it('reads 实有人数 the same way', () => {
    expect(engine.ask({ question: '柳塘乡实有人数多少？' }).answer).toContain('40人')
  })

  it('answers a status said alone with that status’s count, never the 编制', () => {
    const r = engine.ask({ question: '柳塘乡退休的有几个人' })
    expect(r.answer).toContain('9人')
    expect(r.answer).not.toContain('36人')
  })
})
