import { describe, expect, it } from 'vitest'
import { barPercents, citationLabel, errorSentence, findColumnIndex, groupThousands, hitWan, shiftDecimal, shortOrg, toWan, wanDecimal } from '../../web/src/shared/format.js'
import type { Citation } from '../../web/src/shared/types.js'

describe('shiftDecimal', () => {
  it.each([
    ['10000.00', -4, '1'],
    ['0.50', -4, '0.00005'],
    ['41,944,713.02', -4, '4194.471302'],
    ['5', -1, '0.5'],
    ['1.5', 4, '15000'],
    ['-0.5', 4, '-5000'],
    ['-0', 2, '0'],
    ['1,073.24', 0, '1073.24'],
    ['abc', 2, 'abc'],
  ])('%s × 10^%i → %s', (value, places, out) => expect(shiftDecimal(value, places)).toBe(out))
})

describe('万元', () => {
  it.each([
    ['10,000.00', '元', '1.00'],
    ['0.50', '万元', '0.50'],
    ['41,944,713.02', '元', '4194.471302'],
    ['2', '亿元', '20000.00'],
    ['95', '%', undefined],
    ['—', '元', undefined],
  ])('wanDecimal(%s %s) → %s', (v, u, out) => expect(wanDecimal(v, u)).toBe(out))

  it('formats for display with grouping', () => {
    expect(toWan('41,944,713.02', '元')).toBe('4,194.471302 万元')
    expect(groupThousands('1234567')).toBe('1,234,567')
    expect(groupThousands('-1234.5')).toBe('-1,234.5')
  })

  it('takes the server 万元 text when a hit has one', () => {
    expect(hitWan({ wan: '2,039.00万元', value: '20,390,000.00', unit: '元' })).toBe('2039.00')
    expect(hitWan({ value: '20,390,000.00', unit: '元' })).toBe('2039.00')
    expect(hitWan({ value: '3', unit: '人' })).toBeUndefined()
  })
})

describe('labels', () => {
  const base: Citation = { kind: 'row', docId: 'd', org: '重庆市渝北区医疗保障局', year: 2025, lines: [146, 146] }
  it('names a row by table, code, name and figure', () => {
    expect(citationLabel({ ...base, tableNumber: '表三', code: '30217', rowName: '公务接待费', value: '0.50', unit: '万元' })).toBe('表三 · 30217 公务接待费 · 0.50 万元')
  })
  it('names a paragraph by organisation and line', () => {
    expect(citationLabel({ ...base, kind: 'paragraph', lines: [12, 13] })).toBe('说明第 12 行')
  })
  it('names an unnumbered table by its short title', () => {
    expect(citationLabel({ ...base, tableTitle: '2025年渝北区部门一般公共预算财政拨款基本支出预算表', code: '30217', rowName: '公务接待费', value: '10,000.00', unit: '元' })).toBe('一般公共预算财政拨款基本支… · 30217 公务接待费 · 10,000.00 元')
  })
  it('shortens organisation names', () => {
    expect(shortOrg('原重庆市江北区医疗保障事务中心')).toBe('江北区医疗保障事务中心')
  })
})

describe('barPercents', () => {
  it('scales to the largest magnitude', () => {
    expect(barPercents([{ label: 'a', yuan: 200, text: '' }, { label: 'b', yuan: 50, text: '' }, { label: 'c', yuan: 0, text: '' }, { label: 'd', yuan: 0.001, text: '' }])).toEqual([100, 25, 0, 1])
    expect(barPercents([{ label: 'a', yuan: 0, text: '' }])).toEqual([0])
  })
})

describe('findColumnIndex', () => {
  const columns = [
    { index: 0, label: '科目编码', path: ['科目编码'] },
    { index: 2, label: '2025年预算数 › 合计', path: ['2025年预算数', '合计'] },
    { index: 3, label: '2025年预算数 › 基本支出', path: ['2025年预算数', '基本支出'] },
  ]
  it.each([
    ['2025年预算数 › 基本支出', 3],
    ['2025年预算数 ›  合计', 2],
    ['基本支出', 3],
    ['项目支出', -1],
    [undefined, -1],
  ])('%s → %i', (name, index) => expect(findColumnIndex(columns, name)).toBe(index))
})

describe('errorSentence', () => {
  it('is a plain Chinese sentence for every status', () => {
    for (const status of [0, 400, 403, 404, 429, 500, 503]) expect(errorSentence(status)).toMatch(/[\u4e00-\u9fff].*。$/)
    expect(errorSentence(400, '请求的内容不对。')).toBe('请求的内容不对。')
    expect(errorSentence(400, 'question must not be empty')).toBe('没能处理这个问题，请换个说法再试。')
    expect(errorSentence(500, 'TypeError: 读取失败 at x.ts:3')).toBe('服务暂时出了问题，请稍后再试。')
  })
})
