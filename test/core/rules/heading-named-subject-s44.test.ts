import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind96's 审计厅 三公 page): each item under a heading naming it alone, the paragraph never naming it
// again: "三、公务接待费" / "2016年预算安排8万元,…。2015年预算数15万元,2016年预算比2015年预算下降46.7%。下降的主要原因是…".
const DOC = [
  '青禾省档案局2016年“三公经费”预算数说明',
  '现将我局2016年“三公经费”预算数说明如下:',
  '一、因公出国(境)经费',
  '2016年预算安排12万元,主要用于业务培训。2015年预算数12万元,2016年预算与2015年预算持平。',
  '二、公务用车购置及运行费',
  '“公务用车运行维护费”预算数40万元,主要是机要通信用车费用。2015年预算数100万元,2016年预算比2015年预算下降60%。下降的主要原因是公务用车进行了改革。',
  '三、公务接待费',
  '2016年预算安排6万元,主要用于来访调研等费用。2015年预算数10万元,2016年预算比2015年预算下降40%。下降的主要原因是控制接待标准及人数。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-daj-2016-sangong.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule heading-named-subject: a paragraph under a heading naming the subject alone speaks of it', () => {
  it('states the change the paragraph gives, the baseline year\'s amount then the comparison', () => {
    const r = ask('青禾省档案局公务接待费2016年比上年下降了多少')
    expect(r.answer).toContain('6万元')
    expect(r.answer).toContain('40%')
    expect(r.answer).not.toMatch(/没有2015年/)
  })
  it('gives the reason the paragraph states for a subject it names after its figure', () => {
    const r = ask('青禾省档案局公务用车运行维护费为什么大幅下降？')
    expect(r.answer).toContain('公务用车进行了改革')
  })
  it('adds the heading\'s figure into a sum of the parts, never saying it is not listed', () => {
    const r = ask('青禾省档案局2016年三公经费预算合计是多少')
    expect(r.answer).toContain('6万元')
    expect(r.answer).not.toContain('没有列出公务接待费')
  })
})

// …and a heading naming the subject with more words ("四、“三公”经费预算情况") over a paragraph naming it in quotes is no
// heading-named paragraph: its reason after the parts is still read (blind27's 乡 budget)
describe('rule heading-named-subject leaves a paragraph naming the subject alone', () => {
  const DOC2 = ['青禾县白石乡2025年部门预算', '四、“三公”经费预算情况', '2025年“三公”经费财政拨款预算15.20万元，比上年减少1.90万元，下降11.11%。其中：因公出国（境）费0万元；公务接待费3.00万元；公务用车购置及运行维护费12.00万元。下降原因主要是压减公务用车运行费用和公务接待开支。'].join('\n')
  const e2 = engineWith([{ name: 'qinghe-bsx-2025.txt', bytes: new TextEncoder().encode(DOC2) }])
  it('gives the reason stated after the parts', () => {
    expect(e2.ask({ question: '青禾县白石乡三公经费为什么下降？' }).answer).toContain('压减公务用车运行费用')
  })
})
