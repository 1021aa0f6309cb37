import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { engineWith } from '../core/seed-engine.js'

// a 决算's prose that prints a comparison table with no title of its own, announced by its sentence ("如下表："),
// codes printed in their three parts under one 类 款 项 header, and a page break repeating the header's first word
const text = [
  '青禾县疾病预防控制中心2024年度部门决算', '',
  '第三部分 2024年度部门决算情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（三）财政拨款支出决算具体情况。各项支出年初预算数、调整预算数与决算数对比如下表：',
  '科目编码',
  '类 款 项\t科目名称\t年初预算数\t调整预算数\t决算数\t完成调整预算（%）',
  '210 04 01\t疾病预防控制机构\t320.00\t338.60\t331.20\t97.81',
  '210 04 10\t突发公共卫生事件应急处理\t45.00\t92.40\t80.15\t86.74',
  '科目编码\t\t\t\t\t',
  '221 02 01\t住房公积金\t30.00\t30.90\t30.90\t100.00',
  '合计\t\t395.00\t461.90\t442.25\t95.74',
  '其中：突发公共卫生事件应急处理（项）年初预算为45.00万元，支出决算为80.15万元，主要原因是年中追加应急物资储备资金。',
].join('\n')

describe('rule announced-table', () => {
  const doc = parseDocument('cdc-2024-final.txt', text).document

  it('reads the grid under "如下表：" as a table titled by what it shows, its 类 款 项 codes joined', () => {
    const t = doc.tables.find((x) => x.title.includes('调整预算数'))!
    expect(t.title).toBe('各项支出年初预算数、调整预算数与决算数对比')
    expect(t.kind).toBe('other')
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'initial', 'adjusted', 'final', 'completion'])
    expect(t.rows.find((r) => r.name === '突发公共卫生事件应急处理')?.code).toBe('2100410')
  })

  it('keeps the announcing sentence in the prose', () => {
    expect(doc.paragraphs.some((p) => p.text.includes('对比如下表'))).toBe(true)
  })

  it('answers the adjusted budget from it', () => {
    const engine = engineWith([{ name: 'cdc-2024-final.txt', bytes: new TextEncoder().encode(text) }])
    const r = engine.ask({ question: '青禾县疾病预防控制中心突发公共卫生事件应急处理2024年调整预算数是多少？' })
    expect(r.answer).toContain('92.40')
    expect(r.answer).not.toContain('没有“调整预算”')
  })
})
