import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { seedSources } from '../core/seed-engine.js'

/**
 * Session 23 (rule compacted-cells): a web table copied with each row's empty cells gathered at its end: a name slid
 * under 金额, a row number under 项目. Its title is written as a work in book marks ("1.《收入支出决算总表》"). A
 * made-up hospital (柳岸县第三人民医院).
 */
const PAGE = [
  '柳岸县第三人民医院2019年度部门决算',
  '一、部门基本情况',
  '1、部门职责。',
  '医院承担柳岸县城区及周边人口医疗卫生任务。',
  '3、单位构成。',
  '医院暂无其他分支机构。',
  '二、公开表格',
  '1.《收入支出决算总表》',
  '单位名称:柳岸县第三人民医院 单位:万元',
  '收入 | 支出 | ||||',
  '项目 | 行次 | 金额 | 项目 | 行次 | 金额 |',
  '栏次 | 1 | 栏次 | 2 | ||',
  '一、财政拨款收入 | 1 | 412.30 | 一、一般公共服务支出 | 20 | |',
  '二、上级补助收入 | 2 | 二、外交支出 | 21 | ||',
  '三、事业收入 | 3 | 9120.45 | 三、国防支出 | 22 | |',
  '四、经营收入 | 4 | 四、教育支出 | 23 | ||',
  '5 | 五、医疗卫生与计划生育支出 | 24 | 9800.10 | ||',
  '6 | 六、住房保障支出 | 25 | |||',
  '7 | 26 | ||||',
  '本年收入合计 | 8 | 9532.75 | 本年支出合计 | 27 | 9800.10 |',
  '用事业基金弥补收支差额 | 9 | 267.35 | 结余分配 | 28 | |',
  '总计 | 10 | 9800.10 | 总计 | 29 | 9800.10 |',
].join('\n')

describe('rule compacted-cells: filled cells put back under the columns that take them', () => {
  const { document: d } = parseDocument('lz3y-2019.html', PAGE)
  const t = d.tables[0]
  const row = (name: string) => t.rows.find((r) => r.name === name)
  const value = (name: string) => row(name)?.cells.find((c) => c.amount)?.amount?.value
  it('reads the table under its title in book marks', () => {
    expect(d.tables).toHaveLength(1)
    expect(t.title).toBe('收入支出决算总表')
    expect(t.unit).toBe('万元')
  })
  it('a name slid under 金额 is a row of the other side, with no figure', () => {
    expect(row('二、上级补助收入')).toBeDefined()
    expect(value('二、上级补助收入')).toBeUndefined()
    expect(row('二、外交支出')?.side).toBe('spending')
    expect(value('二、外交支出')).toBeUndefined()
  })
  it('a row number slid under 项目 goes back to its 行次, the spending side keeps its name and figure', () => {
    expect(value('五、医疗卫生与计划生育支出')).toBe('9800.10')
    expect(value('三、事业收入')).toBe('9120.45')
    // no row is named by a row number, and no 行次 is read as money
    expect(t.rows.map((r) => r.name).filter((n) => /^\d+$/.test(n))).toEqual([])
    expect(t.rows.flatMap((r) => r.cells).filter((c) => c.amount && /^\d{1,2}$/.test(c.amount.value))).toEqual([])
  })
  it('a table whose rows keep their empty cells in place is read as before', () => {
    const kept = PAGE.split('\n').filter((l) => !/^\d \|/.test(l))
      .map((l) => l.replace('二、上级补助收入 | 2 | 二、外交支出 | 21 | ||', '二、上级补助收入 | 2 |  | 二、外交支出 | 21 |  |')
        .replace('四、经营收入 | 4 | 四、教育支出 | 23 | ||', '四、经营收入 | 4 |  | 四、教育支出 | 23 | 9800.10 |'))
    const plain = parseDocument('x.html', kept.join('\n')).document.tables[0]
    const v = (name: string) => plain.rows.find((r) => r.name === name)?.cells.find((c) => c.amount)?.amount?.value
    expect(v('四、教育支出')).toBe('9800.10')
    expect(v('三、事业收入')).toBe('9120.45')
    expect(v('二、上级补助收入')).toBeUndefined()
  })
})

describe('the compacted table answered, the hospital named by its number', async () => {
  const extra = await readSources([{ name: 'lz3y-2019.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('柳岸三院 is 柳岸县第三人民医院', () => {
    const r = engine.ask({ question: '柳岸三院2019年事业收入多少' })
    expect(r.answer).toContain('9120.45万元')
    expect(r.citations[0]).toMatchObject({ org: '柳岸县第三人民医院', rowName: '三、事业收入' })
  })
  it('财政拨款 said without 收入 is the 财政拨款收入 row, its share of 本年收入合计', () => {
    const r = engine.ask({ question: '柳岸三院财政拨款占全年收入多大比重' })
    expect(r.answer).toContain('4.33%')
  })
  it('a yes-or-no about its branches quotes the sentence under 单位构成', () => {
    const r = engine.ask({ question: '柳岸三院下面有分院或者分支机构吗' })
    expect(r.answer).toContain('暂无其他分支机构')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', section: expect.stringContaining('单位构成') })
  })
})
