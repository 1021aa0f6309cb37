import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: the year a document is of, asked of it ("这个页面到底是哪一年的数", "A的说明和B的决算分别是哪一年度的",
 * rule doc-year-asked): each document's year and kind with the line its title is read from; a page whose figures are
 * stated for another year than its title's says both, quoted. Made-up names and figures.
 */

const PAGE = html('澜州市各民主党派2019年三公经费预算情况说明', [
  '澜州市各民主党派2019年三公经费预算情况说明',
  '2018年澜州市民主党派财政拨款“三公”经费支出合计16.40万元,比上年减少2万元。',
  '1、公务接待费7.20万元,与去年持平。',
])
const FINAL = ['溪桥县溪口镇财政所2023年度单位决算', '第一部分 单位概况', '溪口镇财政所为全额拨款事业单位。', '2023年度收入决算合计88.20万元。'].join('\n')

describe('the year a document is of', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'lanzhou-mzdp-2019-sangong.html', bytes: new TextEncoder().encode(PAGE) },
    { name: 'xiqiao-xikou-czs-2023-dwjs.txt', bytes: new TextEncoder().encode(FINAL) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('says the title’s year and the other year its figures are stated for', () => {
    const a = ask('澜州民主党派这个页面到底是哪一年的数？')
    expect(a).toContain('2019年度')
    expect(a).toContain('2018年')
    expect(a).toContain('文件前后不一致')
  })
  it('answers each document asked, the ask written once at the end', () => {
    const a = ask('澜州市各民主党派的说明和溪口镇财政所的决算分别是哪一年度的？')
    expect(a).toContain('澜州市各民主党派的三公经费预算文件是2019年度的')
    expect(a).toContain('溪桥县溪口镇财政所的单位决算文件是2023年度的')
  })
})
