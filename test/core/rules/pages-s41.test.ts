import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 41: made-up pages (no real place or figure) as they are copied from the web: a township's budget notes that
 * print some amounts with no unit in a paragraph of 元; a 三公 决算 note giving a reason for 公务接待 (its 费 left out)
 * after the 三公's own words; a school's 收入支出决算总表 copied one cell per line with its empty cells dropped (each
 * side numbers its lines, 行次); two schools of one county, the 第十二中学 and the 第二高级中学, asked by "二中".
 */
const TOWNSHIP = [
  '岑川县澜河镇人民政府 2025年部门预算编制说明',
  '一、收支预算情况说明',
  '2025收入预算6000000.00元,其中:财政拨款收入6000000.00元。',
  '2025支出预算6000000.00元。其中:一般公共服务支出2400000.00,40.00%;社会保障和就业支出1200000.00,20.00%。',
].join('\n')

const SANGONG = [
  '岑川县澜河产业园区管理委员会2023年度“三公”经费决算情况说明',
  '2023年度一般公共预算财政拨款“三公”经费支出决算为3.50万元,比2022年增加0.20万元。其中:公务接待费支出决算增加0.20万元,增长9.1%。2023年度一般公共预算财政拨款“三公”经费支出决算公务接待增加的主要原因是上级部门到园区考察次数增多。',
].join('\n')

const cells = (xs: string[]) => xs.map((x) => `    ${x}`)
const SCHOOL = [
  '岑川县澜河小学2016部门决算', '    收入支出决算总表', '    公开01表', '    部门:岑川县澜河小学', '    单位:元',
  ...cells(['收入', '支出', '项目', '行次', '金额', '项目', '行次', '金额', '栏次', '1', '栏次', '2']),
  ...cells(['一、财政拨款收入', '1', '4,000,000.00', '一、一般公共服务支出', '20', '0.00']),
  ...cells(['二、事业收入', '2', '0.00', '二、教育支出', '21', '3,200,000.00']),
  ...cells(['三、其他收入', '3', '50,000.00', '三、社会保障和就业支出', '22', '500,000.00']),
  ...cells(['4', '四、卫生健康支出', '23', '150,000.00']),
  ...cells(['5', '五、住房保障支出', '24', '200,000.00']),
].join('\n')

const TWELFTH = ['岑川县第十二中学2024年单位决算', '一、收入支出决算总体情况说明', '2024年度收入总计1,000.00万元,支出总计1,000.00万元。'].join('\n')
const SECOND = ['岑川县第二高级中学2024年单位决算', '一、收入支出决算总体情况说明', '2024年度收入总计4,321.69万元,支出总计4,321.69万元。'].join('\n')

describe('pages as copied from the web', () => {
  const engine = engineWith([
    { name: 'cenchuan-lanhe-2025-bmys.txt', bytes: new TextEncoder().encode(TOWNSHIP) },
    { name: 'cenchuan-cyyq-2023-sgjs.txt', bytes: new TextEncoder().encode(SANGONG) },
    { name: 'cenchuan-lanhexx-2016-bmjs.txt', bytes: new TextEncoder().encode(SCHOOL) },
    { name: 'cenchuan-12z-2024-dwjs.txt', bytes: new TextEncoder().encode(TWELFTH) },
    { name: 'cenchuan-2gz-2024-dwjs.txt', bytes: new TextEncoder().encode(SECOND) },
  ])
  const ask = (question: string) => engine.ask({ question }).answer

  it('an amount printed bare in a paragraph of 元 is read in 元 (rule unit-carried)', () => {
    const a = ask('澜河镇政府2025年一般公共服务支出预算安排了多少？')
    expect(a).toContain('2400000.00元')
  })
  it('a reason naming 公务接待 after the 三公’s words is 公务接待费’s', () => {
    expect(ask('澜河产业园区管委会2023年公务接待费为什么增加？')).toContain('考察次数增多')
  })
  it('a 总表 copied one cell per line is read by its line numbers (rule line-numbered-sides)', () => {
    expect(ask('澜河小学2016年其他收入有多少？')).toContain('50,000.00元')
    expect(ask('澜河小学2016年住房保障支出是多少？')).toContain('200,000.00元')
    const a = ask('澜河小学2016年财政拨款收入是多少？')
    expect(a).toContain('4,000,000.00元')
    expect(a).not.toMatch(/财政拨款收入决算为1元/u)
  })
  it('a school said by its number is the one of that very ordinal (二中: 第二高级中学, never 第十二中学)', () => {
    const a = ask('岑川二中2024年收入总计是多少？')
    expect(a).toContain('4,321.69万元')
    expect(a).not.toContain('1,000.00万元')
  })
})

/** A department's units listed in a table of their own (序号 | 单位名称 | 单位性质 | 编制数), no prose about them. */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const UNITS = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑川县住房和城乡建设局2025年部门预算</title></head><body>
<p>岑川县住房和城乡建设局2025年部门预算</p>
<p>二、部门预算单位构成</p>
<table>${tr(['序号', '单位名称', '单位性质', '编制数（人）', '实有人数（人）'])}${tr(['1', '岑川县住房和城乡建设局', '行政单位', '20', '18'])}${tr(['2', '岑川县住房保障服务中心', '公益一类事业单位', '9', '9'])}</table>
<p>表1 部门收支总表</p><p>单位：万元</p>
<table>${tr(['项目', '预算数', '项目', '预算数'])}${tr(['一、一般公共预算拨款收入', '1,000.00', '一、城乡社区支出', '1,000.00'])}${tr(['本年收入合计', '1,000.00', '本年支出合计', '1,000.00'])}</table>
<p>表2 部门收入总表</p><p>单位：万元</p>
<table>${tr(['单位名称', '合计', '一般公共预算拨款收入'])}${tr(['合计', '1,000.00', '1,000.00'])}${tr(['岑川县住房和城乡建设局', '800.00', '800.00'])}${tr(['岑川县住房保障服务中心', '200.00', '200.00'])}</table>
</body></html>`

describe('a unit’s nature printed in the table of the department’s units', () => {
  const engine = engineWith([{ name: 'cenchuan-zjj-2025-bmys.html', bytes: new TextEncoder().encode(UNITS) }])
  it('quotes the unit’s own cell under 单位性质 (rule member-fact-table)', () => {
    const a = engine.ask({ question: '岑川县住房保障服务中心是什么性质的单位？' }).answer
    expect(a).toContain('公益一类事业单位')
    expect(a).not.toContain('行政单位')
  })
})
