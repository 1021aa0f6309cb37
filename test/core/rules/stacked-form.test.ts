import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'

/**
 * A made-up 项目支出绩效自评表 (柳岸县第二中学, its project and figures) as a web page saved as text: one cell per line,
 * header words broken over two lines, the template's empty slots (指标2, ……) and its numbering (指标1…), a 偏差原因
 * sentence after a row's figures, the year's opening bracket lost, the unit named only by its 实施单位 line.
 */
const CELLS = [
  '附件2', '项目支出绩效自评表', '2022年度)', '项目名称', '教学楼供暖管网更新经费', '主管部门', '柳岸县教育局', '实施单位', '柳岸县第二中学',
  '项目资金', '(万元)', '年初', '预算数', '全年', '预算数', '全年', '执行数', '分值', '执行率', '得分',
  '年度资金总额', '60.5', '60.5', '52.3', '10', '86.4%', '8.6', '其中:当年财政拨款', '60.5', '60.5', '52.3', '上年结转资金', '其他资金',
  '年度总体目标', '预期目标', '实际完成情况', '完成管网更新', '已完成管网更新',
  '一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分', '偏差原因分析及改进措施',
  '产出指标', '数量指标', '指标1管网更新长度', '1200', '1150', '20', '18', '部分管段并入明年施工,下年度加快进度。', '指标2', '……',
  '质量指标', '指标1验收合格率', '100', '100', '20', '20', '指标2', '……',
  '效益指标', '社会效益', '指标', '指标1供暖保障率', '98', '99', '20', '20',
  '满意度', '指标', '服务对象满意度指标', '指标1师生满意度', '95', '96', '20', '20', '指标2',
]
const text = ['教学楼供暖管网更新经费 绩效自评表', ...CELLS].join('\n')

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources([{ name: 'liuan-2z-2022-zp.txt', bytes: new TextEncoder().encode(text) }]).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('stage flat-form: the form copied one cell per line', () => {
  it('is read as the template: keys, the money block, indicators with their levels and 偏差原因, under its 实施单位', () => {
    const { document: d } = parseDocument('liuan-2z-2022-zp.txt', text)
    expect(d).toMatchObject({ org: '柳岸县第二中学', year: 2022, scope: '绩效自评' })
    const money = d.tables.find((t) => t.columns.some((c) => c.role === 'initial'))!
    expect(money.rows.find((r) => r.name === '年度资金总额')?.cells.map((c) => c.text)).toEqual(['年度资金总额', '60.5', '60.5', '52.3', '10', '86.4%', '8.6'])
    const indicators = d.tables.find((t) => t.columns.some((c) => c.role === 'target'))!
    expect(indicators.title).toBe('项目支出绩效自评表(2022年度)')
    expect(indicators.rows.map((r) => r.name)).toEqual(['管网更新长度', '验收合格率', '供暖保障率', '师生满意度'])
    const first = indicators.rows[0].cells.map((c) => c.text)
    expect(first).toEqual(['产出指标', '数量指标', '管网更新长度', '1200', '1150', '20', '18', '部分管段并入明年施工,下年度加快进度。'])
    expect(indicators.rows[2].cells.slice(0, 2).map((c) => c.text)).toEqual(['效益指标', '社会效益指标'])
  })

  it('rule one-form-project: the form’s one project asked by a run of its name', async () => {
    expect((await ask('柳岸县第二中学供暖管网更新项目全年执行了多少？')).answer).toContain('52.3万元')
    expect((await ask('柳岸县第二中学供暖管网项目执行率是多少？')).answer).toContain('86.4%')
    expect((await ask('柳岸县第二中学供暖管网更新项目的主管部门是谁？')).answer).toContain('柳岸县教育局')
  })

  it('a reason asked: the 偏差原因 its indicators print; a gap asked: the budget less what was spent', async () => {
    const why = (await ask('柳岸县第二中学供暖管网更新项目为什么钱没花完？')).answer
    expect(why).toContain('部分管段并入明年施工')
    expect(why).toContain('管网更新长度')
    const gap = (await ask('柳岸县第二中学供暖管网更新经费预算和实际执行差了多少？')).answer
    expect(gap).toMatch(/执行数比预算少8\.20万元（60\.5万元 − 52\.3万元）/)
    expect(gap).not.toMatch(/；全年执行数/)
  })

  it('never for a project the form does not name', async () => {
    const a = await ask('柳岸县第二中学食堂改造项目全年执行了多少？')
    expect(a.answer).not.toContain('52.3')
  })
})
