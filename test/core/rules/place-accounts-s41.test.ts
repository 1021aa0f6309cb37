import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'

/**
 * Session 41: made-up places' reports (no real place or figure). A city's budget report states each fund for three
 * accounts, one sentence each, the later clauses naming no account (全市…;一般公共预算支出…。市级(含开发区)…。市本级…);
 * a city's budget-adjustment report made "——2022年11月25日在某市…人大常委会…上" prints its debt with thousands
 * separators and two 其中 lists in one sentence.
 */
const REPORT = [
  '关于澜川市2024年预算执行情况和2025年预算草案的报告(摘要)',
  '——2025年1月15日在澜川市第十八届人民代表大会第四次会议上',
  '澜川市财政局',
  '一、2024年预算执行情况',
  '(一)预算收支情况',
  '全市一般公共预算收入600.5亿元,完成预算的100.8%,增长0.1%;一般公共预算支出880.4亿元,完成预算的100.9%,增长5.6%。市级(含市属开发区,下同)一般公共预算收入120.6亿元,完成预算的103.6%,下降8.2%;一般公共预算支出240.9亿元,完成预算的101.6%,增长8.6%。市本级一般公共预算收入18.2亿元,完成预算的101.3%,下降38.8%;一般公共预算支出160.3亿元,完成预算的99.6%,增长2.1%。',
].join('\n')

const ADJUSTMENT = [
  '市本级2022年预算调整方案的报告（澜屿市财政局）',
  '——2022年11月25日在澜屿市第十六届人大常委会第六次会议上',
  '一、政府债券结构和安排使用情况',
  '截至目前,自治区下达我市法定债务限额1,105.3亿元,其中一般债务725.3亿元、专项债务380亿元,全市政府法定债务余额为1,071.65亿元,其中一般债务699.47亿元、专项债务372.18亿元。',
].join('\n')

describe('a place’s accounts and its debt', () => {
  const engine = engineWith([
    { name: 'lanchuan-czj-2025-yszx.txt', bytes: new TextEncoder().encode(REPORT) },
    { name: 'lanyu-czj-2022-ystz.txt', bytes: new TextEncoder().encode(ADJUSTMENT) },
  ])
  const ask = (question: string) => engine.ask({ question }).answer

  it('市本级 asked: the clause its sentence opened with 市本级, said with the account (rule executed-year)', () => {
    const a = ask('澜川市本级一般公共预算支出2024年是多少')
    expect(a).toContain('160.3亿元')
    expect(a).toContain('市本级一般公共预算支出')
    expect(a).not.toContain('880.4')
    expect(ask('澜川2024年一般公共预算支出多少')).toContain('880.4亿元')
  })
  it('a date before 在 is no part of the place, 全市 after a bare city no part of its name, 1,105.3 one amount', () => {
    expect(engine.corpus.documents.find((d) => d.id.startsWith('lanyu'))?.org).not.toMatch(/^日/u)
    const a = ask('澜屿全市政府法定债务余额有多少？')
    expect(a).toContain('1,071.65亿元')
    expect(ask('澜屿市法定债务限额是多少')).toContain('1,105.3亿元')
  })
  it('the parts of one 其中 list never run on into the next list’s whole (no false finding)', () => {
    const doc = engine.corpus.documents.find((d) => d.id.startsWith('lanyu'))
    expect(doc).toBeDefined()
    expect(JSON.stringify(checkDocument(doc!))).not.toContain('2,176.95')
  })
})
