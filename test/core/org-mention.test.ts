import { describe, expect, it } from 'vitest'
import { findOrgMentions } from '../../server/core/tools/lib/org-mention.js'
import { seedEngine } from './seed-engine.js'

const HELD = ['江北', '綦江', '开州', '渝北', '南岸']
const FIGURE = /\d[\d,]*(?:\.\d+)?\s*(?:万元|元)/

describe('cities named alone', () => {
  it('reads a two-character city name ending in 城 with its 本级 (晋城市本级), but not 大城市', () => {
    expect(findOrgMentions('晋城市本级2023年政府性基金支出决算是多少？', HELD).map((m) => [m.city, m.cityOnly])).toEqual([['晋城市', true]])
    expect(findOrgMentions('为什么定州四中和在大城市里的学校不同', HELD).some((m) => m.city === '大城市')).toBe(false)
  })

  it('reads the place after 为什么 (为什么渝中区…)', () => {
    expect(findOrgMentions('为什么渝中区医保局办公费多', HELD).map((m) => m.stem)).toEqual(['渝中'])
  })
})

describe('organisations the corpus does not hold', () => {
  it('reads two- and three-character district names whole, without the word before them', () => {
    const names = (q: string) => findOrgMentions(q, HELD).map((m) => [m.stem, m.known])
    expect(names('沙坪坝区2025年办公费是多少')).toEqual([['沙坪坝', false]])
    expect(names('上海市浦东新区2025年办公费')).toEqual([['浦东新', false]])
    expect(names('重庆市渝中区医保局2025年办公费')).toEqual([['渝中', false]])
    expect(names('请问在渝中区2025年办公费')).toEqual([['渝中', false]])
    expect(names('江北区和南岸区2025年办公费')).toEqual([['江北', true], ['南岸', true]])
  })

  it('answers a city or district that is not held with a plain not-found naming it, never with a figure', () => {
    for (const [q, name] of [
      ['北京市2025年办公费是多少？', '北京市'],
      ['沙坪坝区2025年办公费是多少？', '沙坪坝区'],
      ['上海市浦东新区2025年办公费是多少？', '上海市浦东新区'],
    ]) {
      const res = seedEngine().ask({ question: q })
      expect(res.answer).toContain(`“${name}”`)
      expect(res.answer).not.toMatch(FIGURE)
      expect(res.citations).toEqual([])
    }
  })

  it('scopes a held city named alone to its documents, answering from those that hold the year', () => {
    const res = seedEngine().ask({ question: '重庆市2025年办公费是多少' })
    expect(res.answer).toContain('440,000.00元')
    expect(res.answer).not.toMatch(/以下依据/)
    expect(res.citations.some((c) => c.rowName === '办公费' && c.code === '30201')).toBe(true)
  })
})

describe('short names of departments', () => {
  it('expands common abbreviations to the names documents print', async () => {
    const { expandOrgAbbrev } = await import('../../server/core/tools/lib/org-match.js')
    expect(expandOrgAbbrev('江岸区市场监管局')).toBe('江岸区市场监督管理局')
    expect(expandOrgAbbrev('江岸区市场监督管理局')).toBe('江岸区市场监督管理局')
    expect(expandOrgAbbrev('西湖区卫健委')).toBe('西湖区卫生健康委员会')
    expect(expandOrgAbbrev('渝北医保局')).toBe('渝北医疗保障局')
  })
})

describe('city-level bodies by the shape of their names', () => {
  it.each([
    ['杭州市园林文物局2024年三公经费', { city: '杭州市', type: 'bureau', dept: '园林文物' }],
    ['宁波市第二医院2024年收入预算', { city: '宁波市', type: 'other' }],
    ['苏州市体育运动学校2024年事业收入', { city: '苏州市', type: 'other', dept: '体育运动学校' }],
  ])('%s names a unit of that city', (q, want) => {
    const [m] = findOrgMentions(q, HELD)
    expect(m).toMatchObject(want)
  })

  it('an event of a city is the city, not a unit of it; 全市/城市 name no city', () => {
    expect(findOrgMentions('合州市第十届运动会筹办项目的绩效目标', HELD)).toEqual([expect.objectContaining({ city: '合州市', cityOnly: true })])
    expect(findOrgMentions('全市城市管理局有哪些项目', HELD)).toEqual([])
    expect(findOrgMentions('城市维护建设税是多少', HELD)).toEqual([])
  })

  it('a school or hospital of a held city is not answered by that city’s bureaus', () => {
    const res = seedEngine().ask({ question: '重庆市第一中学2025年办公费是多少' })
    expect(res.answer).toContain('没有找到')
    expect(res.answer).not.toMatch(/\d[\d,]*\.\d+万?元/)
    expect(res.citations).toEqual([])
  })
})
