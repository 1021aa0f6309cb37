import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { foldMeaning } from '../../../server/core/read/meaning-view.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: a district's 三公 page that writes its totals in 万 without 元 ("决算数合计为520.30万,其中:…") and
 * states the year before's list in the same paragraph. The bare 万 is 万元 (fold bare-money-unit; 万人, 万亩 are no
 * money), and a figure of the year before's sentence is no second figure of the year's own (no false "两处不一致",
 * no false finding). Made-up place and figures.
 */

const PAGE = html('2023年一般公共预算“三公”经费决算执行情况说明', [
  '2023年一般公共预算“三公”经费决算执行情况说明',
  '日期:2024-10-09',
  '溪口区2023年的“三公"经费决算数合计为520.30万,其中:因公出国(境)费0万元、公务用车购置费180.20万元、公务用车运行维护费260.40万元、公务接待费79.70万元。2022年的三公经费决算数合计为480.10万,其中:因公出国(境)费0万元、公务用车购置费150.00万元、公务用车运行维护费250.60万元、公务接待费79.50万元。',
  '2023年“三公"经费决算数相较于上年增加40.20万元,主要原因是公务用车购置增加30.20万元。',
])

describe('bare 万 and the year before’s list', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xikou-2023-sangong.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('folds a bare 万 or 亿 after an amount to 万元/亿元, never a counted 万', () => {
    expect(foldMeaning('合计为520.30万,其中')).toBe('合计为520.30万元,其中')
    expect(foldMeaning('减收11.7亿。')).toBe('减收11.7亿元。')
    expect(foldMeaning('管护12.6万亩,服务3万人次')).toBe('管护12.6万亩,服务3万人次')
  })
  it('answers the whole written in 万', () => {
    expect(ask('溪口区2023年三公经费决算合计是多少？')).toContain('520.30万元')
  })
  it('never sets the year before’s figure against the year’s own', () => {
    const a = ask('溪口区23年公务用车购置费决算多少')
    expect(a).toContain('180.20万元')
    expect(a).not.toContain('两处不一致')
    expect(a).not.toContain('文件前后不一致')
  })
})
