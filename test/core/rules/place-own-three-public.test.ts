import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up city's 三公 page: no title but its address, its 本级 named after 批准的, two changes a sentence later. */
const PAGE = [
  '根据榆川市第四届人民代表大会第三次会议批准的榆川市本级2023年预算,2023年市本级一般公共预算安排的公务接待费、因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)支出预算安排情况如下:',
  '2023年,一般公共预算安排的“三公”经费支出共计1000万元,比2022年预算数减少77万元,下降7.16%。其中:',
  '公务接待费420万元,比上年年初预算减少50万元。主要原因是我市本级各部门压减接待批次。',
  '公务用车运行维护费580万元,比上年年初预算减少27万元。',
].join('\n')

/** A made-up township's 三公 决算 in one paragraph: each item against last year's 预算 and 决算, one shared reason. */
const TOWN = '柳湾镇2021年“三公”经费决算数共计40万元,比上年预算数字下降20.00%,比上年决算数字下降11.11%;其中公务接待费16万元,比上年预算数字下降20.00%,比上年决算数字下降15.79%;公务用车运行维护费24万元,比上年预算数字下降20.00%,比上年决算数字下降7.69%.下降的主要原因都是落实过紧日子要求,压减一般性支出。'

let engine: Engine | undefined
const ask = (question: string) =>
  (engine ??= engineWith([
    { name: 'page-t1799.html', bytes: new TextEncoder().encode(`<html><head><title>http://czj.example.gov.cn/sgjf/t1799.shtml</title></head><body>${PAGE.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`) },
    { name: 'liuwan-2021.txt', bytes: new TextEncoder().encode(TOWN) },
  ])).ask({ question })

describe('a place’s 本级 named after 批准的, on a 三公 page (rule place-own)', () => {
  it('answers for 榆川市本级 (never a clause ending in 我市), its 三公 budget', () => {
    const res = ask('榆川市本级2023年公务接待费预算是多少？')
    expect(res.answer.startsWith('榆川市本级2023年公务接待费')).toBe(true)
    expect(res.answer).toContain('420万元')
  })
  it('prints no contradiction for a rate its rounded amounts allow', () => {
    expect(ask('榆川市本级2023年三公经费下降了百分之几？').answer).not.toContain('不一致')
  })
  it('works last year’s 年初预算 out from 比上年年初预算减少', () => {
    expect(ask('榆川市本级2022年年初预算的公务接待费是多少？').answer).toContain('470.00万元')
  })
})

describe('a change asked against last year’s 决算 or 预算 (rule baseline-stage)', () => {
  it('gives the change against the stage asked, said as a rate', () => {
    const final = ask('柳湾镇2021年三公经费比上年决算下降了多少个百分点（百分比）？').answer
    expect(final).toContain('下降11.11%')
    expect(final).not.toContain('减少11.11%')
    expect(ask('柳湾镇2021年公务接待费比上年预算下降多少？').answer).toContain('20.00%')
    expect(ask('柳湾镇2021年公务接待费比上年决算下降多少？').answer).toContain('15.79%')
  })
  it('reads a reason said of every change before it (都是), after a full stop typed as "."', () => {
    expect(ask('柳湾镇三公经费为什么下降？').answer).toContain('落实过紧日子要求')
  })
})

describe('the items a 三公 account holds (rule three-public-items)', () => {
  it('lists the items the page states, with their figures, and no other', () => {
    const res = ask('柳湾镇2021年的三公经费决算包括哪几项？').answer
    expect(res).toContain('公务接待费16万元')
    expect(res).toContain('公务用车运行维护费24万元')
    expect(res).toContain('列出2项')
    expect(res).not.toContain('因公出国')
  })
})

describe('a 三公 page saying what 三公 covers', () => {
  const NOTE = '桃湾乡2024年“三公”经费预算说明\n按照有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。\n2024年公务接待费预算3.00万元,公务用车运行维护费预算5.00万元。'
  let e2: Engine | undefined
  const ask2 = (question: string) => (e2 ??= engineWith([{ name: 'taowan-2024-sangong.txt', bytes: new TextEncoder().encode(NOTE) }])).ask({ question })
  it('quotes the page’s own words first, then the items it gives figures for', () => {
    const res = ask2('桃湾乡的三公经费包括哪几项？').answer
    expect(res).toContain('“三公”经费包括因公出国(境)费')
    expect(res).not.toContain('。”。')
  })
})

describe('a place name by its shape (isPlaceOnly)', () => {
  it('is never a clause ending in a place word, and keeps places whose names hold such characters', async () => {
    const { isPlaceOnly } = await import('../../../server/core/parse/meta-rules.js')
    expect(isPlaceOnly('主要原因是我市')).toBe(false)
    expect(isPlaceOnly('那曲市')).toBe(true)
    expect(isPlaceOnly('那坡县')).toBe(true)
  })
})
