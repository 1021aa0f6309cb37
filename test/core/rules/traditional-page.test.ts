import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { seedSources } from '../seed-engine.js'
import { TRADITIONAL_PAGE, TRADITIONAL_TABLE_PAGE } from './traditional-page-fixture.js'

/**
 * A page mirrored in Traditional characters with pinyin glosses is read for meaning in Simplified (metadata, tables,
 * prose, matching), while every quote and citation stays as printed, beside the seeds (which must not change).
 */
let built: { engine: Engine; docs: BudgetDocument[] } | undefined
async function corpus() {
  if (!built) {
    const extra = await readSources([
      { name: 'huluntan-yshj-2022.html', bytes: new TextEncoder().encode(TRADITIONAL_PAGE) },
      { name: 'huluntan-sjj-2022.html', bytes: new TextEncoder().encode(TRADITIONAL_TABLE_PAGE) },
    ])
    const { corpus } = buildCorpus(seedSources(extra))
    built = { engine: createEngine(corpus), docs: corpus.documents }
  }
  return built
}
const page = async (id = 'huluntan-yshj-2022') => (await corpus()).docs.find((d) => d.id === id)!
const ask = async (question: string) => (await corpus()).engine.ask({ question })

describe('a page in Traditional script with pinyin glosses', () => {
  it('is read for meaning: organisation, place, year and kind in Simplified; its title as printed', async () => {
    const d = await page()
    expect(d).toMatchObject({ org: '呼伦滩市营商环境服务中心', city: '呼伦滩市', year: 2022, scope: '部门决算' })
    expect(d.title).toBe('呼倫灘市營商環境服務(wù)中心2022年度部門決算公開說明')
    expect(d.metadataNeeded).toBeUndefined()
  })

  it('keeps each paragraph, heading, table title and row name as printed beside its meaning', async () => {
    const d = await page()
    const p = d.paragraphs.find((x) => x.text.startsWith('2022年度收入总计'))!
    expect(p.text).toContain('年初结转和结余22.20万元')
    expect(p.printed).toContain('年初結(jié)轉(zhuǎn)和結(jié)余22.20萬元')
    expect(d.sections.map((s) => s.printed)).toContain('一、機構(gòu)設(shè)置及人員情況')
    const t = (await page('huluntan-sjj-2022')).tables[0]
    expect([t.title, t.printedTitle, t.kind, t.unit]).toEqual(['收入支出决算总表', '收入支出決算總表', 'summary', '万元'])
    expect(t.rows.map((r) => [r.name, r.printed])).toContainEqual(['年初结转和结余', '年初結(jié)轉(zhuǎn)和結(jié)余'])
  })

  it('leaves a Simplified document without printed forms', async () => {
    const seeds = (await corpus()).docs.filter((d) => !d.id.startsWith('huluntan'))
    expect(seeds.length).toBeGreaterThan(0)
    for (const d of seeds) {
      expect(d.paragraphs.some((p) => p.printed !== undefined)).toBe(false)
      expect(d.tables.some((t) => t.printedTitle !== undefined || t.rows.some((r) => r.printed !== undefined))).toBe(false)
    }
  })

  it.each([
    ['呼伦滩市数据局2022年收入总计是多少？', '360.00万元', '收入總計'],
    ['呼伦滩市数据局2022年年末结转和结余多少？', '10.00万元', '年末結(jié)轉(zhuǎn)和結(jié)余'],
  ])('answers %s in Simplified, citing the row as printed', async (q, figure, printed) => {
    const res = await ask(q)
    expect(res.answer).toContain(figure)
    expect(res.answer).not.toMatch(/萬元/)
    expect(res.citations.some((c) => c.rowName === printed && c.title === '呼倫灘市數(shù)據局2022年度部門決算')).toBe(true)
  })

  it('answers from the prose with the paragraph quoted as printed', async () => {
    const res = await ask('呼伦滩市营商环境服务中心2022年本年支出合计多少？')
    expect(res.answer).toContain('801.50万元')
    expect(res.citations.some((c) => c.kind === 'paragraph' && c.text?.includes('本年支出合計801.50萬元'))).toBe(true)
  })
})

describe('决算 prose read by the words the question uses', () => {
  it('tells 收入总计 from 本年收入合计 where only the prose states them', async () => {
    const total = await ask('呼伦滩市营商环境服务中心2022年支出总计多少？')
    expect(total.answer).toContain('812.30万元')
    const own = await ask('呼伦滩市营商环境服务中心2022年本年支出合计多少？')
    expect(own.answer).toContain('801.50万元')
    expect(own.answer).not.toContain('812.30')
  })

  it('reads the overall change (收支总体) as the prose states it', async () => {
    const res = await ask('呼伦滩市营商环境服务中心2022年收支总体比上年减少多少？下降多少？')
    expect(res.answer).toContain('37.60万元')
    expect(res.answer).toContain('4.42%')
    expect(res.citations.some((c) => c.text?.includes('收入支出總體與上年相比'))).toBe(true)
  })

  it('answers every count asked: 实有人数 and 在职人员 apart', async () => {
    const res = await ask('呼伦滩市营商环境服务中心2022年实有多少人？在职几人？')
    expect(res.answer).toMatch(/实有人数：26人/)
    expect(res.answer).toMatch(/21人/)
  })
})
