import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

/**
 * Session 22 (rule total-parts): "合计 | 基本支出 | 其中：人员经费 | 公用经费 | 项目支出" — 公用经费 follows 其中：人员经费
 * as the other part of 基本支出, never a third addend of the 合计 beside 基本支出 and 项目支出 (a false "does not add
 * up" on every row).
 */
const sums = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => f.kind === 'total-parts').map((f) => f.message)
const byUnit = (project: string) => [
  '表4', '', '分单位支出汇总表', '', '单位：元', '',
  '单位名称\t合计\t基本支出\t其中：人员经费\t公用经费\t项目支出',
  '合计\t1,000,000.00\t700,000.00\t600,000.00\t100,000.00\t300,000.00',
  '某某县就业服务中心\t400,000.00\t250,000.00\t220,000.00\t30,000.00\t150,000.00',
  `某某县社会保险服务中心\t600,000.00\t450,000.00\t380,000.00\t70,000.00\t${project}`,
].join('\n')

describe('parts of a part after 其中', () => {
  it('a table that adds up has no finding', () => {
    expect(sums([byUnit('150,000.00')])).toEqual([])
  })
  it('a row whose 基本支出 and 项目支出 miss its 合计 is still found', () => {
    const found = sums([byUnit('160,000.00')])
    expect(found.join('')).toContain('某某县社会保险服务中心')
  })
})
