import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (a loss caught by the by-id comparison, blind23): an institution named right after a held town
 * ("某镇卫生院") is another organisation; the town's own figures never answer for it. Made-up town and figures.
 */
const TOWN = [
  '澄源县柏沟镇2023年度部门决算',
  '收入支出决算总表',
  '单位：万元',
  '项目\t金额\t项目\t金额',
  '一、一般公共预算财政拨款收入\t1,200.00\t一、一般公共服务支出\t900.00',
  '\t\t二、卫生健康支出\t300.00',
  '本年收入合计\t1,200.00\t本年支出合计\t1,200.00',
  '一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t合计',
  '\t合计\t1,200.00',
  '20103\t政府办公厅（室）及相关机构事务\t900.00',
  '2100302\t乡镇卫生院\t300.00',
].join('\n')

describe('rule unit-not-listed: an institution after a town', () => {
  const engine = engineWith([{ name: 'chengyuan-baigou-2023-bmjs.txt', bytes: enc(TOWN) }])
  it('is not the town', () => {
    const a = engine.ask({ question: '柏沟镇卫生院2023年决算支出是多少？' }).answer
    expect(a).not.toContain('1,200.00')
    expect(a).toMatch(/没有找到/)
  })
  it('reads a subject inside a fund named so ("一般公共预算里乡镇卫生院这个科目") as the town\'s row', () => {
    expect(engine.ask({ question: '柏沟镇一般公共预算里乡镇卫生院这个科目2023年是多少？' }).answer).toContain('300.00万元')
  })
  it('leaves the town\'s own subjects to the town', () => {
    expect(engine.ask({ question: '柏沟镇2023年卫生健康支出是多少' }).answer).toContain('300.00万元')
  })
})
