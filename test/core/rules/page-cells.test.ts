import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

const html = (title: string, lines: string[]) =>
  `<html><head><title>${title}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`

/** A made-up district's 三公 决算 page: prose, then its comparison table saved one cell a line, each pipe on its own line. */
const CELLS = ['年度', '合计', '因公出国(境)经费', '公务接待费', '公车购置及运行维护费', '合计', '车辆购置', '车辆运行',
  '2019年', '1500', '60', '700', '740', '40', '700',
  '2020年', '1200', '10', '650', '540', '20', '520',
  '2020年比2019年增减%', '-20.00', '-83.33', '-7.14', '-27.03', '-50.00', '-25.71'].flatMap((c) => [c, '|'])
const DISTRICT = html('http://example.gov.cn/sgjf/2020.html', [
  '根据区政府工作安排,桐溪区2020年一般公共预算安排“三公”经费决算数1200万元,比上年决算数下降20.00%。分项情况是:因公出国(境)经费10万元;公务接待费650万元;公车购置及运行费540万元。2020年公务用车购置数及保有量分别为2辆和85辆。',
  '2020年桐溪区“三公”经费支出决算同比下降的原因主要是:从严控制和压缩“三公”经费。',
  '2020年决算数与2019年决算数对比情况',
  ...CELLS,
])

/** A made-up school's 三公 说明 under its portal's bulleted fields, a baseline printed without its unit. */
const SCHOOL = html('柳河县第二中学2022年“三公”经费预算编制说明', [
  '• 柳河县教育局', '• 索引号', '000123/2022-00042 • 发布机构', '柳河县教育局', '• 文号', '• 发布日期', '2022-03-15 • 时效性', '有效',
  '柳河县第二中学2022年“三公”经费预算编制说明',
  '(二)公务接待费',
  '2022年公务接待费预算为0.8万元,较上年2减少1.2万元,60%',
  '与上年对比减少的主要原因严格执行厉行节约的要求。',
])

/** A made-up township's 部门预算: its duties numbered, its income after its own name. */
const TOWN = html('柳河县桥头镇人民政府2023年部门预算', [
  '一、部门主要职责', '部门主要职责:1、加强党的建设;2、发展特色种植产业;3、加强公共管理;4、做好民生保障。',
  '本部门2022年末实有人数30人,其中在职人员20人,聘用人员4人,遗属6人。',
  '截止2022年末,科室总数9个。', '其中:业务科室5个,包括农业服务、社会事务等。',
  '二、收入预算情况', '2023年柳河县桥头镇人民政府收入预算总额为2000万元,其中:财政拨款收入500万元,占收入预算总额的25.5%;其他收入1500万元,占收入预算总额的74.5%。',
])

const extra = await readSources([
  { name: 'tongxi-2020-sgjf.html', bytes: new TextEncoder().encode(DISTRICT) },
  { name: 'liuhe-erzhong-2022-sangong.html', bytes: new TextEncoder().encode(SCHOOL) },
  { name: 'qiaotou-2023-ys.html', bytes: new TextEncoder().encode(TOWN) },
])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a table saved one cell a line, its pipes on lines of their own (rule pipe-cell-lines)', () => {
  it('is read as a 三公 table by its columns, the group header over its own 合计', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'tongxi-2020-sgjf')!
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0]).toMatchObject({ kind: 'three-public', title: '2020年决算数与2019年决算数对比情况' })
    expect(ask('桐溪区2019年公务接待费决算是多少？').answer).toContain('700万元')
    expect(ask('桐溪区对比表中2019年车辆运行是多少？').answer).toContain('700万元')
  })
  it('holds its rate row as rates, and finds no contradiction in its own sums', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'tongxi-2020-sgjf')!
    const rate = doc.tables[0].rows.find((r) => r.name.includes('增减'))!
    expect(rate.cells.every((c) => !c.amount || c.amount.unit === '%')).toBe(true)
    expect(ask('桐溪区2020年三公经费决算数是多少？').answer).not.toContain('对不上')
  })
  it('reads counts said 分别为 of two subjects', () => {
    expect(ask('桐溪区2020年公务用车保有量是多少辆？').answer).toContain('85辆')
  })
  it('answers a count asked of two organisations for each, the one that states none said so', () => {
    const res = ask('桐溪区2020年和柳河县第二中学2022年的公务用车保有量各是多少辆？').answer
    expect(res).toContain('85辆')
    expect(res).toContain('柳河县第二中学2022年文件中没有找到公务用车保有量')
  })
})

describe('a school’s 三公 说明 under bulleted portal fields', () => {
  it('answers who published it and when', () => {
    expect(ask('柳河二中这份三公说明是哪个单位发布的？').answer).toContain('柳河县教育局')
    expect(ask('柳河二中这份说明什么时候发布的？').answer).toContain('2022-03-15')
  })
  it('reads a baseline printed without its unit, the rate when asked, the reason after 与上年对比', () => {
    expect(ask('柳河县第二中学上一年的公务接待费预算是多少？').answer).toContain('2万元')
    expect(ask('柳河县第二中学公务接待费22年比上年减了多少，减了百分之几？').answer).toMatch(/1\.2万元[\s\S]*60\.00%/)
    expect(ask('柳河二中公务接待费为什么减少？').answer).toContain('厉行节约')
  })
})

describe('a township’s 部门预算 prose', () => {
  it('reads 收入预算总额 after the organisation’s own name', () => {
    expect(ask('桥头镇23年收入预算总额是多少？').answer).toContain('2000万元')
  })
  it('counts each noun of a list asked 各有多少 with no unit', () => {
    const res = ask('桥头镇政府聘用人员和遗属各有多少？').answer
    expect(res).toContain('聘用人员4人')
    expect(res).toContain('遗属6人')
  })
  it('counts the whole (科室总数), not the part a 其中 sentence lists', () => {
    expect(ask('桥头镇政府有多少个科室？').answer).toContain('9个')
  })
  it('quotes the duty numbered as asked', () => {
    const res = ask('桥头镇政府的部门主要职责里，第二条是什么？')
    expect(res.answer).toContain('发展特色种植产业')
    expect(res.answer).not.toContain('加强公共管理')
  })
  it('works a share out from the amounts when asked so, not the printed one', () => {
    expect(ask('桥头镇其他收入按金额算实际占收入预算总额的多少？').answer).toContain('75.00%')
  })
})
