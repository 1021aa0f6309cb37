import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// Session 45 (blind99): a region's 预算调整 report titled "关于2020年自治区本级预算调整方案的报告" was held as 「自治区」's;
// a hospital's 政府采购意向公告 was held with no kind ("metadata needed"), its purchases unanswerable.
describe('titles read in session 45', () => {
  it('reads a level\'s word alone (自治区本级) as no place: the body names the region', () => {
    const text = ['青禾维吾尔自治区人民政府', '关于2020年自治区本级预算调整方案的报告', '受自治区人民政府委托，现将2020年自治区本级预算调整方案（草案）报告如下。', '经国务院批准，财政部核定青禾维吾尔自治区2020年地方政府一般债务限额4066.01亿元。'].join('\n')
    const doc = parseDocument('qinghe-ystz.txt', text).document
    expect(doc.org).not.toBe('自治区')
    expect(doc.org).toContain('青禾维吾尔自治区')
    expect(doc.year).toBe(2020)
    expect(doc.scope).toBe('财政预算')
  })
  it('reads a 政府采购意向公告 as the body\'s plan of the year', () => {
    const text = ['青禾市人民医院政府采购意向公告', '青禾市人民医院2021年09月至2021年10月政府采购意向', '现将青禾市人民医院2021年09月至2021年10月采购意向公开如下：', '青禾市人民医院', '2021年09月18日'].join('\n')
    const doc = parseDocument('qinghe-yy-cgyx.txt', text).document
    expect(doc.org).toBe('青禾市人民医院')
    expect(doc.year).toBe(2021)
    expect(doc.scope).toBe('单位预算')
    expect(doc.metadataNeeded ?? []).toEqual([])
  })
})
