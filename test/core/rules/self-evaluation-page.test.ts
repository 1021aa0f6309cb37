import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import type { BudgetDocument } from '../../../server/core/schema.js'
import { abridgedNameSpan, reorderedNameSpan } from '../../../server/core/tools/lib/abridged-name.js'
import { selfEvaluationPageSources } from './self-evaluation-page-fixture.js'
import { selfEvaluationSources } from './self-evaluation-fixture.js'

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources(selfEvaluationPageSources()).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })
const form = async () => (await built()).corpus.documents.find((d) => d.id === 'dongpu-gylc-2023-zp') as BudgetDocument
const PROJECT = '国有林场森林抚育提质增效工程项目'

describe('a 项目支出绩效自评表 published on its own is read as a form', () => {
  it('is a 绩效自评 (a finished year), held under its 实施单位 and speaking for its 主管部门', async () => {
    expect(await form()).toMatchObject({ org: '东浦县国有林场', year: 2023, scope: '绩效自评', speaksFor: ['东浦县林业局'] })
  })

  it('reads the goal texts past the rowspanned 年度总体目标 label, and the 总分 row as the form’s total', async () => {
    const t = (await form()).tables[0]
    expect(t.fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: '预期目标', value: '完成中幼林抚育3000亩，抚育作业验收合格率不低于95%。' }),
      expect.objectContaining({ key: '实际完成情况', value: '完成中幼林抚育2860亩，验收合格率97%，林分郁闭度提升0.06。' }),
    ]))
    const total = t.rows.find((r) => r.name === '总分')
    expect(total?.isTotal).toBe(true)
    expect(total?.cells.map((c) => c.text)).toContain('98.74')
    expect((await form()).unparsed).toEqual([])
  })

  it('names the project in every citation of the form’s rows and fields', async () => {
    const res = await ask(`${PROJECT}全年执行数是多少？`)
    expect(res.answer).toContain('208.00万元')
    expect(res.citations.length).toBeGreaterThan(0)
    for (const c of res.citations) expect(c.project).toBe(PROJECT)
  })
})

describe('questions a form answers verbatim', () => {
  it('the total score from the 总分 row, and the money block’s own 得分 when 资金执行 is asked', async () => {
    const total = await ask(`${PROJECT}自评总得分多少？`)
    expect(total.answer).toContain('98.74')
    expect(total.citations[0]).toMatchObject({ rowName: '总分', column: '得分' })
    const money = await ask(`${PROJECT}资金执行这项得了几分？`)
    expect(money.answer).toContain('9.67')
    expect(money.answer).not.toContain('98.74')
    expect(money.citations.map((c) => c.rowName)).toContain('年度资金总额')
  })

  it('the grade printed beside the total (自评等级：优), cited to its cell; none said when a form prints none', async () => {
    const res = await ask(`${PROJECT}自评总得分多少？等级是什么？`)
    expect(res.answer).toContain('自评得分为98.74分')
    expect(res.answer).toContain('自评等级为“优”')
    expect(res.citations.map((c) => c.value)).toContain('自评等级：优')
  })

  it('a form published on its own answers for its one project when the question names none', async () => {
    const res = await ask('东浦县林业局2023年绩效自评总分多少？')
    expect(res.answer).toContain('98.74分')
    expect(res.answer).not.toContain('绩效目标表')
  })

  it('the 主管部门 or the 实施单位 asked, each as printed and cited, the other not said', async () => {
    const head = await ask(`${PROJECT}的主管部门是哪个？`)
    expect(head.answer).toContain('主管部门为东浦县林业局')
    expect(head.citations[0]).toMatchObject({ column: '主管部门', value: '东浦县林业局', project: PROJECT })
    const doer = await ask(`${PROJECT}的实施单位是谁？`)
    expect(doer.answer).toContain('实施单位为东浦县国有林场')
    expect(doer.answer).not.toContain('东浦县林业局')
  })

  it('a source the form does not list: said, with the sources it lists, and no amount', async () => {
    const res = await ask(`${PROJECT}用了多少上年结转资金以外的中央补助资金？`)
    expect(res.answer).toContain('表中没有列出“中央补助资金”')
    expect(res.answer).not.toMatch(/\d+(?:\.\d+)?万元/)
  })
})

