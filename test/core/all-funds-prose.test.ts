import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A 决算 whose only table with 基本/项目 columns is the one-fund 一般公共预算 table; its prose states every fund's. */
const FINAL = [
  '青岚县林业局2023年度部门决算',
  '一、收入支出决算总体情况说明',
  '本年支出合计1,500.00万元，其中基本支出400.00万元，项目支出1,100.00万元。',
  '二、一般公共预算财政拨款支出决算情况说明',
  '一般公共预算财政拨款支出1,200.00万元，其中基本支出400.00万元，项目支出800.00万元。',
  '表一 收入支出决算总表',
  '单位：万元',
  '收入项目\t决算数\t支出项目\t决算数',
  '一般公共预算财政拨款收入\t1,200.00\t农林水支出\t1,500.00',
  '政府性基金预算财政拨款收入\t300.00\t\t',
  '本年收入合计\t1,500.00\t本年支出合计\t1,500.00',
  '表二 一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t1,200.00\t400.00\t800.00',
  '213\t农林水支出\t1,200.00\t400.00\t800.00',
].join('\n')

describe('rule all-funds-first, from the prose', () => {
  const engine = engineWith([{ name: 'qinglan-ly-2023-final.txt', bytes: enc(FINAL) }])

  it('answers 项目支出 asked with no fund from the prose’s all-funds sentence, the one-fund table’s kept as the other reading', () => {
    const r = engine.ask({ question: '青岚县林业局2023年项目支出是多少？' })
    expect(r.answer).toMatch(/项目支出决算为1,100.00万元/)
    expect(r.answer).toContain('800.00万元')
  })

  it('computes its share of 本年支出合计 from the all-funds figure, never a one-fund part over an all-funds whole', () => {
    const r = engine.ask({ question: '青岚县林业局2023年项目支出占本年支出合计的比重？' })
    expect(r.answer).toContain('73.33%')
    expect(r.answer).not.toContain('53.33%')
  })

  it('reads a part split off by "；" in the same all-funds sentence (…其中基本支出…；项目支出…)', () => {
    const text = FINAL.replace('本年支出合计1,500.00万元，其中基本支出400.00万元，项目支出1,100.00万元。', '本年支出合计1,500.00万元，其中基本支出400.00万元，占26.67%；项目支出1,100.00万元，占73.33%。')
    const r = engineWith([{ name: 'qinglan-ly-2023-final.txt', bytes: enc(text) }]).ask({ question: '青岚县林业局2023年项目支出是多少？' })
    expect(r.answer).toMatch(/项目支出决算为1,100.00万元/)
  })

  it('reads a budget’s "支出预算…，其中：基本支出…；项目支出…" as the all-funds sentence too, never "项目支出预算" as a whole', () => {
    const text = FINAL.replace('本年支出合计1,500.00万元，其中基本支出400.00万元，项目支出1,100.00万元。', '支出预算1,500.00万元，其中：基本支出400.00万元，占26.67%；项目支出1,100.00万元，占73.33%。')
    const r = engineWith([{ name: 'qinglan-ly-2023-final.txt', bytes: enc(text) }]).ask({ question: '青岚县林业局2023年项目支出是多少？' })
    expect(r.answer).toContain('1,100.00万元')
    expect(r.answer).toContain('800.00万元')
  })

  it('keeps the one-fund table when the fund is asked', () => {
    const r = engine.ask({ question: '青岚县林业局2023年一般公共预算财政拨款项目支出是多少？' })
    expect(r.answer).toContain('800.00万元')
    expect(r.answer).not.toMatch(/项目支出决算为1,100/)
  })
})

