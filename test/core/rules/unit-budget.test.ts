import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { unitBudgetSources } from './unit-budget-fixture.js'
import { orgWordSources } from './org-words-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(unitBudgetSources())).ask({ question })

describe('questions of a single-unit budget', () => {
  it('reads 收支总预算 as the budget total', () => {
    const res = ask('澄川县水利局2024年收支总预算是多少？')
    expect(res.answer).toContain('812.40万元')
    expect(res.citations[0]?.rowName).toBe('合计')
  })

  it('says what a carry-over is from the sentence after its amount (是什么钱)', () => {
    const res = ask('澄川县水利局2024年上年结转资金多少？是什么钱？')
    expect(res.answer).toContain('40.00万元')
    expect(res.answer).toContain('2023年小型水库除险加固项目未完工结转资金')
  })

  it('lists what a procurement budget buys from the 政府采购预算表 rows (rule total-items), each cited', () => {
    const res = ask('澄川县水利局2024年政府采购预算多少？买什么？')
    expect(res.answer).toContain('95.00万元')
    expect(res.answer).toContain('防汛沙袋及救生衣')
    expect(res.answer).toContain('大坝安全鉴定服务')
    expect(res.citations.filter((c) => c.tableTitle === '政府采购预算表').map((c) => c.value)).toEqual(['95.00', '35.00', '60.00'])
  })

  it('reads a part asked with 包含 from its project row, never adds it to the whole (rule part-in-parent-row)', () => {
    const res = ask('澄川县水利局小型水库除险加固项目2024年一共安排多少？包含上年结转多少？')
    expect(res.answer).toContain('250.00万元')
    expect(res.answer).toContain('上年结转预算为40.00万元')
    expect(res.answer).not.toContain('290.00')
    // the project's purchase in the 政府采购预算表 is not the project's budget printed again
    expect(res.answer).not.toContain('60.00万元')
    expect(res.citations.find((c) => c.column === '上年结转')?.rowName).toBe('小型水库除险加固')
  })

  it('never gives a project charged to a function code as that code’s figure in another table', () => {
    const res = ask('澄川县水利局2024年2130314防汛预算多少？')
    expect(res.answer).toContain('160.00万元')
    expect(res.answer).not.toContain('170.00')
  })

  it('quotes the contact section for a phone number (rule contact-asked)', () => {
    const res = ask('对澄川县水利局的预算有疑问，打什么电话？')
    expect(res.answer).toContain('0731-5566021')
    expect(res.answer).not.toMatch(/万元/)
    expect(res.citations[0]?.kind).toBe('paragraph')
    expect(ask('澄川县水利局的办公地址在哪？').answer).toContain('滨河路8号')
  })

  it('says a subordinate unit is not found, quoting the budget’s own scope (rule subordinate-asked)', () => {
    const res = ask('澄川县水利局下属水文站2024年的预算是多少？')
    expect(res.answer).toMatch(/没有找到.*水文站/)
    expect(res.answer).toContain('无下属预算单位')
    expect(res.answer).not.toContain('812.40')
  })

  it('reads rows labelled by year as figures of that year (三公 table with one row per year)', () => {
    const both = ask('澄川县水利局2023年和2024年“三公”经费预算分别是多少？')
    expect(both.answer).toContain('2023年：9.60万元')
    expect(both.answer).toContain('2024年：8.40万元')
    const prior = ask('澄川县水利局2023年公务接待费预算是多少')
    expect(prior.answer).toContain('3.60万元')
    expect(prior.answer).not.toContain('2023年预算数为')
    const now = ask('澄川县水利局2024年“三公”经费预算是多少？')
    expect(now.answer).toContain('8.40万元')
    expect(now.answer).not.toContain('9.60')
  })

  it('counts what "哪个单位车辆最多？有多少辆" counts, never the 车辆 asset value, and names the most (rule count-rank)', () => {
    const res = engineWith([...unitBudgetSources(), ...orgWordSources()]).ask({ question: '澄川县水利局和乌兰塔旗文化和旅游局，哪个单位车辆最多？有多少辆？' })
    expect(res.answer.startsWith('澄川县水利局的车辆最多，为6辆')).toBe(true)
    expect(res.answer).toContain('2辆')
    expect(res.answer).not.toContain('96.50')
  })
})
