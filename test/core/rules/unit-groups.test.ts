import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { memberUnits, unitTables } from '../../../server/core/tools/lib/member-units.js'
import { proseUnitRows } from '../../../server/core/tools/lib/prose-unit-table.js'
import { unitBlockRows } from '../../../server/core/tools/lib/unit-groups.js'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { engineWith } from '../seed-engine.js'
import { unitGroupSources } from './unit-groups-fixture.js'

let engine: Engine | undefined
const eng = () => (engine ??= engineWith(unitGroupSources()))
const ask = (question: string) => eng().ask({ question })
const doc = (org: string) => eng().corpus.documents.find((d) => d.org === org)!
const health = () => doc('汀州市云溪区卫生健康局')
const water = () => doc('澜沧市青溪区水务局')
const citedValues = (res: ReturnType<Engine['ask']>) => res.citations.map((c) => c.value)

describe('a table grouped by unit (rule unit-grouped-table)', () => {
  it('reads each unit row with the code rows under it, and knows the units', () => {
    const grouped = unitTables(health()).find((u) => u.groups)!
    expect(grouped.groups!.map((g) => [g.unit.name, g.rows.map((r) => r.code)])).toEqual([
      ['云溪区卫生健康局机关', ['210', '21001', '2100101', '2100199']],
      ['云溪区人民医院', ['210', '21002', '2100201']],
      ['云溪区中医医院', ['210', '21002', '2100202']],
      ['云溪区疾病预防控制中心', ['210', '21004', '2100401']],
    ])
    expect(memberUnits(health())).toEqual(['云溪区人民医院', '云溪区中医医院', '云溪区疾病预防控制中心'])
    const general = health().tables.find((t) => t.kind === 'general-spending')!
    expect(unitBlockRows(general).size).toBe(0)
  })

  it("answers a code's column under one unit from the row under that unit, not the department's row", () => {
    const res = ask('云溪区人民医院2026年综合医院基本支出是多少？')
    expect(res.answer).toContain('1,200.00万元')
    expect(res.answer).not.toContain('1,100.00')
    expect(res.citations.some((c) => c.rowName === '综合医院' && c.value === '1,200.00')).toBe(true)
  })

  it("answers a unit's own totals from its row in the grouped table", () => {
    const res = ask('云溪区中医医院2026年基本支出和项目支出分别多少？')
    expect(res.answer).toContain('500.00万元')
    expect(res.answer).toContain('100.00万元')
    expect(citedValues(res)).toEqual(expect.arrayContaining(['500.00', '100.00']))
    expect(res.answer).not.toContain('2,400.00')
  })

  it('says a unit has no row of a subject printed only under another unit, with no figure', () => {
    const res = ask('云溪区疾病预防控制中心2026年综合医院支出是多少？')
    expect(res.answer).not.toMatch(/1,300\.00|1,500\.00|300\.00万元/)
    expect(res.answer).toContain('没有')
  })

  it("never reads a unit's block as the department's subject: the department's codes come from its own table", () => {
    const total = ask('云溪区卫生健康局2026年卫生健康支出是多少？')
    expect(total.answer).toContain('2,800.00万元')
    expect(total.answer).not.toContain('600.00万元')
    const shared = ask('云溪区卫生健康局2026年公立医院支出预算是多少？')
    expect(shared.answer).toContain('1,900.00万元')
    expect(shared.answer).not.toMatch(/1,500\.00|600\.00/)
  })

  it('reads a code printed under one unit only as the department\'s figure too (the whole of that code)', () => {
    const res = ask('云溪区卫生健康局2026年2100201综合医院支出预算是多少？')
    expect(res.answer).toContain('1,500.00万元')
  })

  it('reads a column the question glosses in brackets ("事业收入（医疗服务收费）") as that column', () => {
    const res = ask('云溪区人民医院2026年事业收入（医疗服务收费）是多少？')
    expect(res.answer).toContain('200.00万元')
    expect(res.citations.some((c) => c.rowName === '云溪区人民医院' && c.value === '200.00')).toBe(true)
  })

  it("says a hospital has no 三公 of its own, quoting and citing the prose that says so", () => {
    const res = ask('云溪区人民医院2026年“三公”经费预算是多少？')
    expect(res.answer).not.toContain('9.00万元')
    expect(res.answer).toContain('未安排')
    expect(res.citations.some((c) => c.kind === 'paragraph' && /未安排“三公”经费/.test(c.text ?? ''))).toBe(true)
  })
})

describe('a per-unit table flattened into prose (rule prose-unit-table)', () => {
  it('reads the entries when they add up to the 合计, each unit with its money column', () => {
    expect(proseUnitRows(water()).map((r) => [r.name, r.amount.text])).toEqual([
      ['澜沧市青溪区水务局（本级）', '812.40'],
      ['澜沧市青溪区水文站', '233.15'],
      ['澜沧市青溪区河道管理所', '154.05'],
    ])
  })

  it('reads nothing when the entries do not add up to the 合计 (a misread column is no figure)', () => {
    const d = water()
    const broken: BudgetDocument = { ...d, paragraphs: d.paragraphs.map((p) => ({ ...p, text: p.text.replace('1,199.60', '1,200.60') })) }
    expect(proseUnitRows(broken)).toEqual([])
  })

  it("answers a unit's spending from its entry, cited to the paragraph, not a subject of the same words", () => {
    const res = ask('澜沧市青溪区水文站2024年度支出决算是多少？')
    expect(res.answer).toContain('233.15万元')
    expect(res.answer).not.toContain('1,199.60')
    expect(res.citations.some((c) => c.kind === 'paragraph' && c.value === '233.15')).toBe(true)
  })
})
