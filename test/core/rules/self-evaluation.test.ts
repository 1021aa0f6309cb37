import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'
import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { performanceTargets } from '../../../server/core/tools/performance-targets.js'
import { seedSources } from '../seed-engine.js'
import { selfEvaluationSources } from './self-evaluation-fixture.js'

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources(seedSources(selfEvaluationSources())).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('绩效自评表 read as a form (HTML grid)', () => {
  it('reads the money block by column role and 资金来源 row, figures under the labels they belong to', async () => {
    const r = performanceTargets((await built()).corpus, { org: '岚溪县水务局', project: '农村供水保障工程运行维护' }, defaultVocabulary)
    if (!r.ok) throw new Error(r.error)
    const p = r.projects[0]
    const cell = (source: RegExp, role: string) => p.execution?.find((e) => source.test(e.source ?? '') && e.role === role)?.value
    expect(cell(/年度资金总额/, 'initial')).toBe('86.40')
    expect(cell(/年度资金总额/, 'adjusted')).toBe('93.15')
    expect(cell(/年度资金总额/, 'final')).toBe('90.02')
    expect(cell(/年度资金总额/, 'completion')).toBe('96.64%')
    expect(cell(/年度资金总额/, 'weight')).toBe('10')
    expect(cell(/财政资金/, 'final')).toBe('83.62')
    expect(cell(/上年结转/, 'initial')).toBe('6.40')
    expect(p.goal).toContain('38处集中供水工程')
    expect(p.achieved).toContain('92.6%')
    expect(p.score).toBeUndefined()
    const ind = r.targets.find((t) => t.indicator === '农村自来水普及率')!
    expect(ind).toMatchObject({ target: '≥92%', actual: '92.6%', weight: '45', score: '42', reason: '个别山区管网老化', weightLabel: '分值' })
  })

  it('answers 年初预算 / 调整后 / 执行数 / 执行率 of the total row, cited to its cells', async () => {
    const res = await ask('岚溪县水务局农村供水保障工程运行维护项目年初预算和全年执行数是多少？')
    expect(res.answer).toContain('86.40万元')
    expect(res.answer).toContain('90.02万元')
    expect(res.answer).not.toContain('93.15')
    expect(res.citations.map((c) => c.column)).toEqual(expect.arrayContaining(['年初预算数', '全年执行数']))
    expect(res.citations[0]).toMatchObject({ rowName: '年度资金总额', value: '86.40', unit: '万元' })
    expect((await ask('岚溪县水务局农村供水保障工程运行维护项目的执行率是多少？')).answer).toContain('96.64%')
  })

  it('answers a 资金来源 row: 财政资金执行数, and 单位资金 printed as 0.00 is said to be unused', async () => {
    const fiscal = await ask('岚溪县水务局农村供水保障工程运行维护项目财政资金执行了多少？')
    expect(fiscal.answer).toContain('83.62万元')
    expect(fiscal.citations[0]).toMatchObject({ rowName: '其中:财政资金', column: '全年执行数' })
    const own = await ask('岚溪县水务局农村供水保障工程运行维护项目用了多少单位资金？')
    expect(own.answer).toContain('0.00万元')
    expect(own.answer).toContain('没有使用')
  })

  it('computes 调整后 − 年初 from the two cells, both cited', async () => {
    const res = await ask('岚溪县水务局农村供水保障工程运行维护项目调整后比年初预算增加了多少？')
    expect(res.answer).toContain('6.75万元')
    expect(res.citations.map((c) => c.value)).toEqual(expect.arrayContaining(['93.15', '86.40']))
  })

  it('gives an indicator’s 指标值 with its 分值, 实际完成值, 得分 and 偏差原因', async () => {
    const res = await ask('岚溪县水务局农村供水保障工程运行维护项目绩效指标“农村自来水普及率”的指标值和分值是多少？')
    expect(res.answer).toContain('≥92%')
    expect(res.answer).toContain('分值45')
    expect(res.answer).toContain('得分42')
    expect(res.citations[0].rowName).toBe('农村自来水普及率')
  })

  it('quotes the 年度目标 verbatim', async () => {
    const res = await ask('岚溪县水务局农村供水保障工程运行维护项目的年度目标是什么？')
    expect(res.answer).toContain('保障全县38处集中供水工程正常运行,农村自来水普及率稳定在92%以上。')
  })

  it('says the total score is not printed when the 合计 得分 is blank: no sum of the indicator scores, no guess', async () => {
    const res = await ask('岚溪县水务局农村供水保障工程运行维护项目自评得了多少分？')
    expect(res.answer).toContain('没有给出自评得分')
    expect(res.answer).not.toMatch(/87|96\.6/)
  })
})

describe('绩效自评表 as a PDF reader gives it (key-value rows)', () => {
  it('reads the money printed as pairs behind a group label, and the printed score', async () => {
    const r = performanceTargets((await built()).corpus, { org: '岚溪县林业局', project: '森林防火能力提升' }, defaultVocabulary)
    if (!r.ok) throw new Error(r.error)
    const p = r.projects[0]
    expect(p.execution?.filter((e) => ['initial', 'adjusted', 'final'].includes(e.role)).map((e) => e.value)).toEqual(['120.00', '131.50', '128.30'])
    expect(p.score?.value).toBe('96.5分')
  })

  it('answers the score and the 偏差原因 together, each cited', async () => {
    const res = await ask('岚溪县林业局森林防火能力提升项目的绩效自评得分是多少？偏差原因是什么？')
    expect(res.answer).toContain('96.5分')
    expect(res.answer).toContain('一台巡护车辆招标延后')
    expect(res.citations.map((c) => c.column)).toEqual(expect.arrayContaining(['自评得分', '偏差原因']))
  })

  it('computes the adjustment from the two printed pairs', async () => {
    const res = await ask('岚溪县林业局森林防火能力提升项目全年预算数比年初预算多了多少？')
    expect(res.answer).toContain('11.50万元')
  })

  it('says what was achieved, and that a form without a printed achievement only prints its prompt', async () => {
    expect((await ask('岚溪县林业局森林防火能力提升项目实际完成情况如何？')).answer).toContain('全年无重大森林火灾')
  })
})

