import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44: once a school's 收支总表 printing "一、人员经费" as a row was read (rule sparse-cells), every document's
// "基本支出里人员经费和公用经费" read them as rows, and a department whose 基本支出表 prints them as columns answered none.
const enc = (s: string) => new TextEncoder().encode(s)
const DEPT = ['青禾市卫生健康委员会2025年部门预算', '', '2025年一般公共预算基本支出表', '单位：万元', '科目编码\t科目名称\t合计\t人员经费\t公用经费', '\t合计\t2663.98\t2371.68\t292.30', '301\t工资福利支出\t2200.00\t2200.00\t0.00'].join('\n')
const SCHOOL = ['青禾市第三中学2025年单位预算', '', '2025年单位预算收支总表', '单位：万元', '收入项目\t预算数\t支出项目\t预算数', '一、一般公共预算拨款收入\t1200.00\t一、人员经费\t1000.00', '\t\t二、公用经费\t200.00', '收入总计\t1200.00\t支出总计\t1200.00'].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-wjw-2025.txt', bytes: enc(DEPT) }, { name: 'qinghe-sanzhong-2025.txt', bytes: enc(SCHOOL) }])).ask({ question })

describe('rule parts-under-group: a group\'s columns named after it are its columns', () => {
  it('reads 人员经费 and 公用经费 after 基本支出 as its columns though another document prints them as rows', () => {
    const r = ask('青禾市卫生健康委员会一般公共预算基本支出里人员经费和公用经费分别是多少')
    expect(r.answer).toContain('2371.68万元')
    expect(r.answer).toContain('292.30万元')
  })
  it('still reads 人员经费 asked alone as the row a document prints', () => {
    expect(ask('青禾市第三中学2025年人员经费预算是多少').answer).toContain('1000.00万元')
  })
})
