import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a centre's 三公经费 决算 (table 预算数 / 决算数 and the template's prose, session 19): rule completion-checked
 * (a printed 完成预算的% the row's own 决算 ÷ 预算 cannot give is replaced by the computed rate, the disagreement said;
 * a rate of the 全年预算 the sentence prints beside the 年初预算 is kept, no disagreement claimed) and the reason
 * against last year in the 三公 template ("…决算小于上年决算数的主要情况:…", tools/explain-figure COMPARED_HEAD).
 * A made-up centre and figures.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>岚川区文物保护中心2023年度一般公共预算财政拨款“三公”经费支出决算</title></head><body>',
  '<p>岚川区文物保护中心2023年度一般公共预算财政拨款“三公”经费支出决算</p>',
  '<p>一、2023年度一般公共预算财政拨款“三公”经费支出决算表</p>',
  '<p>单位:万元</p>',
  '<table>',
  '<tr><td>项目</td><td>预算数</td><td>决算数</td></tr>',
  '<tr><td>合计</td><td>5</td><td>2.85</td></tr>',
  '<tr><td>因公出国(境)费</td><td></td><td></td></tr>',
  '<tr><td>公务接待费</td><td>2</td><td>0.76</td></tr>',
  '<tr><td>公务用车购置及运行维护费</td><td>3</td><td>2.09</td></tr>',
  '</table>',
  '<p>二、2023年度一般公共预算财政拨款“三公”经费支出情况说明</p>',
  '<p>(一)一般公共预算财政拨款“三公”经费支出决算总体情况说明。</p>',
  '<p>岚川区文物保护中心2023年度一般公共预算财政拨款“三公”经费支出预算为5万元,支出决算为2.85万元,完成预算的57%,较上年减少0.65万元,下降18.6%。</p>',
  '<p>2023年度“三公”经费支出决算小于预算数的主要情况:严格执行厉行节约规定,压减一般性支出。</p>',
  '<p>2023年度“三公”经费支出决算小于上年决算数的主要情况:公务接待活动减少,车辆维修费用下降。</p>',
  '<p>(二)一般公共预算财政拨款“三公”经费支出决算具体情况说明。</p>',
  '<p>1.公务接待费预算为2万元,支出决算为0.76万元,完成预算的62%;较上年减少0.40万元。</p>',
  '<p>2.公务用车购置及运行维护费年初预算为3万元,全年预算为4万元,支出决算为2.09万元,决算数为全年预算的52.25%。</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'lanchuan-wwbh-2023-sgjs.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('rule completion-checked: a printed completion rate set against the row', () => {
  it('0.76 ÷ 2 is 38.00%: stated, and the printed 62% said to disagree', () => {
    const r = ask('岚川区文物保护中心2023年公务接待费完成预算的百分之多少？')
    expect(r.answer).toContain('38.00%')
    expect(r.answer).toContain('62%')
    expect(r.answer).toContain('不一致')
    expect(r.answer).not.toMatch(/比例为62%/)
  })

  it('a rate of the 全年预算 the sentence prints fits: kept, no disagreement', () => {
    const r = ask('岚川区文物保护中心2023年公务用车购置及运行维护费完成预算的百分之多少？')
    expect(r.answer).toContain('52.25%')
    expect(r.answer).not.toContain('不一致')
    expect(r.answer).not.toContain('69.67%')
  })

  it('a printed rate that fits the row is quoted as printed', () => {
    const r = ask('岚川区文物保护中心2023年三公经费完成预算的百分之多少？')
    expect(r.answer).toContain('57%')
    expect(r.answer).not.toContain('不一致')
  })
})

describe('the 三公 template’s reason against last year', () => {
  it('为什么比上年少 quotes “小于上年决算数的主要情况”, not the reason against the budget', () => {
    const r = ask('岚川区文物保护中心2023年三公经费为什么比上年少？')
    expect(r.answer).toContain('车辆维修费用下降')
    expect(r.answer).not.toContain('压减一般性支出')
  })
})
