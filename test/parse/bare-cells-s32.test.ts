import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { regroupBareCells } from '../../server/core/parse/bare-cells.js'

/**
 * Session 32: a web page whose tables lost their markup, each cell a paragraph of its own with no mark between them
 * (rule bare-cells): the header is the labels before the first row, each row a code (a total's may be missing), a
 * name and one figure per value column. Made-up organisation and figures.
 */
const lines = (cells: string[]) => cells.map((text, i) => ({ no: i + 1, raw: text, text }))

describe('a table flattened to one cell per paragraph', () => {
  it('rebuilds coded rows under the header, a total without its code', () => {
    const cells = ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '205', '教育支出', '90.00', '60.00', '30.00', '2050101', '行政运行', '60.00', '60.00', '0.00', '2050199', '其他教育管理事务支出', '30.00', '0.00', '30.00', '合计', '90.00', '60.00', '30.00']
    const out = regroupBareCells(lines(cells))
    expect(out?.rows.map((r) => r.text)).toEqual([
      '科目编码\t科目名称\t合计\t基本支出\t项目支出', '205\t教育支出\t90.00\t60.00\t30.00', '2050101\t行政运行\t60.00\t60.00\t0.00',
      '2050199\t其他教育管理事务支出\t30.00\t0.00\t30.00', '\t合计\t90.00\t60.00\t30.00',
    ])
    // each row keeps the lines of all its cells
    expect(out?.spans.get(6)).toBe(10)
  })
  it('reads rows without codes, the first row’s name after the header', () => {
    const cells = ['项目', '上年预算', '本年预算', '合计', '12,000.00', '9,000.00', '公务接待费', '12,000.00', '9,000.00', '因公出国（境）费', '0.00', '—']
    expect(regroupBareCells(lines(cells))?.rows.map((r) => r.text)).toEqual(['项目\t上年预算\t本年预算', '合计\t12,000.00\t9,000.00', '公务接待费\t12,000.00\t9,000.00', '因公出国（境）费\t0.00\t—'])
  })
  it('leaves prose and broken rhythms alone', () => {
    expect(regroupBareCells(lines(['一、部门职责', '负责全县教育工作。', '二、机构设置', '本部门下设3个科室。', '三、人员情况', '编制20名', '实有18名', '退休5名']))).toBeUndefined()
    // a row short of a figure: not a table read by this rule
    expect(regroupBareCells(lines(['项目', '上年预算', '本年预算', '合计', '12.00', '9.00', '公务接待费', '12.00', '因公出国（境）费', '0.00', '0.00']))).toBeUndefined()
  })
  it('reads such a page’s table as rows with their figures', async () => {
    const p = (t: string) => `<p>${t}</p>`
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚水县教育局2025年部门预算</title></head><body>${[
      '岚水县教育局2025年部门预算', '一、收支预算总体情况', '2025年收支预算总额90.00万元。', '表二 一般公共预算支出表', '单位：万元',
      '科目编码', '科目名称', '合计', '基本支出', '项目支出', '205', '教育支出', '90.00', '60.00', '30.00', '2050101', '行政运行', '60.00', '60.00', '0.00',
      '2050199', '其他教育管理事务支出', '30.00', '0.00', '30.00', '合计', '90.00', '60.00', '30.00',
    ].map(p).join('')}</body></html>`
    const corpus = buildCorpus(await readSources([{ name: 'lanshui-jyj-2025-bmys.html', bytes: new TextEncoder().encode(page) }])).corpus
    const t = corpus.documents[0].tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'total', 'basic', 'project'])
    const row = t.rows.find((r) => r.code === '2050199')
    expect(row?.name).toBe('其他教育管理事务支出')
    expect(row?.cells.map((c) => c.text)).toEqual(['30.00', '0.00', '30.00'])
  })
})
