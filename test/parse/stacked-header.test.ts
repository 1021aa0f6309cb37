import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { regroupStackedHeader } from '../../server/core/parse/stacked-header.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'

/** A made-up 三公 page (青岚县某某局, its figures): the table copied from the web one cell per line. */
const TITLE = '青岚县林业局2025年一般公共预算“三公”经费预算'
const CAPTION = '一、2025年一般公共预算“三公”经费支出预算表\n单位:万元'
const WORDS = ['“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费', '公务', '接待费', '小计', '公务用车购置费', '公务用车运行费']
const FIGURES = ['56.4', '0', '41.2', '30', '11.2', '15.2']
const PROSE = '二、2025年一般公共预算“三公”经费支出预算情况说明\n青岚县林业局2025年“三公”经费支出预算为56.4万元,比2024年预算减少3.6万元。'
const page = (words = WORDS, figures = FIGURES) => [TITLE, CAPTION, ...words, ...figures, PROSE].join('\n')

describe('rule stacked-header: a one-row table copied one cell per line', () => {
  it('reads the group over its parts and the broken word, one figure a column, the prose after it left as prose', () => {
    const doc = parseDocument('qinglan-sangong.txt', page()).document
    expect(doc.tables).toHaveLength(1)
    const [t] = doc.tables
    expect(t.kind).toBe('three-public')
    expect(t.columns.map((c) => c.label)).toEqual([
      '“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费 › 小计', '公务用车购置及运行费 › 公务用车购置费', '公务用车购置及运行费 › 公务用车运行费', '公务接待费',
    ])
    expect(t.rows).toHaveLength(1)
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(FIGURES)
    // the figures keep their source lines: the row spans the six figure lines
    const first = page().split('\n').indexOf('56.4') + 1
    expect(t.rows[0].lines).toEqual([first, first + 5])
    expect(doc.paragraphs.some((p) => p.text.includes('支出预算为56.4万元'))).toBe(true)
    expect(doc.unparsed).toEqual([])
  })

  it('as many words as figures: one header row', () => {
    const words = ['合计', '因公出国(境)费', '公务用车购置及运行费', '公务接待费']
    const lines = regroupStackedHeader(toSourceLines(page(words, ['56.4', '0', '41.2', '15.2'])))
    expect(lines.map((l) => l.text)).toContain('合计\t因公出国(境)费\t公务用车购置及运行费\t公务接待费')
    expect(lines.map((l) => l.text)).toContain('56.4\t0\t41.2\t15.2')
  })

  it('words that cannot be laid over the figures, or no figures: the lines stay as they are', () => {
    const wrong = toSourceLines(page(WORDS, ['56.4', '0', '41.2']))
    expect(regroupStackedHeader(wrong)).toBe(wrong)
    const headings = toSourceLines([TITLE, CAPTION, '一般公共服务支出', '教育支出', '卫生健康支出', PROSE].join('\n'))
    expect(regroupStackedHeader(headings)).toBe(headings)
  })
})
