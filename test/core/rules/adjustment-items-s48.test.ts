import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'

// Session 48 (blind104's county 预算调整方案): each item is stated "由年初预算A,调整为B,增加C" — its adjusted amount, its
// change and its rate were "not found"; the consistency check summed year-start and adjusted amounts of a list together
// ("文件前后不一致"); "从政府性基金调入了多少" was read as a typo for 政府性基金收入.
const PAGE = [
  '青河县2024年政府预算调整方案(草案)的报告',
  '受县人民政府委托,我向县人大常委会会议报告青河县2024年政府预算调整方案(草案)情况,请予审议。',
  '第一部分 2024年公共财政预算调整情况',
  '地方财政收入年初预算80000万元,不作调整。',
  '2024年上级补助收入由年初预算200000万元,调整为212000万元,增加12000万元。其中:返还性收入年初预算100万元,不作调整;可平衡财力的上级转移支付收入由年初预算90000万元,调整为99000万元,增加9000万元;不可平衡财力的上级转移支付收入由年初预算109900万元,调整为112900万元,增加3000万元。',
  '债务转贷收入年初预算未安排,现根据上级下达文件调整为30000万元。其中:再融资一般债券收入18000万元,新增一般债券收入12000万元。',
  '调入资金年初预算未安排,从政府性基金调入4200万元,主要是将隐性债还本付息改由公共财政反映。',
  '综合以上调整:2024年公共财政预算总收入由年初预算的280000万元调整为326200万元,增加46200万元、增长16.50%。',
].join('\n')
// (a department whose 收支总表 prints 政府性基金收入: a word one character from the question's 政府性基金调入)
const DEPT = ['青河县财政局2024年部门预算', '表一 收支预算总表', '单位：万元', '收入项目\t预算数\t支出项目\t预算数', '政府性基金收入\t500.00\t城乡社区支出\t500.00', '收入总计\t500.00\t支出总计\t500.00'].join('\n')
const built = buildCorpus([{ name: 'qinghe-2024-ystz.txt', bytes: new TextEncoder().encode(PAGE) }, { name: 'qinghe-czj-2024-bmys.txt', bytes: new TextEncoder().encode(DEPT) }])
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(built.corpus)).ask({ question })

describe('rule adjustment-items', () => {
  it('reads an item as adjusted, its change and its stated rate', () => {
    expect(ask('青河县债务转贷收入调整成多少了').answer).toContain('30000万元')
    const change = ask('青河县上级补助收入调整后比年初预算多了多少')
    expect(change.answer).toContain('12000万元')
    expect(change.answer).toContain('212000万元')
    expect(ask('青河县2024年公共财政预算总收入调整后增长了百分之几？').answer).toContain('16.50%')
  })
  it('computes a share of adjusted amounts, said to be computed', () => {
    const a = ask('青河县债务转贷收入占调整后公共财政预算总收入的比例是多少')
    expect(a.answer).toContain('9.20%')
    expect(a.answer).toContain('计算')
  })
  it('reads money moved in by its verb, never as a typo for another word', () => {
    const a = ask('青河县这次从政府性基金调入了多少资金？')
    expect(a.answer).toContain('4200万元')
    expect(a.answer).not.toContain('理解')
  })
  it('finds no disagreement in a list of items stated at two stages', () => {
    const doc = built.corpus.documents.find((d) => d.id === 'qinghe-2024-ystz')!
    expect(checkDocument(doc).map((f) => f.message).join('\n')).not.toMatch(/之和为/)
    expect(ask('青河县可平衡财力的上级转移支付收入调整后是多少').answer).not.toContain('不一致')
  })
})
