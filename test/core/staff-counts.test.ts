import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A centre's 预算 说明 in prose only: staff by establishment, in post, retired, and by post type. */
const CENTRE = [
  '青岚市政务服务中心2019年部门预算',
  '一、人员构成及编制现状',
  '2019年我单位人员编制总数为20人,实有在职人员总数16人,实有离退休人员2人。具体情况如下:',
  '按照核定的岗位核算工资,目前套用核定的工资岗位为专技岗9人(其中:专技七级2人);管理岗位5人;工勤岗2人。',
  '二、收支总体情况',
  '2019年收入总预算420.5万元,同比增加12.5万元,同比增长3.06%。',
].join('\n')

describe('staff counts a 预算 说明 states in prose', () => {
  const engine = engineWith([{ name: 'qinglan-zwfw-2019.txt', bytes: enc(CENTRE) }])

  it('answers 编制 and 实际有几个人 both ("几个人" counts people)', () => {
    const r = engine.ask({ question: '青岚市政务服务中心有多少编制？实际有几个人？' })
    expect(r.answer).toContain('20人')
    expect(r.answer).toContain('16人')
  })

  it('computes 在职人员 as a share of 编制 from the two stated counts', () => {
    const r = engine.ask({ question: '青岚市政务服务中心在职人员占编制数的比例？' })
    expect(r.answer).toContain('80.00%')
    expect(r.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
  })

  it('counts each post type of a list asked with 各几人, a shorter name included (管理岗 of 管理岗位)', () => {
    const r = engine.ask({ question: '青岚市政务服务中心专技岗、管理岗、工勤岗各几人？' })
    expect(r.answer).toMatch(/专技岗9人[\s\S]*管理岗位5人[\s\S]*工勤岗2人/)
  })

  it('reads retirees', () => {
    expect(engine.ask({ question: '青岚市政务服务中心有离退休人员吗？' }).answer).toContain('2人')
  })

  it('reads 收入总预算 as the income total, with the percent printed after 同比', () => {
    const r = engine.ask({ question: '青岚市政务服务中心2019年收入预算比上年增长多少？' })
    expect(r.answer).toContain('12.5万元')
    expect(r.answer).toContain('3.06%')
  })
})

describe('rule counted-rows: rows of a table that counts', () => {
  const rows = [['项目', '数量', '比上年增减', '变动原因说明'], ['一、按单位基本性质', '6', '1', ''], ['行政单位', '2', '', ''], ['事业单位', '4', '1', '新设农技站'], ['三、按单位预算级次', '', '', ''], ['一级预算单位', '1', '', '']]
  const html = ['<table>', ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>']
  const engine = engineWith([{ name: 'qinglan-xiang-2019.html', bytes: enc(['青岚县青禾乡2019年部门决算编制说明', '纳入本部门决算汇编范围的独立核算单位共 6 个。', ...html].join('\n')) }])

  it('answers 行政单位和事业单位各有几个 from the table, in 个, each cited', () => {
    const r = engine.ask({ question: '青禾乡2019年行政单位和事业单位各有几个？' })
    expect(r.answer).toContain('行政单位2个')
    expect(r.answer).toContain('事业单位4个')
    expect(r.citations.filter((c) => c.kind === 'row')).toHaveLength(2)
  })
})
