import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { statementsOf } from '../../server/core/checks/prose/statements.js'
import { basicSpending, generalSpending, snippet, threePublic } from './snippets.js'

const findings = (prose: string[], tables: string[] = []) => checkDocument(snippet(prose, tables))
const messages = (prose: string[], tables: string[] = []) => findings(prose, tables).map((f) => `${f.kind}: ${f.message}`)

const SPENDING = generalSpending([
  ['合计', '', '100.00', '60.00', '40.00'],
  ['208', '社会保障和就业支出', '30.00', '30.00', ''],
  ['210', '卫生健康支出', '70.00', '30.00', '40.00'],
])

describe('reading figures from prose', () => {
  it('levels, changes attached to their subject, reasons, 其中 and shares', () => {
    const doc = snippet(['2026 年一般公共预算财政拨款支出 100.00 万元，比 2025 年减少 5.00 万元，主要是基本支出增加 1.00 万元，项目支出减少 6.00 万元。其中：基本支出 60.00 万元，占 60.0%。'])
    const ss = statementsOf(doc.paragraphs.find((p) => p.text.includes('100.00'))!)
    expect(ss.map((s) => [s.kind, s.concept.key, s.signed / 1_000_000, s.reason, s.qizhong])).toEqual([
      ['level', 'total', 100, false, false],
      ['change', 'total', -5, false, false],
      ['change', 'basic', 1, true, false],
      ['change', 'project', -6, true, false],
      ['level', 'basic', 60, false, true],
    ])
    expect(ss[1].of).toBe(ss[0])
    expect(ss[4].share).toEqual({ text: '60.0%', value: 60, decimals: 1 })
  })
})

describe('a 决算 change set against last year\'s 决算, with the year\'s budget between', () => {
  const text = (growth: string) => [`2023年度财政拨款“三公”经费支出决算23.02万元，完成年初预算30.00万元的76.73%，比2022年度决算26.85万元减少3.83万元，下降${growth}。`]

  it('reads 26.85 as the baseline and 23.02 as the figure the change is of (no finding when they agree)', () => {
    const ss = statementsOf(snippet(text('14.26%')).paragraphs.find((p) => p.text.includes('26.85'))!)
    const change = ss.find((s) => s.kind === 'change')!
    expect(change.of?.amount.text).toBe('23.02')
    expect(ss.find((s) => s.kind === 'baseline')?.amount.text).toBe('26.85')
    expect(messages(text('14.26%')).filter((m) => m.startsWith('prose-change'))).toEqual([])
  })

  it('still finds a printed rate the stated figures do not give, against the stated baseline', () => {
    const out = messages(text('12.48%')).filter((m) => m.startsWith('prose-change'))
    expect(out).toHaveLength(1)
    expect(out[0]).toContain('26.85')
  })
})

describe('prose against tables', () => {
  it('a figure the text states for a subject differs from the table', () => {
    const out = findings(['四、“三公”经费情况说明', '2026 年“三公”经费预算 3.50 万元。其中：公务接待费 1.50 万元；公务用车运行维护费 2.50 万元。'], [threePublic(['3.50', '', '2.00', '', '2.00', '1.50'])])
    const f = out.find((x) => x.kind === 'prose-table')!
    expect(f.severity).toBe('warning')
    expect(f.message).toBe('正文称公务用车运行维护费为2.50万元，但表四《一般公共预算“三公”经费支出表》中“公务用车运行费”为2.00万元。')
    expect(f.citations.map((c) => c.kind)).toEqual(['paragraph', 'row'])
    expect(f.citations[1]).toMatchObject({ tableNumber: '表四', value: '2.00' })
  })

  it('agreeing figures, and figures printed to fewer decimals, give no finding', () => {
    expect(messages(['2026 年一般公共预算财政拨款支出 100 万元。其中：基本支出 60.0 万元，项目支出 40.00 万元；社会保障和就业支出 30 万元。'], [SPENDING])).toEqual([])
  })

  it('the text states 三公 money while the 三公 table prints nothing', () => {
    const empty = ['表四', '', '一般公共预算“三公”经费支出表', '', '单位：万元', '', '2026年预算数\t\t\t\t\t', '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费', '\t\t小计\t公务用车购置费\t公务用车运行费\t'].join('\n')
    expect(messages(['2026 年“三公”经费预算 1 万元。其中：公务接待费 1 万元。'], [empty]))
      .toEqual(['prose-table: 正文称“三公”经费预算为1万元，但表四《一般公共预算“三公”经费支出表》没有列出任何数字。'])
  })

  it('人员经费 and 公用经费 against the basic-spending table', () => {
    expect(messages(['一般公共预算财政拨款基本支出 60.00 万元，其中：人员经费 48.00 万元，公用经费 12.00 万元。'], [basicSpending([['合计', '', '60.00', '50.00', '10.00']])]))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^prose-table: 正文称人员经费为48.00万元，但表三.*“人员经费”为50.00万元。$/)]))
  })
})

