import { describe, expect, it } from 'vitest'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { fiscalBudgetTitle } from '../../server/core/parse/fiscal-budget-title.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

const meta = (text: string, pageTitle?: string) => resolveMeta(toSourceLines(text), 'page.txt', pageTitle ? { pageTitle } : {})

describe('rule fiscal-budget-title: a place’s 财政预算 (execution and draft) is the whole place’s account', () => {
  it.each([
    ['关于青岚县2023年财政预算执行情况和2024年财政预算(草案)相关表格', { org: '青岚县', region: '青岚县', year: 2024 }],
    ['青岚县2023年预算执行情况与2024年预算草案的报告', { org: '青岚县', year: 2024 }],
    ['云岭市2024年财政预算（草案）', { org: '云岭市', city: '云岭市', year: 2024 }],
    ['关于云岭市河西区2022年本级预算执行情况的报告', { org: '云岭市河西区', region: '河西区', year: 2022 }],
  ])('%s', (title, expected) => {
    const { meta: m, needed } = meta(`${title}\n表一 单位:万元`)
    expect(needed).toEqual([])
    expect(m).toMatchObject({ ...expected, scope: '财政预算', title })
  })

  it('a title broken after its 和, under a page’s index lines, is read whole', () => {
    const page = '信息索引号 | 0025-7/2025-1 | 公开方式 | 主动公开 |\n发布机构 | 区财政局 | 公开范围 | 面向全社会 |\n发布日期: 2025-06-16\n青岚县2025年预算已经青岚县人民代表大会审议批准,现公开如下:\n关于青岚县2024年预算执行情况和\n2025年预算草案的报告(书面)\n青岚县财政局\n各位代表:'
    expect(meta(page).meta).toMatchObject({ org: '青岚县', year: 2025, scope: '财政预算' })
  })

  it.each([
    ['2022年财政决算情况及2023年财政预算情况报告(草案) 云岭市河西区白石镇人民政府\n各位代表:', { org: '云岭市河西区白石镇', year: 2022, scope: '财政决算' }],
    ['2022年财政决算情况及2023年\n财政预算情况报告(草案)\n云岭市河西区白石镇人民政府\n各位代表:', { org: '云岭市河西区白石镇', year: 2022, scope: '财政决算' }],
    ['2025年财政预算(草案)的报告\n青岚县人民政府\n各位代表:', { org: '青岚县', year: 2025, scope: '财政预算' }],
  ])('a title naming no place, its government written after it: %s', (page, expected) => {
    const { meta: m, needed } = meta(page)
    expect(needed).toEqual([])
    expect(m).toMatchObject(expected)
  })

  it('a placeless report title with no government after it is not read as a place’s account', () => {
    expect(meta('2022年财政决算情况报告\n各位代表:').meta.scope).not.toBe('财政决算')
  })

  it('a department’s budget citing the place’s report in a sentence stays the department’s', () => {
    const page = '青岚县水利局2025年部门预算\n一、部门职责\n负责水利工作。\n二、机构设置\n内设5个科室。\n三、说明\n根据《关于青岚县2024年预算执行情况和2025年预算草案的报告》，编制本部门预算。'
    expect(meta(page).meta).toMatchObject({ org: '青岚县水利局', year: 2025, scope: '部门预算' })
  })

  it('a page whose first line is the PDF’s file name takes its title from the page’s <title>', () => {
    const title = '关于青岚县2023年财政预算执行情况和2024年财政预算(草案)相关表格'
    const { meta: m } = meta(`5.${title}.pdf\n青岚县六届人大二次 会 议 文 件 附件`, title)
    expect(m).toMatchObject({ org: '青岚县', year: 2024, scope: '财政预算', title })
  })

  it.each([
    ['a department’s budget', '青岚县财政局2024年部门预算'],
    ['no place named', '关于2023年预算执行情况和2024年预算草案的报告'],
    ['a scope word, not a place', '全县2023年财政预算执行情况'],
    ['a place’s 本级 三公 account', '2021年白石州州本级“三公”经费支出决算情况'],
  ])('%s is not a 财政预算 title', (_label, title) => {
    expect(fiscalBudgetTitle.read(toSourceLines(title))).toBeUndefined()
  })

  it.each([
    ['青岚县人民政府关于2023年决算(草案)的报告', { org: '青岚县', year: 2023 }],
    ['云岭市河西区人民政府关于2022年财政决算的报告', { org: '云岭市河西区', year: 2022 }],
    ['关于青岚县2021年度财政决算的报告', { org: '青岚县', year: 2021 }],
    ['云岭市白沙镇2023年财政决算', { org: '云岭市白沙镇', year: 2023 }],
    ['云岭台商区2022年政府预决算相关重要事项说明', { org: '云岭台商区', year: 2022 }],
  ])('%s: the place’s 财政决算', (title, expected) => {
    const { meta: m, needed } = meta(`${title}\n县人大常委会：`)
    expect(needed).toEqual([])
    expect(m).toMatchObject({ ...expected, scope: '财政决算', title })
  })

  it.each([
    ['a township government’s own 部门决算', '云岭市白沙镇人民政府2024年度决算公开说明', '部门决算'],
    ['a department’s 决算', '青岚县财政局2023年部门决算', '部门决算'],
  ])('%s is not a 财政决算 (%s)', (_label, title, scope) => {
    expect(meta(`${title}\n一、部门基本情况`).meta.scope).toBe(scope)
  })

  it('a department’s budget keeps its organisation and kind', () => {
    expect(meta('青岚县财政局2024年部门预算\n一、部门职责').meta).toMatchObject({ org: '青岚县财政局', scope: '部门预算' })
  })
})