describe('a project or indicator asked by a shortened or reordered name', () => {
  it.each([
    ['农村饮水安全工程维修养护项目', '疆岚农村饮水维修养护项目年初预算', '农村饮水维修养护项目'],
    ['森林防火能力提升项目', '森林防火提升项目', '森林防火提升项目'],
  ])('abridged: %s in “%s”', (name, text, said) => {
    const span = abridgedNameSpan(name, text)
    expect(span && text.slice(span.start, span.end)).toBe(said)
  })

  it.each([
    ['森林防火能力提升项目', '森林防火能力'],
    ['森林防火能力提升项目', '提升项目森林防火'],
    ['农村饮水安全工程维修养护项目', '农村饮水项目'],
  ])('not abridged: %s in “%s” (its opening and closing words, 60% of it, in order)', (name, text) => {
    expect(abridgedNameSpan(name, text)).toBeUndefined()
  })

  it('reordered: 维修更换入户水表数量 in 入户水表更换数量; not from scattered characters', () => {
    const text = '入户水表更换数量为什么没完成？'
    const span = reorderedNameSpan('维修更换入户水表数量', text)
    expect(span && text.slice(span.start, span.end)).toBe('入户水表更换数量')
    expect(reorderedNameSpan('维修更换入户水表数量', '水表换了多少块')).toBeUndefined()
  })

  it('answers the project asked with words left out, over its organisation’s own words', async () => {
    const res = await ask('国有林场森林抚育工程项目年初预算数和全年预算数各多少？')
    expect(res.answer).toContain('年初预算数200.00万元')
    expect(res.answer).toContain('全年预算数215.00万元')
  })

  it('answers an indicator’s 偏差原因 asked with its words reordered, with no project named', async () => {
    const res = await ask('中幼林抚育面积为什么没完成？')
    expect(res.answer).toContain('部分林班道路损毁，机械无法进场，已调整至次年。')
    expect(res.citations[0]).toMatchObject({ rowName: '完成中幼林抚育面积', project: PROJECT })
  })

  it('picks the project’s one indicator that shares four characters with the question', async () => {
    const res = await ask('国有林场森林抚育工程项目中幼林抚育计划多少亩，实际完成多少亩？')
    expect(res.answer).toContain('≥3000亩')
    expect(res.answer).toContain('2860亩')
  })
})

describe('a project pointed at by one word of its name (这个饮水项目)', () => {
  it('is the one held project whose name holds the word', async () => {
    const res = await ask('这个林场项目全年执行数是多少？')
    expect(res.answer).toContain('208.00万元')
    expect(res.citations[0].project).toBe(PROJECT)
  })

  it('is no project when two held projects hold the word', async () => {
    const both = createEngine(buildCorpus(await readSources([...selfEvaluationPageSources(), ...selfEvaluationSources()])).corpus)
    const res = both.ask({ question: '这个森林项目全年执行数是多少？' })
    expect(res.answer).not.toContain('208.00')
    expect(res.answer).not.toContain('128.30')
  })
})

describe('rule form-speaks-for: the 主管部门’s name finds the form, only for its project', () => {
  it('a question naming the department and the project is answered from the form, once', async () => {
    const res = await ask(`东浦县林业局${PROJECT}全年执行数是多少？`)
    expect(res.answer.match(/208\.00万元/g)).toHaveLength(1)
  })

  it('the department’s own accounts never come from the form, nor name it', async () => {
    const res = await ask('东浦县林业局2023年本年支出合计是多少？')
    expect(res.answer).toContain('790.00万元')
    expect(res.answer).not.toContain('国有林场')
    expect(res.citations.every((c) => c.org === '东浦县林业局')).toBe(true)
  })

  it('a place named with the project: the form answers, the other document is not listed', async () => {
    const res = await ask(`东浦县${PROJECT}执行率多少？`)
    expect(res.answer).toContain('96.74%')
    expect(res.answer).not.toContain('东浦县林业局')
  })
})

describe('rule figures-agree: a ledger row against a form’s 全年执行数', () => {
  it('says they agree, with both figures, each cited', async () => {
    const res = await ask(`东浦县林业局决算里森林资源培育（2130205）的支出，和${PROJECT}自评表的全年执行数一致吗？`)
    expect(res.answer).toContain('两者一致')
    expect(res.answer.match(/208\.00万元/g)).toHaveLength(2)
    expect(res.citations.map((c) => c.org)).toEqual(['东浦县林业局', '东浦县国有林场'])
  })

  it('says by how much they differ when they do', async () => {
    const res = await ask(`东浦县林业局决算里林业草原防灾减灾（2130234）的支出，和${PROJECT}自评表的全年执行数一致吗？`)
    expect(res.answer).toContain('两者不一致，相差156.00万元')
  })
})
