import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { fundScopeSources } from './fund-scope-fixture.js'
import { basicPartsNamed } from '../../../server/core/planner/rules/basic-parts-named.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(fundScopeSources())).ask({ question })

describe('a unit budget whose all-funds tables hold 事业收入 beside the 一般公共预算', () => {
  it('reads 基本支出 "一般公共预算安排的" from the fund\'s own table, and finds no contradiction with the all-funds overview', () => {
    const res = ask('澄远县气象服务中心2025年一般公共预算安排的基本支出是多少？')
    expect(res.answer).toContain('300.00万元')
    expect(res.answer).not.toContain('320.00')
  })

  it('reads a code "in the 一般公共预算支出表" from that table', () => {
    const res = ask('澄远县气象服务中心一般公共预算支出表里2200504气象事业机构是多少？')
    expect(res.answer).toContain('300.00万元')
    expect(res.answer).not.toContain('320.00')
  })

  it('reads a lone fund\'s share of the income against every source', () => {
    const res = ask('澄远县气象服务中心2025年收入中一般公共预算拨款占多少比例？')
    expect(res.answer).toContain('95.35%')
  })

  it('reads "下降了几个百分点" as the stated rate of the change, not as a count', () => {
    const res = ask('澄远县气象服务中心2025年一般公共预算支出比2024年少了多少？下降了几个百分点？')
    expect(res.answer).toContain('12.00万元')
    expect(res.answer).toContain('2.84%')
  })

  it('says 机关运行经费 does not apply, with no amount', () => {
    const res = ask('澄远县气象服务中心2025年机关运行经费是多少？')
    expect(res.answer).toContain('不适用')
    expect(res.answer).not.toMatch(/\d+\.\d{2}万元/)
  })

  it('reads 人员经费 and 公用经费 named inside 基本支出 from the columns that print them', () => {
    const res = ask('澄远县气象服务中心2025年基本支出里人员经费和公用经费各是多少？')
    expect(res.answer).toContain('250.00万元')
    expect(res.answer).toContain('50.00万元')
  })
})

describe('rule basic-parts-named', () => {
  const hit = (surface: string, start: number) => ({ name: surface, kind: 'row' as const, start, end: start + surface.length, surface })
  it('drops the 基本支出 column when the subjects are its parts named inside it', () => {
    const text = '某中心基本支出里人员经费和公用经费各是多少'
    expect(basicPartsNamed([hit('人员经费', text.indexOf('人员经费')), hit('公用经费', text.indexOf('公用经费'))], ['basic'], text)).toEqual([])
  })
  it('keeps it for a row of its own (行政运行的基本支出) or a part not inside it', () => {
    const a = '某中心行政运行的基本支出是多少'
    expect(basicPartsNamed([hit('行政运行', a.indexOf('行政运行'))], ['basic'], a)).toBeUndefined()
    const b = '某中心人员经费的基本支出是多少'
    expect(basicPartsNamed([hit('人员经费', b.indexOf('人员经费'))], ['basic'], b)).toBeUndefined()
  })
})
