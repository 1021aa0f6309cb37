import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 30: whose page, as real pages name it obliquely: a county's report titled "…县2022年县级财政预算执行情况和2023年
 * 县级财政预算草案的报告" (its 县级 before the fund); a report titled only "2024年本级财政决算草案" whose body opens with the
 * district ("某区第十六届人民代表大会…审议通过的2024年全区财政总收入预算…"); a 三公 page whose first sentence names the
 * district before its year ("某区2022年的“三公”经费决算数合计为…"); and the democratic parties' joint page (某市各民主党派).
 * Made-up places and figures.
 */

const PAGES: [string, string][] = [
  ['county.html', html('(某省)澜州市桐溪县2022年县级财政预算执行情况和 2023年县级财政预算草案的报告', ['(某省)澜州市桐溪县2022年县级财政预算执行情况和 2023年县级财政预算草案的报告', '一、2022年预算执行情况', '全县一般公共预算收入完成52000万元。'])],
  ['own.html', html('2024年本级财政决算草案', ['2024年本级财政决算草案', '一、2024年财政收支预算', '溪川区第十六届人民代表大会四次会议审议通过的2024年全区财政总收入预算为84.97亿元,其中一般公共预算收入预算为44.17亿元。'])],
  ['sangong.html', html('2022年一般公共预算“三公”经费决算执行情况说明', ['今天是 智能问答', '2022年一般公共预算“三公”经费决算执行情况说明', '日期:2023-11-17', '溪口区2022年的“三公"经费决算数合计为300.86万,其中:因公出国(境)费0万元、公务接待费43.77万元。'])],
  ['parties.html', html('澜州市各民主党派2018年三公经费预算情况说明', ['澜州市各民主党派2018年三公经费预算情况说明', '2018年澜州市民主党派财政拨款“三公”经费支出合计13.78万元。'])],
]

describe('pages naming their organisation obliquely', async () => {
  const corpus = buildCorpus(await readSources(PAGES.map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })))).corpus
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)

  it('reads a county’s 县级 财政预算 report', () => {
    expect(doc('county')).toMatchObject({ year: 2023, scope: '财政预算' })
    expect(doc('county')?.org).toContain('桐溪县')
  })
  it('reads a 本级财政决算草案 titled without its place from the body', () => {
    expect(doc('own')).toMatchObject({ year: 2024, scope: '财政决算' })
    expect(doc('own')?.org).toContain('溪川区')
  })
  it('reads the district named before a 三公 sentence’s year', () => {
    expect(doc('sangong')?.org).toBe('溪口区')
  })
  it('reads the democratic parties’ joint page', () => {
    expect(doc('parties')?.org).toBe('澜州市各民主党派')
  })
})
