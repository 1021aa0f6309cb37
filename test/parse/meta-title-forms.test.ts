import { describe, expect, it } from 'vitest'
import { metaFromFileName, resolveMeta, scopeOfWords } from '../../server/core/parse/meta-fallback.js'
import { readTitleRegion } from '../../server/core/parse/meta.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

const meta = (text: string) => readTitleRegion(toSourceLines(text))
const BODY = '\n一、部门主要职能\n负责本辖区相关工作。\n'

describe('organisation, year and kind from every title form these documents use', () => {
  it.each([
    ['a region title with the department labelled below', '上海市普陀区2026年区级部门预算\n 预算主管部门：上海市普陀区司法局\n目  录', { org: '上海市普陀区司法局', year: 2026, scope: '部门预算', city: '上海市', region: '普陀区' }],
    ['a municipal unit budget with the unit on the next line', '上海市2025年市级单位预算\n\n上海市财政局\n目录', { org: '上海市财政局', year: 2025, scope: '单位预算' }],
    ['预算单位： label', '某市某区2025年区级单位预算\n   预算单位：某市某区人民政府办公室', { org: '某市某区人民政府办公室', year: 2025, scope: '单位预算' }],
    ['编制部门： with a second field on the line', '2024年部门预算公开\n编制部门：某县交通运输局      编制日期：2024年2月', { org: '某县交通运输局', year: 2024, scope: '部门预算' }],
    ['单位名称：', '单位名称：某县人民医院\n2023年度单位预算', { org: '某县人民医院', year: 2023, scope: '单位预算' }],
    ['部门名称： label with a year-first title', '2025年部门预算\n部门名称：某省教育厅', { org: '某省教育厅', year: 2025, scope: '部门预算' }],
    ['a year-first title naming the organisation', '2025年某县水利局部门预算', { org: '某县水利局', year: 2025, scope: '部门预算' }],
    ['年度 and a letter-spaced year', '某县审计局\n2 0 2 5 年度部门预算', { org: '某县审计局', year: 2025, scope: '部门预算' }],
    ['a year in Chinese numerals', '某县统计局二〇二四年部门预算', { org: '某县统计局', year: 2024, scope: '部门预算' }],
    ['a 部门决算', '上海市普陀区2024年度部门决算\n部门名称：上海市普陀区规划资源局', { org: '上海市普陀区规划资源局', year: 2024, scope: '部门决算' }],
    ['a 单位决算 in one line', '某县疾病预防控制中心2023年单位决算', { org: '某县疾病预防控制中心', year: 2023, scope: '单位决算' }],
    ['an organisation before 关于', '某县高庙镇中心小学校 关于2024年度部门预算编制的说明 | |||||', { org: '某县高庙镇中心小学校', year: 2024, scope: '部门预算' }],
    ['a 单位: label cut at the cells a copied page keeps as " | "', '第二部分 2024年度部门决算表\n一、收入支出决算总表\n公开01表 | ||\n单位:某某县某镇中学 | 2024年度 | 金额单位:万元 |', { org: '某某县某镇中学', year: 2024, scope: '部门决算' }],
    ['a title followed by the empty cells of a copied page', '主办:某市人民政府办公室\n2023年度某市生态环境局部门决算 | ||||||||||||||||\n2024-09-27 16:53', { org: '某市生态环境局', year: 2023, scope: '部门决算' }],
    ['a self-evaluation form whose header row labels its units', '部门预算项目支出绩效自评表(2023年度) | ||||||||||\n项目名称 | 某县信息设备更新项目 | |||||||||\n主管部门 | 某县司法局部门 | 实施单位 | 某县司法局 | |||||||', { org: '某县司法局', year: 2023, scope: '绩效自评' }],
    ['a 三公 统计表 naming its department with 部门 and no stage', '2015年某市司法局部门“三公”经费情况统计表\n单位:万元', { org: '某市司法局', year: 2015 }],
    ['a project target form named by its 填报单位 on a flattened line', '项目绩效目标表_第1页\n文档简介\n项目绩效目标表(2022年度)填报单位(盖章):某县青石镇人民政府 项目名称镇域道路项目属性新增项目', { org: '某县青石镇人民政府', year: 2022, scope: '部门预算', title: '项目绩效目标表(2022年度)' }],
    ['a target form whose title names its unit and year', '某县农业农村局2024年项目支出绩效目标申报表\n项目名称:高标准农田建设', { org: '某县农业农村局', year: 2024, scope: '部门预算' }],
    ['a body with its second name in brackets', '某市某区综合行政执法局 (某市某区城市管理局) 2021年度部门决算\n发布日期:2022-10-12', { org: '某市某区综合行政执法局', year: 2021, scope: '部门决算' }],
    ['a bracket that is no second name stays', '某市某区城市管理局(本级)2020年度部门决算情况说明', { org: '某市某区城市管理局(本级)', year: 2020, scope: '部门决算' }],
    ['a site banner over a year-first title naming its unit', '欢迎来到某市第二人民医院\n国家三级甲等综合医院\n2023年度某市第二人民医院单位决算\n来源:某市第二人民医院', { org: '某市第二人民医院', year: 2023, scope: '单位决算' }],
    ['a 三公-only page over two lines', '附件2\n某开发区管委会2020年部门\n“三公”经费预算\n2020年2月', { org: '某开发区管委会', year: 2020, scope: '三公经费预算' }],
    ['a 三公 table as the whole page', '某县文化馆2017年“三公”经费预算情况表\n单位：元', { org: '某县文化馆', year: 2017, scope: '三公经费预算' }],
    ['a 三公 决算', '某镇人民政府2022年“三公”经费决算情况说明', { org: '某镇人民政府', year: 2022, scope: '三公经费决算' }],
    ['a part heading before the unit’s name (第二部分)', '2024年某州测绘院预算\n目录\n第一部分某州测绘院单位概况\n第二部分某州测绘院2024年单位预算表', { org: '某州测绘院', year: 2024, scope: '单位预算' }],
    ['a fund’s name (一般公共预算) before a 三公 决算 on the third line', '某县人民检察院\n2019年度一般公共预算财政拨款\n“三公”经费决算情况说明', { org: '某县人民检察院', year: 2019, scope: '三公经费决算' }],
    ['“三公”经费财政拨款预算', '某县2022年“三公”经费财政拨款预算情况说明\n来源:某县档案馆', { year: 2022, scope: '三公经费预算' }],
    ['a self-evaluation form’s own title, its year on the line below', '项目支出绩效自评表\n（2023年度）\n填报单位：某县水库管理站', { org: '某县水库管理站', year: 2023, scope: '绩效自评' }],
    ['部门预算项目支出绩效自评表: the 部门预算 qualifies the projects', '某县发展和改革局2023年度部门预算项目支出绩效自评表（工资性支出）', { org: '某县发展和改革局', year: 2023, scope: '绩效自评' }],
    ['a 绩效单位自评报告: the unit or department between 绩效 and 自评', '某州数据中心2024年度项目支出绩效单位自评报告', { org: '某州数据中心', year: 2024, scope: '绩效自评' }],
    ['a 部门决算 that prints a 自评表 among its tables stays a 决算', '某县林业局2024年度部门决算\n\n表9 项目支出绩效自评表', { org: '某县林业局', year: 2024, scope: '部门决算' }],
    ['a region’s 三公 page with the unit on its publisher line', '某某县2017年度部门“三公”经费预算情况表\n来源:某某县文化园   2017-04-27 00:00\n浏览量:1', { org: '某某县文化园', year: 2017, scope: '三公经费预算', region: '某某县' }],
  ])('%s', (_label, text, expected) => {
    expect(meta(text + BODY)).toMatchObject(expected)
  })

  it.each([
    ['a publisher outside the title’s place', '某某县2017年度部门“三公”经费预算情况表\n来源:某某市人民政府网站'],
    ['a publisher that is the place itself', '某某县2017年度部门“三公”经费预算情况表\n来源:某某县'],
  ])('no organisation from %s', (_label, text) => {
    expect(meta(text + BODY).org).toBeUndefined()
  })

  it('a full budget whose table of contents lists the 三公 table stays a 部门预算', () => {
    const text = '某县民政局2025年部门预算\n目录\n1. 2025年部门收支总表\n7. 2025年部门“三公”经费预算表'
    expect(meta(text)).toMatchObject({ org: '某县民政局', scope: '部门预算' })
  })

  it('keeps the five seeds’ metadata exactly (the classic one-line title is read first)', () => {
    expect(meta('重庆市某区医疗保障局 2025 年部门预算情况说明\n正文')).toMatchObject({ org: '重庆市某区医疗保障局', title: '重庆市某区医疗保障局 2025 年部门预算情况说明', titleLine: 1 })
  })
})

