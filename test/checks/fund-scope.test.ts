import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { generalSpending, snippet } from './snippets.js'

/** A made-up 部门决算 (the stage is read from the title). */
const finalDoc = (prose: string[], tables: string[] = []) =>
  parseDocument('final.txt', `某某县林草服务中心\n\n2024年度部门决算\n\n${[...prose, ...tables].join('\n\n')}\n`).document
const messages = (doc: ReturnType<typeof snippet>, kind: string) => checkDocument(doc).filter((f) => f.kind === kind).map((f) => f.message)

/** A two-sided 收支 table of the given title: one income row besides the general budget (其他收入). */
const twoSided = (number: string, title: string, general: string, other: string, spending: string) => [
  number, '', title, '', '单位：万元', '',
  '收入\t\t支出\t', '项目\t金额\t项目\t金额',
  `一、一般公共预算财政拨款收入\t${general}\t一、农林水支出\t${spending}`,
  `二、其他收入\t${other}\t\t`,
  `本年收入合计\t${(Number(general) + Number(other)).toFixed(2)}\t本年支出合计\t${spending}`,
].join('\n')

describe('tables of different fund scope are not compared', () => {
  it('a 收入支出决算表 (every source) and a 财政拨款收入支出决算表 (fiscal money) may differ', () => {
    const all = twoSided('表一', '收入支出决算表', '830.00', '12.40', '842.40')
    const fiscal = twoSided('表四', '财政拨款收入支出决算表', '830.00', '0.00', '830.00')
    expect(messages(finalDoc([], [all, fiscal]), 'cross-table')).toEqual([])
  })

  it('two tables of the same scope that disagree are still a finding', () => {
    const a = twoSided('表一', '财政拨款收入支出决算表', '830.00', '0.00', '830.00')
    const b = twoSided('表四', '财政拨款收支决算总表', '830.00', '0.00', '803.00')
    expect(messages(finalDoc([], [a, b]), 'cross-table').join('\n')).toMatch(/803\.00/)
  })
})

describe('prose figures are compared with tables of the scope their own sentence names', () => {
  const general = generalSpending([['合计', '', '450.00', '300.00', '150.00'], ['213', '农林水支出', '450.00', '300.00', '150.00']])
  const spendingAll = [
    '表五', '', '部门支出总表', '', '单位：万元', '',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '\t合计\t500.00\t320.00\t180.00', '213\t农林水支出\t500.00\t320.00\t180.00',
  ].join('\n')
  const prose = (basic: string) => `一、收支预算总体情况。部门预算支出总计500.00万元，其中：基本支出${basic}万元，项目支出180.00万元。一般公共预算拨款支出450.00万元。`

  it('a whole-budget sentence beside a general-budget one is no finding', () => {
    expect(messages(snippet([prose('320.00')], [general, spendingAll]), 'prose-table')).toEqual([])
  })

  it('a whole-budget figure that differs from the whole-budget table is one', () => {
    expect(messages(snippet([prose('330.00')], [general, spendingAll]), 'prose-table').join('\n')).toMatch(/330\.00/)
  })
})

describe('a 决算 text compares its 决算 figures, not the budget it quotes', () => {
  const table = [
    '表五', '', '一般公共预算财政拨款支出决算表', '', '单位：万元', '',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '\t合计\t52.00\t40.00\t12.00', '213\t农林水支出\t52.00\t40.00\t12.00',
  ].join('\n')

  it('the 年初预算 in a completion-rate sentence is no finding', () => {
    const doc = finalDoc(['（一）一般公共预算财政拨款支出决算情况。农林水支出（类）年初预算为41.00万元，支出决算为52.00万元，完成年初预算的126.83%。'], [table])
    expect(messages(doc, 'prose-table')).toEqual([])
  })

  it('a 决算 figure that differs is', () => {
    const doc = finalDoc(['（一）一般公共预算财政拨款支出决算情况。农林水支出（类）支出决算为55.00万元，比年初预算增长34.15%。'], [table])
    expect(messages(doc, 'prose-table').join('\n')).toMatch(/55\.00/)
  })
})

