import { describe, expect, it } from 'vitest'
import { fundSourceAsked } from '../../../server/core/planner/rules/fund-source.js'
import { engineWith } from '../seed-engine.js'

describe('rule fund-source: the ask', () => {
  it.each(['钱从哪来？', '资金来源是什么', '用的什么钱', '是哪类资金安排的', '经费从哪里来'])('%s asks the source', (q) => {
    expect(fundSourceAsked(`某项支出是多少？${q}`)).toBe(true)
  })
  it.each(['是多少？', '比上年增加多少', '来自哪个科室'])('%s does not', (q) => {
    expect(fundSourceAsked(`某项支出${q}`)).toBe(false)
  })
})

// a 决算 whose 支出决算表 lists every fund's spending, and a 一般公共预算 and a 政府性基金 table that each list their part
const doc = [
  '青禾县柳湾镇人民政府2022年度部门决算', '',
  '表1 支出决算表', '单位：元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '合计\t\t3,710,000.00\t2,900,000.00\t810,000.00',
  '201\t一般公共服务支出\t2,900,000.00\t2,900,000.00\t',
  '213\t农林水支出\t510,000.00\t\t510,000.00',
  '2130599\t其他巩固脱贫攻坚成果衔接支出\t510,000.00\t\t510,000.00',
  '212\t城乡社区支出\t300,000.00\t\t300,000.00',
  '2120803\t城市建设支出\t300,000.00\t\t300,000.00',
  '',
  '表2 一般公共预算财政拨款支出决算表', '单位：元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '合计\t\t3,410,000.00\t2,900,000.00\t510,000.00',
  '201\t一般公共服务支出\t2,900,000.00\t2,900,000.00\t',
  '2130599\t其他巩固脱贫攻坚成果衔接支出\t510,000.00\t\t510,000.00',
  '',
  '表3 政府性基金预算财政拨款收入支出决算表', '单位：元',
  '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余',
  '合计\t\t0.00\t300,000.00\t300,000.00\t0.00',
  '2120803\t城市建设支出\t0.00\t300,000.00\t300,000.00\t0.00',
].join('\n')

describe('rule fund-source: told by the fund tables listing the row', () => {
  const engine = engineWith([{ name: 'liuwan-2022-final.txt', bytes: new TextEncoder().encode(doc) }])

  it('a subject of the 政府性基金 table is paid from that fund, cited from its 本年支出', () => {
    const r = engine.ask({ question: '柳湾镇2120803城市建设支出是多少？钱从哪来？' })
    expect(r.answer).toMatch(/30(?:0,000\.00元|\.00万元)/)
    expect(r.answer).toContain('全部由政府性基金预算财政拨款安排')
    expect(r.answer).not.toContain('一般公共预算财政拨款安排')
    expect(r.citations.some((c) => c.kind === 'row' && c.tableTitle?.includes('政府性基金') && c.column === '本年支出')).toBe(true)
  })

  it('a subject of the 一般公共预算 table names that fund', () => {
    const r = engine.ask({ question: '柳湾镇2130599其他巩固脱贫攻坚成果衔接支出资金来源是什么？' })
    expect(r.answer).toContain('一般公共预算财政拨款安排')
    expect(r.answer).not.toContain('政府性基金')
  })

  it('not asked, not said', () => {
    const r = engine.ask({ question: '柳湾镇2120803城市建设支出是多少？' })
    expect(r.answer).not.toContain('资金来源')
  })
})
