import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/**
 * Columns of a row, on our own fixtures: a 单位预算 with 事业收入 (so the all-funds 支出总表 and the 一般公共预算
 * table differ) and a 部门决算 (预算数 | 决算数 groups, a 栏次 line, 年初预算为…支出决算为… prose).
 */
const fixture = (name: string) => ({ name, bytes: readFileSync(new URL(`../../fixtures/columns/${name}`, import.meta.url)) })
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([fixture('yanping-eldercare-2025-unit.html'), fixture('yanping-archives-2024-final.html')])).ask({ question })
const UNIT = '延平区养老服务中心2025年'
const FINAL = '延平区档案馆2024年'

describe('columns asked of a row (单位预算)', () => {
  it('reads every column asked from the one row that has them all, and names each column', () => {
    const res = ask(`${UNIT}社会保障和就业支出的人员经费、公用经费和项目支出各多少？`)
    expect(res.answer).toMatch(/人员经费预算为52\.00万元（520,000元），公用经费为8\.00万元（80,000元），项目支出为30\.00万元（300,000元）/)
    expect(new Set(res.citations.map((c) => c.rowId)).size).toBe(1)
    expect(res.citations[0].tableTitle).toContain('财务收支预算总表')
  })

  it('reads "名称（编码）" as the code’s row and the columns after it as that row’s', () => {
    const res = ask(`${UNIT}社会福利老年福利（2081002）的基本支出和项目支出各是多少？`)
    expect(res.answer).toMatch(/老年福利（2081002）的基本支出预算为60\.00万元（600,000元），项目支出为30\.00万元（300,000元）/)
    expect(res.citations.every((c) => c.code === '2081002')).toBe(true)
  })

  it('reads "其中项目支出" after a row as that row’s column, beside its total, never the document’s 项目支出', () => {
    const res = ask(`${UNIT}2101102事业单位医疗科目安排多少？其中项目支出多少？`)
    expect(res.answer).toMatch(/事业单位医疗（2101102）预算为10\.00万元（100,000元），其中项目支出栏为空/)
    expect(res.answer).not.toMatch(/30\.00万元|300,000/)
  })

  it('answers "是基本支出还是项目支出" with the row’s amount and the column that holds it', () => {
    const res = ask(`${UNIT}事业单位医疗（2101102）是基本支出还是项目支出？多少钱？`)
    expect(res.answer).toMatch(/预算为10\.00万元（100,000元），其中基本支出为10\.00万元（100,000元），项目支出栏为空/)
  })

  it('says a column no table holding the row has is missing, and states no other figure for it', () => {
    const res = ask(`${UNIT}老年福利的人员经费和项目支出各多少？`)
    expect(res.answer).toMatch(/表中没有“人员经费”一栏/)
    expect(res.answer).toMatch(/项目支出为30\.00万元/)
    expect(res.answer).not.toMatch(/52\.00万元|62\.00万元/)
  })

  it('reads a row from the all-funds 支出总表 when the 一般公共预算 table prints less; that fund’s part is no other reading (session 28), said as the part it is (session 48)', () => {
    const res = ask(`${UNIT}老年福利支出多少？`)
    expect(res.answer).toMatch(/老年福利预算为90\.00万元（900,000元）。其中一般公共预算财政拨款70\.00万元（700,000元）（《[^》]+》）/)
    expect(res.answer).not.toMatch(/》中为70\.00万元/)
    expect(res.citations.map((c) => c.value)).toEqual(['900,000', '700,000'])
  })

  it('reads the 一般公共预算 table when the question names that fund', () => {
    const res = ask(`${UNIT}一般公共预算拨款里，老年福利的基本支出和项目支出各是多少？`)
    expect(res.answer).toMatch(/基本支出预算为40\.00万元（400,000元），项目支出为30\.00万元/)
    expect(res.citations[0].tableTitle).toContain('一般公共预算支出功能分类')
  })

  it('reads 财政拨款收入 printed as a row of its own, not as the income total', () => {
    const res = ask(`${UNIT}财政拨款收入占收入总计的比例是多少？`)
    expect(res.answer).toContain('80.00%')
  })

  it('reads "基本支出中人员经费" as the part of 基本支出 from the 基本支出 table', () => {
    const res = ask(`${UNIT}一般公共预算基本支出中人员经费一共多少？`)
    expect(res.answer).toMatch(/一般公共预算基本支出的人员经费(?:预算)?为42\.00万元（420,000元）/)
  })
})

describe('决算 columns (部门决算)', () => {
  it('reads 年初预算 from a 决算 table’s 预算数 group and says which column was read', () => {
    const res = ask(`${FINAL}“三公”经费年初预算和决算分别多少？`)
    expect(res.answer).toMatch(/年初预算（表中“预算数”栏）为6\.00万元，决算数为5\.10万元/)
    expect(res.citations.every((c) => c.tableTitle?.includes('三公'))).toBe(true)
  })

  it('reads a subject heading a column group by the group asked', () => {
    expect(ask(`${FINAL}公务接待费预算数和决算数分别是多少？`).answer).toMatch(/为1\.50万元，决算数为0\.90万元/)
  })

  it('answers a 决算 document’s figure from its 决算 column, not the budget column printed first', () => {
    const res = ask(`${FINAL}“三公”经费决算是多少？`)
    expect(res.answer).toMatch(/决算为5\.10万元/)
    expect(res.answer).not.toMatch(/6\.00万元/)
  })

  it('never reads the 栏次 line (1, 2, 3 …) as amounts', () => {
    const res = ask(`${FINAL}“三公”经费年初预算和决算分别多少？`)
    expect(res.citations.every((c) => !/^[1-8]$/.test(c.value ?? ''))).toBe(true)
  })

  it('reads an item’s 年初预算, 决算 and 完成% from its own sentence of the prose when no table prints them', () => {
    const res = ask(`${FINAL}宣传文化发展专项支出年初预算、决算和完成预算的比例分别多少？`)
    expect(res.answer).toMatch(/年初预算为240\.00万元，决算数为230\.00万元，完成预算的比例为95\.83%/)
    expect(res.citations.every((c) => c.kind === 'paragraph')).toBe(true)
  })

  it('reads the next item’s sentence for the next item only', () => {
    expect(ask(`${FINAL}机关事业单位基本养老保险缴费支出的年初预算是多少？`).answer).toMatch(/年初预算为38\.00万元/)
  })

  it('reads 年末结转和结余 as the 收支总表 row, not a definition', () => {
    const res = ask(`${FINAL}年末结转和结余是多少？`)
    expect(res.answer).toMatch(/年末结转和结余决算为40\.00万元/)
    expect(res.citations[0].kind).toBe('row')
  })

  it('reads "其中项目支出" of a code row from that row of the 支出决算表', () => {
    const res = ask(`${FINAL}2079902宣传文化发展专项支出多少？其中项目支出多少？`)
    expect(res.answer).toMatch(/决算为250\.00万元，其中项目支出为100\.00万元/)
  })
})
