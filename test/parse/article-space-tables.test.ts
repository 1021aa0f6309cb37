import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { cell } from './helpers.js'

/**
 * Session 24 (rules unit-in-title, heading-after-gap, one-line header leaves, word-per-column): a budget posted as an
 * article, its tables flattened into lines of cells set apart by one space, each titled "表N 标题（单位：万元）" with no
 * unit line of its own, and the article's next section right after a blank line. A made-up county bureau (柳岸县档案局).
 */
const ARTICLE = [
  '柳岸县档案局2025年部门预算公开',
  '',
  '一、部门收支预算总体情况',
  '2025年部门收支总预算300.00万元，比2024年预算310.00万元减少10.00万元。',
  '表1 部门收支总表（单位：万元）',
  '收入项目 预算数 支出项目 预算数',
  '一、一般公共预算拨款收入 280.00 一、一般公共服务支出 270.00',
  '二、事业收入 20.00 二、住房保障支出 30.00',
  '收入总计 300.00 支出总计 300.00',
  '',
  '（二）收入预算情况',
  '2025年部门收入预算300.00万元，其中一般公共预算拨款收入280.00万元，占93.33%，为县级财政安排的资金。',
  '表2 一般公共预算支出表（单位：万元）',
  '科目编码 科目名称 2024年预算数 2025年预算数 基本支出 项目支出 增减额',
  '合计  290.00 280.00 250.00 30.00 -10.00',
  '201 一般公共服务支出 262.00 250.00 220.00 30.00 -12.00',
  '20126 档案事务 262.00 250.00 220.00 30.00 -12.00',
  '221 住房保障支出 28.00 30.00 30.00 0.00 2.00',
  '具体说明：',
  '1.档案事务（20126）250.00万元，比2024年减少12.00万元，主要原因是数字化项目完成。',
  '表3 项目支出表（单位：万元）',
  '单位名称 项目名称 科目编码 合计 一般公共预算 事业收入',
  '合计   30.00 10.00 20.00',
  '柳岸县档案局（本级） 档案数字化加工 2012604 20.00 0.00 20.00',
  '柳岸县档案馆 档案馆安全维护 2012604 10.00 10.00 0.00',
  '',
  '三、其他重要事项的情况说明',
  '本部门2025年无政府采购预算。',
].join('\n')

describe('tables of an article: titles closed by their unit, cells set apart by one space', () => {
  const { document: d } = parseDocument('la-daj-2025.txt', ARTICLE)
  const [summary, general, projects] = d.tables
  it('reads each titled table, its unit from the title, its title without it', () => {
    expect(d.tables.map((t) => t.title)).toEqual(['部门收支总表', '一般公共预算支出表', '项目支出表'])
    expect(d.tables.every((t) => t.unit === '万元')).toBe(true)
  })
  it('ends a table at the section heading after the gap, and at the lead-in over numbered sentences', () => {
    expect(summary.rows.map((r) => r.name)).not.toContain('（二）收入预算情况')
    expect(general.rows.map((r) => r.name)).not.toContain('具体说明：')
    expect(projects.rows.map((r) => r.name)).not.toContain('三、其他重要事项的情况说明')
    expect(d.paragraphs.some((p) => p.text.startsWith('（二）收入预算情况'))).toBe(true)
  })
  it('reads a header printed on one line as one column per label', () => {
    expect(general.columns.map((c) => c.label)).toEqual(['科目编码', '科目名称', '2024年预算数', '2025年预算数', '基本支出', '项目支出', '增减额'])
    const row = general.rows.find((r) => r.code === '20126')!
    expect(cell(general, row, /^2024年预算数$/)).toBe('262.00')
    expect(cell(general, row, /^增减额$/)).toBe('-12.00')
  })
  it('gives each text column its word, the project its row name', () => {
    const row = projects.rows.find((r) => r.name === '档案馆安全维护')!
    expect(row.code).toBe('2012604')
    expect(cell(projects, row, /^单位名称$/)).toBe('柳岸县档案馆')
    expect(cell(projects, row, /^一般公共预算$/)).toBe('10.00')
  })
  it('accounts for every line', () => {
    expect(accountLines(d, ARTICLE)).toEqual({ missing: [], twice: [] })
  })
})
