import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind84's township 决算): a 决算's 政府采购 table (采购计划金额 | 实际采购金额) is read for what was
 * bought; words before a class's short name with its side ("环境" + 卫生支出) that make a held row (城乡社区环境卫生)
 * ask that row, never 卫生健康支出; words nothing holds before a bare 支出 ("巩固脱贫衔接乡村振兴的支出") are not the
 * document's whole spending. Made-up place and figures.
 */
const FINAL = [
  '青岚县石门镇人民政府2024年度部门决算',
  '表三 支出决算表',
  '单位：元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t9,000,000.00\t6,000,000.00\t3,000,000.00',
  '210\t卫生健康支出\t900,000.00\t900,000.00\t0.00',
  '2120501\t城乡社区环境卫生\t4,860,300.00\t0.00\t4,860,300.00',
  '表十一 政府采购情况表',
  '单位：元',
  '项目\t采购计划金额\t实际采购金额',
  '合计\t2,450,000.00\t2,386,500.00',
].join('\n')

describe('a township 决算 read as its readers ask it', () => {
  const engine = engineWith([{ name: 'qinglan-shimen-2024-bmjs.txt', bytes: enc(FINAL) }])
  it('reads 政府采购 of a 决算 from the 实际采购金额', () => {
    const a = engine.ask({ question: '石门镇2024年政府采购总额多少' }).answer
    expect(a).toContain('2,386,500.00元')
    expect(a).not.toContain('2,450,000.00')
  })
  it('reads 环境卫生支出 as the 城乡社区环境卫生 row', () => {
    const a = engine.ask({ question: '石门镇2024年环境卫生支出多少' }).answer
    expect(a).toContain('4,860,300.00元')
    expect(a).not.toContain('900,000.00')
  })
  it('never answers the whole 支出 for words it does not hold', () => {
    const a = engine.ask({ question: '石门镇2024年巩固脱贫衔接乡村振兴的支出有多少？' }).answer
    expect(a).not.toContain('9,000,000.00')
    expect(a).toMatch(/没有找到/)
  })
})
