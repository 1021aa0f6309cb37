import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')

/** A made-up 部门预算 whose 收支总表 carries a 上年结转: 本年收入合计 and 收入总计 differ. */
const BUDGET = [
  '青溪县水务局2025年部门预算',
  '',
  '2025年收入总计873.46万元，支出总计873.46万元，比2024年预算800.00万元增加73.46万元，增长9.18%。主要原因是新增供水管网改造项目。',
  '收支总预算比2024年增加73.46万元，主要是村级供水站补助标准由每站8万元提高到每站10万元。',
  '',
  '表1 部门收支总表',
  '单位：万元',
  T('收入项目', '预算数', '支出项目', '预算数'),
  T('一、一般公共预算拨款收入', '803.46', '一、农林水支出', '853.46'),
  T('二、事业收入', '20.00', '二、住房保障支出', '20.00'),
  T('本年收入合计', '823.46', '本年支出合计', '873.46'),
  T('上年结转', '50.00', '结转下年', '0.00'),
  T('收入总计', '873.46', '支出总计', '873.46'),
].join('\n')

describe('rule grand-total: 总计 asked is the side’s 总计 line, 本年…合计 otherwise', () => {
  const engine = engineWith([{ name: 'qingxi-slj-2025-budget.txt', bytes: new TextEncoder().encode(BUDGET) }])
  const ask = (question: string) => engine.ask({ question })

  it.each([
    ['青溪县水务局2025年收入总计是多少', '873.46万元', '收入总计'],
    ['青溪县水务局2025年收支预算总额是多少', '873.46万元', '支出总计'],
  ])('%s → %s, citing %s', (q, figure, row) => {
    const r = ask(q)
    expect(r.answer).toContain(figure)
    expect(r.citations.some((c) => c.rowName === row)).toBe(true)
  })

  it('本年收入 stays the year’s own line', () => {
    const r = ask('青溪县水务局2025年本年收入是多少')
    expect(r.answer).toContain('823.46万元')
    expect(r.answer).not.toContain('873.46')
  })

  it('reads the change printed after the second of two parallel totals (收入总计…，支出总计…，比2024年…增加…)', () => {
    const r = ask('青溪县水务局2025年收入总计比2024年增加多少？增长率？')
    expect(r.answer).toContain('73.46万元')
    expect(r.answer).toContain('9.18%')
  })

  it('never takes an amount inside the reason for the subject’s own figure (每站10万元 is the standard, not the budget)', () => {
    const r = ask('青溪县水务局2025年收支总预算为什么增加？')
    expect(r.answer).not.toMatch(/预算为(?:8|10)万元/)
    expect(r.answer).toContain('73.46万元')
  })
})
