import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 31: a 项目支出绩效自评表 as a workbook's sheet gives it: its goal block on one row, each label before its
 * text ("年度总体目标 | 预期目标 | … | 实际完成情况 | …", rule goal-row), and indicator rows whose blank last cell
 * (偏差原因) was left off, never read as rows that lost their first cell (their values shifted one column).
 * Made-up names and figures.
 */
const T = '\t'
const SHEET = [
  '溪桥县溪口街道办事处2024年度部门决算',
  '一、部门职责',
  '溪口街道办事处负责辖区社会管理和公共服务。',
  '',
  '项目支出绩效自评表（2024年度）',
  ['部门：溪桥县溪口街道办事处', '', '', '', '', '', '单位：元'].join(T),
  '',
  ['项目名称', '背街小巷提升项目', '', '实施单位', '溪桥县溪口街道办事处'].join(T),
  ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].join(T),
  ['年度资金总额', '1,200,000.00', '1,300,000.00', '1,250,000.00', '10', '96.15%', '9.62'].join(T),
  ['其中：本年财政拨款', '1,200,000.00', '1,300,000.00', '1,250,000.00'].join(T),
  ['年度总体目标', '预期目标', '完成背街小巷路面修复和照明改造。', '实际完成情况', '修复路面3.2万平方米，新装路灯140盏。'].join(T),
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].join(T),
  ['产出指标', '数量指标', '修复路面面积', '≥3万平方米', '3.2万平方米', '30', '30'].join(T),
  ['产出指标', '数量指标', '新装路灯数量', '≥120盏', '140盏', '30', '30'].join(T),
  ['产出指标', '时效指标', '资金拨付及时率', '≥95%', '96.15%', '20', '18', '部分尾款次年结算'].join(T),
  ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93.5%', '10', '9.8'].join(T),
  ['总分', '', '', '', '', '100', '97.4'].join(T),
].join('\n')

describe('a self-evaluation form as a sheet prints it', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-xikou-2024-bmjs.txt', bytes: new TextEncoder().encode(SHEET) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer
  const form = corpus.documents[0].tables.find((t) => t.rows.some((r) => r.indicator))

  it('reads each goal label with the text after it', () => {
    const fields = corpus.documents[0].tables.flatMap((t) => t.fields ?? [])
    expect(fields).toContainEqual(expect.objectContaining({ key: '实际完成情况', value: '修复路面3.2万平方米，新装路灯140盏。' }))
    expect(fields).toContainEqual(expect.objectContaining({ key: '预期目标', value: '完成背街小巷路面修复和照明改造。' }))
  })
  it('reads the indicators in their own columns', () => {
    const lamp = form?.rows.find((r) => r.name === '新装路灯数量')
    expect(lamp?.indicator).toMatchObject({ target: '≥120盏', actual: '140盏' })
  })
  it('answers an indicator’s achieved value', () => {
    expect(ask('溪口街道背街小巷提升项目新装路灯数量实际完成多少')).toContain('140盏')
  })
})
