import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'

// Session 46 (blind100's 牛塘镇 report): a township's 预算执行 and 预算草案 report on its county's portal, titled with no
// place ("2025年财政预算执行情况和2026年财政预算草案的报告"), the township named only in the portal's field "发布机构: 牛塘镇"
// (three characters, under the banner and menus) and as 我镇 in the body: held as "metadata needed".
const PAGE = [
  '首页',
  '政务动态',
  '政府信息公开',
  '信息名称: 2025年财政预算执行情况和2026年财政预算草案的报告',
  '索 引 号: 014133680/2026-00003',
  '文件编号: 发布机构: 青禾镇',
  '产生日期: 2026-01-16 发布日期: 2026-01-16',
  '2025年财政预算执行情况和2026年财政预算草案的报告',
  '各位代表:',
  '我受镇人民政府的委托,向大会作2025年财政预算执行情况和2026年财政预算草案的报告,请予审议。',
  '一、二〇二五年预算执行情况',
  '2025年我镇预计实现全口径财政收入12.9亿元,实现一般公共预算收入6.9亿元,同比增长16%,实现自筹统筹收入1000万元。',
].join('\n')

describe('a township\'s report named only by its portal\'s publisher field', () => {
  it('is the township\'s 财政预算 of the draft\'s year', () => {
    const doc = parseDocument('qinghe-ysbg.txt', PAGE).document
    expect(doc.org).toBe('青禾镇')
    expect(doc.scope).toBe('财政预算')
    expect(doc.year).toBe(2026)
  })
  it('answers the year reported on from its execution', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-ysbg.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    expect(engine.ask({ question: '青禾镇2025年一般公共预算收入多少？' }).answer).toContain('6.9亿元')
  })
  it('never gives the year reported on for the draft year asked (its section titled in characters, 二〇二五年, its sentence opening with 2025年)', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-ysbg.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    expect(engine.ask({ question: '青禾镇2026年一般公共预算收入预算安排多少？' }).answer).not.toContain('6.9亿元')
  })
})
