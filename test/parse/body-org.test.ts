import { describe, expect, it } from 'vitest'
import { bodyOrg } from '../../server/core/parse/body-org.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/** Made-up pages (青岚市, 柳岸县 and their units, their figures) whose title region names nobody. */
const FORM = ['项目支出绩效自评表', '(2021年度)', '项目名称', '实验楼改造经费', '主管部门', '青岚市教育局', '实施单位', '青岚市第三职业中学', '项目资金', '(万元)', '年初预算数'].join('\n')
const DUTIES = ['2024年度部门预算情况说明', '目 录', '第一部分 部门概况', '一、主要职能职责', '柳岸县不动产登记中心是负责全县不动产登记的县政府直属公益一类事业单位。主要职责有:', '(一)负责登记。'].join('\n')
const CITY = ['一般公共预算收支完成情况', '2023年全市财政总收入88.6亿元,其中一般公共预算收入30.2亿元。', '2023年青岚市本级一般公共预算收入9.1亿元,完成年度预算的101.2%;柳岸县一般公共预算收入5.5亿元。'].join('\n')
const NEWS = ['青岚今年“三公”预算总额0.98亿 比去年下降', '记者从青岚市财政局获悉,青岚市公布了2015年市级“三公”经费预算。', '2015年青岚市本级公共预算财政拨款安排的“三公”经费预算总额为0.98亿元,比2014年预算下降5.2%。'].join('\n')

describe('rule body-org: whose page it is, read from its body when its title names nobody', () => {
  it('a form copied one cell per line: the unit under 实施单位, before the 主管部门', () => {
    expect(bodyOrg(toSourceLines(FORM))).toEqual({ org: '青岚市第三职业中学', rule: 'form-label-below' })
    const { meta, needed } = resolveMeta(toSourceLines(FORM), 'form.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚市第三职业中学', year: 2021, scope: '绩效自评' })
  })

  it('the subject of the duties sentence', () => {
    expect(bodyOrg(toSourceLines(DUTIES))).toEqual({ org: '柳岸县不动产登记中心', rule: 'duty-subject' })
    expect(resolveMeta(toSourceLines(DUTIES), 'p.txt').meta).toMatchObject({ org: '柳岸县不动产登记中心', year: 2024, scope: '部门预算' })
  })

  it('a place spoken of whole (全市财政总收入) is the place’s own 财政决算; its 本级 alone is its 本级', () => {
    const city = resolveMeta(toSourceLines(CITY), 'p.txt')
    expect(city.meta).toMatchObject({ org: '青岚市', scope: '财政决算', city: '青岚市' })
    const news = resolveMeta(toSourceLines(NEWS), 'qinglan-2015-sangong.txt')
    expect(news.meta).toMatchObject({ org: '青岚市本级', year: 2015 })
  })

  it('a title that names its organisation keeps it; a body naming nobody leaves the page waiting for one', () => {
    const named = resolveMeta(toSourceLines(`柳岸县林业局2024年部门预算\n${DUTIES}`), 'p.txt')
    expect(named.meta.org).toBe('柳岸县林业局')
    const nobody = resolveMeta(toSourceLines('2022年“三公”经费预算安排情况\n本部门2022年“三公”经费预算502.4万元。'), 'p.txt')
    expect(nobody.needed).toContain('org')
  })
})

