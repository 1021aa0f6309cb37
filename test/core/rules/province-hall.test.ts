import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (rules title-place, 交通 short form, province-hall): a province's department whose 三公 note names itself
 * without its province ("交通运输厅2023年…") under a title naming the province's field (某省交通运输部门…), held beside
 * a district's 教育局. It is the province's 交通运输厅, asked as 交通厅 or 省交通厅; a 厅 not held (教育厅) is a
 * province's department, never the district's 教育局. Made-up province-like name, units and figures.
 */
const HALL = [
  '岚海省交通运输部门2023年“三公”经费预算情况说明',
  '交通运输厅2023年一般公共预算“三公”经费预算数为64.20万元,其中:',
  '因公出国(境)经费6万元,较上年预算下降40.00%,主要原因是出访团组减少。公务用车购置及运行费52.70万元,较上年预算增长12.13%,主要原因是车辆老化维修增加。公务接待费5.50万元,较上年预算增长10.00%。',
].join('\n')
const BUREAU = [
  '青川市桐溪区教育局2023年“三公”经费预算情况说明',
  '青川市桐溪区教育局2023年一般公共预算“三公”经费预算数为21.00万元,其中:因公出国(境)费0万元,与上年持平;公务用车购置及运行费15.00万元,比上年减少1.00万元;公务接待费6.00万元,比上年减少0.50万元。',
].join('\n')

describe('a province department named by its field', async () => {
  const extra = await readSources([
    { name: 'lanhai-jtt-2023-sg.txt', bytes: new TextEncoder().encode(HALL) },
    { name: 'tongxi-jyj-2023-sg.txt', bytes: new TextEncoder().encode(BUREAU) },
  ])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('is held under its province, which its title names', () => {
    expect(corpus.documents.map((d) => d.org)).toContain('岚海省交通运输厅')
  })

  it('answers 交通厅 and 省交通厅 with the 交通运输厅’s figures', () => {
    for (const question of ['交通厅出国经费预算多少', '为啥省交通厅接待费增加了']) {
      const r = engine.ask({ question })
      expect(r.answer).toContain('岚海省交通运输厅')
      expect(r.answer).not.toContain('教育局')
    }
    expect(engine.ask({ question: '交通厅出国经费预算多少' }).answer).toContain('6万元')
  })

  it('says a 厅 not held is not held, never the district’s 局 of that field', () => {
    for (const question of ['教育厅出国经费预算多少', '为啥教育厅公车费用减少']) {
      const r = engine.ask({ question })
      expect(r.answer).toContain('没有找到“教育厅”')
      expect(r.answer).not.toMatch(/15\.00|21\.00|桐溪区教育局20/u)
    }
  })
})
