import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { abbreviatesUnit } from '../../../server/core/tools/lib/unit-abbrev.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind44's 体育事业发展中心): a member unit 业余体育学校 asked as 业余体校 was not read; the department's own
// figure was given in its place. A 学校 is said by its 校 (体校, 技校).
const DOC = [
  '青禾县体育事业发展中心2025年部门预算',
  '表二 2025年部门收入总表',
  '单位：元',
  '单位名称\t合计\t一般公共预算拨款收入\t政府性基金预算拨款收入',
  '合计\t5,000,000.00\t3,650,000.00\t1,350,000.00',
  '青禾县体育事业发展中心（本级）\t3,200,000.00\t2,150,000.00\t1,050,000.00',
  '青禾县业余体育学校\t1,800,000.00\t1,500,000.00\t300,000.00',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-tyzx-2025-bmys.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule named-member-short: 体校 of 业余体育学校', () => {
  it('abbreviates a 学校 by its 校', () => {
    expect(abbreviatesUnit('业余体校', '业余体育学校')).toBe(true)
    expect(abbreviatesUnit('业余体校', '业余卫生学校')).toBe(false)
  })
  it('answers the unit\'s row, never the department\'s', () => {
    const r = ask('青禾县体育事业发展中心下属的业余体校，2025年政府性基金拨款收入是多少？')
    expect(r.answer).toContain('300,000.00')
    expect(r.answer).not.toContain('1,350,000.00')
  })
})