/** More made-up pages (青岚市, 柳岸县, 松溪镇…) whose title region names nobody, or names only a place. */
describe('rules sign-off, year-subject and finance-summed: whose page it is, from its end or its sentences', () => {
  it('the issuer a 说明 signs with at its end, before its date or above it', () => {
    const signed = ['2023年度部门决算公开', '一、部门概况', '本部门负责全县水利工程建设。', '二、收入支出情况', '本年收入合计500.00万元。', '柳岸县水利局　2024年9月']
    expect(bodyOrg(toSourceLines(signed.join('\n')))).toEqual({ org: '柳岸县水利局', rule: 'sign-off' })
    const above = [...signed.slice(0, -1), '柳岸县水利局', '2024年9月30日']
    expect(bodyOrg(toSourceLines(above.join('\n')))).toEqual({ org: '柳岸县水利局', rule: 'sign-off' })
    // a date under a heading is no signature
    expect(bodyOrg(toSourceLines([...signed.slice(0, -1), '收支情况说明', '2024年9月'].join('\n')))).toBeUndefined()
  })

  it('the name a sentence of the account opens with, before its year; never a level word alone or a scope word', () => {
    const page = ['一、2021年度一般公共预算财政拨款“三公”经费支出决算表', '单位:万元', '项目\t预算数\t决算数', '合计\t30.0\t12.5', '柳岸县人社局2021年度一般公共预算财政拨款“三公”经费支出决算中,公务接待费支出决算8.5万元。']
    expect(bodyOrg(toSourceLines(page.join('\n')))).toMatchObject({ org: '柳岸县人社局', rule: 'year-subject', year: 2021 })
    expect(resolveMeta(toSourceLines(page.join('\n')), 'p.txt').meta).toMatchObject({ org: '柳岸县人社局', year: 2021, scope: '三公经费决算' })
    expect(bodyOrg(toSourceLines(['一、收支情况', '区财政局2021年度收入合计30万元。', '本部门2021年度支出合计20万元。'].join('\n')))).toBeUndefined()
  })

  it('the name a notice announces: "现将某区某镇2021年度“三公”经费决算情况公布如下", its year and stage', () => {
    const page = ['http://example.gov.cn/a/b.html', '按照《预算法》及区政府关于推进政府信息公开工作部署和要求,现将柳岸区松溪镇2021年度“三公”经费决算情况公布如下:', '经汇总,2021年度全镇“三公”经费支出合计40.14万元。']
    expect(bodyOrg(toSourceLines(page.join('\n')))).toMatchObject({ org: '柳岸区松溪镇', rule: 'year-subject', year: 2021 })
    expect(resolveMeta(toSourceLines(page.join('\n')), 'p.html').meta).toMatchObject({ org: '柳岸区松溪镇', year: 2021, scope: '三公经费决算' })
    // 现将 before a scope word names nobody
    expect(bodyOrg(toSourceLines('现将本单位2021年度部门决算公开如下:'))).toBeUndefined()
  })

  it('a place named right after a sentence’s year, before its account’s words (rule year-place)', () => {
    const page = ['https://example.gov.cn/d?id=1', '一、公开单位范围', '柳岸县机关事业单位因公出国(境)费、公务接待费。', '2024年柳岸县“三公”经费执行数210.95万元,2025年“三公”经费预算数205.41万元。']
    expect(bodyOrg(toSourceLines(page.join('\n')))).toMatchObject({ org: '柳岸县', rule: 'year-place', place: '柳岸县' })
    // (its year and stage, 2025 三公经费预算, are read from the whole document: test/core/rules/prose-section.test.ts)
    expect(resolveMeta(toSourceLines(page.join('\n')), 'p.html').meta).toMatchObject({ org: '柳岸县' })
    // a scope word is no place
    expect(bodyOrg(toSourceLines('2024年全县“三公”经费执行数210.95万元。'))).toBeUndefined()
    expect(bodyOrg(toSourceLines('2021年度全区三公经费支出合计212.40万元。'))).toBeUndefined()
  })

  it('a place’s 三公 account its 财政局 sums: the whole place when the body counts its townships, its stage as said', () => {
    const text = '根据预算公开的工作安排,经柳岸县财政局汇总,2019年柳岸县部门及乡镇政府(街道办事处)因公出国(境)经费、公务接待费、公车购置费,公车运行费(“三公”经费)决算总额771万元,比上年下降1.8%。'
    expect(bodyOrg(toSourceLines(text))).toEqual({ org: '柳岸县', rule: 'finance-summed', place: '柳岸县', year: 2019 })
    expect(resolveMeta(toSourceLines(text), 'p.txt').meta).toMatchObject({ org: '柳岸县', year: 2019, scope: '三公经费决算' })
  })
})

describe('a place-only title over a body speaking of all the place’s units (全县…部门): the whole place’s account', () => {
  it('“全县县级部门汇总”, “全市行政单位、事业单位”: the whole place, as its prose states its figures', () => {
    const own = resolveMeta(toSourceLines(['柳岸县2023年“三公”经费预算情况说明', '2023年,全县县级部门汇总一般公共预算“三公”经费预安排415.44万元。'].join('\n')), 'p.txt')
    expect(own.meta).toMatchObject({ org: '柳岸县', scope: '三公经费预算' })
    const whole = resolveMeta(toSourceLines(['青岚市2025年“三公”经费预算', '经青岚市财政局汇总,2025年全市行政单位、事业单位和其他单位使用财政拨款安排“三公”经费预算总额为969万元。'].join('\n')), 'p.txt')
    expect(whole.meta).toMatchObject({ org: '青岚市', scope: '三公经费预算' })
  })
})

describe('organisations named in a web page’s cells, by a township’s short name, or by a site footer', () => {
  it('a 单位名称 cell beside its value in an HTML row, the 汇总 mark after the name left out', () => {
    const page = ['2023年度部门决算公开', '<table>', '<tr><td>单位名称</td><td>柳岸县农业农村局（汇总）</td><td>单位代码</td><td>431001</td></tr>', '</table>', '一、部门概况']
    expect(resolveMeta(toSourceLines(page.join('\n')), 'p.txt').meta).toMatchObject({ org: '柳岸县农业农村局', year: 2023, scope: '部门决算' })
  })

  it('a township by its two-character name is an organisation; its county from the site’s footer (rule site-sponsor)', () => {
    const page = ['松溪镇2015年“三公”经费决算说明', '2015年公务接待费9.95万元,较2014年决算数下降5.5%。', '柳岸县人民政府主办 柳岸县大数据中心承办', '网站标识码:5101210012']
    expect(resolveMeta(toSourceLines(page.join('\n')), 'p.txt').meta).toMatchObject({ org: '柳岸县松溪镇', region: '柳岸县' })
    expect(resolveMeta(toSourceLines(page.slice(0, 2).join('\n')), 'p.txt').meta.org).toBe('松溪镇')
    // words of scope are no township: 全乡, 本镇, 各乡镇
    expect(resolveMeta(toSourceLines('本镇2015年“三公”经费决算说明\n2015年公务接待费9.95万元。'), 'p.txt').needed).toContain('org')
  })
})
