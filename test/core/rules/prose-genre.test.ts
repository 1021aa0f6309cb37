import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { countNear } from '../../../server/core/tools/lib/prose.js'
import { changeRestated } from '../../../server/core/planner/rules/reason-restated.js'
import { engineWith } from '../seed-engine.js'
import { proseGenreSources } from './prose-genre-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(proseGenreSources())).ask({ question })
const MONEY = /\d+(?:\.\d+)?万元/

describe('sections a question asks of, quoted (rule section-asked)', () => {
  it('quotes every duty of the 职能职责 section with its lines', () => {
    const res = ask('青石铺乡政府的职能职责有哪些')
    expect(res.answer).toContain('组织实施全乡经济社会发展规划')
    expect(res.answer).toContain('办理县人民政府交办的其他事项')
    expect(res.answer).toContain('第15行')
    expect(res.answer).not.toMatch(MONEY)
    expect(res.citations.length).toBe(3)
    expect(res.citations[0].section).toContain('职能职责')
  })

  it('quotes the 部门预算单位构成 sentence when asked whether units below are included', () => {
    const res = ask('青石铺乡的部门预算包含下属单位吗？')
    expect(res.answer).toContain('只有本级,没有其他预算单位')
    expect(res.citations[0].section).toContain('部门预算单位构成')
  })

  it('quotes the note on empty tables', () => {
    const res = ask('青石铺乡预算表里空表是什么意思')
    expect(res.answer).toContain('空表表示本部门无相关收支情况')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [11, 11] })
  })

  it('lists the 目录 entries holding the word asked, and only those', () => {
    const res = ask('青石铺乡2026年预算公开了哪些绩效方面的表？')
    expect(res.answer).toContain('项目支出绩效目标表')
    expect(res.answer).toContain('整体支出绩效目标表')
    expect(res.answer).not.toContain('收支总体情况表')
    expect(res.citations).toHaveLength(2)
  })

  it('says so when the document has no such section, quoting nothing', () => {
    const res = ask('澜沧州文旅信息中心的职能职责有哪些')
    expect(res.answer).toContain('没有写明职能职责')
    expect(res.citations).toHaveLength(0)
  })
})

describe('figures stated only in prose (rule prose-subject-asked)', () => {
  const CENTRE = '澜沧州文旅信息中心'
  it.each([
    [`${CENTRE}2025年年初批复的项目预算多少`, '420万元', '年初批复预算'],
    [`${CENTRE}25年项目实际到位资金多少`, '250.2万元', '实际到位资金'],
  ])('%s: the amount the 基本情况 sentence states for the subject named, quoted with its lines', (q, amount, subject) => {
    const res = ask(q)
    expect(res.answer).toContain(`${subject}为${amount}`)
    expect(res.answer).toContain('（第3行）')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [3, 3] })
    expect(res.citations[0].section).toContain('基本情况')
  })

  it('qualified-subject: a row asked whose name runs into a stated subject ("卫生健康支出预算") is not that subject', () => {
    const res = ask(`${CENTRE}2025年卫生健康支出预算多少`)
    expect(res.answer).not.toContain('420')
    expect(res.answer).not.toContain('388.5')
  })

  it('says so when the prose states the subject twice with different amounts', () => {
    const res = ask(`${CENTRE}25年项目实际到位资金多少`)
    expect(res.answer).toContain('第8行又写实际到位资金为250.5万元，两处不一致')
    expect(res.citations.map((c) => c.lines)).toContainEqual([8, 8])
  })

  it('computes a difference of two prose figures and says it is computed, from what', () => {
    const res = ask(`${CENTRE}2025年项目预算调整后比年初批复少了多少？`)
    expect(res.answer).toMatch(/少31\.50?万元/)
    expect(res.answer).toContain('计算得出')
    expect(res.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
  })

  it('reads a rate (到位率) as the part its stem names over the adjusted budget', () => {
    const res = ask(`${CENTRE}项目资金到位率是多少`)
    expect(res.answer).toContain('64.40%')
    expect(res.answer).toContain('实际到位资金占调整预算后项目预算')
  })

  it('computes a share of two prose figures in a Traditional-script 决算 and says 决算 for its totals', () => {
    expect(ask('松岭市实验小学2019年教育支出占一般公共预算财政拨款支出的比重是多少？').answer).toContain('93.20%')
    const total = ask('松岭市实验小学2019年决算总收入是多少？')
    expect(total.answer).toContain('收入决算为2310.5万元')
    expect(total.citations[0].text).toContain('本單位收入為2310.5萬元')
  })

  it.each([`${CENTRE}2025年追加预算多少`, `${CENTRE}2025年三公经费是多少`])('%s: a subject the prose does not state is not found, never a neighbour', (q) => {
    const res = ask(q)
    expect(res.answer).not.toMatch(/\d+(?:\.\d+)?万元/)
  })
})

