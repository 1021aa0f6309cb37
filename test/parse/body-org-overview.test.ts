import { describe, expect, it } from 'vitest'
import { bodyOrg } from '../../server/core/parse/body-org.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/**
 * Session 20: pages saved with no heading (their <title> a web address) whose body still says whose they are, in the
 * places every template puts it. Made-up places (青岚市, 柳岸县, 桐江区) and units.
 */
const lines = (...l: string[]) => toSourceLines(l.join('\n'))

describe('rule overview-heading: the first part’s heading names the body it describes', () => {
  const page = lines('目录', '第一部分概况', '一、职能简介', '第二部分2024年单位预算表', '第三部分2024年单位预算情况说明',
    '第一部分 柳岸县人民医院概况', '一、职能简介', '1.本院是一所二级综合医院。')
  it('reads the name between 第一部分 and 概况, not the contents line that names nobody', () => {
    expect(bodyOrg(page)).toEqual({ org: '柳岸县人民医院', rule: 'overview-heading' })
    expect(resolveMeta(page, 'p.html')).toMatchObject({ meta: { org: '柳岸县人民医院', year: 2024, scope: '单位预算' }, needed: [] })
  })
  it('a heading of a kind only (单位概况, 部门概况) names nobody', () => {
    expect(bodyOrg(lines('第一部分:单位概况', '一、主要职责', '2024年部门预算'))).toBeUndefined()
  })
})

describe('rule overview-subject: the first sentence under the duties heading opens with the body’s name', () => {
  it.each([
    ['青岚市第二实验中学,位于青岚市东城区建设路8号,主要职能为实施初中义务教育。', '青岚市第二实验中学'],
    ['1.柳岸县中医院始建于1956年,是一所二级甲等中医医院。', '柳岸县中医院'],
    ['柳岸县农机服务站，隶属于柳岸县农业农村局。', '柳岸县农机服务站'],
  ])('%s', (sentence, org) => {
    const page = lines('第一部分:单位概况', '一、主要职能', sentence, '第二部分: 2023年单位预算情况说明', '收入预算300.00万元。')
    expect(bodyOrg(page)).toEqual({ org, rule: 'overview-subject' })
    expect(resolveMeta(page, 'p.html').meta).toMatchObject({ org, year: 2023, scope: '单位预算' })
  })
  it('a sentence under the heading that opens with a scope word, or no heading at all, names nobody', () => {
    expect(bodyOrg(lines('一、主要职能', '本单位主要职能为实施义务教育,位于城东。', '2023年单位预算'))).toBeUndefined()
    expect(bodyOrg(lines('青岚市第二实验中学,位于青岚市东城区。', '2023年单位预算'))).toBeUndefined()
  })
})

describe('rule place-own-fiscal: a place’s 本级 budget read from its body is its 财政预算', () => {
  const adjust = lines('经柳岸县人民代表大会批准的2024年柳岸县本级财政一般公共预算总收入是39795万元。',
    '一、预算调整依据', '二、收入调整', '2024年柳岸县本级财政一般公共预算总收入由39795万元调整为40995万元,调增1200万元。')
  it('is the 本级’s 财政预算, not a 部门预算 waiting for its kind', () => {
    expect(resolveMeta(adjust, 'p.html')).toMatchObject({ meta: { org: '柳岸县本级', year: 2024, scope: '财政预算' }, needed: [] })
  })
  it('a 三公 account of the 本级 keeps its own kind', () => {
    const sg = lines('2015年青岚市本级公共预算财政拨款安排的“三公”经费预算总额为0.98亿元。')
    expect(resolveMeta(sg, 'p.html')).toMatchObject({ meta: { org: '青岚市本级', year: 2015, scope: '三公经费预算' }, needed: [] })
  })
})

describe('rule first-person-place: a government speaking of its own place’s summed account', () => {
  it('“我区…汇总数” under a title naming only the district: the district’s account', () => {
    const page = lines('关于桐江区2013年“三公”经费决算支出情况说明', '此次公开的我区2013年“三公”经费为决算支出汇总数,“三公”经费支出总数为557万元。')
    expect(resolveMeta(page, 'p.html')).toMatchObject({ meta: { org: '桐江区', year: 2013, scope: '三公经费决算' }, needed: [] })
  })
  it('a district named with no first-person sum stays unnamed', () => {
    const page = lines('关于桐江区2013年“三公”经费决算支出情况说明', '“三公”经费支出总数为557万元。')
    expect(resolveMeta(page, 'p.html').needed).toContain('org')
  })
})

describe('a title over several lines, and a sentence that is no title', () => {
  it('a fund’s name (一般公共预算及政府性基金) ending a line is no stage: the title goes on to its 决算', () => {
    const page = lines('预决算公开专栏', '柳岸县第三中学', '2020年度一般公共预算及政府性基金', '财政拨款“三公”经费支出决算情况说明', '编制部门:柳岸县第三中学')
    expect(resolveMeta(page, 'p.html').meta).toMatchObject({ org: '柳岸县第三中学', year: 2020, scope: '三公经费决算' })
  })
  it('a line stating an amount is a sentence, not the title, whatever it names first', () => {
    const page = lines('2015年青岚市文化局部门决算公示说明—三公经费', '来源:青岚市文化局',
      '“三公经费”394.85万元,主要原因为:', '增加因素为青岚市博物馆2015年部门预算“三公经费”增加41.20万元、青岚市剧院部门预算“三公经费”增加150.00万元')
    expect(resolveMeta(page, 'p.html').meta).toMatchObject({ org: '青岚市文化局', year: 2015, scope: '部门决算' })
  })
})