describe('prose against itself', () => {
  it.each([
    ['parts that add up to more than the whole', '2026 年“三公”经费预算 6.00 万元。其中：公务接待费 0.50 万元；公务用车运行维护费 6.00 万元。', /正文称“三公”经费为6.00万元，但所列公务接待费0.50万元、公务用车运行维护费6.00万元之和为6.50万元，超过了总数。/],
    ['one part stated as the whole while the others already make it', '支出预算：2026年年初预算数100.00万元，其中：一般公共服务支出预算100.00万元，社会保障和就业支出预算30.00万元，卫生健康支出预算70.00万元。', /又把全部100.00万元都列为一般公共服务支出，而其余各项已合计100.00万元/],
    ['one half of 基本 + 项目 and no other half', '2026年一般公共预算财政拨款支出100.00万元。其中：基本支出40.00万元，比2025年增加1.00万元。', /其中只列出基本支出40.00万元，没有说明其余60.00万元（项目支出）/],
    ['a share that the figures do not give', '2026 年年初预算总支出 1,000.00 万元。项目支出 790.47 万元，占 79.1%。', /正文称项目支出790.47万元占79.1%，但按1,000.00万元计算应为79.05%/],
  ])('%s', (_, text, message) => {
    const out = findings([text])
    expect(out.map((f) => `${f.severity}:${f.kind}`)).toContain('warning:prose-self')
    expect(out.map((f) => f.message).join('\n')).toMatch(message)
  })

  it('a 其中 list shorter than its whole is not a finding; nor are bracketed or colon-listed sub-parts', () => {
    expect(findings([
      '收入预算：2026 年年初预算数 100.00 万元，其中：一般公共预算拨款 100.00 万元（基本支出预算 60.00 万元、项目支出预算 40.00 万元），事业收入 0 万元。',
      '政府采购预算总额 60.70 万元：政府采购货物预算 4.70 万元、政府采购服务预算 56.00 万元；其中一般公共预算拨款政府采购 60.70 万元：政府采购货物预算 4.70 万元、政府采购服务预算 56.00 万元。',
      '2026 年“三公”经费预算 6.00 万元。其中：公务接待费 0.50 万元。',
    ])).toEqual([])
  })
})

