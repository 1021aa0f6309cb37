import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up school's 预算 whose 机构设置 tells its history; a unit whose title is only a file's name. */
const SCHOOL = [
  '梧桐省青岚中学2025年部门预算公开情况说明',
  '一、单位职责',
  '青岚中学开展普通高中教育。',
  '二、机构设置情况',
  '梧桐省青岚中学创建于1921年,初名为“青岚师范讲习所”,1933年更名为“青岚县立初级中学”,1956年定名为梧桐省青岚中学。',
].join('\n')
const TEAM = [
  '附件3.2023年度部门预算公开-梧桐省科普宣传队(梧桐省科普协会).pdf',
  '梧桐省科普宣传队(梧桐省科普协会)2023年部门预算',
  '一、主要职能',
  '梧桐省少数民族科普宣传队,成立于1986年5月,于2019年3月更名为梧桐省科普宣传队,主要负责全省科技培训等科普工作。',
].join('\n')
/** A 三公 page whose only name is in its first sentence, after its year; and an income the prose states twice over. */
const PAGE = [
  'https://example.invalid/info/1234.htm',
  '2020年梧州市生态环境局“三公”经费财政拨款预算安排412000元,比上年预算减18000元。',
  '(一)公务接待费',
  '安排公务接待费52000元,比上年预算减8000元,同比下降13.33%。',
].join('\n')
const HOSPITAL = [
  '桐乡县人民医院2022年部门预算',
  '桐乡县人民医院隶属于桐乡县卫生健康局，是公益二类事业单位。',
  '桐乡县人民医院2022年收支总预算38210.55万元。',
  '桐乡县人民医院2022年收入预算37210.54万元,其中:事业收入30000.00万元。',
].join('\n')

/** A made-up bureau's 预算 whose headings run into their paragraphs, with its units' natures in brackets. */
const BUREAU = [
  '桐江县交通运输局2025年部门预算',
  '一、部门基本情况',
  '（一）主要职能。负责全县公路交通运输行业管理；负责农村公路建设和养护。（二）机构设置。纳入本部门预算编制范围的单位共3个：局本级（行政单位）、县公路事务中心（公益一类事业单位）、县交通运输综合执法大队（参照公务员法管理事业单位）。',
  '表2 分单位支出预算表',
  '单位：万元',
  '单位名称\t合计',
  '桐江县交通运输局（本级）\t500.00',
  '桐江县公路事务中心\t300.00',
  '桐江县交通运输综合执法大队\t200.00',
].join('\n')
/** A forest farm's page that names its parent bureau and its rank. */
const FARM = ['桐江县林场2025年单位预算', '一、单位概况', '桐江县林场隶属于桐江县林业局，机构规格为正科级，主要负责森林资源管护。'].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'qinglan-zx-2025-ys.txt', bytes: new TextEncoder().encode(SCHOOL) },
  { name: 'kepu-2023-ys.txt', bytes: new TextEncoder().encode(TEAM) },
  { name: 'wuzhou-sthj-2020-sg.txt', bytes: new TextEncoder().encode(PAGE) },
  { name: 'tongxiang-yy-2022-ys.txt', bytes: new TextEncoder().encode(HOSPITAL) },
  { name: 'tongjiang-jtj-2025-ys.txt', bytes: new TextEncoder().encode(BUREAU) },
  { name: 'tongjiang-lc-2025-ys.txt', bytes: new TextEncoder().encode(FARM) },
])).ask({ question })

describe('facts of a unit’s history, quoted from its 机构设置 (rule prose-fact-asked: founded, renamed)', () => {
  it('answers when it was founded', () => {
    expect(ask('青岚中学是哪年建校的？').answer).toContain('1921')
    expect(ask('梧桐科普宣传队是哪年成立的？').answer).toContain('1986')
  })

  it('answers its earlier names, a year of its history being no budget year (rule history-year)', () => {
    expect(ask('青岚中学最早叫什么名字？').answer).toContain('青岚师范讲习所')
    const renamed = ask('青岚中学1933年改成了什么名字？')
    expect(renamed.answer).toContain('青岚县立初级中学')
  })

  it('reads the organisation a file’s name puts after the title’s words', () => {
    const res = ask('梧桐科普宣传队什么时候改的名？改名前叫什么？')
    expect(res.answer).toContain('2019')
    expect(res.answer).toContain('少数民族科普宣传队')
  })
})

describe('what a unit is and does, as its 机构设置 and 职能 state it', () => {
  it('quotes the duties under a heading run into its paragraph (（一）主要职能。…)', () => {
    const res = ask('桐江交通局的主要职能是什么？')
    expect(res.answer).toContain('负责农村公路建设和养护')
    expect(res.answer).not.toContain('机构设置')
  })

  it('answers whose unit it is and its rank (哪个局下面的？什么级别？)', () => {
    const res = ask('桐江县林场是哪个局下面的？什么级别？')
    expect(res.answer).toContain('桐江县林业局')
    expect(res.answer).toContain('正科级')
  })

  it('quotes a unit’s nature from its department’s list of units', () => {
    expect(ask('桐江县交通运输综合执法大队属于什么性质的单位？').answer).toContain('参照公务员法管理')
  })
})

describe('whose page, which figure', () => {
  it('reads the organisation named right after a 三公 page’s opening year', () => {
    expect(ask('梧州市生态环境局2020年公务接待费预算多少？').answer).toContain('52000元')
  })

  it('"降了多少百分比" asks the change’s rate, not a share', () => {
    const res = ask('梧州市生态环境局公务接待费20年比19年预算减了多少？降了多少百分比？')
    expect(res.answer).toContain('8000元')
    expect(res.answer).toContain('13.33%')
  })

  it('the words the question uses come first among a concept’s prose forms: 收入预算 is not the 收支总预算 beside it', () => {
    const res = ask('桐乡县人民医院22年收入预算是多少？')
    expect(res.answer).toContain('37210.54万元')
    expect(res.answer).not.toContain('38210.55')
  })

  it('a parent body a unit’s page names is another organisation: not found, never the unit’s figures', () => {
    const res = ask('桐乡县卫生健康局2022年收支总预算多少？')
    expect(res.answer).not.toContain('38210.55')
    expect(res.answer).toContain('没有找到')
  })
})
