import { describe, expect, it } from 'vitest'
import { cell, parseSnippet, rowByCode, rowByName } from './helpers.js'

// Rules that the seeds do not show but other cities' disclosures do (see test/holdout/docs).
const parse = (body: string) => parseSnippet(body).document

describe('captions', () => {
  it('leaves a part heading above a numbered table title in the prose', () => {
    const doc = parse(['## 第四部分 2025年部门预算表', '', '表1 2025年部门支出总表', '', '单位：万元', '', '| 科目名称 | 合计 |', '|---|---|', '| 合计 | 5.00 |'].join('\n'))
    expect(doc.tables[0]).toMatchObject({ number: '表1', title: '2025年部门支出总表' })
    expect(doc.sections.map((s) => s.title)).toContain('第四部分 2025年部门预算表')
  })

  it('reads a grid table whose group label sits alone on the line above the tabbed header', () => {
    const doc = parse(['表四 三公经费支出表', '单位：万元', '2024年预算数', '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费', '\t\t小计\t公务用车购置费\t公务用车运行费\t', '3.24\t\t1.24\t\t1.24\t2.00'].join('\n'))
    const t = doc.tables[0]
    expect(t.columns.map((c) => c.label)[2]).toBe('2024年预算数 › 公务用车购置及运行费 › 小计')
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['3.24', '', '1.24', '', '1.24', '2.00'])
  })
})

describe('pipe tables', () => {
  it('reads 收入项目 | 支出项目 as a two-sided table', () => {
    const t = parse(['表1 收支总表', '单位：万元', '| 收入项目 | 预算数 | 支出项目 | 预算数 |', '|---|---|---|---|', '| 一、一般公共预算拨款收入 | 10.00 | 一、教育支出 | 9.00 |', '| 二、事业收入 |  | 二、其他支出 | 1.00 |'].join('\n')).tables[0]
    expect(t.columns.map((c) => `${c.side}:${c.role}`)).toEqual(['income:name', 'income:total', 'spending:name', 'spending:total'])
    expect(cell(t, rowByName(t, '二、事业收入', 'income'), /预算数/)).toBe('')
    expect(cell(t, rowByName(t, '二、其他支出', 'spending'), /预算数/)).toBe('1.00')
  })

  it('treats a column whose cells hold no figure as text, and keeps its cells', () => {
    const t = parse(['表10 政府采购预算表', '单位：万元', '| 序号 | 采购项目 | 采购类别 | 合计 |', '|---|---|---|---|', '| 1 | 课桌椅更新 | 货物 | 12.00 |'].join('\n')).tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['text', 'name', 'text', 'total'])
    expect(t.rows[0]).toMatchObject({ name: '课桌椅更新' })
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['1', '货物', '12.00'])
    expect(t.rows[0].cells[0].amount).toBeUndefined()
  })

  it('reads a column of subject codes after the name as the rows\' code', () => {
    const t = parse(['表12 项目支出预算表', '单位：元', '| 项目名称 | 功能科目 | 合计 |', '|---|---|---|', '| 合计 |  | 300.00 |', '| 监管经费 | 2100102 | 300.00 |'].join('\n')).tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'code', 'total'])
    expect(rowByCode(t, '2100102')).toMatchObject({ name: '监管经费', level: 3 })
    expect(rowByCode(t, '2100102').cells.map((c) => c.text)).toEqual(['300.00'])
  })

  it('splits a performance grid listing several projects into one table per project', () => {
    const doc = parse([
      '表11 重点项目绩效目标表', '单位：万元',
      '| 项目名称 | 预算金额 | 一级指标 | 三级指标 | 指标性质 | 指标值 | 计量单位 |', '|---|---|---|---|---|---|---|',
      '| 甲项目 | 10.00 | 产出指标 | 人数 | ≥ | 420 | 名 |', '|  |  | 效益指标 | 满意度 | ≥ | 90 | % |',
      '| 乙项目 | 5.00 | 产出指标 | 次数 | = | 0 | 次 |',
    ].join('\n'))
    expect(doc.tables.map((t) => `${t.fields[0]?.value}:${t.rows.length}`)).toEqual(['甲项目:2', '乙项目:1'])
    expect(doc.tables[0].fields[1]).toMatchObject({ key: '预算金额', amount: { fen: 10_000_000 } })
    expect(doc.tables[0].rows[0].indicator).toEqual({ name: '人数', operator: '≥', target: '420', unit: '名', levels: ['产出指标'] })
  })
})

describe('aligned plain text (pdftotext -layout)', () => {
  const aligned = (header: string[], rows: string[]) => parse(['附表1-2 收入预算总表', '单位：元', ...header, ...rows].join('\n')).tables[0]

  it('places figures under the header labels when no row fills every column', () => {
    const t = aligned(
      ['  单位编码   单位名称            合计     一般公共预算     其他收入'],
      ['             合计              300.00           200.00       100.00', '  128001     某局（本级）      300.00           200.00       100.00', '  128002     某中心            200.00           200.00'],
    )
    expect(t.columns.map((c) => c.role)).toEqual(['text', 'name', 'total', 'amount', 'amount'])
    expect(rowByName(t, '某中心').cells.map((c) => c.text)).toEqual(['128002', '200.00', '200.00', ''])
    expect(rowByName(t, '某局（本级）').code).toBeUndefined()
  })

  it('reads a subject code after the name and a 序号 before it', () => {
    const p = aligned(['  项目名称            功能科目        合计      其他收入'], ['  信息化运维经费      2100199       300.00        100.00', '  监管经费            2100102       200.00'])
    expect(rowByCode(p, '2100199')).toMatchObject({ name: '信息化运维经费' })
    expect(rowByCode(p, '2100102').cells.map((c) => c.text)).toEqual(['200.00', ''])
    const g = aligned(['  序号    采购项目          采购品目        合计'], ['  1       设备购置          货物          586.00'])
    expect(g.rows[0]).toMatchObject({ name: '设备购置' })
    expect(g.rows[0].cells.map((c) => c.text)).toEqual(['1', '货物', '586.00'])
  })

  it('reads targets printed as one cell and repeated project forms', () => {
    const doc = parse([
      '附表1-12 项目支出绩效目标表', '单位：元',
      '  项目名称：甲项目        功能科目：2100301 城市社区卫生机构', '  项目金额（元）：100.00', '  年度绩效目标：保障辖区社区卫生服务中心正常运转，提升基层医疗卫生服务能力水平。',
      '    一级指标      二级指标      三级指标              指标值', '    产出指标      数量指标      管理人数              ≥12.6万人',
      '  项目名称：乙项目', '  项目金额（元）：50.00',
      '    一级指标      二级指标      三级指标              指标值', '    产出指标      时效指标      发放及时率             =100%',
    ].join('\n'))
    expect(doc.tables.map((t) => t.fields.find((f) => f.key === '项目名称')?.value)).toEqual(['甲项目', '乙项目'])
    expect(doc.tables[0].fields.find((f) => f.key === '项目金额（元）')?.amount).toMatchObject({ unit: '元', fen: 10_000 })
    expect(doc.tables[0].rows[0].indicator).toMatchObject({ operator: '≥', target: '12.6', unit: '万人', levels: ['产出指标', '数量指标'] })
    expect(doc.tables[1].rows[0].cells.map((c) => c.text)).toEqual(['产出指标', '时效指标', '发放及时率', '=100%'])
  })
})
