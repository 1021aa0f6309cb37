import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 23: units said by their short names (三幼 of a 直属机关第三幼儿园, 中院 of a 中级人民法院, 某某旗 of a
 * 某某族自治旗), and a banner place no document is held for (某某旗) refused, never answered by another unit. Made-up
 * places and units.
 */
const KINDERGARTEN = [
  '青岚省直属机关第三幼儿园2025年单位预算',
  '一、单位预算收支情况说明',
  '我单位总收入1200.50万元,其中一般公共预算收入1100.20万元。',
  '二、机构设置情况',
  '单位内设办公室、保教部、后勤部等部门,没有下属二层机构。',
].join('\n')
const COURT = [
  '柳岸市中级人民法院2021年一般公共预算财政拨款“三公”经费支出决算情况说明',
  '2021年度一般公共预算财政拨款“三公”经费支出预算为60.00万元,支出决算为45.20万元,完成预算的75.33%。',
  '(一)公务用车购置及运行费支出40.00万元。',
  '公务用车购置及运行费支出决算数比预算数减少12.00万元,下降23.08%。主要原因是加强公务用车的管理。',
  '(二)公务接待费支出5.20万元。',
].join('\n')
const BANNER = [
  '关于赫哲族自治旗2025年预算执行情况和2026年预算草案的报告',
  '一、2025年财政预算执行情况',
  '2025年,一般公共预算收入实际完成52,300万元,比上年增加2,100万元,增长4.18%,税收收入完成40,100万元。',
].join('\n')

describe('units said by their short names', async () => {
  const extra = await readSources([
    { name: 'qlsz-3y-2025.txt', bytes: new TextEncoder().encode(KINDERGARTEN) },
    { name: 'la-zy-2021.txt', bytes: new TextEncoder().encode(COURT) },
    { name: 'hz-2026.txt', bytes: new TextEncoder().encode(BANNER) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('三幼 is the 第三幼儿园, and 内设哪些部门 asks its offices, not what is held', () => {
    const r = engine.ask({ question: '三幼今年一般公共预算收入安排了多少？' })
    expect(r.answer).toContain('1100.20万元')
    expect(r.answer).not.toContain('柳岸')
    const offices = engine.ask({ question: '第三幼儿园内设哪些部门' })
    expect(offices.answer).toContain('保教部')
  })
  it('柳岸中院 is the 中级人民法院; 公车费用 where only 购置及运行费 is printed is that account, its printed rate said', () => {
    const r = engine.ask({ question: '柳岸中院公车费用比预算少了多少，降了百分之几' })
    expect(r.answer).toContain('12.00万元')
    expect(r.answer).toContain('23.08%')
    expect(r.answer).not.toContain('计算得出')
    expect(r.citations.every((c) => c.org === '柳岸市中级人民法院')).toBe(true)
  })
  it('赫哲旗 is 赫哲族自治旗', () => {
    const r = engine.ask({ question: '赫哲旗2025年税收收入多少' })
    expect(r.answer).toContain('40,100万元')
  })
  it('a banner place not held is refused, never answered by another unit', () => {
    for (const q of ['达拉特旗2025年一般公共预算收入多少', '达拉特旗税收收入多少', '长阳县一般公共预算收入多少']) {
      const r = engine.ask({ question: q })
      expect(r.answer, q).toMatch(/^没有找到“(?:达拉特旗|长阳县)”/)
      expect(r.citations, q).toEqual([])
    }
  })
})
