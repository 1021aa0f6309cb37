import { describe, expect, it } from 'vitest'
import { bodyOrg } from '../../server/core/parse/body-org.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/**
 * Session 25: a district's report on its year's finances saved under a heading that names no one, and a project's
 * self-evaluation form flattened into one line. Made-up places (青岚市, 柳岸县, 桐江区) and units.
 */
const lines = (...l: string[]) => toSourceLines(l.join('\n'))

describe('rule whole-place-subject: a report that speaks of 全区 and names one district as its subject', () => {
  const report = lines('一、2024年财政预算执行情况',
    '2024年,在区委、区政府的正确领导下,桐江区坚持稳中求进工作总基调,财政运行总体平稳。',
    '(一)一般公共预算收支决算情况',
    '2024年,全区一般公共预算收入完成120,300万元,同比增长3.1%。其中:税收收入完成50,100万元。')
  it('is that district’s account, its 财政决算 as its first lines speak of 执行', () => {
    expect(bodyOrg(report)).toMatchObject({ org: '桐江区', rule: 'whole-place-subject', place: '桐江区' })
    expect(resolveMeta(report, 'p.html')).toMatchObject({ meta: { org: '桐江区', year: 2024, scope: '财政决算' }, needed: [] })
  })
  it('two districts named, or none spoken of as 全区, name nobody', () => {
    expect(bodyOrg(lines('2024年,桐江区坚持稳中求进,柳河区积极推进改革。', '2024年,全区一般公共预算收入完成120,300万元。'))).toBeUndefined()
    expect(bodyOrg(lines('2024年,桐江区坚持稳中求进。', '一般公共预算收入完成120,300万元。'))).toBeUndefined()
    // 区委, 区政府 are no place's names
    expect(bodyOrg(lines('2024年,在区委、区政府的正确领导下,财政运行平稳。', '全区一般公共预算收入完成120,300万元。'))).toBeUndefined()
  })
  it('a scope word after a verb (占全市) is no place: a province’s bulletin listing its cities names nobody (session 27)', () => {
    const bulletin = lines('今年1-4月份,全省一般公共预算收入完成1261.6亿元。',
      '岚州市一般公共预算收入完成148.36亿元。全市一般公共预算支出128.01亿元,其中,民生支出109.67亿元,占全市一般公共预算支出的85.7%。')
    expect(bodyOrg(bulletin)).toBeUndefined()
  })
})

describe('rule label-inline: a form flattened into one line keeps its labels between the values', () => {
  const form = lines('https://example.org/news/1.html',
    '现已完成柳岸县2022年项目绩效目标自评,附件:项目绩效自评表柳岸县水务局2022年12月30日绩效目标自评表(2022年度)项目名称柳岸县灌区计量设施项目项目负责人及电话张三13900000000(办公)主管部门柳岸县水务局实施单位柳岸县灌区管理所资金情况(万元)全年预算数(A)全年执行数(B)年度资金总额:2020')
  it('reads the unit that carries the project out between its label and the next, and the form’s kind', () => {
    expect(bodyOrg(form)).toMatchObject({ org: '柳岸县水务局', rule: 'label-inline' })
    expect(resolveMeta(form, 'p.html')).toMatchObject({ meta: { org: '柳岸县水务局', year: 2022, scope: '绩效自评' }, needed: [] })
  })
  it('a label whose value runs into no other label names nobody', () => {
    expect(bodyOrg(lines('项目名称柳岸县灌区计量设施项目实施单位柳岸县灌区管理所资金情况(万元)年度资金总额:20'))).toBeUndefined()
  })
})