describe('what the title region does not say: sidecar, then file name, else held as metadata needed', () => {
  const noTitle = '一、部门主要职能\n本部门负责预算编制和执行。\n二、收支预算情况\n2025年收入预算100.00万元。'

  it('fills from a sidecar NAME.meta.json', () => {
    const { meta: m, needed } = resolveMeta(toSourceLines(noTitle), 'x.pdf', { sidecar: { org: '某县林业局', year: 2025, kind: '部门预算' } })
    expect(needed).toEqual([])
    expect(m).toMatchObject({ org: '某县林业局', year: 2025, scope: '部门预算' })
  })

  it("never takes the site's name for the organisation: the page's publisher (来源：) comes before it", () => {
    const page = '某县2024年度部门“三公”经费预算情况表\n单位：元\n项目\t2024年预算数\n一、支出合计\t73000'
    const { meta: m } = resolveMeta(toSourceLines(page), 'x.html', { pageTitle: '某县2024年度部门“三公”经费预算情况表 - 某县人民政府门户网站', publisher: '某县供销社' })
    expect(m).toMatchObject({ org: '某县供销社', year: 2024, scope: '三公经费预算' })
  })

  it('falls back to the file name', () => {
    expect(metaFromFileName('某县林业局2026年单位预算.pdf')).toEqual({ org: '某县林业局', year: 2026, scope: '单位预算' })
    expect(metaFromFileName('sh-putuo-ghzy-2024-final.pdf')).toEqual({ year: 2024, scope: '部门决算' })
    expect(scopeOfWords('三公经费决算')).toBe('三公经费决算')
  })

  it('holds a budget document it cannot place as "metadata needed", and still rejects text that is no budget at all', () => {
    const { document } = parseDocument('report-7.txt', noTitle)
    expect(document.metadataNeeded).toEqual(['org', 'year', 'scope'])
    expect(document.org).toBe('report-7')
    expect(() => parseDocument('recipe.txt', '红烧肉的做法\n五花肉切块。')).toThrow(/not a budget disclosure/)
  })
})

