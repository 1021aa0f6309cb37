import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/**
 * A made-up 决算 说明 whose 三公 paragraph gives the budget gap's reason before the change against last year, the
 * change's subject left unsaid ("与2023年度决算相比，减少…"), once in the same sentence and once in its own.
 */
const doc = [
  '澄江县林业站2024年度部门决算说明', '',
  '七、财政拨款“三公”经费支出决算情况说明',
  '2024年度“三公”经费财政拨款支出预算为12.40万元，支出决算为10.10万元，完成预算的81.45%，决算数小于预算数的主要原因是压减公务接待。与2023年度决算相比，减少0.85万元，下降7.76%。',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '（2）农林水支出（类）林业和草原（款）森林资源管理（项）。年初预算为60.00万元，支出决算为71.50万元，完成年初预算的119.17%。决算数大于年初预算数的主要原因是追加森林防火巡护经费。',
  '（3）农林水支出（类）林业和草原（款）事业机构（项）。年初预算为40.00万元，支出决算为38.00万元，完成年初预算的95.00%。决算数小于年初预算数的主要原因是人员退休。',
  '八、机关运行经费支出说明',
  '2024年度机关运行经费支出决算为30.20万元。决算数大于预算数的主要原因是新增护林巡查用房租金。与2023年度决算相比，增加2.30万元，增长8.24%。', '',
  '表五', '一般公共预算财政拨款支出决算表', '单位：万元',
  '科目编码\t科目名称\t本年支出合计', '\t合计\t109.50', '213\t农林水支出\t109.50', '21302\t林业和草原\t109.50',
  '2130204\t事业机构\t38.00', '2130205\t森林资源管理\t71.50',
].join('\n')
const enc = (s: string) => new TextEncoder().encode(s)
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'chengjiang-linye-2024-final.txt', bytes: enc(doc) }])).ask({ question })

describe('the change after a budget-gap reason is still the figure’s (与上年决算相比 with its subject unsaid)', () => {
  it('in the same sentence as the gap reason', () => {
    const r = ask('澄江县林业站2024年三公经费决算比2023年减少了多少？')
    expect(r.answer).toContain('10.10万元')
    expect(r.answer).toContain('0.85万元')
    expect(r.answer).not.toMatch(/没有2023年/)
  })

  it('after the gap reason in a sentence of its own', () => {
    const r = ask('澄江县林业站2024年机关运行经费比上年增加多少？')
    expect(r.answer).toContain('30.20万元')
    expect(r.answer).toContain('2.30万元')
  })

  it('the gap reason still answers why the account differs from the budget', () => {
    expect(ask('澄江县林业站2024年三公经费为什么比预算少？').answer).toContain('压减公务接待')
  })

  it('reads the colloquial 为啥 as 为什么', () => {
    expect(ask('澄江县林业站2024年三公经费为啥比预算少？').answer).toContain('压减公务接待')
  })
})

describe('a budget-gap reason whose subject is the title sentence before the figures (（项）。年初预算为…。决算数大于…)', () => {
  it('answers each item with its own reason', () => {
    expect(ask('澄江县林业站2024年森林资源管理决算为什么超过年初预算？').answer).toContain('追加森林防火巡护经费')
    const r = ask('澄江县林业站2024年事业机构决算为什么低于年初预算？')
    expect(r.answer).toContain('人员退休')
    expect(r.answer).not.toContain('森林防火')
  })
})
