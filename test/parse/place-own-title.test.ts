import { describe, expect, it } from 'vitest'
import { resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { placeOfName } from '../../server/core/parse/meta-rules.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'
import { readHtml } from '../../server/core/read/html/read-html.js'

describe('placeOfName: the place a title’s name stands for, and whether it names its 本级', () => {
  it.each([
    ['白石州州本级', { place: '白石州', own: true }],
    ['青岚盟本级', { place: '青岚盟', own: true }],
    ['云岭市市本级', { place: '云岭市', own: true }],
    ['云岭市河西区本级', { place: '云岭市河西区', own: true }],
    ['云岭市河西区', { place: '云岭市河西区', own: false }],
  ])('%s', (name, expected) => {
    expect(placeOfName(name)).toEqual(expected)
  })

  it.each(['全区', '本市本级', '云岭市财政局', '三公经费', '区本级'])('%s names no place', (name) => {
    expect(placeOfName(name)).toBeUndefined()
  })
})

describe('a title naming a place’s 本级 is that place’s own account', () => {
  const body = '经白石州财政局汇总,2021年白石州州本级部门使用财政拨款安排“三公”经费支出总额为120.50万元,比年初预算减少3.20万元。'

  it('“2021年白石州州本级“三公”经费支出决算情况”: 白石州本级, a 三公 决算, in the prefecture 白石州', () => {
    const { meta, needed } = resolveMeta(toSourceLines(`2021年白石州州本级“三公”经费支出决算情况\n${body}`), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '白石州本级', city: '白石州', year: 2021, scope: '三公经费决算' })
  })

  it('a league’s 本级 budget (盟本级), its title only in the page’s <title>', async () => {
    const html = `<html><head><title>2024年青岚盟本级“三公”经费预算情况</title></head><body>
      <p>2024年青岚盟本级“三公”经费预算安排80.00万元,比上年减少2.00万元。</p></body></html>`
    const read = await readHtml('page.html', new TextEncoder().encode(html))
    const { document } = parseDocument('page.html', read.text, read)
    expect(document).toMatchObject({ org: '青岚盟本级', city: '青岚盟', year: 2024, scope: '三公经费预算' })
    expect(document.metadataNeeded).toBeUndefined()
  })

  it('a place-only title over a body speaking of the level word’s 本级 (州本级) is that place’s 本级 too', () => {
    const text = `白石州2021年度“三公”经费决算情况\n2021年,州本级“三公”经费支出120.50万元,比年初预算减少3.20万元。`
    const { meta } = resolveMeta(toSourceLines(text), 'page.txt')
    expect(meta).toMatchObject({ org: '白石州本级', city: '白石州', scope: '三公经费决算' })
  })

  it('a title saying 经费支出决算 without 三公 stays a 部门决算', () => {
    const { meta } = resolveMeta(toSourceLines('云岭市财政局2021年部门支出决算情况\n一、部门职责'), 'page.txt')
    expect(meta).toMatchObject({ org: '云岭市财政局', scope: '部门决算' })
  })
})

describe('a title naming only a place over a body that sums its townships with its own level (rule place-whole-account)', () => {
  it.each([
    '经青岚县财政局汇总,现将县各部门、各乡镇2023年“三公”经费决算情况公开如下:青岚县2023年“三公”经费决算支出数为320.33万元。',
    '各乡(镇)、县本级部门使用一般公共预算拨款安排的“三公”经费决算支出数为405.08万元。',
  ])('is the whole place’s account: %s', (body) => {
    const { meta, needed } = resolveMeta(toSourceLines(`青岚县2023年“三公”经费决算情况说明\n${body}`), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚县', year: 2023, scope: '三公经费决算' })
  })

  it('a 本级 body without the townships stays the 本级', () => {
    const { meta } = resolveMeta(toSourceLines('青岚县2023年“三公”经费决算情况说明\n青岚县本级部门“三公”经费决算支出数为200.00万元。'), 'page.txt')
    expect(meta.org).toBe('青岚县本级')
  })
})

describe('a 三公 title with its year after the stage word', () => {
  it('“某养护中心财政拨款“三公”经费预算2014年情况”: that unit, a 三公 预算 of 2014', () => {
    const { meta, needed } = resolveMeta(toSourceLines('云岭市公路养护中心财政拨款“三公”经费预算2014年情况\n一、因公出国(境)经费\n2014年没有安排出国计划。'), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '云岭市公路养护中心', year: 2014, scope: '三公经费预算' })
  })
})