describe('counts stated in prose with their counted word (rule prose-count-asked)', () => {
  it('reads the count the prose states after its noun, cited to the paragraph', () => {
    const res = ask('松岭市实验小学在校学生有多少？')
    expect(res.answer).toContain('在校学生1240名')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [6, 6] })
  })

  it('reads 实际正式教职工 as the staff actually employed', () => {
    expect(ask('松岭市实验小学实际教职工多少人？').answer).toContain('88人')
  })

  it('counts the numbered items a 机构设置 section lists, naming each', () => {
    const res = ask('青石铺乡人民政府设了几个内设机构？')
    expect(res.answer).toContain('7个')
    expect(res.answer).toContain('综合办公室')
    expect(res.answer).toContain('综合执法队')
    expect(res.citations).toHaveLength(7)
  })

  it('never gives the count of another word printed before the one asked', () => {
    expect(countNear('分为序厅等12个展区以及96台拼接屏', '拼接屏', ['个'])).toBeUndefined()
    expect(countNear('分为序厅等12个展区以及96台拼接屏', '拼接屏', ['台'])?.amount.value).toBe('96')
  })
})

describe('a thing only one document names (rules unique-prose-holder, thing-fact-asked)', () => {
  it('answers from that document alone, saying so', () => {
    const res = ask('智游澜沧展示厅有多少台拼接屏？')
    // the quote holds 12个展区; the figure answered is the screens'
    expect(res.answer).toMatch(/拼接屏：?96台/)
    expect(res.answer).toContain('只有澜沧州文旅信息中心提到')
    expect(res.answer).not.toContain('松岭市')
    expect(res.answer).not.toContain('青石铺乡')
  })

  it.each([
    ['智游澜沧展示厅在哪里？', '位于澜沧市文化中心二楼'],
    ['智游澜沧展示厅面积多大', '总建筑面积约600㎡'],
  ])('%s quotes the sentence that states it', (q, words) => {
    const res = ask(q)
    expect(res.answer).toContain(words)
    expect(res.citations[0].section).toContain('项目立项背景')
    expect(new Set(res.citations.map((c) => c.org))).toEqual(new Set(['澜沧州文旅信息中心']))
  })
})

describe('a reason says the change it explains, in Simplified, before the quote (rule reason-restated)', () => {
  it.each([
    ['公務接待費支出預算19.2萬元,比上年預算數減少5.8萬元,原因:落實過緊日子要求', false, '比上年预算数减少5.8万元'],
    ['完成年初預(yù)算100%,決算數(shù)大于預(yù)算數(shù)60.25萬元,主要原因:教師績效工資標準提高', true, '决算比预算多60.25万元'],
    ['與上年預算數持平,原因:嚴格執行公務用車使用管理制度', false, '与上年预算数持平'],
  ])('%s → %s', (sentence, against, said) => {
    expect(changeRestated(sentence, against)).toBe(said)
  })

  it('restates a 三公 item’s decrease with its amount, the quote as printed', () => {
    const res = ask('梅江市林业局2020年公务接待费为什么减少了')
    expect(res.answer).toContain('比上年预算数减少5.8万元')
    expect(res.answer).toContain('落實過緊日子要求')
  })

  it('reads the reason for an item that did not move from the sentence after its amount', () => {
    const res = ask('梅江市林业局公务用车运行维护费为什么和上年持平？')
    expect(res.answer).toContain('与上年预算数持平')
    expect(res.answer).toContain('嚴格執行公務用車使用管理制度')
  })

  it('restates a 决算 above its budget with the gap', () => {
    const res = ask('松岭市实验小学2019年一般公共预算支出决算为什么比预算多？多了多少？')
    expect(res.answer).toContain('决算比预算多60.25万元')
    expect(res.answer).toContain('教師績效工資標準提高')
  })

  it('quotes what an amount mainly includes when that is asked', () => {
    const res = ask('梅江市林业局的公务用车运行维护费主要包括哪些费用')
    expect(res.answer).toContain('主要包括公務用車燃料費、保險費及維修費用')
  })
})

describe('parts and rates a prose-only document implies (rules prose-parts-asked, stated-growth)', () => {
  it('reads each part of a container by its own words and the container’s', () => {
    const res = ask('松岭市实验小学2019年的财政拨款收入里，一般公共预算和政府性基金分别多少')
    expect(res.answer).toContain('一般公共预算财政拨款收入为2060.2万元')
    expect(res.answer).toContain('政府性基金预算财政拨款收入为40万元')
    expect(res.answer).not.toContain('2100.2')
  })

  it('computes the 降幅 a stated decrease implies against its implied baseline, saying so', () => {
    const res = ask('梅江市林业局公务接待费预算降幅是多少')
    // 5.8 ÷ (19.2 + 5.8) = 23.20%
    expect(res.answer).toContain('降幅为23.20%')
    expect(res.answer).toContain('计算得出')
    expect(res.toolCalls.some((c) => c.toolName === 'compute' && (c.input as { op?: string }).op === 'stated-growth')).toBe(true)
  })
})

describe('a year named as the source of a figure (rule source-year)', () => {
  it('is no second year asked: the year before is worked out from the stated decrease', () => {
    const res = ask('梅江市林业局2019年的三公经费预算是多少（按20年的减少额推算）')
    expect(res.answer).toContain('37.40万元')
    expect(res.answer).not.toContain('比较')
  })
})
