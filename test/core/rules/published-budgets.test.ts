import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { memberUnits, unitTables } from '../../../server/core/tools/lib/member-units.js'
import { seedSources } from '../seed-engine.js'
import { publishedBudgetSources } from './published-budgets-fixture.js'

let engine: Engine | undefined
// "今年" is 2027 here: no document of that year is held
const eng = () => (engine ??= createEngine(buildCorpus(seedSources(publishedBudgetSources())).corpus, undefined, { today: () => new Date('2027-03-01') }))
const ask = (question: string) => eng().ask({ question })
const doc = (org: string) => eng().corpus.documents.find((d) => d.org === org)!

describe('a department budget in 元 with member units (rules unit-grouped-table, member-unit-asked)', () => {
  it('reads a 单位名称/科目编码 column: unit rows open blocks of codes, so the table is grouped by unit', () => {
    const grouped = unitTables(doc('澜屿县卫生健康局')).find((u) => u.groups)!
    expect(grouped.groups!.map((g) => [g.unit.name, g.rows.map((r) => r.code)])).toEqual([
      ['澜屿县卫生健康局（本级）', ['2100101', '2100199']],
      ['澜屿县疾病预防控制中心', ['2100401']],
      ['澜屿县中心血站', ['2100499']],
    ])
    expect(memberUnits(doc('澜屿县卫生健康局'))).toEqual(['澜屿县疾病预防控制中心', '澜屿县中心血站'])
  })

  it("answers a unit asked by its short form (县疾控中心) from that unit's row, never the department's totals", () => {
    const res = ask('县疾控中心2026年预算里基本支出和项目支出分别多少？（澜屿县卫生健康局部门预算）')
    expect(res.answer).toContain('2,000,000.00元')
    expect(res.answer).toContain('1,100,000.00元')
    expect(res.answer).not.toContain('6,100,000.00')
    expect(res.citations.some((c) => c.rowName === '澜屿县疾病预防控制中心' && c.value === '2,000,000.00')).toBe(true)
  })
})

describe('a 三公 table with numbered rows, a prior-year column and prose that states another change', () => {
  it('computes the decrease from the table, in the table\'s unit, and says the prose differs without its figure', () => {
    const res = ask('澜屿县卫生健康局2026年公务接待费比2025年减少了多少？')
    expect(res.answer).toContain('减少12,000.00元')
    expect(res.answer).not.toMatch(/0\.90万元|9,000\.00/)
    expect(res.answer).toContain('不一致')
    expect(res.citations.some((c) => c.column === '2025年预算数' && c.value === '60,000.00')).toBe(true)
  })

  it('reads the prior year from the 2025 column of the row of that name, named without its list numbering', () => {
    const res = ask('澜屿县卫生健康局2025年公务接待费预算是多少？')
    expect(res.answer).toContain('60,000.00元')
    expect(res.answer).not.toMatch(/\d[.、]公务接待费/)
  })

  it('quotes the prose beside this year\'s figure only up to its comparison: no figure of another year', () => {
    const res = ask('澜屿县卫生健康局2026年三公经费预算是多少？')
    expect(res.answer).toContain('132,000.00元')
    expect(res.answer).not.toMatch(/15\.00万元|150,000\.00/)
  })
})

describe('a 上年结转结余预算支出表', () => {
  it('is a part of the spending, never checked against the whole (its kind is not 支出总表)', () => {
    const d = doc('澜屿县卫生健康局')
    expect(d.tables.find((t) => t.title === '上年结转结余预算支出表')?.kind).toBe('other')
    expect(eng().findings.forDoc(d.id).filter((f) => f.kind === 'cross-table')).toEqual([])
  })

  it('names the project the carry-over funds, from its 项目名称 column, cited (rule carry-over-projects)', () => {
    const res = ask('澜屿县卫生健康局上年结转结余用于哪个项目？')
    expect(res.answer).toContain('2025年血液安全保障资金（结转）')
    expect(res.answer).toContain('300,000.00元')
    expect(res.citations.some((c) => c.value === '2025年血液安全保障资金（结转）')).toBe(true)
  })
})

describe('the costliest item of a procurement table (rule costliest-item)', () => {
  it('ranks the goods by amount and names the item and who buys it, citing the item', () => {
    const res = ask('澜屿县卫生健康局2026年政府采购买什么设备最贵？多少钱？')
    expect(res.answer).toContain('核酸提取仪')
    expect(res.answer).toContain('460,000.00元')
    // a service is not equipment, however large
    expect(res.answer).not.toContain('健康档案信息化运维')
    expect(res.citations.some((c) => c.value === '核酸提取仪')).toBe(true)
  })
})

describe('a single-unit budget in 万元 with "-" for empty cells', () => {
  it('takes the reading that agrees with its own parts when a 类 row does not add up, without the wrong figure (rule self-consistent-first)', () => {
    const res = ask('澜溪县文化馆2026年文化旅游体育与传媒支出一共安排多少？')
    expect(res.answer).toMatch(/预算为290\.00万元/)
    expect(res.answer).not.toContain('300.00万元')
    expect(res.answer).toContain('不符')
  })

  it('reads a prior year from the 2025 column, with no note of this year\'s figures (the carry-over explains the two scopes)', () => {
    const res = ask('澜溪县文化馆2025年一般公共预算支出预算是多少？')
    expect(res.answer).toContain('300.00万元')
    expect(res.answer).not.toMatch(/316\.00|336\.00/)
    expect(eng().findings.forDoc(doc('澜溪县文化馆').id).filter((f) => f.kind === 'cross-table')).toEqual([])
  })

  it('reads a code named with its fund ("2070109群众文化科目2026年一般公共预算") from the fund\'s own table', () => {
    const res = ask('澜溪县文化馆2070109群众文化科目2026年一般公共预算安排多少？')
    expect(res.answer).toContain('270.00万元')
    expect(res.answer).not.toContain('290.00')
  })

  it('says what the carry-over funds from the project table\'s 资金来源 (rule carry-over-projects)', () => {
    const res = ask('澜溪县文化馆上年结转结余多少，用于哪个项目？')
    expect(res.answer).toContain('20.00万元')
    expect(res.answer).toContain('非遗展示厅布展')
    expect(res.citations.some((c) => c.rowName === '非遗展示厅布展')).toBe(true)
  })

  it('answers a count asked in its own unit (多少场) from the prose target, with that unit', () => {
    const res = ask('澜溪县文化馆群众文化活动要办多少场演出？')
    expect(res.answer).toContain('48场')
    expect(res.citations.some((c) => c.kind === 'paragraph')).toBe(true)
  })

  it('gives no amount for an empty 政府性基金 table', () => {
    const res = ask('澜溪县文化馆2026年政府性基金预算支出多少？')
    expect(res.answer).toContain('没有')
    expect(res.answer).not.toMatch(/\d\s*万元/)
  })

  it('reads a short form and the full name in brackets as one organisation, saying the year note once', () => {
    const res = ask('县文化馆今年基本支出和项目支出各多少？（澜溪县文化馆）')
    expect(res.answer).toContain('246.00万元')
    expect(res.answer).toContain('90.00万元')
    expect(res.answer.match(/没有2027年的预算/g)).toHaveLength(1)
  })
})

describe('a 部门决算 stating counts', () => {
  it('calls the document a 决算 in a count answer', () => {
    const res = ask('澜屿县水务局内设几个科室？')
    expect(res.answer).toContain('4个')
    expect(res.answer).toContain('决算文件')
    expect(res.answer).not.toContain('预算文件')
  })
})
