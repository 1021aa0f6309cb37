import { describe, expect, it } from 'vitest'
import { reasonAfter, sameSubject } from '../../../server/core/tools/explain-figure.js'

/** The change in one paragraph, its reason in the next: the 编制说明 layout of many districts. */
const paras = (...texts: string[]) => texts.map((text) => ({ text, heading: /^[一二三四五六七八九十]+、/.test(text) }))

describe('a change’s reason stated in a paragraph of its own after it', () => {
  it.each([
    ['增加 → 增加的主要原因是', ['支出预算100.00万元，其中：财政拨款支出预算90.00万元，比2023年预算增加0.46万元。', '财政拨款收入支出增加的主要原因是机关事业单位退休人员活动费增加。'], 'up', '财政拨款支出', '机关事业单位退休人员活动费增加'],
    ['减少 → 减少的主要原因是', ['财政拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元。', '财政拨款收入支出减少的主要原因是项目调整。'], 'down', '财政拨款支出', '项目调整'],
    ['主要原因是： with a colon', ['财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元。', '财政拨款收入支出增加的主要原因是：政策资金项目预算增加，根据实际工作安排编制预算。'], 'up', '一般公共预算', '政策资金项目预算增加,根据实际工作安排编制预算'],
    ['one paragraph between', ['财政拨款支出预算100万元，比上年减少5万元。', '政府性基金预算0万元，与上年持平。', '减少的主要原因是会议费压减。'], 'down', '财政拨款', '会议费压减'],
  ] as const)('%s', (_label, texts, dir, keyword, reason) => {
    expect(reasonAfter(paras(...texts), 0, dir, keyword)?.reason).toBe(reason)
  })

  it.each([
    ['the opposite direction', ['财政拨款支出预算100万元，比上年增加5万元。', '财政拨款支出减少的主要原因是项目调整。'], 'up', '财政拨款支出'],
    ['another subject', ['机关运行经费50万元，比上年增加5万元。', '三公经费减少的主要原因是公务接待压减。'], 'up', '机关运行经费'],
    ['past a heading', ['财政拨款支出预算100万元，比上年增加5万元。', '二、收入预算情况', '增加的主要原因是人员增加。'], 'up', '财政拨款支出'],
    ['three paragraphs on', ['财政拨款支出预算100万元，比上年增加5万元。', 'a。', 'b。', '增加的主要原因是人员增加。'], 'up', '财政拨款支出'],
  ] as const)('no reason across %s', (_label, texts, dir, keyword) => {
    expect(reasonAfter(paras(...texts), 0, dir, keyword)).toBeUndefined()
  })

  it.each([
    ['', '项目支出', true],
    ['财政拨款收入支出', '一般公共预算', true],
    ['财政拨款收入支出', '收入预算', true],
    ['三公经费', '机关运行经费', false],
    ['公务接待费', '公务接待', true],
  ] as const)('subject %s speaks of %s: %s', (subject, keyword, same) => {
    expect(sameSubject(subject, keyword)).toBe(same)
  })
})
