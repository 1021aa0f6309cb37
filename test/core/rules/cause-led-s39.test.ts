import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind86's hospital 决算): a line that covers the year's gap asked by its own name is read as a
 * row, and why it was used from the sentence that opens with its cause; the gap itself balances with the carry lines
 * of both sides (年初结转 in, 年末结转 out), never "the table disagrees" when they do. Made-up hospital and figures.
 */
const DOC = [
  '澄浦县妇幼保健院2024年度单位决算',
  '第一部分 2024年度单位决算情况说明',
  '二、收入支出决算总体情况',
  '（三）结转结余情况。年初结转和结余300.00万元。由于门诊量下降、医保结算周期延长等因素，本年收入不足以安排本年支出，使用事业基金弥补收支差额120.00万元。年末结转和结余220.00万元。',
  '第二部分 2024年度单位决算表',
  '收入支出决算总表',
  '单位：万元',
  '项目\t金额\t项目\t金额',
  '一、财政拨款收入\t800.00\t一、卫生健康支出\t5,100.00',
  '二、事业收入\t4,100.00\t\t',
  '本年收入合计\t4,900.00\t本年支出合计\t5,100.00',
  '用事业基金弥补收支差额\t120.00\t结余分配\t0.00',
  '年初结转和结余\t300.00\t年末结转和结余\t220.00',
  '总计\t5,320.00\t总计\t5,320.00',
].join('\n')

describe('rules cause-led and carried-gap', () => {
  const engine = engineWith([{ name: 'chengpu-fybjy-2024-dwjs.txt', bytes: enc(DOC) }])
  it('reads the cover line asked by its name as a row', () => {
    const a = engine.ask({ question: '澄浦县妇幼保健院2024年用事业基金弥补收支差额是多少' }).answer
    expect(a).toContain('120.00万元')
    expect(a).not.toContain('对不上')
  })
  it('gives the cause the sentence opens with', () => {
    const a = engine.ask({ question: '澄浦县妇幼保健院为什么要用事业基金弥补收支差额？' }).answer
    expect(a).toContain('120.00万元')
    expect(a).toContain('医保结算周期延长')
  })
  it('balances the gap with both sides\' carry lines', () => {
    const a = engine.ask({ question: '澄浦县妇幼保健院2024年支出为什么比收入多' }).answer
    expect(a).toContain('200.00万元')
    expect(a).toContain('年末结转和结余220.00万元')
    expect(a).not.toContain('对不上')
  })
})
