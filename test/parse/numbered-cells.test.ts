import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { readHtmlText } from '../../server/core/read/html/read-html.js'
import { cellAmount, parseSnippet, rowByName } from './helpers.js'

/** a two-sided 收支总表 copied one cell per line, its empty cells left as blank lines, its lines numbered 1, 2, 3 … */
const CELLS = [
  '单位预算收支总表', '520114青禾县第二小学', '预算年度:2026', '单位:万元',
  '序号', '收入', '支出', '项  目', '预算数', '项  目', '预算数',
  '栏次', '1', '2', '3', '4',
  '1', '一、一般公共预算拨款收入', '840.25', '一、教育支出', '790.00',
  '2', '二、单位资金', '', '二、社会保障和就业支出', '62.75',
  '3', '', '', '三、住房保障支出', '',
  '4', '本年收入合计', '840.25', '本年支出合计', '852.75',
  '5', '上年结转结余', '12.50', '年终结转结余', '',
  '6', '收入总计', '852.75', '支出总计', '852.75',
  '', '二、部门预算情况说明', '本单位2026年收支预算总额852.75万元。',
]

describe('rule numbered-cells: a table copied one cell per line, its rows numbered', () => {
  const body = CELLS.join('\n')
  const { document: doc } = parseSnippet(body, '青禾县第二小学2026年单位预算')

  it('rebuilds the rows from the stride of the row numbers, each side with its figures', () => {
    expect(doc.tables).toHaveLength(1)
    const t = doc.tables[0]
    expect(t.unit).toBe('万元')
    expect(t.columns.map((c) => `${c.role}:${c.side}`)).toEqual(['text:income', 'name:income', 'total:income', 'name:spending', 'total:spending'])
    expect(cellAmount(t, rowByName(t, '二、社会保障和就业支出', 'spending'), /预算数/)?.value).toBe('62.75')
    expect(cellAmount(t, rowByName(t, '上年结转结余', 'income'), /预算数/)?.value).toBe('12.50')
    expect(cellAmount(t, rowByName(t, '本年支出合计', 'spending'), /预算数/)?.value).toBe('852.75')
    // the empty 单位资金 cell stays empty (a blank line is a cell, not a gap)
    expect(cellAmount(t, rowByName(t, '二、单位资金', 'income'), /预算数/)).toBeUndefined()
  })

  it('keeps the prose after the table and gives every source line one home', () => {
    expect(doc.paragraphs.some((p) => p.text.includes('852.75万元'))).toBe(true)
    expect(accountLines(doc, `青禾县第二小学2026年单位预算\n\n${body}`)).toEqual({ missing: [], twice: [] })
  })

  it('leaves a numbered list of sentences alone', () => {
    const list = ['主要职能', '1', '负责全县义务教育阶段的教学管理。', '2', '负责校舍安全和后勤保障。', '3', '负责学生资助工作。', '4', '完成上级交办的其他任务。'].join('\n')
    expect(parseSnippet(list, '青禾县第二小学2026年单位预算').document.tables).toHaveLength(0)
  })
})

describe('a <pre> block keeps its lines of spaces', () => {
  it('reads a line of spaces inside <pre> as an empty line (an empty cell), not as nothing', () => {
    const { text } = readHtmlText('<html><body><p>说明</p><pre>\n1\n一、教育支出\n \n2\n</pre><p>完</p></body></html>')
    expect(text.split('\n')).toEqual(['说明', '1', '一、教育支出', '', '2', '完'])
  })
})
