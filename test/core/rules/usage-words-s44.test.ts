import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind97's 文旅局 决算): where an income comes from said in a sentence of its own, a fund's spending "全部为…
// 支出", and a row's code asked with its amount.
const DOC = [
  '青禾市文化馆2024年部门决算',
  '一、收入决算情况',
  '2024年度本年收入合计300.00万元，其中：一般公共预算财政拨款收入260.00万元，事业收入40.00万元。事业收入主要是馆办培训班及演出服务收入。',
  '二、政府性基金预算财政拨款支出决算情况',
  '2024年度政府性基金预算财政拨款支出8.60万元，全部为国家电影事业发展专项资金安排的资助国产影片放映支出，年初、年末均无结转和结余。',
  '',
  '支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t308.60\t200.00\t108.60',
  '2070701\t资助国产影片放映\t8.60\t0.00\t8.60',
  '2070109\t群众文化\t300.00\t200.00\t100.00',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-whg-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('what money is and where it comes from, as the prose says', () => {
  it('reads "主要从哪来" of an income as its source, from the sentence opening with it', () => {
    expect(ask('青禾市文化馆的事业收入主要从哪来').answer).toContain('馆办培训班及演出服务收入')
  })
  it('reads a fund\'s spending "全部为…支出" as what it was spent on', () => {
    expect(ask('青禾市文化馆的政府性基金支出干什么用了').answer).toContain('资助国产影片放映支出')
  })
  it('says the row\'s code when asked with its amount', () => {
    expect(ask('青禾市文化馆资助国产影片放映的科目编码和金额').answer).toContain('2070701')
  })
})
