import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule unit-columns): a 分单位 table laid out across, each unit a column under 其中, and a follow-up naming
 * no organisation asked of the unit the turn before named. Made-up county 青岚县.
 */
const PAGE = [
  '青岚县医疗保障局2024年度部门决算',
  '表2 分单位收入支出决算表',
  '单位：万元',
  '<table>',
  '<tr><th rowspan="2">项目</th><th rowspan="2">合计</th><th colspan="2">其中</th></tr>',
  '<tr><th>青岚县医疗保障局（本级）</th><th>青岚县医疗保障服务中心</th></tr>',
  '<tr><td>一般公共预算财政拨款收入</td><td>900.00</td><td>600.00</td><td>300.00</td></tr>',
  '<tr><td>其他收入</td><td>10.00</td><td>0.00</td><td>10.00</td></tr>',
  '<tr><td>收入总计</td><td>910.00</td><td>600.00</td><td>310.00</td></tr>',
  '<tr><td>基本支出</td><td>500.00</td><td>280.00</td><td>220.00</td></tr>',
  '<tr><td>项目支出</td><td>410.00</td><td>320.00</td><td>90.00</td></tr>',
  '<tr><td>支出总计</td><td>910.00</td><td>600.00</td><td>310.00</td></tr>',
  '</table>',
].join('\n')
const extra = await readSources([{ name: 'qinglan-ybj-2024-js.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('rule unit-columns', () => {
  it.each([
    ['青岚县医疗保障服务中心2024年收入总计多少？', '310.00万元', '910.00'],
    ['青岚县医疗保障服务中心2024年基本支出多少？', '220.00万元', '500.00'],
  ])('%s reads the unit’s column', (question, figure, whole) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain(figure)
    expect(r.answer).not.toContain(whole)
  })
  it('a follow-up asks of the unit the turn before named', () => {
    const r = engine.ask({ question: '项目支出多少？', history: [{ role: 'user', content: '青岚县医疗保障服务中心2024年收入总计多少？' }] })
    expect(r.answer).toContain('90.00万元')
    expect(r.answer).not.toContain('410.00')
  })
  it('a table titled by unit, each unit a column of its own (no 其中 over them)', async () => {
    const page = [
      '柳岸县农业农村局2023年部门决算',
      '三、分单位收入支出决算表（表2）',
      '单位：万元',
      '项目\t局机关\t县农技推广中心\t县农村经营管理站\t合计',
      '财政拨款收入\t600.00\t400.00\t90.00\t1,090.00',
      '项目支出\t100.00\t80.00\t10.00\t190.00',
    ].join('\n')
    const e = createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-nyj-2023-js.txt', bytes: new TextEncoder().encode(page) }]))).corpus)
    const r = e.ask({ question: '柳岸县农村经营管理站2023年拿到的财政拨款收入是多少？' })
    expect(r.answer).toContain('90.00万元')
    expect(r.answer).not.toContain('1,090.00')
  })
})