describe('two organisations’ forms asked in one question', () => {
  it('reads each organisation’s own clause: one asks the score, the other a 资金来源 row', async () => {
    const res = await ask('岚溪县林业局森林防火能力提升项目的自评得分，和岚溪县水务局农村供水保障工程运行维护项目财政资金的执行数，分别是多少？')
    expect(res.answer).toContain('96.5分')
    expect(res.answer).toContain('83.62万元')
    expect(res.answer).not.toContain('90.02')
  })
})

describe('a budget-side 项目支出绩效目标表 asked the same way', () => {
  it('answers a 资金来源 from its one amount, quotes the goal, and finds no score on a target form', async () => {
    const fiscal = await ask('岚溪县教育局学生营养改善计划财政拨款多少？')
    expect(fiscal.answer).toContain('财政拨款340.00万元')
    expect(fiscal.answer).not.toContain('财政拨款财政拨款')
    expect((await ask('岚溪县教育局学生营养改善计划的年度目标是什么？')).answer).toContain('为全县8600名农村义务教育学生提供营养膳食补助')
    expect((await ask('岚溪县教育局学生营养改善计划项目自评得分是多少？')).answer).toContain('没有给出自评得分')
    const ind = await ask('岚溪县教育局学生营养改善计划受益学生人数指标值和权重是多少？')
    expect(ind.answer).toContain('≥8600人')
    expect(ind.answer).toContain('权重30')
  })
})

describe('a goal asked with the money', () => {
  it('gives a self-evaluation form’s goal with its total row, and a target form’s goal with its budget and indicators', async () => {
    const form = await ask('岚溪县水务局农村供水保障工程运行维护项目的年度目标是什么？安排了多少钱？')
    expect(form.answer).toContain('保障全县38处集中供水工程正常运行')
    expect(form.answer).toContain('86.40万元')
    const target = await ask('岚溪县教育局学生营养改善计划的年度目标是什么？安排多少钱？')
    expect(target.answer).toContain('356.00万元')
    expect(target.answer).toContain('受益学生人数≥8600人')
  })
})

describe('stage flat-form: a self-evaluation form copied as one line, read back by the template’s own words', () => {
  it('reads keys, the money block by 资金来源 row and the indicators with their levels carried down', async () => {
    const r = performanceTargets((await built()).corpus, { org: '峦溪县石岭镇人民政府', project: '乡村道路养护' }, defaultVocabulary)
    if (!r.ok) throw new Error(r.error)
    const p = r.projects[0]
    const cell = (source: RegExp, role: string) => p.execution?.find((e) => source.test(e.source ?? '') && e.role === role)?.value
    expect(cell(/本年财政拨款/, 'initial')).toBe('64.5')
    expect(cell(/本年财政拨款/, 'final')).toBe('63.218')
    expect(cell(/年度资金总额/, 'weight')).toBe('10')
    expect(p.goal).toBe('养护镇村道路42公里,保障群众出行安全。')
    expect(p.achieved).toContain('支出63.22万元')
    expect(r.targets.find((t) => t.indicator === '养护验收合格率')).toMatchObject({ target: '≥95%', actual: '97', score: '15' })
    expect(r.targets.find((t) => t.indicator === '群众出行条件改善')).toMatchObject({ target: '明显改善', actual: '达成预期指标', score: '30' })
    // the row cut short where the copy ends is no indicator
    expect(r.targets.some((t) => /群众满/.test(t.indicator))).toBe(false)
  })

  it('unfilled-total: a 年度资金总额 left at 0 is not the project’s budget; the row holding the money is, and the answer says so', async () => {
    const res = await ask('石岭镇乡村道路养护项目年初预算多少？')
    expect(res.answer).toContain('64.5万元')
    expect(res.answer).toContain('“年度资金总额”一行各栏填为0')
    expect(res.answer).not.toMatch(/年初预算数0万元/)
    expect(res.citations[0]).toMatchObject({ rowName: '其中:本年财政拨款', value: '64.5' })
    const diff = await ask('石岭镇乡村道路养护项目全年预算比年初预算少了多少？')
    expect(diff.answer).toContain('1.282万元')
  })
})

describe('indicator-by-level: a project’s indicators asked by their level', () => {
  it('gives the one indicator under 数量指标, and lists those under 产出指标 with what was achieved, each cited', async () => {
    const one = await ask('石岭镇这个项目的数量指标是什么？')
    expect(one.answer).toContain('养护道路里程')
    expect(one.answer).toContain('≥42公里')
    const all = await ask('石岭镇乡村道路养护项目的产出指标有哪些？')
    for (const w of ['养护道路里程', '养护验收合格率', '养护完成时间']) expect(all.answer).toContain(w)
    expect(all.answer).not.toContain('群众出行条件改善')
    expect(all.citations).toHaveLength(3)
  })
})
