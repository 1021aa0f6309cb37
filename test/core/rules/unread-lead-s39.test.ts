import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (a wrong organisation seen in blind86): a question opening with words no term reads, right before its
 * year or part of a year ("澜台上半年…"), names a place or body of its own; when none held is it, the answer says so and
 * never gives the one document that prints the subject. Made-up names and figures.
 */
const A = ['澄浦县人民医院2024年度单位决算', '支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计', '\t合计\t2,000.00', '20805\t行政事业单位养老支出\t120.00', '2100201\t综合医院\t1,880.00'].join('\n')
const B = ['澄浦县档案馆2024年度部门决算', '支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计', '\t合计\t300.00', '2013101\t行政运行\t300.00'].join('\n')

describe('rule unread-lead', () => {
  const engine = engineWith([{ name: 'chengpu-rmyy-2024-dwjs.txt', bytes: enc(A) }, { name: 'chengpu-dag-2024-bmjs.txt', bytes: enc(B) }])
  it('says the place asked is not held', () => {
    const a = engine.ask({ question: '澜台上半年行政事业单位养老支出同比增长多少' }).answer
    expect(a).not.toContain('120.00')
    expect(a).toContain('澜台')
  })
  it('leaves a unit\'s short name to the unit rules (its characters in a held name, in order)', () => {
    const c = ['澄浦县高岭乡卫生院2024年度单位决算', '支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计', '\t合计\t640.00', '2100302\t乡镇卫生院\t640.00'].join('\n')
    const e = engineWith([{ name: 'chengpu-rmyy-2024-dwjs.txt', bytes: enc(A) }, { name: 'chengpu-gaoling-wsy-2024-dwjs.txt', bytes: enc(c) }])
    expect(e.ask({ question: '高岭卫生院2024年支出合计是多少' }).answer).toContain('640.00万元')
  })
  it('still reads a subject only one document prints when no name opens the question', () => {
    expect(engine.ask({ question: '2024年行政事业单位养老支出是多少' }).answer).toContain('120.00万元')
  })
})