describe('budget-gap reasons listed 一是…二是…', () => {
  const text = ['青岚县水利局2023年度部门决算', '一般公共预算财政拨款支出情况', '2023年度一般公共预算财政拨款支出800.00万元，年初预算600.00万元。决算数大于年初预算数，主要原因：一是“水利工程运行与维护”（2130306）年中追加汛后水毁修复资金；二是“抗旱”（2130335）追加应急抗旱资金；三是“其他水利支出”（2130399）年初未安排预算，年中追加河道清淤资金80.00万元。',
    '表一 一般公共预算财政拨款支出决算表', '单位：万元', '科目编码\t科目名称\t年初预算数\t决算数', '\t合计\t600.00\t800.00', '2130306\t水利工程运行与维护\t300.00\t380.00', '2130335\t抗旱\t300.00\t340.00', '2130399\t其他水利支出\t0.00\t80.00'].join('\n')
  const engine = engineWith([{ name: 'qinglan-sl-2023-final.txt', bytes: enc(text) }])
  it('gives each subject the item of the list that names it, never another item', () => {
    const r = engine.ask({ question: '青岚县水利局2023年抗旱支出为什么超过年初预算？' })
    expect(r.answer).toContain('应急抗旱资金')
    expect(r.answer).not.toContain('河道清淤')
  })
})

/** A budget workbook's sheets: one fund's table per fund, a 分单位 summary of all funds; prose that names no total. */
const BUDGET = [
  '青岚县松岗乡2026年部门预算',
  '项目支出90.00万元，主要用于村级组织运转补助和道路养护。',
  '表一 一般公共预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t500.00\t440.00\t60.00',
  '201\t一般公共服务支出\t500.00\t440.00\t60.00',
  '表二 政府性基金预算支出表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t30.00\t0.00\t30.00',
  '212\t城乡社区支出\t30.00\t0.00\t30.00',
].join('\n')
const UNITS = ['表三 分单位收支预算表', '单位：万元', '单位名称\t合计\t基本支出\t项目支出', '合计\t530.00\t440.00\t90.00', '松岗乡人民政府本级\t530.00\t440.00\t90.00'].join('\n')

describe('rules all-funds-first and one-fund-named, for a column asked with no fund', () => {
  it('reads the all-funds table (a 分单位 summary) before one fund’s table; the funds’ smaller parts are no other reading of the whole (session 28)', () => {
    const r = engineWith([{ name: 'songgang-2026-budget.txt', bytes: enc(BUDGET + '\n' + UNITS) }]).ask({ question: '青岚县松岗乡2026年项目支出是多少？' })
    expect(r.answer).toMatch(/项目支出预算为90.00万元/)
    expect(r.answer).not.toContain('60.00万元')
    expect(r.answer).not.toContain('30.00万元')
    // another fund's 0 is no reading worth stating
    const b = engineWith([{ name: 'songgang-2026-budget.txt', bytes: enc(BUDGET + '\n' + UNITS) }]).ask({ question: '青岚县松岗乡2026年基本支出是多少？' })
    expect(b.answer).toMatch(/基本支出预算为440.00万元/)
    expect(b.answer).not.toMatch(/为0(?:\.00)?万元/)
  })

  it('says the fund of a figure only one fund’s table prints when another fund’s table prints the same column', () => {
    const r = engineWith([{ name: 'songgang-2026-budget.txt', bytes: enc(BUDGET) }]).ask({ question: '青岚县松岗乡2026年项目支出是多少？' })
    expect(r.answer).not.toMatch(/(?<!公共预算)项目支出预算为60.00万元/)
    expect(r.answer).toMatch(/一般公共预算项目支出(?:预算)?为60.00万元/)
    expect(r.answer).toContain('30.00万元')
  })

  it('says no fund where the other fund’s table prints none of it', () => {
    const only = BUDGET.replace('\t合计\t30.00\t0.00\t30.00', '\t合计\t30.00\t30.00\t0.00').replace('212\t城乡社区支出\t30.00\t0.00\t30.00', '212\t城乡社区支出\t30.00\t30.00\t0.00')
    const r = engineWith([{ name: 'songgang-2026-budget.txt', bytes: enc(only) }]).ask({ question: '青岚县松岗乡2026年项目支出是多少？' })
    expect(r.answer).toMatch(/项目支出预算为60.00万元/)
    expect(r.answer).not.toContain('一般公共预算项目支出')
  })
})
