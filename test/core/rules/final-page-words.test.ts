import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a bureau's 部门决算 page (session 19): rule this-year-total (支出合计 asked of a 总表 printing only
 * 本年支出合计 and 总计 is the 本年支出合计 line, never 总计 with the carry-over), 怎么…多了 asking why (planner/
 * detect-op REASON), rule where-shown ("报表去哪儿看" answered from "报表详见附件") and the run-in label of a cited
 * paragraph ("1.一般公共预算财政拨款支出情况。…", tools/lib/citation label). A made-up bureau and figures.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>青梧县林业局2023年度部门决算</title></head><body>',
  '<p>青梧县林业局2023年度部门决算</p>',
  '<p>表1 收入支出决算总表</p><p>单位：万元</p>',
  '<table>',
  '<tr><td>项目</td><td>决算数</td><td>项目</td><td>决算数</td></tr>',
  '<tr><td>一、一般公共预算财政拨款收入</td><td>600.00</td><td>一、农林水支出</td><td>560.00</td></tr>',
  '<tr><td>二、事业收入</td><td>40.00</td><td>二、社会保障和就业支出</td><td>60.00</td></tr>',
  '<tr><td>本年收入合计</td><td>640.00</td><td>本年支出合计</td><td>620.00</td></tr>',
  '<tr><td>年初结转和结余</td><td>30.00</td><td>年末结转和结余</td><td>50.00</td></tr>',
  '<tr><td>总计</td><td>670.00</td><td>总计</td><td>670.00</td></tr>',
  '</table>',
  '<p>一、部门决算情况说明</p>',
  '<p>1.一般公共预算财政拨款支出情况。2023年度一般公共预算财政拨款支出580.00万元,比上年增加80.00万元,增长16.00%。</p>',
  '<p>一般公共预算财政拨款支出增加的主要原因是：新增森林防火项目。</p>',
  '<p>2.三公经费情况。2023年度三公经费支出12.00万元。</p>',
  '<p>二、其他说明</p>',
  '<p>本部门2023年度部门决算报表详见附件。</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'qingwu-lyj-2023-js.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('rule this-year-total: 支出合计 of a 总表 printing 本年支出合计 and 总计', () => {
  it('is 本年支出合计, never the 总计 with the year-end balance', () => {
    const r = ask('青梧县林业局2023年支出合计是多少？')
    expect(r.answer).toContain('620.00万元')
    expect(r.answer).not.toContain('670.00')
  })
})

describe('怎么…多了 asks why', () => {
  it.each(['青梧县林业局2023年一般公共预算财政拨款支出怎么比上年多了这么多？', '青梧县林业局公务接待费怎么降了这么多？'])('%s is a reason question', (q) => {
    expect(parseQuestion(engine.corpus, q).op).toBe('reason')
  })

  it('怎么 with no change after it (怎么查询) is not', () => {
    expect(parseQuestion(engine.corpus, '青梧县林业局决算怎么查询？').op).not.toBe('reason')
  })

  it('the reason sentence is quoted', () => {
    const r = ask('青梧县林业局2023年一般公共预算财政拨款支出怎么比上年多了这么多？')
    expect(r.answer).toContain('新增森林防火项目')
  })
})

describe('where the tables are, and the label a cited paragraph opens with', () => {
  it('报表去哪儿看 is answered from “报表详见附件” (rule where-shown)', () => {
    const r = ask('青梧县林业局2023年决算报表去哪儿看？')
    expect(r.answer).toContain('详见附件')
    expect(r.citations[0]?.docId).toBe('qingwu-lyj-2023-js')
  })

  it('a paragraph citation carries its run-in label', () => {
    const r = ask('青梧县林业局2023年一般公共预算财政拨款支出是多少？')
    const cited = r.citations.find((c) => c.kind === 'paragraph' && c.text?.includes('580.00'))
    expect(cited?.label).toBe('1.一般公共预算财政拨款支出情况')
  })
})
