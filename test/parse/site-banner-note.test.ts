import { describe, expect, it } from 'vitest'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/**
 * Session 23: pages that name their organisation nowhere a title or a publisher field would. Made-up places (青岚县,
 * 柳岸县) and units.
 */
describe('rule site-banner: the site banner names the publisher', () => {
  const page = [
    '部门整体支出及项目支出绩效评价报告',
    '欢迎来到青岚县政协网站!',
    '您现在的位置: 首页 > 工作动态 > 通知公告',
    '部门整体支出绩效评价报告',
    '一、基本情况',
    '2022年部门决算收支完成情况。',
    '1、收入:512.30万元。同比上年度增加20.15万元。',
  ].join('\n')
  it('reads the organisation from the banner and the 绩效评价 as the year’s evaluation', () => {
    expect(resolveMeta(toSourceLines(page), 'p.html', { pageTitle: '部门整体支出及项目支出绩效评价报告' })).toMatchObject({
      meta: { org: '青岚县政协', year: 2022, scope: '绩效自评' },
      needed: [],
    })
  })
  it('a banner that names no organisation names none', () => {
    const lines = toSourceLines(page.replace('欢迎来到青岚县政协网站!', '欢迎访问本网站'))
    expect(resolveMeta(lines, 'p.html').needed).toContain('org')
  })
  it('a title that names the organisation is read first', () => {
    const lines = toSourceLines(['柳岸县水利局2022年部门决算', '欢迎来到柳岸县人民政府网站'].join('\n'))
    expect(resolveMeta(lines, 'p.html').meta.org).toBe('柳岸县水利局')
  })
})

describe('rule empty-table-note: the note under an empty 决算 table names the unit', () => {
  const page = [
    '目录',
    '第一部分 概况',
    '一、本部门职责',
    '(1)按照有关规定管理乡镇经济工作;',
    '第二部分 2022年度部门决算报表',
    '九、国有资本经营预算财政拨款支出决算表',
    '说明:柳岸县石桥镇人民政府没有使用国有资本经营预算安排支出,故本表无数据。',
  ].join('\n')
  it('reads 柳岸县石桥镇人民政府 and the year of the 决算 报表', () => {
    const { meta, needed } = resolveMeta(toSourceLines(page), 'p.html')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '柳岸县石桥镇人民政府', year: 2022, scope: '部门决算' })
  })
  it('a note that names no unit names none', () => {
    expect(resolveMeta(toSourceLines(page.replace('柳岸县石桥镇人民政府', '本单位')), 'p.html').needed).toContain('org')
  })
})
