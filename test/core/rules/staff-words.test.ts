import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** Session 21: staff in post said as 在职在编人员 / 在编人员 (a made-up centre). */
const PAGE = [
  '青岚市疾病防治中心2025年单位预算',
  '一、单位基本情况',
  '青岚市疾病防治中心人员编制总数 30 名,其中:全额事业编制 30 名。其中,在职在编人员 24 人,退休人员 9 人。',
  '2025年公务接待费预算2.00万元,全年国内公务接待批次累计36次,国内公务接待人次280人。',
  '二、收支预算',
  '2025年收入预算800.00万元。',
].join('\n')
const extra = await readSources([{ name: 'qinglan-jbfz-2025-dwys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('在职在编人员 counts the staff in post', () => {
  it('against the 编制 it is a share of', () => {
    const r = engine.ask({ question: '青岚市疾病防治中心在职在编人员占编制数的比例是多少？' })
    expect(r.answer).toContain('80.00%')
  })
  it('公务接待 asked 多少次、多少人: its 批次 and 人次', () => {
    const r = engine.ask({ question: '青岚市疾病防治中心国内公务接待了多少次、多少人？' })
    expect(r.answer).toContain('36次')
    expect(r.answer).toContain('280人')
  })
  it('在编在岗 counts staff in post (编制 in 个 read from the count asked in 个)', async () => {
    const page = ['柳岸市第五中学2024年部门预算', '一、部门基本情况', '柳岸市第五中学共有事业编制120个,在编在岗职工112人,退休职工40人。', '二、收支预算', '2024年收入预算3000.00万元。'].join('\n')
    const e = createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-wz-2024-ys.txt', bytes: new TextEncoder().encode(page) }]))).corpus)
    const r = e.ask({ question: '柳岸五中有多少个事业编制，在岗的有多少人' })
    expect(r.answer).toContain('120个')
    expect(r.answer).toContain('112人')
  })
})
