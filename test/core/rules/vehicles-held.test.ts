import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

// a 决算 that states its vehicles only in prose (no statistic row in its 三公 table)
const prose = [
  '青禾县环卫所2023年度部门决算', '',
  '第三部分 2023年度部门决算情况说明',
  '一、“三公”经费支出决算情况说明。2023年度“三公”经费支出4.20万元，其中：公务用车运行维护费3.40万元，公务接待费0.80万元。',
  '二、国有资产占有使用情况。截至2023年12月31日，本单位公务用车保有量4辆，其中：特种专业技术用车3辆（洒水车2辆、垃圾清运车1辆），其他用车1辆。',
].join('\n')

// a 三公 page that prints the count as a statistic row of its table, and no sentence about it
const table = [
  '青禾县茶博园2018年度部门“三公”经费预算情况表', '单位：万元',
  '项目\t2018年预算数',
  '1.因公出国(境)费\t0',
  '2.公务接待费\t1.20',
  '3.公务用车购置及运行费\t2.60',
  '4.公务用车保有量(辆)\t2',
].join('\n')

describe('公务用车保有量: the count, from the prose or from the 三公 table’s statistic row', () => {
  const engine = engineWith([{ name: 'qinghe-huanwei-2023-final.txt', bytes: enc(prose) }, { name: 'qinghe-chabo-2018-sangong.txt', bytes: enc(table) }])

  it.each(['青禾县环卫所公务用车保有量是多少？都是什么车？', '青禾县环卫所车辆保有量多少辆'])('stated in prose only: %s', (q) => {
    const r = engine.ask({ question: q })
    expect(r.answer).toContain('4辆')
    expect(r.answer).toContain('洒水车')
    expect(r.answer).not.toContain('公务用车保”')
  })

  it('printed as a statistic row only: the row, cited', () => {
    const r = engine.ask({ question: '青禾县茶博园公务用车保有量是多少？' })
    expect(r.answer).toContain('2辆')
    expect(r.citations.some((c) => c.kind === 'row' && /保有量/.test(c.rowName ?? ''))).toBe(true)
  })
})