describe('stated changes', () => {
  it.each([
    ['a change against a whole pair of part changes', '支出比2025年减少10.00万元，主要是基本支出增加5.00万元，项目支出减少16.00万元。', 'warning', /正文称支出总额比上年减少10.00万元，但所列基本支出增加5.00万元、项目支出减少16.00万元合计减少11.00万元/],
    ['a 0.01 gap rounding explains, in a document that does not declare rounding', '支出比2023年减少98.44万元，主要是基本支出增加53.25万元，项目支出减少151.70万元。', 'info', /合计减少98.45万元（差额在四舍五入范围内/],
    ['a growth rate the figures do not give', '住房公积金（项）2025 年预算数为 573,343.2 元，较 2024 年减少 834.72 元，下降 0.2%。', 'warning', /正文称住房公积金减少834.72元、下降0.2%，但按上年574,177.92元计算应为下降0.15%/],
  ])('%s', (_, text, severity, message) => {
    const f = findings([text]).find((x) => x.kind === 'prose-change')!
    expect(f.severity).toBe(severity)
    expect(f.message).toMatch(message)
  })

  it('main reasons that do not add up are not a finding (they need not be all); declared rounding silences 0.01', () => {
    expect(findings(['项目支出 100.00 万元，比 2023 年减少 151.70 万元，主要原因是医疗救助项目经费增加 157 万元，区级公费医疗项目减少 330 万元。'])).toEqual([])
    expect(findings(['收入较2025年增加25.15万元，主要是人员经费拨款增加23.02万元，公用经费拨款增2.14万元。因四舍五入原因，上述明细直接加总与汇总不等。'])).toEqual([])
  })

  it('the direction of a change against its own reason', () => {
    const [f] = findings(['（一）机关运行经费。2026 年一般公共预算财政拨款运行经费 120.15 万元，比上年减少 4.84 万元，主要原因是本年公用经费调减，相应机关运行经费增加。主要用于办公费等。'])
    expect(f).toMatchObject({ kind: 'prose-reason', severity: 'warning' })
    expect(f.message).toMatch(/正文称机关运行经费比上年减少4.84万元，但所说的原因是“本年公用经费调减,相应机关运行经费增加”/)
    expect(findings(['运行经费 120.15 万元，比上年增加 4.84 万元，主要原因是本年公用经费调增，相应机关运行经费增加。'])).toEqual([])
  })
})

describe('a stated change against the two stated figures', () => {
  it('this year minus the stated last-year figure is not the stated change', () => {
    const [f] = findings(['教育支出（类）普通教育（款）高中教育（项）：2025年预算数为21,252.13万元，比2024年预算数20,877.14万元增加644.99万元，增长3.09%。'])
    expect(f).toMatchObject({ kind: 'prose-change', severity: 'warning' })
    expect(f.message).toBe('正文称高中教育为21,252.13万元、上年为20,877.14万元，两数相差增加374.99万元，但正文称增加644.99万元。')
  })

  it('consistent figures, change and rate give no finding', () => {
    expect(findings(['行政运行（项）：2025年预算数为1,486.32万元，比2024年预算数1,402.57万元增加83.75万元，增长5.97%。'])).toEqual([])
  })
})

describe('a stated change against the table’s last-year column', () => {
  const table = (prior: string) => ['表二', '', '一般公共预算财政拨款支出预算表', '', '单位：万元', '',
    '功能分类科目\t\t2025年预算数\t2026年预算数\t\t', '科目编码\t科目名称\t\t总计\t基本支出\t项目支出',
    ...['合计\t', '210\t卫生健康支出', '21015\t医疗保障管理事务', '2101501\t行政运行'].map((r) => `${r}\t${prior}\t60.00\t60.00\t`)].join('\n')
  const prose = ['（一）一般公共预算', '（1）卫生健康支出（类）医疗保障管理事务（款）行政运行（项）2026年预算数为60.00万元，较2025年增加4.00万元。']

  it('this year minus the change is not what the table prints for last year', () => {
    expect(messages(prose, [table('55.00')])).toEqual(['prose-table: 正文称行政运行为60.00万元、比上年增加4.00万元，即上年应为56.00万元，但表二《一般公共预算财政拨款支出预算表》所列2025年预算数为55.00万元。'])
  })

  it('agreeing figures give no finding', () => {
    expect(messages(prose, [table('56.00')])).toEqual([])
  })
})

describe('a rate printed from amounts the page rounds (rule rate-fits)', () => {
  // 77 ÷ 1,077 = 7.15%, but 76.5…77.5 over 1,076.5…1,077.5 gives 7.10%…7.20%: the page may have rounded from 元
  const text = (rate: string) => [`2025年“三公”经费支出共计1000万元，比2024年预算数减少77万元，下降${rate}。`]
  it('takes a rate the rounded amounts allow', () => {
    expect(messages(text('7.16%')).filter((m) => m.startsWith('prose-change'))).toEqual([])
  })
  it('still finds a rate they cannot give', () => {
    expect(messages(text('7.40%')).filter((m) => m.startsWith('prose-change'))).toHaveLength(1)
  })
})
