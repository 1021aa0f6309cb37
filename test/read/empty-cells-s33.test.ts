import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 33: a page whose tables lost their markup writes an empty cell as a paragraph or a span of &nbsp;: in a
 * table printed one cell per paragraph ("<p>&nbsp;</p>" where a unit has no 事业收入, where a total has no code) and
 * in rows of inline cells ("<span>&nbsp;</span>"). Each keeps its column, so the figures after it stay under their
 * own headers (rules empty-cell-paragraph and cell-spans). Made-up page.
 */
const p = (cells: string[]) => cells.map((c) => `<p>${c || '&nbsp;'}</p>`).join('\n')
const row = (cells: string[]) => `<section>${cells.map((c) => `<span>${c || '&nbsp;'}</span>`).join('')}</section>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪市体育局2025年部门预算</title></head><body>
<p>岚溪市体育局2025年部门预算</p><p>一、收支预算总体情况</p><p>2025年收入预算1,230.00万元。</p>
<p>表二　部门收入总表</p><p>单位：万元</p>
${p(['单位名称', '合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入'])}
${p(['合计', '1,230.00', '', '1,180.00', '40.00', '10.00'])}
${p(['岚溪市体育局（本级）', '800.00', '', '800.00', '', ''])}
${p(['岚溪市体育训练中心', '430.00', '', '380.00', '40.00', '10.00'])}
<p>表三　部门支出总表</p><p>单位：万元</p>
${row(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}
${row(['', '合计', '1,230.00', '930.00', '300.00'])}
${row(['229', '其他支出', '300.00', '', '300.00'])}
${row(['2080505', '机关事业单位基本养老保险缴费支出', '130.00', '130.00', ''])}
${row(['2070101', '行政运行', '800.00', '800.00', ''])}
<p>表六　一般公共预算基本支出表</p><p>单位：万元</p>
${p(['经济分类科目编码', '科目名称', '预算数'])}
${p(['', '合计', '930.00'])}
${p(['', '人员经费', '700.00'])}
${p(['30101', '基本工资', '400.00'])}
${p(['30102', '津贴补贴', '300.00'])}
${p(['', '公用经费', '230.00'])}
${p(['30201', '办公费', '230.00'])}
<p>表七　政府性基金预算支出表</p><p>本部门2025年无政府性基金预算支出。</p>
</body></html>`

describe('empty cells of a table printed without markup', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'lanxi-tyj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
  const [income, spending, basic] = corpus.documents[0].tables
  const cells = (t: typeof income, name: string) => t.rows.find((r) => r.name === name)?.cells.map((c) => c.text)

  it('keeps a unit’s empty cells in their columns (one cell a paragraph)', () => {
    expect(income.columns.map((c) => c.label)).toEqual(['单位名称', '合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入'])
    expect(cells(income, '岚溪市体育局（本级）')).toEqual(['800.00', '', '800.00', '', ''])
    expect(cells(income, '岚溪市体育训练中心')).toEqual(['430.00', '', '380.00', '40.00', '10.00'])
  })
  it('keeps a row’s empty span in its column (rows of inline cells)', () => {
    expect(spending.columns.map((c) => c.label)).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])
    expect(spending.rows.find((r) => r.code === '229')?.cells.map((c) => c.text)).toEqual(['300.00', '', '300.00'])
    expect(spending.rows.find((r) => r.code === '2070101')?.cells.map((c) => c.text)).toEqual(['800.00', '800.00', ''])
    expect(spending.rows.find((r) => r.name === '合计')?.code ?? '').toBe('')
  })
  it('reads a total with an empty code cell, and each code with its own row', () => {
    expect(basic.rows.map((r) => [r.code ?? '', r.name, r.cells[0]?.text])).toEqual([
      ['', '合计', '930.00'], ['', '人员经费', '700.00'], ['30101', '基本工资', '400.00'], ['30102', '津贴补贴', '300.00'],
      ['', '公用经费', '230.00'], ['30201', '办公费', '230.00'],
    ])
  })
  it('leaves the prose as it was', () => {
    expect(corpus.documents[0].paragraphs.some((x) => x.text.includes('本部门2025年无政府性基金预算支出'))).toBe(true)
  })
})

/**
 * A 绩效目标表 printed one cell per paragraph: its keys each before its value (the 年度绩效目标 a sentence, not the
 * table's end), then the indicator grid's header and its rows of four cells (rule bare-form).
 */
const FORM = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪市体育局2025年部门预算</title></head><body>
<p>岚溪市体育局2025年部门预算</p><p>一、收支预算总体情况</p><p>2025年收入预算1,230.00万元。</p>
<p>表九　项目支出绩效目标表</p><p>单位：万元</p>
${p(['项目名称', '全民健身场地维护', '预算金额', '300.00', '实施单位', '岚溪市体育训练中心', '年度绩效目标', '完成全市健身场地日常维护，提升群众健身条件。'])}
${p(['一级指标', '二级指标', '三级指标', '指标值'])}
${p(['产出指标', '数量指标', '维护健身场地数量', '≥85处'])}
${p(['产出指标', '时效指标', '维护完成时间', '2025年11月底前'])}
${p(['满意度指标', '服务对象满意度指标', '群众满意度', '≥92%'])}
</body></html>`

describe('a 绩效目标 form printed one cell per paragraph', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'lanxi-tyj-2025-bmys.html', bytes: new TextEncoder().encode(FORM) }])).corpus
  const t = corpus.documents[0].tables.find((x) => x.kind === 'performance')!
  it('reads its keys and its indicator rows', () => {
    expect(t.fields.find((f) => f.key.startsWith('项目名称'))?.value).toBe('全民健身场地维护')
    expect(t.rows.map((r) => [r.name, r.indicator?.target])).toEqual([
      ['维护健身场地数量', '≥85处'], ['维护完成时间', '2025年11月底前'], ['群众满意度', '≥92%'],
    ])
  })
})
