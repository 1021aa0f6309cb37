import { describe, expect, it } from 'vitest'
import { detectOp } from '../../../server/core/planner/detect-op.js'
import { asksActualBaseline } from '../../../server/core/planner/rules/stated-change.js'
import type { Engine } from '../../../server/core/engine.js'
import { reasonInParts } from '../../../server/core/tools/lib/part-reason.js'
import { samePrinted } from '../../../server/core/tools/lib/printed-precision.js'
import { changeAfter, sentencesOf } from '../../../server/core/tools/lib/prose.js'
import { restatedChange } from '../../../server/core/tools/lib/restated-change.js'
import { engineWith } from '../seed-engine.js'
import { ARCHIVE_2024, ARCHIVE_2025 } from './stated-change-fixture.js'

const read = (s: string) => changeAfter(sentencesOf(s)[0].text)

describe('a change as documents state it', () => {
  it.each([
    ['a year with 度 and spaces', '运行经费 71.30 万元，比 2022 年度减少 2.40 万元，下降 3.26%。', 'down', '2.40万元', '2022年度', '3.26%'],
    ['a baseline explained in brackets', '财政拨款收入530.10万元，比2023年（上一年度，下同）预算增加41.00万元；', 'up', '41.00万元', '2023年预算', undefined],
    ['上年执行数', '接待费预算16000元，比上年执行数减少2200元，主要原因是压减批次。', 'down', '2200元', '上年执行数', undefined],
    ['a year that lost its 年', '三公经费预算52000元，比2021-执行数增加840元，增长1.64%。', 'up', '840元', '2021-执行数', '1.64%'],
    ['上年决算', '支出决算4.10万元，比上年决算增加0.35万元，增长9.33%。', 'up', '0.35万元', '上年决算', '9.33%'],
  ] as const)('%s', (_label, text, direction, amount, baseline, percent) => {
    const ch = read(text)
    expect(ch).toMatchObject({ direction, baseline })
    expect(`${ch?.amount?.text}${ch?.amount?.unit}`).toBe(amount)
    expect(ch?.percent).toBe(percent)
  })

  it.each([
    ['比2023年预算持平', '出国费0万元，比2023年预算持平。', '2023年预算'],
    ['与上年持平', '接待费1.10万元，与上年持平。', '上年'],
    ['与2022年预算持平', '公务用车运行费3万元，与2022年预算持平。', '2022年预算'],
    ['和上年度保持一致', '会议费2.00万元，和上年度保持一致。', '上年度'],
  ])('flat: %s', (_label, text, baseline) => {
    expect(read(text)).toMatchObject({ direction: 'flat', baseline })
  })

  it('reads an item paragraph that restates its figure with the change and the prior year’s amount', () => {
    const ss = sentencesOf('2. “农林水支出（类）水利（款）水土保持（项）”48.20万元，主要用于坡耕地治理。2023年当年预算执行数为52.60万元，2024年预算安排48.20万元，比2023年预算执行数减少8.37%。主要原因是：工程量减少。')
    const r = restatedChange(ss, 0, 48_200_000, 2024)
    expect(r?.change).toMatchObject({ direction: 'down', baseline: '2023年预算执行数', reason: '工程量减少' })
    expect(r?.change.amount?.text).toBe('8.37')
    expect(r?.change.baselineAmount?.text).toBe('52.60')
    // another amount in the next sentence is another subject's
    expect(restatedChange(ss, 0, 10_000_000, 2024)).toBeUndefined()
  })

  it('takes a whole’s reason from the one enumerated part that changed by the same amount', () => {
    const paras = [
      '2024年“三公”经费预算数为9.60万元，比2023年预算减少1.20万元。其中：',
      '（一）因公出国（境）费0万元，与2023年预算持平。',
      '（二）公务接待费2.40万元，比2023年预算减少1.20万元，主要原因是压减接待批次。',
      '二、机关运行经费预算',
    ].map((text) => ({ text, heading: /^[一二三四五六七八九十]+、/.test(text) }))
    expect(reasonInParts(paras, 0, 'down', '1.20')).toMatchObject({ index: 2, reason: '压减接待批次' })
    expect(reasonInParts(paras, 0, 'up', '1.20')).toBeUndefined()
    expect(reasonInParts(paras, 0, 'down', '0.50')).toBeUndefined()
  })

  it.each([
    ['2,618.43', '万元', 2_618_434_000, true], // 26,184,340元
    ['2,618.43', '万元', 2_618_440_000, false], // 26,184,400元
    ['75', '万元', 75_000_000, true],
    ['75', '万元', 75_400_000, false], // a whole number of 万元 is read as exact
  ] as const)('%s%s printed for %i fen: the same figure %s', (text, unit, fen, same) => {
    expect(samePrinted({ text, value: text.replace(/,/g, ''), unit }, fen)).toBe(same)
  })

  it.each([
    ['某局2025年公务接待费跟2024年比怎么样', 'change'],
    ['某局2025年公务接待费和上年相比如何', 'change'],
    ['某局2025年公务接待费比2024年增加多少', 'change'],
  ])('%s asks a %s', (q, op) => {
    expect(detectOp(q, [], 1, 2, true).op).toBe(op)
  })

  it.each([
    ['比上年执行数增长多少', true], ['比2023年决算减少多少', true], ['比去年实际多多少', true],
    ['比上年增加多少', false], ['比2023年预算减少多少', false],
  ] as const)('%s asks what was spent: %s', (q, actual) => {
    expect(asksActualBaseline(q)).toBe(actual)
  })
})

