import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

/**
 * Session 21: a page of public money that calls itself neither 预算 nor 决算 (a 彩票公益金 notice) is held, never
 * refused; what it accounts for (a year's money raised and spent) is read as that year's account. Made-up place.
 */
const NOTICE = [
  '柳岸区体育局关于2023年体育彩票公益金筹集使用情况的公告',
  '为贯彻落实《彩票管理条例》,现将2023年本级体育彩票公益金筹集、使用情况公告如下:',
  '一、彩票公益金分配情况',
  '2023年本级体育彩票公益金总收入820.50万元,上年结转40.10万元,总支出845.00万元,本年结余15.60万元。',
  '特此公告。',
]

describe('a 彩票公益金 notice', () => {
  it('is held with its organisation, year and kind', () => {
    const { document: d } = parseDocument('notice.html', NOTICE.join('\n'))
    expect(d).toMatchObject({ org: '柳岸区体育局', year: 2023, scope: '部门决算' })
    expect(d.metadataNeeded ?? []).toEqual([])
  })
  it('a page naming nobody and stating money is held as "metadata needed", not refused', () => {
    const { document: d } = parseDocument('p.html', ['现将有关情况公告如下:', '本年收入820.50万元,支出845.00万元。'].join('\n'))
    expect(d.metadataNeeded).toContain('org')
  })
  it('a page with no budget word and no money is still refused', () => {
    expect(() => parseDocument('recipe.txt', '红烧肉的做法\n五花肉500克切块。')).toThrow(/not a budget disclosure/)
  })
})
