import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

/**
 * Session 28 (rule comparison-rows): a table by unit that prints, under its units, the line of another year
 * ("2024年预算数") and the change ("增减额") compares the 合计 with another year; those lines are no parts of the
 * 合计, and summing them in is a false "does not add up" finding. A unit row that does not add up is still found.
 */
const sums = (tables: string[]) => checkDocument(snippet([], tables)).filter((f) => /sum-children|total-parts/.test(f.kind)).map((f) => f.message)

const threePublic = (office: string) => [
  '表7', '', '2025年一般公共预算“三公”经费支出表', '', '单位：万元', '',
  '单位名称\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费',
  '合计\t20.00\t0.00\t15.00\t5.00',
  `局机关\t${office}\t0.00\t9.00\t3.00`,
  '某某检测中心\t8.00\t0.00\t6.00\t2.00',
  '2024年预算数\t18.00\t0.00\t13.00\t5.00',
  '增减额\t2.00\t0.00\t2.00\t0.00',
].join('\n')

describe('comparison rows under the units', () => {
  it('are no parts of the 合计', () => {
    expect(sums([threePublic('12.00')])).toEqual([])
  })
  it('a unit row that does not add up is still found', () => {
    expect(sums([threePublic('13.00')]).length).toBeGreaterThan(0)
  })
})
