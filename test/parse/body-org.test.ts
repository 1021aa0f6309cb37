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
