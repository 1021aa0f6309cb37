import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { reasonAfter } from '../../../server/core/tools/explain-figure.js'
import { engineWith } from '../seed-engine.js'
import { standardSources } from './standard-sections-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(standardSources())).ask({ question })
const ORG = '西岭县自然资源局'

describe('the standard sections of a disclosure read as stated facts', () => {
  it('answers 公务接待 批次 and 人次 from the sentence that lists both, cited to its section', () => {
    const res = ask(`${ORG}2024年国内公务接待了多少批次、多少人次？`)
    expect(res.answer).toContain('31批次')
    expect(res.answer).toContain('260人次')
    expect(res.answer).not.toMatch(/54名|50人(?!次)/)
    const c = res.citations.find((x) => x.kind === 'paragraph')!
    expect(c.section).toContain('“三公”经费支出决算情况')
    expect(c.title).toBe('西岭县自然资源局2024年度部门决算')
  })

  it('answers the 公务用车保有量 the prose states, in 辆', () => {
    const res = ask(`${ORG}2024年公务用车保有量多少辆？`)
    expect(res.answer).toContain('5辆')
  })

  it('reads 政府采购 and 授予中小企业合同金额 in 决算 wording', () => {
    const res = ask(`${ORG}2024年政府采购支出总额多少？授予中小企业合同金额多少？`)
    expect(res.answer).toContain('520.00万元')
    expect(res.answer).toContain('480.00万元')
    expect(res.citations.some((c) => c.section?.includes('政府采购'))).toBe(true)
  })

  it('reads the 机关运行经费 with its section in the citation', () => {
    const res = ask(`${ORG}2024年机关运行经费是多少？`)
    expect(res.answer).toContain('88.80万元')
    expect(res.citations.some((c) => c.section?.includes('机关运行经费'))).toBe(true)
  })

  it('takes the 决算 figure, not the plan printed before it, and the change the sentence states', () => {
    const res = ask(`${ORG}2024年“三公”经费决算比上年减少多少？下降了百分之几？`)
    expect(res.answer).toContain('36.50万元')
    expect(res.answer).toContain('1.50万元')
    expect(res.answer).toContain('3.95%')
    expect(res.answer).not.toMatch(/决算为40\.00万元/)
  })

  it('answers a fund the document says it has none of with that statement, and no amount', () => {
    const res = ask(`${ORG}2024年国有资本经营预算财政拨款支出了哪些项目？`)
    expect(res.answer).toContain('无国有资本经营预算财政拨款支出')
    expect(res.answer).not.toMatch(/\d\s*万元/)
  })

  it('reads what a fund is used for from a bare 用于 after its own amount', () => {
    const res = ask(`${ORG}2024年政府性基金预算财政拨款支出用于什么？`)
    expect(res.answer).toContain('高标准农田配套设施')
  })

  it('explains a whole’s increase by the part that moved the same way with its own reason', () => {
    const res = ask('西岭县交通运输局2025年“三公”经费预算比上年增加了多少？为什么？')
    expect(res.answer).toContain('6.00万元')
    expect(res.answer).toContain('报废年限')
    expect(res.answer).not.toContain('减少5.00万元，主要是')
  })

  it('finds the whole’s reason after the enumerated list of its parts', () => {
    const paragraphs = [
      { text: '2025年机关运行经费预算60.00万元，比上年增加4.00万元。其中：', heading: false },
      { text: '1.办公费10.00万元，与上年持平。', heading: false },
      { text: '2.水电费8.00万元，比上年增加1.00万元。', heading: false },
      { text: '3.物业管理费12.00万元，比上年增加3.00万元。', heading: false },
      { text: '机关运行经费增加的主要原因是新办公楼投入使用。', heading: false },
    ]
    expect(reasonAfter(paragraphs, 0, 'up', '机关运行经费')?.reason).toBe('新办公楼投入使用')
  })
})
