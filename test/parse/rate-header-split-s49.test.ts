import { describe, expect, it } from 'vitest'
import { splitRunTogetherHeaders } from '../../server/core/parse/header-split.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../server/core/engine.js'

// Session 49 (blind107's 财政决算 PDF, first contact): each account's group of columns is 预算数 | 调整预算数 | 决算数 |
// 为调整预算%, and the text layer ran the last two labels into one cell ("决算数 为调整预算%") beside an empty one. The
// 决算数 column had no label, so "…决算多少" was answered from the 预算数 column: a wrong figure, cited. The rate
// labels of a place's 决算 tables are header terms now (rule run-together-header splits them).
describe('a 决算数 label run together with its rate’s', () => {
  it('goes to its own column beside the free one, on either side', () => {
    const g = [
      ['项目', '全区', '全区', '全区', '', '区本级', '区本级', '区本级', ''],
      ['项目', '预算数', '调整预算数', '决算数 为调整预算%', '', '预算数', '调整预算数', '决算数 为调整预算%', ''],
    ]
    splitRunTogetherHeaders(g)
    expect(g[1]).toEqual(['项目', '预算数', '调整预算数', '决算数', '为调整预算%', '预算数', '调整预算数', '决算数', '为调整预算%'])
    const h = [['项目', '全区', '全区', '全区', '全区'], ['项目', '预算数', '调整预算数', '', '决算数 为调整预算%']]
    splitRunTogetherHeaders(h)
    expect(h[1]).toEqual(['项目', '预算数', '调整预算数', '决算数', '为调整预算%'])
  })
  it('answers the 决算数, never the 预算数, of a page laid out so', () => {
    const page = [
      '枫林区2025年财政决算（草案）的报告',
      '附表1枫林区2025年一般公共预算支出决算表',
      '单位：万元',
      '项目\t全区\t全区\t全区\t\t区本级\t区本级\t区本级\t',
      '项目\t预算数\t调整预算数\t决算数 为调整预算%\t\t预算数\t调整预算数\t决算数 为调整预算%\t',
      '教育支出\t40000\t42000\t41160\t98.0\t30000\t31000\t30380\t98.0',
      '卫生健康支出\t15000\t16000\t15680\t98.0\t9000\t9500\t9310\t98.0',
      '一般公共预算支出合计\t55000\t58000\t56840\t98.0\t39000\t40500\t39690\t98.0',
    ].join('\n')
    const { corpus } = buildCorpus([{ name: 'fenglin-czj-2025-jsca.txt', bytes: new TextEncoder().encode(page) }])
    const a = createEngine(corpus).ask({ question: '枫林区全区卫生健康支出2025年决算多少' })
    expect(a.answer).toContain('15680万元')
    expect(a.answer).not.toMatch(/决算[^。]{0,4}为15000万元/)
  })
})
