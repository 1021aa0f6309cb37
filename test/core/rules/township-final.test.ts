import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { townshipFinalSources } from './township-final-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(townshipFinalSources())).ask({ question })
const cited = (res: ReturnType<typeof ask>) => res.citations.map((c) => c.rowName ?? c.text ?? '')

describe('a township 决算 covering two units, in 元', () => {
  it('reason-lead: a change\'s reason opening its own sentence as 主要变动原因是 is quoted with it', () => {
    const res = ask('桦林乡2024年收支总计为什么减少？')
    expect(res.answer).toContain('420,000.00')
    expect(res.answer).toContain('上级专项补助减少')
  })

  it('own-office-asked: 本级 is the government\'s own row of the per-unit table, not the department\'s 合计', () => {
    const res = ask('桦林乡政府本级2024年支出合计多少？')
    expect(res.answer).toContain('4,100,000.00')
    expect(res.answer).not.toContain('5,300,000.00')
    expect(cited(res)).toContain('桦林乡人民政府（本级）')
    // a subject the per-unit table does not print is never read from the 本级 row
    expect(ask('桦林乡政府本级2024年机关运行经费多少').answer).not.toContain('4,100,000.00')
  })

  it('政府性基金收入 is the 收支总表\'s income line, its share of 本年收入 computed against 本年收入合计 (not 总计)', () => {
    expect(ask('桦林乡2024年政府性基金收入多少').answer).toContain('800,000.00')
    const res = ask('桦林乡2024年政府性基金收入占本年收入的比重？')
    expect(res.answer).toContain('13.33%')
    expect(res.answer).not.toMatch(/13\.01%|0\.00%/)
  })

  it('year-start-baseline: 年末 against 年初 of the same document is the difference of the two printed lines', () => {
    const res = ask('桦林乡年末结转和结余比年初多了多少？')
    expect(res.answer).toContain('700,000.00')
    expect(cited(res)).toEqual(expect.arrayContaining(['年末结转和结余', '年初结转和结余']))
  })

  it('stated-none: an empty table\'s note that there is none (没有…) is quoted and cited, with no amount', () => {
    const res = ask('桦林乡2024年国有资本经营预算支出多少')
    expect(res.answer).toMatch(/没有国有资本经营预算财政拨款收支/)
    expect(res.answer).not.toMatch(/\d[\d,]*\.\d\d元/)
    expect(res.citations.some((c) => c.text?.includes('国有资本经营'))).toBe(true)
  })

  it('stated-evaluation: a project\'s 绩效自评 score and problems stated in prose are quoted, found by the project\'s words', () => {
    const res = ask('桦林乡农村人居环境整治项目绩效自评得了多少分？发现什么问题？')
    expect(res.answer).toContain('自评得分88分')
    expect(res.answer).toContain('验收资料归档不及时')
    expect(res.citations.some((c) => c.text?.includes('88分'))).toBe(true)
    expect(ask('桦林乡道路养护项目绩效自评得了多少分').answer).not.toContain('88分')
  })
})
