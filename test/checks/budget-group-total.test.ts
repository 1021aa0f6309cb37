import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { checkDocument } from '../../server/core/checks/check-document.js'

/**
 * Session 30: a 决算's 一般公共预算财政拨款支出决算表 prints the year's budgets beside its accounts (年初预算数 › 小计 |
 * 全年预算数 › 小计 | 决算数 › 小计). The accounts' 小计 is the table's total: set against the 财政拨款收入支出决算总表's
 * 一般公共预算财政拨款 spending it agrees, and the 年初预算数 小计 is never read as the total (no false finding). Made up.
 */
const DOC = [
  '溪宁市文化局2024年度部门决算',
  '表4 财政拨款收入支出决算总表',
  '单位：万元',
  '收入\t收入\t支出\t支出\t支出',
  '项目\t决算数\t项目\t一般公共预算财政拨款\t政府性基金预算财政拨款',
  '一、一般公共预算财政拨款\t1,000.00\t一、文化旅游体育与传媒支出\t980.00\t0.00',
  '本年收入合计\t1,000.00\t本年支出合计\t980.00\t0.00',
  '表5 一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t年初预算数\t年初预算数\t年初预算数\t全年预算数\t全年预算数\t全年预算数\t决算数\t决算数\t决算数',
  '\t\t小计\t基本支出\t项目支出\t小计\t基本支出\t项目支出\t小计\t基本支出\t项目支出',
  '\t合计\t900.00\t600.00\t300.00\t1,000.00\t650.00\t350.00\t980.00\t640.00\t340.00',
  '207\t文化旅游体育与传媒支出\t900.00\t600.00\t300.00\t1,000.00\t650.00\t350.00\t980.00\t640.00\t340.00',
].join('\n')

describe('a 决算 table with the year’s budgets beside its accounts', async () => {
  const doc = buildCorpus(await readSources([{ name: 'xining-wj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])).corpus.documents[0]

  it('sets its accounts’ 小计 against the other tables, never a budget group’s', () => {
    const messages = checkDocument(doc).filter((f) => f.severity !== 'info').map((f) => f.message)
    expect(messages.filter((m) => m.includes('900.00'))).toEqual([])
  })
})
