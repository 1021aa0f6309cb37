import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { snippet } from './snippets.js'

/**
 * Session 29 (rule glued-group-label): a text layer printing a 三公 table's two-level header on one line runs the
 * group's label into the leaf under it ("小计 | 公务用车购置及运行费购置费 | 运行费"). The label is the group over
 * 小计, 购置费 and 运行费: 小计 sums its two leaves, so the table agrees with itself (no false "does not add up"), and
 * a table whose 小计 is not its leaves' sum is still found. Made-up figures.
 */
const table = (subtotal: string) => [
  '表7', '', '某某区某某局2025年一般公共预算“三公”经费支出表', '', '单位：元', '',
  '合计\t因公出国（境）费\t公务接待费\t小计\t公务用车购置及运行费购置费\t运行费',
  `${Number(subtotal.replace(/,/g, '')) + 41000}\t0\t41,000\t${subtotal}\t150,000\t97,000`,
].join('\n')
const findings = (t: string) => checkDocument(snippet([], [t])).map((f) => f.message)

describe('a group label run into its first leaf', () => {
  it('makes the group of 小计 and its leaves', () => {
    const d = snippet([], [table('247,000')])
    const cols = d.tables[0].columns.map((c) => c.label)
    expect(cols).toContain('公务用车购置及运行费 › 购置费')
    expect(cols).toContain('公务用车购置及运行费 › 小计')
  })
  it('agrees with itself', () => {
    expect(findings(table('247,000'))).toEqual([])
  })
  it('still finds a 小计 that is not its leaves’ sum', () => {
    expect(findings(table('257,000')).length).toBeGreaterThan(0)
  })
})