describe('change questions answered from what the prose states', () => {
  let engine: Engine | undefined
  const enc = (s: string) => new TextEncoder().encode(s)
  const ask = (question: string) =>
    (engine ??= engineWith([{ name: 'archive-2025.txt', bytes: enc(ARCHIVE_2025) }, { name: 'archive-2024.txt', bytes: enc(ARCHIVE_2024) }])).ask({ question })

  it('a change asked in the question’s own words (财政拨款收入), with the reason paragraph after it', () => {
    const r = ask('湖滨县档案馆2025年财政拨款收入比2024年减少了多少？主要原因是什么？')
    expect(r.answer).toContain('财政拨款收入预算为790.40万元')
    expect(r.answer).toContain('减少35.20万元')
    expect(r.answer).toContain('档案数字化项目完成')
    expect(r.citations.every((c) => c.kind === 'paragraph' && c.docId === 'archive-2025')).toBe(true)
  })

  it('a change against last year’s 执行数 from the item paragraph, and the table figure it does not match', () => {
    const r = ask('湖滨县档案馆2025年文物保护支出比上年执行数增长多少？')
    expect(r.answer).toContain('305.60万元')
    expect(r.answer).toContain('9.14%')
    expect(r.answer).toContain('280.00万元')
    expect(r.answer).toMatch(/表格中“文物保护”为290\.60万元，与这段文字所写的305\.60万元不一致/)
  })

  it('持平 as stated, for the baseline year asked only', () => {
    expect(ask('湖滨县档案馆2025年公务接待费跟2024年比怎么样？').answer).toMatch(/2\.00万元.*与2024年预算持平/)
    const other = ask('湖滨县档案馆2025年公务接待费比2023年增加多少？').answer
    expect(other).not.toContain('持平')
    expect(other).toContain('没有2023年的对应数字')
  })

  it('a whole’s reason given by its part (三公经费 ← 公务用车购置及运行费)', () => {
    const r = ask('湖滨县档案馆2025年三公经费为什么增加？')
    expect(r.answer).toContain('增加8.00万元')
    expect(r.answer).toContain('更新一辆报废的公务用车')
  })

  it('a change against 2024年度 with its percent', () => {
    expect(ask('湖滨县档案馆2025年机关运行经费比上年减少多少？').answer).toMatch(/减少4\.50万元，下降6\.92%/)
  })

  it('the baseline from the organisation’s own document of that year, cited, beside the change the prose states', () => {
    const r = ask('湖滨县档案馆2025年支出预算比2024年减少多少？2024年是多少？')
    expect(r.answer).toContain('2024年为840.00万元')
    expect(r.answer).toContain('减少27.60万元')
    expect(r.answer).toContain('与文件的文字说明一致')
    expect(r.citations.some((c) => c.kind === 'row' && c.docId === 'archive-2024')).toBe(true)
  })
})
