import { describe, expect, it } from 'vitest'
import { cell, parseSnippet, rowByCode, rowByName } from './helpers.js'

// Separators and unit conventions of other exporters: box-drawing bars, bare or full-width pipes, runs of
// full-width spaces, and money units printed only in the column headers (no 单位： line).
const parse = (body: string) => parseSnippet(body).document
const S = '\u3000'

describe('bar-separated grids', () => {
  for (const [name, bar] of [['box-drawing │', '│'], ['heavy box-drawing ┃', '┃'], ['full-width ｜', '｜']] as const) {
    it(`reads cells separated by ${name}, with the unit from the header`, () => {
      const row = (...cells: string[]) => `${bar}${cells.join(bar)}${bar}`
      const doc = parse(['表一', '某局2025年支出预算总表', '', row('科目编码', '科目名称', '合计（万元）', '基本支出（万元）'), row('', '合计', '12.50', '2.50'), row('201 01', `${S}行政运行`, '12.50', '')].join('\n'))
      const t = doc.tables[0]
      expect(doc.unparsed).toEqual([])
      expect(t.unit).toBe('万元')
      expect(t.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['科目编码:code', '科目名称:name', '合计:total', '基本支出:basic'])
      const r = rowByCode(t, '20101')
      expect(r.name).toBe('行政运行')
      expect(cell(t, r, /基本支出/)).toBe('')
      expect(r.cells[0].amount).toMatchObject({ unit: '万元', fen: 12500000 })
    })
  }

  it('reads pipe rows without a leading or trailing pipe', () => {
    const t = parse(['表2 某局收入预算表', '单位：元', '科目名称|合计|其他收入', '合计|5.00|5.00', '其他收入|5.00|5.00'].join('\n')).tables[0]
    expect(t.rows.map((r) => r.name)).toEqual(['合计', '其他收入'])
    expect(cell(t, t.rows[1], /其他收入/)).toBe('5.00')
  })

  it('keeps a table across blank lines between subject groups', () => {
    const t = parse(['表3 某局支出表', '单位：万元', '│科目编码│科目名称│合计│', '│201│一般公共服务支出│1.00│', '', '│208│社会保障和就业支出│2.00│', '', '│221│住房保障支出│3.00│'].join('\n')).tables[0]
    expect(t.rows.map((r) => r.code)).toEqual(['201', '208', '221'])
  })

  it('joins a header cell wrapped over two lines and takes a group label above the column names', () => {
    const doc = parse(['表五 某局一般公共预算支出表', '', '│科目编码│科目名称│2024年      │2025年预算数（万元）│        │', '│        │        │预算数（万元）│小计│项目支出│', '│201     │一般公共服务支出│3.00│4.00│4.00│'].join('\n'))
    const t = doc.tables[0]
    expect(t.unit).toBe('万元')
    expect(t.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['科目编码:code', '科目名称:name', '2024年预算数:prior', '2025年预算数 › 小计:total', '2025年预算数 › 项目支出:project'])
    const t2 = parse(['表二 某局收入表', '', '│科目名称│一般公共预算│政府性基金│', '│        │拨款收入（万元）│预算拨款收入（万元）│', '│合计│1.00│2.00│'].join('\n')).tables[0]
    expect(t2.columns.map((c) => c.label)).toEqual(['科目名称', '一般公共预算拨款收入', '政府性基金预算拨款收入'])
  })

  it('does not override a 单位： line with a header unit', () => {
    const t = parse(['表1 某局支出表', '单位：元', '│科目名称│金额（万元）│', '│合计│1.00│'].join('\n')).tables[0]
    expect(t.unit).toBe('元')
  })
})

describe('full-width-space tables', () => {
  it('places cells under the header cells they line up with, keeping empty cells and indentation', () => {
    const doc = parse([
      '表八', '某局2025年政府性基金支出表', '',
      `科目编码${S.repeat(3)}科目名称${S.repeat(6)}合计（万元）${S.repeat(2)}基本支出（万元）${S.repeat(2)}项目支出（万元）`,
      `${S.repeat(7)}合${S.repeat(2)}计${S.repeat(6)}6.00${S.repeat(15)}6.00`,
      `212${S.repeat(5)}城乡社区支出${S.repeat(4)}6.00${S.repeat(15)}6.00`,
    ].join('\n'))
    const t = doc.tables[0]
    expect(doc.unparsed).toEqual([])
    expect(t.unit).toBe('万元')
    expect(t.rows[0]).toMatchObject({ name: '合计', isTotal: true })
    expect(rowByCode(t, '212').cells.map((c) => c.text)).toEqual(['6.00', '', '6.00'])
  })

  it('reads a change column with a money unit as an amount, and indented children', () => {
    const doc = parse([
      '表七', '某局2025年“三公”经费支出预算表', '',
      `项${S.repeat(2)}目${S.repeat(10)}2024年预算数（万元）${S.repeat(2)}2025年预算数（万元）${S.repeat(2)}增减额（万元）`,
      `二、公务用车购置及运行维护费${S.repeat(1)}10.50${S.repeat(9)}9.80${S.repeat(9)}-0.70`,
      `${S.repeat(2)}其中：公务用车购置费${S.repeat(4)}0.00${S.repeat(9)}0.00${S.repeat(9)}0.00`,
    ].join('\n'))
    const t = doc.tables[0]
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'prior', 'total', 'amount'])
    const r = rowByName(t, '其中：公务用车购置费')
    expect(r.level).toBe(2)
    expect(t.rows[0].cells[2].amount).toMatchObject({ unit: '万元', fen: -700000 })
  })

  it('splits a 绩效 table into projects and reads an indicator run into its target', () => {
    const doc = parse([
      '表十', '某局2025年重点项目支出绩效目标表', '',
      `项目名称：甲项目${S.repeat(4)}预算金额（万元）：9.00`,
      '年度目标：完成甲任务。',
      `一级指标${S.repeat(2)}二级指标${S.repeat(2)}三级指标${S.repeat(6)}指标值`,
      `产出指标${S.repeat(2)}数量指标${S.repeat(2)}完成数量${S.repeat(10)}≥3个`,
      `产出指标${S.repeat(2)}质量指标${S.repeat(2)}验收合格覆盖率≥45%`,
      '',
      `项目名称：乙项目${S.repeat(4)}预算金额（万元）：1.00`,
      `一级指标${S.repeat(2)}二级指标${S.repeat(2)}三级指标${S.repeat(6)}指标值`,
      `满意度指标${S.repeat(1)}服务对象满意度${S.repeat(1)}群众满意度${S.repeat(8)}≥90%`,
    ].join('\n'))
    expect(doc.unparsed).toEqual([])
    expect(doc.tables).toHaveLength(2)
    const [a, b] = doc.tables
    expect(a.fields.map((f) => `${f.key}=${f.value}`)).toEqual(['项目名称=甲项目', '预算金额（万元）=9.00', '年度目标=完成甲任务。'])
    expect(a.fields[1].amount).toMatchObject({ unit: '万元', fen: 9000000 })
    expect(a.rows.map((r) => [r.name, r.indicator?.target])).toEqual([['完成数量', '≥3个'], ['验收合格覆盖率', '≥45%']])
    expect(b.rows.map((r) => r.name)).toEqual(['群众满意度'])
  })
})
