import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 楚雄州 news item and 伙牌镇 statement): a place's report asked by a bare 支出 ("上半年支出完成预算
// 的百分之多少") was looked up as a department's 支出预算 and not found; "比2024年单位预算收入增加62.15万元" was read as no
// change (the subject said again after the year); "在职36人,离退休50人" as no count.
const REPORT = [
  '关于青禾县2025年上半年预算执行情况的报告',
  '截至6月30日，全县地方一般公共预算收入累计完成45,490万元，完成预算的57.8%，增长19.9%；全县地方一般公共预算支出累计完成152,981万元，完成预算的62.9%，增长19.6%。',
].join('\n')
const TOWN = [
  '襄禾区青禾镇2025年预算公开',
  '一、基本情况',
  '襄禾区青禾镇政府(单位)实有人数86人(其中:在职36人,离退休50人)，总编制数38人。',
  '二、收支预算总体情况',
  '1.预算收入情况:2025年襄禾区青禾镇政府(单位)收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长7%。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'qinghe-czj-2025h1.txt', bytes: new TextEncoder().encode(REPORT) },
  { name: 'qinghe-town-2025.txt', bytes: new TextEncoder().encode(TOWN) },
])).ask({ question })

describe('rule place-side: a bare 支出 of a place\'s report', () => {
  it('reads its 一般公共预算支出', () => {
    expect(ask('青禾县上半年支出完成预算的百分之多少').answer).toContain('62.9%')
  })
})

describe('a change stated with its subject said again after the year', () => {
  it('reads 比2024年单位预算收入增加62.15万元', () => {
    expect(ask('青禾镇25年收入预算比24年多了多少？').answer).toContain('62.15万元')
  })
})

describe('counts said bare (在职, 离退休)', () => {
  it('reads each', () => {
    const r = ask('青禾镇政府在职和离退休的各有多少人').answer
    expect(r).toContain('36人')
    expect(r).toContain('50人')
  })
})
