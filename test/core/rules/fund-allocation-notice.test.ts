import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 30: a place's notice allocating a batch of transferred funds (rules fund-allocation-notice, title-prose-total,
 * level-parts), a report announced with 现将 naming a one-character county, and a notice whose first sentence makes the
 * place its subject after the year (year-place). Made-up places and figures.
 */

const NOTICE = html('桐溪县2024年第二批财政衔接资金分配结果公告', [
  '桐溪县2024年第二批财政衔接资金分配结果公告',
  '为加强衔接资金项目监督管理,现将桐溪县2024年第二批财政衔接资金分配情况公告如下:',
  '一、资金来源',
  '2024年中央财政衔接推进乡村振兴补助资金8200万元(某财农〔2023〕11号)、2024年省级财政衔接推进乡村振兴补助资金1800万元(某财农〔2023〕12号),共计10000万元。',
  '二、资金分配情况',
  '(一)安排产业发展项目资金6000万元。(其中:中央财政衔接资金5000万元、省级财政衔接资金1000万元)。',
  '1、安排茶叶产业项目资金2500万元(其中:中央财政衔接资金2100万元、省级财政衔接资金400万元)。',
  '(二)安排基础设施建设项目资金4000万元。(其中:中央财政衔接资金3200万元、省级财政衔接资金800万元)。',
])

const ANNOUNCED = html('http://www.example.gov.cn/xxgk-show-1.html', [
  '澜县人大常委会:',
  '按照有关法律规定,现将澜县2023年财政总决算情况报告如下,请予审议。',
  '一、2023年财政总决算情况',
  '2023年全县地方一般公共预算收入81234万元,为年初预算的101.20%,同比增长3.10%。',
])

const SUBJECT_PLACE = html('http://www.example.gov.cn/html/2/83.html', [
  '2023年,溪口区根据项目实施情况,对第一批批复的道路建设项目资金规模进行调整,收回12.5万元重新安排项目。',
  '本次财政衔接资金分配860.5万元,其中:中央资金12.5万元,市级资金48万元,区本级资金800万元, 现将资金具体分配使用情况公示如下:',
  '一、资金来源',
])

describe('a place’s allocation of a batch of funds', async () => {
  const sources = await readSources([
    { name: 'tongxi-xjzj-2024.html', bytes: new TextEncoder().encode(NOTICE) },
    { name: 'lanxian-2023-js.html', bytes: new TextEncoder().encode(ANNOUNCED) },
    { name: 'xikou-xjzj-2023.html', bytes: new TextEncoder().encode(SUBJECT_PLACE) },
  ])
  const corpus = buildCorpus(sources).corpus
  const engine = createEngine(corpus)
  const doc = (id: string) => corpus.documents.find((d) => d.id.startsWith(id))

  it('is the place’s 财政预算 of the year its title names', () => {
    expect(doc('tongxi')).toMatchObject({ org: '桐溪县', year: 2024, scope: '财政预算' })
  })

  it('answers the batch’s whole from the sum its prose states', () => {
    const a = engine.ask({ question: '桐溪县2024年第二批衔接资金一共多少钱' })
    expect(a.answer).toContain('10000万元')
    expect(a.citations[0]).toMatchObject({ kind: 'paragraph', value: '10000' })
    expect(engine.ask({ question: '桐溪县第二批衔接资金总额' }).answer).toContain('10000万元')
  })

  it('answers a sum level by level from the paragraph that splits it', () => {
    const whole = engine.ask({ question: '桐溪县24年第二批衔接资金里中央和省级各多少？' }).answer
    expect(whole).toContain('中央8200万元')
    expect(whole).toContain('省级1800万元')
    const project = engine.ask({ question: '桐溪县茶叶产业项目资金中央和省级分别多少' }).answer
    expect(project).toContain('中央2100万元')
    expect(project).toContain('省级400万元')
    expect(project).not.toContain('5000万元')
  })

  it('computes one level’s share of the sum', () => {
    const a = engine.ask({ question: '桐溪县2024第二批衔接资金中央资金占比多少' }).answer
    expect(a).toContain('82.00%')
  })

  it('reads the place a report announces with 现将, a one-character county too', () => {
    expect(doc('lanxian')).toMatchObject({ org: '澜县', region: '澜县' })
    expect(engine.ask({ question: '澜县2023年地方一般公共预算收入是多少' }).answer).toContain('81234万元')
  })

  it('reads the place a notice makes its subject after the year, and its batch whole and levels', () => {
    expect(doc('xikou')).toMatchObject({ org: '溪口区' })
    expect(engine.ask({ question: '溪口区这次财政衔接资金分配了多少？' }).answer).toContain('860.5万元')
    const levels = engine.ask({ question: '溪口这次衔接资金里 中央、市级、区本级各多少' }).answer
    expect(levels).toContain('中央12.5万元')
    expect(levels).toContain('市级48万元')
    expect(levels).toContain('区本级800万元')
  })
})
