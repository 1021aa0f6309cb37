import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { listedUnits, memberUnits } from '../../../server/core/tools/lib/member-units.js'
import { unitSuffix } from '../../../server/core/planner/rules/member-unit-asked.js'
import { engineWith } from '../seed-engine.js'
import { memberUnitSources } from './member-units-fixture.js'

let engine: Engine | undefined
const eng = () => (engine ??= engineWith(memberUnitSources()))
const ask = (question: string) => eng().ask({ question })
const dept = () => eng().corpus.documents.find((d) => d.org === '岱山市林业局')!

describe('member units of a department budget (rule member-unit-asked)', () => {
  it('reads the member units from the per-unit rows and the numbered 单位构成 list, the office left out', () => {
    expect(memberUnits(dept())).toEqual(['岱山市森林防火指挥中心', '岱山市林木种苗站', '岱山市自然保护区管理所'])
    expect(listedUnits(dept()).names).toEqual(['岱山市森林防火指挥中心', '岱山市林木种苗站', '岱山市自然保护区管理所'])
  })

  it('a document held only as a catalog entry (no tables, no paragraphs) lists no member units and keeps nothing for it', () => {
    const stub = { ...dept(), id: 'stub-1', tables: [], paragraphs: [] }
    expect(memberUnits(stub)).toEqual([])
    // the same answer for every stub, not one array per entry of a city's catalog
    expect(memberUnits(stub)).toBe(memberUnits({ ...stub, id: 'stub-2' }))
    expect(memberUnits(dept()).length).toBe(3)
  })

  it('cuts a unit name at the place its department shares', () => {
    expect(unitSuffix('岱山市林木种苗站', '岱山市林业局')).toBe('林木种苗站')
    expect(unitSuffix('某市某区某街道便民服务中心', '某市某区某街道办事处')).toBe('便民服务中心')
  })

  it("answers a member unit's total from its own row, cited to that row, never the department's", () => {
    const res = ask('岱山市森林防火指挥中心2025年收入预算合计多少？')
    expect(res.answer).toContain('500.00万元')
    expect(res.answer).not.toContain('2,000.00')
    expect(res.citations.some((c) => c.rowName === '岱山市森林防火指挥中心' && c.value === '500.00')).toBe(true)
  })

  it('reads the column asked of the unit row, and the total too when both are asked', () => {
    const res = ask('岱山市林业局部门预算里，岱山市森林防火指挥中心2025年收入合计多少？其中其他收入多少？')
    expect(res.answer).toContain('500.00万元')
    expect(res.answer).toContain('其他收入为40.00万元')
    const spend = ask('岱山市自然保护区管理所2025年项目支出预算是多少？')
    expect(spend.answer).toContain('50.00万元')
  })

  it("gives the unit's share of the 合计 row of the same table and column", () => {
    const res = ask('森林防火指挥中心的收入占岱山市林业局部门收入合计的比例是多少？')
    expect(res.answer).toContain('25.00%')
  })

  it('says a subject given only for the whole department is not given for the unit', () => {
    const res = ask('岱山市自然保护区管理所2025年公务用车运行费预算是多少？')
    expect(res.answer).not.toContain('12.00')
    expect(res.answer).toMatch(/没有找到.*自然保护区管理所/)
    expect(res.answer).toContain('全部门')
  })

  it('never answers a subject row the per-unit tables do not carry with the unit total', () => {
    const res = ask('岱山市森林防火指挥中心2025年工资福利支出是多少？')
    expect(res.answer).not.toContain('500.00')
    expect(res.answer).toContain('没有找到')
  })

  it('never answers words the vocabulary does not know with the unit total', () => {
    const res = ask('岱山市自然保护区管理所2025年门票收入预计多少？')
    expect(res.answer).not.toContain('200.00')
    expect(res.answer).toContain('没有找到')
  })

  it("a unit's own 单位预算, when held, answers instead of its department's row", () => {
    const res = ask('岱山市林木种苗站2025年收入预算合计多少？')
    expect(res.answer).toContain('310.00万元')
    expect(res.answer).not.toContain('300.00万元')
  })

  it('lists the units a department budget covers, with their count, from the 单位构成 paragraph', () => {
    const res = ask('岱山市林业局2025年部门预算包括哪些二级预算单位？')
    expect(res.answer).toContain('共3个')
    for (const u of ['岱山市森林防火指挥中心', '岱山市林木种苗站', '岱山市自然保护区管理所']) expect(res.answer).toContain(u)
    expect(res.citations.some((c) => c.kind === 'paragraph' && c.text?.includes('二级预算单位'))).toBe(true)
    // the heading the statement sits under is cited with it
    expect(res.citations.some((c) => c.kind === 'paragraph' && c.text === '一、部门预算单位构成')).toBe(true)
  })

  it('still fails closed: a unit neither held nor a member is not found', () => {
    const res = ask('岱山市湿地公园管理处2025年收入预算是多少？')
    expect(res.answer).not.toMatch(/2,000\.00|500\.00|300\.00|200\.00/)
    expect(res.citations).toEqual([])
  })

  it("a district's other unit of a related name is not answered with the bureau's figure", () => {
    const res = ask('柳岸区统计普查中心2025年收入预算是多少？')
    expect(res.answer).not.toContain('420.00')
  })
})

describe('rule placed-member: a member unit printed by its own words, asked with its department’s place', () => {
  const text = [
    '柳岸县水利局2024年部门预算',
    '表一 部门收入总表（分单位）',
    '单位：万元',
    '单位名称\t合计\t一般公共预算拨款\t事业收入',
    '合计\t1,500.00\t1,450.00\t50.00',
    '局机关（本级）\t900.00\t900.00\t0.00',
    '水利工程技术推广中心\t420.00\t370.00\t50.00',
    '河道管理站\t180.00\t180.00\t0.00',
  ].join('\n')
  const engine = engineWith([{ name: 'liuan-sl-2024-budget.txt', bytes: new TextEncoder().encode(text) }])

  it('reads the unit’s row when its place is said before its words, or before a short form of them', () => {
    expect(engine.ask({ question: '柳岸县河道管理站2024年收入合计多少？' }).answer).toContain('180.00万元')
    expect(engine.ask({ question: '柳岸水利技术推广中心2024年收入合计' }).answer).toContain('420.00万元')
  })

  it('never reads it for another place, nor the department asked by its own name', () => {
    expect(engine.ask({ question: '白沙县河道管理站2024年收入合计多少？' }).answer).not.toContain('180.00')
    expect(engine.ask({ question: '柳岸县水利局2024年收入合计多少？' }).answer).toContain('1,500.00万元')
  })
})
