import { describe, expect, it } from 'vitest'
import { aliasesOf } from '../../server/core/corpus/catalog-docs.js'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { splitProvince } from '../../server/core/parse/province-qualifier.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

describe('a province before a lower place qualifies the region; it is not part of the organisation’s name', () => {
  it.each([
    ['an autonomous region’s short name before a county', '宁夏泾岚县林业局', { org: '泾岚县林业局', province: '宁夏' }],
    ['a short name before a city and district', '内蒙古包岚市东河区教育局', { org: '包岚市东河区教育局', province: '内蒙古' }],
    ['an autonomous region’s full name', '广西壮族自治区桂澜市审计局', { org: '桂澜市审计局', province: '广西壮族自治区' }],
    ['a 省 before a city', '黑龙江省鹤澜市农业农村局', { org: '鹤澜市农业农村局', province: '黑龙江省' }],
    ['原 kept in front', '原西藏藏岚县文化局', { org: '原藏岚县文化局', province: '西藏' }],
  ])('%s', (_label, org, expected) => {
    expect(splitProvince(org)).toEqual(expected)
  })

  it.each([
    ['a province’s own department', '海南省散装水泥办公室'],
    ['an autonomous region’s own department', '新疆维吾尔自治区林业和草原局'],
    ['a word ending in 区 after the province (社区), no county', '四川省社区矫正管理局'],
    ['a name with no province', '疆澜县水务局'],
    ['a municipality (a 市, not a 省 prefix)', '重庆市江北区医疗保障局'],
  ])('keeps %s whole', (_label, org) => {
    expect(splitProvince(org)).toEqual({ org })
  })

  it('reads the title “新疆…县…局” as the county’s bureau, with its county as the region and the province kept apart', () => {
    const text = '宁夏泾岚县林业局2023年度部门决算公开说明\n第一部分 部门概况\n一、主要职能\n负责全县林业工作。'
    const { meta, needed } = resolveMeta(toSourceLines(text), 'page.html')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '泾岚县林业局', region: '泾岚县', province: '宁夏', year: 2023, scope: '部门决算' })
    expect(meta.region).not.toContain('宁夏')
    // the title as published keeps the province
    expect(meta.title).toContain('宁夏泾岚县林业局')
  })

  it('keeps the published name among the catalog’s aliases', () => {
    expect(aliasesOf('泾岚县林业局', '宁夏')).toContain('宁夏泾岚县林业局')
    expect(aliasesOf('泾岚县林业局')).not.toContain('宁夏泾岚县林业局')
  })
})
