import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { finalAccountsSources } from './final-accounts-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(finalAccountsSources())).ask({ question })
const ORG = '东浦县林业局'

describe('a 部门决算 read as its tables are built', () => {
  it('reads a 7-digit code from the all-funds 支出决算表 when no fund is named', () => {
    const res = ask(`${ORG}2023年2130205科目决算支出多少？`)
    expect(res.answer).toMatch(/^[^。]*208\.00万元/)
    expect(res.citations[0]).toMatchObject({ tableTitle: '支出决算表', code: '2130205', value: '208.00' })
  })

  it('reads the same code from the 一般公共预算 table when that fund is named', () => {
    const res = ask(`${ORG}2023年2130205科目一般公共预算财政拨款支出决算多少？`)
    expect(res.answer).toContain('146.00万元')
    expect(res.answer).not.toMatch(/^[^。]*208\.00万元/)
  })

  it('takes 财政拨款收入 from the 财政拨款 总表\'s 本年收入合计, over the all-funds 本年收入合计', () => {
    const res = ask(`${ORG}2023年财政拨款收入占本年收入的比重是多少？`)
    expect(res.answer).toContain('92.68%')
    expect(res.citations.map((c) => `${c.tableTitle}|${c.rowName}`)).toEqual(['财政拨款收入支出决算总表|本年收入合计', '收入决算表|合计'])
  })

  it('reads a fund’s spending from its own table, never the income line of the same fund', () => {
    const fund = ask(`${ORG}2023年政府性基金预算财政拨款支出多少？`)
    expect(fund.answer).toContain('42.00万元')
    expect(fund.answer).not.toContain('6.00万元')
    const general = ask(`${ORG}2023年一般公共预算财政拨款支出多少？`)
    expect(general.answer).toContain('718.00万元')
    expect(general.citations[0].tableTitle).toBe('一般公共预算财政拨款支出决算表')
  })

  it('does not call a 决算’s income and spending tables inconsistent for differing', () => {
    const res = ask(`${ORG}2023年决算里基本支出和项目支出分别多少？`)
    expect(res.answer).toContain('530.00万元')
    expect(res.answer).toContain('260.00万元')
    expect(res.answer).not.toMatch(/对不上|不一致/)
  })

  it('answers 接待批次/人次 with the domestic line, not the abroad line the search ranks first', () => {
    const res = ask(`${ORG}2023年接待了多少批次、多少人次？`)
    expect(res.answer).toContain('14批次')
    expect(res.answer).toContain('96人次')
    expect(res.answer).not.toMatch(/：0批次/)
    // the 其中 sentence is quoted with the one it belongs to
    expect(res.citations.some((c) => c.text?.includes('公务接待费支出决算为2.40万元'))).toBe(true)
  })

  it('answers the abroad line when the question asks about it', () => {
    const res = ask(`${ORG}2023年国外公务接待了多少批次？`)
    expect(res.answer).toContain('0批次')
    expect(res.answer).not.toContain('14批次')
  })
})
