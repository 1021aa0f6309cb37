import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 30: a district's 决算草案 report states its fund's stages in prose ("年初预算安排…", "收入预算调整为…", "完成
 * 调整预算数的…%", "年初预算财力安排…", "完成调整后支出预算的…%"): each is read by the question's own words, a completion
 * asked against the other budget is computed from the prose's amounts (rule completion-base), and a share the part's
 * clause prints is quoted. A 收支总表 of another body makes 一般公共预算财政拨款收入 a row of the corpus, as it is
 * wherever such tables are held. Made-up district and figures.
 */
const REPORT = [
  '关于汀川区2023年区级决算草案的报告',
  '一、2023年全区收支决算情况',
  '(一)2023年一般公共预算收支决算情况',
  '1. 一般公共预算收入',
  '2023年,全区一般公共预算收入年初预算安排150亿元。受政策性影响减收较多,经区人大常委会批准收入预算调整为120亿元。2023年全区完成一般公共预算收入123亿元,完成调整预算数的102.5%,同比下降12.3%。其中,完成税收收入98.4亿元,税占比80%。',
  '2. 一般公共预算支出',
  '2023年,全区一般公共预算支出年初预算财力安排110亿元。经区人大常委会批准后,一般公共预算支出调整为140亿元。',
  '2023年全区完成一般公共预算支出126亿元,完成调整后支出预算的90%,同比下降3.1%。',
].join('\n')

const BUREAU = [
  '汀川区文化局2024年部门预算',
  '财政拨款收支总表',
  '单位：万元',
  '收入\t金额\t支出\t金额',
  '一、一般公共预算财政拨款收入\t500.00\t一、文化旅游体育与传媒支出\t500.00',
  '收入总计\t500.00\t支出总计\t500.00',
].join('\n')

describe('a district’s 决算草案 report, its stages in prose', async () => {
  const sources = await readSources([
    { name: 'tingchuan-2023-js.txt', bytes: new TextEncoder().encode(REPORT) },
    { name: 'tingchuan-whj-2024-ys.txt', bytes: new TextEncoder().encode(BUREAU) },
  ])
  const engine = createEngine(buildCorpus(sources).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the budget set at the year’s start and the completion printed, in the question’s words', () => {
    expect(ask('汀川区2023年一般公共预算收入年初预算安排是多少？')).toContain('150亿元')
    expect(ask('汀川区2023年一般公共预算收入完成调整预算的百分之几？')).toContain('102.5%')
    expect(ask('汀川区2023年一般公共预算支出完成调整后预算的比例')).toContain('90%')
  })

  it('computes a completion asked against the year’s first budget, the printed one beside it', () => {
    const a = ask('汀川区2023年一般公共预算收入只完成了年初预算的多少？')
    expect(a).toContain('82.00%')
    expect(a).toContain('150亿元')
    expect(a).toContain('102.5%')
  })

  it('quotes the share the part’s clause prints', () => {
    const a = ask('汀川23年税收占一般公共预算收入的比重')
    expect(a).toContain('80%')
    expect(a).toContain('98.4亿元')
  })
})