describe('a total under a column group adds only that group', () => {
  const flow = (subtotal: string) => [
    '表六', '', '一般公共预算财政拨款收入支出决算表', '', '单位：万元', '',
    '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余',
    '\t\t\t\t小计\t基本支出\t项目支出\t',
    `\t合计\t8.00\t70.00\t${subtotal}\t50.00\t24.00\t4.00`,
    `213\t农林水支出\t8.00\t70.00\t${subtotal}\t50.00\t24.00\t4.00`,
  ].join('\n')

  it('年初结转, 本年收入 and 年末结转 are not parts of 本年支出 小计', () => {
    expect(messages(finalDoc([], [flow('74.00')]), 'total-parts')).toEqual([])
  })

  it('a 小计 that is not 基本 + 项目 is still a finding', () => {
    expect(messages(finalDoc([], [flow('47.00')]), 'total-parts').join('\n')).toMatch(/47\.00/)
  })
})

describe('a vertical 三公 list: count rows and 机关运行经费 are not items of its money total', () => {
  const list = (reception: string) => [
    '表九', '', '财政拨款“三公”经费及机关运行经费情况表', '', '单位：万元', '',
    '项目\t预算数\t决算数',
    '（一）“三公”经费合计\t20.00\t17.50',
    '1．因公出国（境）费\t0.00\t0.00',
    '2．公务用车购置及运行维护费\t14.00\t13.00',
    `3．公务接待费\t6.00\t${reception}`,
    '（二）相关统计数\t\t',
    '公务用车保有量（辆）\t\t5',
    '国内公务接待批次（个）\t\t31',
    '国内公务接待人次（人）\t\t240',
    '（三）机关运行经费\t66.00\t61.20',
  ].join('\n')

  it('adds up over the money rows only', () => {
    expect(messages(finalDoc([], [list('4.50')]), 'sum-children')).toEqual([])
  })

  it('a money item that breaks the total is still a finding', () => {
    expect(messages(finalDoc([], [list('5.40')]), 'sum-children').join('\n')).toMatch(/17\.50/)
  })
})

describe('a prose figure that includes the year’s carry-over', () => {
  const income = [
    '表二', '', '收入总表', '', '单位：万元', '',
    '科目编码\t科目名称\t合计\t上年结转\t一般公共预算拨款收入',
    '\t合计\t246.00\t26.00\t220.00', '211\t节能环保支出\t246.00\t26.00\t220.00',
  ].join('\n')
  const general = generalSpending([['合计', '', '220.00', '100.00', '120.00'], ['211', '节能环保支出', '220.00', '100.00', '120.00']])
  const prose = (v: string) => `二、收支预算总体情况。收支总预算${v}万元。支出包括：节能环保支出${v}万元。`

  it('is no finding against this year’s general-budget table when the gap is exactly the 上年结转', () => {
    expect(messages(snippet([prose('246.00')], [income, general]), 'prose-table')).toEqual([])
  })

  it('is a finding when the gap is anything else', () => {
    expect(messages(snippet([prose('264.00')], [income, general]), 'prose-table').join('\n')).toMatch(/264\.00/)
  })
})

describe('the 三公 text of a 决算 is read against the 决算数 columns', () => {
  const table = [
    '表七', '', '一般公共预算财政拨款“三公”经费支出决算表', '', '单位：万元', '',
    '预算数\t\t\t\t\t\t决算数\t\t\t\t\t',
    '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费',
    '\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t',
    '12.00\t0.00\t8.00\t0.00\t8.00\t4.00\t10.30\t0.00\t7.10\t0.00\t7.10\t3.20',
  ].join('\n')
  const prose = (v: string) => `（四）“三公”经费支出决算情况。公务接待费支出决算为${v}万元，完成预算的80.00%。`

  it('the 决算 figure is no finding against the 预算数 beside it', () => {
    expect(messages(finalDoc([prose('3.20')], [table]), 'prose-table')).toEqual([])
  })

  it('a 决算 figure that differs from the 决算数 is', () => {
    expect(messages(finalDoc([prose('2.30')], [table]), 'prose-table').join('\n')).toMatch(/2\.30/)
  })
})

