import { describe, expect, it } from 'vitest'
import { bodyOrg } from '../../server/core/parse/body-org.js'
import { isPlaceOnly } from '../../server/core/parse/meta-rules.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/**
 * Session 28: a county's 本级 report whose stored copy never names the county ("一、2023年度县本级财政预算执行情况",
 * "2023年全县财政总收入完成…"): the tail of a year and a scope word ("年全县") are no place, so the page names nobody
 * (metadata needed) instead of an organisation called 年全县本级. Made-up figures.
 */
const lines = (...l: string[]) => toSourceLines(l.join('\n'))

describe('a year’s tail and a scope word are no place', () => {
  it('年全县, 度全市, 年全县本级 are not places; 全州县, 全椒县 are', () => {
    expect(isPlaceOnly('年全县')).toBe(false)
    expect(isPlaceOnly('度全市')).toBe(false)
    expect(isPlaceOnly('全州县')).toBe(true)
    expect(isPlaceOnly('全椒县')).toBe(true)
    expect(isPlaceOnly('桐江区')).toBe(true)
  })

  it('a 本级 report that never names its county names nobody', () => {
    const report = lines('一、2023年度县本级财政预算执行情况', '(一)县本级一般公共预算执行情况。',
      '2023年全县财政总收入完成412300万元,同比增长3%。税收收入完成301200万元,同比下降2.1%。',
      '一般公共预算收入完成数198700万元,完成年初预算的108%。',
      '2.一般公共预算支出执行情况。', '2023年全县一般公')
    expect(bodyOrg(report)?.org ?? '').not.toMatch(/^年|全县本级/u)
    expect(resolveMeta(report, 'p.html').needed).toContain('org')
  })
})
