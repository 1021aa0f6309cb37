import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (from blind77's county report): a figure of the 政府性基金 table asked with no fund named is said with its
 * fund (上级补助收入 of that table is not the whole budget's), and a column headed with its year ("2024年执行数") is said
 * as the 执行数 it is, never as the report's 预算. A fund's name holds 预算 but says no stage: a 决算's fund figure is
 * still said as 决算. Made-up places and figures.
 */
const REPORT = [
  '关于青岚县2024年预算执行情况和2025年预算草案的报告',
  '附表1 青岚县2024年政府性基金预算收支执行及2025年预算表',
  '单位：万元',
  '项目\t2024年预算数\t2024年执行数\t2025年预算数',
  '国有土地使用权出让收入\t80,000\t78,600\t82,000',
  '上级补助收入\t\t4,350\t3,800',
  '收入合计\t80,000\t82,950\t85,800',
].join('\n')
const FINAL = [
  '青岚县住房和城乡建设局2024年度部门决算',
  '表八 政府性基金预算财政拨款收入支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年收入\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t520.00\t520.00\t0.00\t520.00',
  '2120803\t城市基础设施建设\t520.00\t520.00\t0.00\t520.00',
].join('\n')

describe('rule one-fund-named, for the lesser funds', () => {
  it('says a 政府性基金 table’s 执行数 with its fund and its stage', () => {
    const a = engineWith([{ name: 'qinglan-2025-budget-report.txt', bytes: enc(REPORT) }]).ask({ question: '青岚县24年上级补助收入多少' }).answer
    expect(a).toContain('4,350万元')
    expect(a).toContain('政府性基金')
    expect(a).toContain('执行数')
    expect(a).not.toMatch(/上级补助收入预算为/)
  })
  it('says a 决算’s fund figure as 决算', () => {
    const a = engineWith([{ name: 'qinglan-zjj-2024-final.txt', bytes: enc(FINAL) }]).ask({ question: '青岚县住房和城乡建设局2024年城市基础设施建设支出多少' }).answer
    expect(a).toContain('520.00万元')
    expect(a).toContain('政府性基金')
    expect(a).toContain('决算')
  })
})