describe('a title a site split into pages (“…2022年度决算（第2页、第7页）”)', () => {
  it('reads the organisation, the year and the stage, the page note left out', async () => {
    const { resolveMeta } = await import('../../server/core/parse/meta-fallback.js')
    const { toSourceLines } = await import('../../server/core/parse/source-lines.js')
    const { meta, needed } = resolveMeta(toSourceLines('青岚县文化广播电视和旅游局2022年度决算（第2页、第7页）\n【第2页】\n一、收入支出决算总体情况说明\n2022年度收、支总计各是410.49,414.91万元。'), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚县文化广播电视和旅游局', year: 2022 })
  })
})

describe('what funds an account, between the organisation and its kind ("某局财政拨款“三公”经费预算表")', () => {
  it.each([
    ['2019年县文旅局财政拨款“三公”经费预算表', '县文旅局'],
    ['2021年青岚县审计局一般公共预算财政拨款“三公”经费预算', '青岚县审计局'],
  ])('%s names %s', async (title, org) => {
    const { resolveMeta } = await import('../../server/core/parse/meta-fallback.js')
    const { toSourceLines } = await import('../../server/core/parse/source-lines.js')
    const { meta, needed } = resolveMeta(toSourceLines(`${title}\n金额单位:万元`), 'page.txt')
    expect(needed).toEqual([])
    expect(meta.org).toBe(org)
  })
})

describe('place accounts titled year first, a dash for 年, a 三公 summary of a place', () => {
  it.each([
    ['2022年青岚区本级财政总决算相关重要事项说明', { org: '青岚区', year: 2022, scope: '财政决算' }],
    ['青岚县2015-“三公”经费汇总情况决算表', { org: '青岚县', year: 2015, scope: '三公经费决算' }],
  ])('%s', async (title, want) => {
    const { resolveMeta } = await import('../../server/core/parse/meta-fallback.js')
    const { toSourceLines } = await import('../../server/core/parse/source-lines.js')
    const { meta, needed } = resolveMeta(toSourceLines(`${title}\n单位:万元`), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject(want)
  })
})

describe('rule caption-row-org: a 部门预算公开表 names its unit in its first row', () => {
  it('reads "810青岚县青禾镇财政所 | 预算年度:2024 | 单位:万元" under a title that names no organisation', async () => {
    const { resolveMeta } = await import('../../server/core/parse/meta-fallback.js')
    const { toSourceLines } = await import('../../server/core/parse/source-lines.js')
    const html = ['2024年部门预算信息公开目录', '<table>', '<tr><td>810青岚县青禾镇财政所</td><td>预算年度:2024</td><td>单位:万元</td></tr>', '<tr><td>项目</td><td>预算数</td></tr>', '</table>'].join('\n')
    const { meta, needed } = resolveMeta(toSourceLines(html), 'page.html')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚县青禾镇财政所', year: 2024, scope: '部门预算' })
  })
})

describe('classic title: a sentence is no title', () => {
  it('reads the organisation from the title, not from a prose sentence naming another body’s 部门预算 ("…为某局2023年部门预算编制范围的二级预算单位。")', () => {
    const text = ['# 云岗县石桥乡2023年度部门决算', '', '一、部门职责', '', '石桥乡人民政府是基层国家行政机关。', '', '二、机构设置', '', '石桥乡中心学校为云岗县教育局2023年部门预算编制范围的二级预算单位。'].join('\n')
    expect(parseDocument('x.md', text).document.org).toBe('云岗县石桥乡')
  })
})

describe('a project target form published on its own', () => {
  it('a table of contents listing a 项目绩效目标表 gives the document no kind', () => {
    const m = meta('预算主管部门：某县水利局\n目 录\n十、项目支出表\n十一、项目绩效目标表')
    expect(m.scope).toBeUndefined()
  })

  it('is held as its unit’s budget, not rejected for naming no 预算/决算', () => {
    const text = '项目绩效目标表_第1页\n全文预览已结束\n项目绩效目标表(2022年度)填报单位(盖章):某县青石镇人民政府 项目名称镇域道路 资金总额及构成总额120.5万元财政拨款:100万元'
    const { document: d } = parseDocument('target.txt', text)
    expect(d).toMatchObject({ org: '某县青石镇人民政府', year: 2022, scope: '部门预算' })
    expect(d.metadataNeeded).toBeUndefined()
    expect(d.paragraphs.some((p) => p.text.includes('120.5万元'))).toBe(true)
  })
})
