import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** Two made-up organisations of different years, each asked its own subject in its own clause. */
const WATER = [
  '梧岭县水利局2019年部门决算说明',
  '二、2019年度部门工作完成情况',
  '一是投资860万元实施县城防洪堤加固工程,该工程已完工。',
].join('\n')
const HEALTH = [
  '榆川县卫生健康局2024年部门决算',
  '表1 支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t合计',
  '2100408\t基本公共卫生服务\t215.40',
  '2100410\t突发公共卫生事件应急处理\t12.60',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'wuling-slj-2019-js.txt', bytes: new TextEncoder().encode(WATER) },
  { name: 'yuchuan-wjj-2024-js.txt', bytes: new TextEncoder().encode(HEALTH) },
])).ask({ question })

describe('each organisation asked in a clause of its own (rule org-clauses)', () => {
  it('answers each clause alone: its own subject, its own year', () => {
    const res = ask('梧岭县水利局防洪堤加固投了多少，榆川县卫健局基本公共卫生服务2024年花了多少？')
    expect(res.answer).toContain('860万元')
    expect(res.answer).toContain('215.40万元')
    // the second clause's year is not the first organisation's
    expect(res.answer).not.toContain('没有收录梧岭')
  })

  it('keeps one reading when the question compares them (哪个…多): a comparison, not a clause each', () => {
    const res = ask('梧岭县水利局防洪堤加固投了多少，榆川县卫健局哪个科目支出多？')
    expect(res.answer).not.toContain('860万元')
  })

  it('splits at 和 when the clause before it names its own subject and stage', () => {
    const res = ask('梧岭县水利局19年的防洪堤加固工程投资和榆川县卫健局24年的基本公共卫生服务决算分别是多少？')
    expect(res.answer).toContain('860万元')
    expect(res.answer).toContain('215.40万元')
  })
})
