import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind105's pages): a city's 预算调整 report headed by its congress session ("十一届人大常委会") was held as that
// session's; its one sentence states three 地方政府债务限额 (新增, the year before's, the year's) and "政府债务限额一共多少"
// was given the 新增 one; a county news item speaking of "该县" was held as needing metadata; the 执行数 asked of a budget
// report was read from its prose, which contradicts its own 执行情况表.
const enc = (s: string) => new TextEncoder().encode(s)
const ADJUST = [
  '十二届人大常委会',
  '二十次会议文件',
  '关于2020年市本级财政预算调整方案(草案)的报告',
  '——在枫桥市第十二届人民代表大会常务委员会第二十次会议上',
  '按照预算法有关规定,我受市人民政府委托,报告2020年市本级财政预算调整方案(草案),请予审议。',
  '省财政厅核定我市2020年新增地方政府债务限额500000万元(一般债务限额60000万元,专项债务限额440000万元),加上市十二届人大常委会第十八次会议批准的我市2019地方政府债务限额2000000万元,2020年我市地方政府债务限额为2500000万元。',
].join('\n')
const NEWS = [
  '桐川县12.5亿元财政资金保障民生',
  '本报讯 (记者 王明)近年来,桐川县不断调整和优化财政支出结构。去年,该县民生支出达12.5亿元,占一般公共预算支出的比重为78.1%。',
  '保障教育优先发展。该县去年财政教育支出3.6亿元。',
].join('\n')
const built = buildCorpus([{ name: 'fengqiao-2020-ystz.txt', bytes: enc(ADJUST) }, { name: 'tongchuan-2016-minsheng.txt', bytes: enc(NEWS) }])
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(built.corpus)).ask({ question })

describe('pages named by their bodies, and words read where the prose does not qualify them', () => {
  it('never holds a report as its congress session’s', () => {
    const orgs = built.corpus.documents.map((d) => d.org)
    expect(orgs).not.toContain('十二届人大常委会')
    expect(orgs.some((o) => o.startsWith('枫桥市'))).toBe(true)
  })
  it('holds a county news item that speaks of 该县 as the county’s', () => {
    expect(built.corpus.documents.find((d) => d.id === 'tongchuan-2016-minsheng')?.org).toBe('桐川县')
  })
  it('reads the words where no qualifier the question leaves out stands before them (rule unasked-qualifier)', () => {
    const a = ask('枫桥市2020年政府债务限额一共多少')
    expect(a.answer).toContain('2500000万元')
    expect(a.answer).not.toMatch(/金额为500000万元/)
  })
})