describe('the 三公 text lists siblings, not parts, after 公务用车购置及运行费', () => {
  const prose = (run: string) => `三、“三公”经费预算情况。2026年“三公”经费预算9.40万元。其中：因公出国（境）费0.00万元；公务用车购置及运行费7.00万元，其中公务用车购置费0.00万元，公务用车运行费${run}万元，主要用于执法巡查车辆的燃油和维修；公务接待费2.40万元，主要用于业务交流接待。`

  it('公务接待费 is not counted into 公务用车购置及运行费', () => {
    expect(messages(snippet([prose('7.00')]), 'prose-self')).toEqual([])
  })

  it('a 运行费 larger than its whole is still a finding', () => {
    expect(messages(snippet([prose('7.70')]), 'prose-self').join('\n')).toMatch(/7\.70/)
  })
})

describe('a 项 is matched by its own row only', () => {
  const spending = [
    '表五', '', '部门支出总表', '', '单位：万元', '',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '\t合计\t90.00\t50.00\t40.00',
    '201\t一般公共服务支出\t90.00\t50.00\t40.00',
    '20103\t政府办公厅（室）及相关机构事务\t60.00\t50.00\t10.00',
    '2010301\t行政运行\t50.00\t50.00\t',
    '2010302\t一般行政管理事务\t10.00\t\t10.00',
    '20129\t群众团体事务\t30.00\t\t30.00',
    '2012902\t一般行政管理事务\t30.00\t\t30.00',
  ].join('\n')

  it('a 类-款-项 path names the 项, not the 类', () => {
    expect(messages(snippet(['五、项目说明。1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目50.00万元，主要用于基本支出。'], [spending]), 'prose-table')).toEqual([])
  })

  it('a 项 name two 款 share names neither', () => {
    expect(messages(snippet(['五、项目说明。2.“一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”30.00万元，主要用于团体活动。'], [spending]), 'prose-table')).toEqual([])
  })
})

describe('a 支出总表 grouped by unit', () => {
  const grouped = (unitTotal: string) => [
    '表三', '', '部门支出总表', '', '单位：万元', '',
    '科目编码\t单位名称（科目）\t合计\t基本支出\t项目支出',
    '\t合计\t300.00\t200.00\t100.00',
    `\t某某县水务局机关\t${unitTotal}\t120.00\t60.00`,
    '2130301\t行政运行\t120.00\t120.00\t',
    '2130399\t其他水利支出\t60.00\t\t60.00',
    '\t某某县水利工程管理站\t120.00\t80.00\t40.00',
    '2130301\t行政运行\t80.00\t80.00\t',
    '2130399\t其他水利支出\t40.00\t\t40.00',
  ].join('\n')
  const totalRow = (doc: ReturnType<typeof snippet>) => messages(doc, 'sum-children').filter((m) => /合计行/.test(m))

  it('adds the unit rows to the 合计, not the unit rows and their codes together', () => {
    expect(totalRow(snippet([], [grouped('180.00')]))).toEqual([])
  })

  it('a unit row that breaks the 合计 is a finding with the real gap', () => {
    expect(totalRow(snippet([], [grouped('170.00')])).join('\n')).toMatch(/290\.00/)
  })
})

describe('a 其中 list that ends in its own total is a sub-account’s breakdown (session 26)', () => {
  const prose = (sub: string) => `2017年,全区完成一般公共预算收入1516460万元。加上中央财政收入692661万元,合计财政总收入2209121万元,为预算的105.1%。其中:澄江区完成一般公共预算收入1117837万元,加上中央财政收入821480万元,合计财政总收入${sub}万元,为预算的104.0%。`

  it('reads the sub-account’s total as the part, never its pieces beside it', () => {
    expect(messages(snippet([prose('1939317')]), 'prose-self')).toEqual([])
  })
  it('a sub-account’s total larger than the whole is still a finding', () => {
    expect(messages(snippet([prose('2939317')]), 'prose-self').join('\n')).toMatch(/2939317|2,939,317/)
  })
})
