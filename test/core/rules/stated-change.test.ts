import { describe, expect, it } from 'vitest'
import { detectOp } from '../../../server/core/planner/detect-op.js'
import { asksActualBaseline } from '../../../server/core/planner/rules/stated-change.js'
import type { Engine } from '../../../server/core/engine.js'
import { changeAtFigure } from '../../../server/core/tools/lib/figure-anchored-change.js'
import { reasonInParts } from '../../../server/core/tools/lib/part-reason.js'
import { samePrinted } from '../../../server/core/tools/lib/printed-precision.js'
import { changeAfter, sentencesOf } from '../../../server/core/tools/lib/prose.js'
import { restatedChange } from '../../../server/core/tools/lib/restated-change.js'
import { engineWith } from '../seed-engine.js'
import { ARCHIVE_2024, ARCHIVE_2025, GAZETTEER_2023_FINAL } from './stated-change-fixture.js'

const read = (s: string) => changeAfter(sentencesOf(s)[0].text)

describe('a change as documents state it', () => {
  it.each([
    ['a year with 度 and spaces', '运行经费 71.30 万元，比 2022 年度减少 2.40 万元，下降 3.26%。', 'down', '2.40万元', '2022年度', '3.26%'],
    ['a baseline explained in brackets', '财政拨款收入530.10万元，比2023年（上一年度，下同）预算增加41.00万元；', 'up', '41.00万元', '2023年预算', undefined],
    ['上年执行数', '接待费预算16000元，比上年执行数减少2200元，主要原因是压减批次。', 'down', '2200元', '上年执行数', undefined],
    ['a year that lost its 年', '三公经费预算52000元，比2021-执行数增加840元，增长1.64%。', 'up', '840元', '2021-执行数', '1.64%'],
    ['上年决算', '支出决算4.10万元，比上年决算增加0.35万元，增长9.33%。', 'up', '0.35万元', '上年决算', '9.33%'],
    // a 决算 set against its own year's plan: never 上年
    ['年初预算', '公务接待费20.20万元,比年初预算减少8.20万元。', 'down', '8.20万元', '年初预算', undefined],
    ['调整预算数', '支出决算95.00万元，比调整预算数增加5.00万元。', 'up', '5.00万元', '调整预算数', undefined],
  ] as const)('%s', (_label, text, direction, amount, baseline, percent) => {
    const ch = read(text)
    expect(ch).toMatchObject({ direction, baseline })
    expect(`${ch?.amount?.text}${ch?.amount?.unit}`).toBe(amount)
    expect(ch?.percent).toBe(percent)
  })

  it.each([
    ['与上年相比 with the subject after it', '与上年相比，收、支预算总额各增加12.40万元，增长4.10%，主要原因是新增普查任务。', 'up', '12.40万元', '上年', '4.10%'],
    ['与…年度相比 in a 决算', '与 2022 年度相比，收入支出总计减少 88.30万元，下降 6.02%。', 'down', '88.30万元', '2022年度', '6.02%'],
    ['与上年相比 with no subject', '与上年相比减少0.21万元,下降3.40%。', 'down', '0.21万元', '上年', '3.40%'],
  ] as const)('compared first: %s', (_label, text, direction, amount, baseline, percent) => {
    const ch = read(text)
    expect(ch).toMatchObject({ direction, baseline, percent })
    expect(`${ch?.amount?.text}${ch?.amount?.unit}`).toBe(amount)
  })

  it('reads a change against 上年决算 as the change of the figure labelled 决算, past the year’s 预算', () => {
    const ch = read('2022年度全年预算4.20万元,支出决算3.95万元,完成预算的94.05%,比上年决算增加0.15万元,增长3.95%。')
    expect(ch).toMatchObject({ direction: 'up', baseline: '上年决算', percent: '3.95%', subjectYear: 2022 })
    expect(ch?.ownAmount?.text).toBe('3.95')
    // two amounts before a change against 上年 (no stage named): whose change it is cannot be told
    expect(read('收入4.20万元,支出3.95万元,比上年增加0.15万元。')).toBeUndefined()
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

describe('the change printed right after a figure no keyword names', () => {
  const paras = (...texts: string[]) => texts.map((text) => ({ text, heading: false }))

  it('is read for a distinctive figure, with the reason sentence after it', () => {
    const hit = changeAtFigure(paras('本局2024年当年财政拨款318.27万元，比2023年预算数减少21.05万元，下降6.20%。主要原因是：合并办公场所。'), 318_270_000)
    expect(hit?.change).toMatchObject({ direction: 'down', baseline: '2023年预算数', reason: '合并办公场所' })
  })

  it.each([
    ['a round figure', ['会议费预算30.00万元，比上年增加5.00万元。'], 30_000_000],
    ['another amount between', ['经费318.27万元，其中基本支出200.10万元，比上年减少2.00万元。'], 318_270_000],
    ['two sentences that disagree', ['甲项318.27万元，比上年增加1.00万元。', '乙项318.27万元，比上年减少2.00万元。'], 318_270_000],
  ])('is not read with %s', (_label, texts, fen) => {
    expect(changeAtFigure(paras(...texts), fen)).toBeUndefined()
  })
})

describe('change questions answered from what the prose states', () => {
  let engine: Engine | undefined
  const enc = (s: string) => new TextEncoder().encode(s)
  const ask = (question: string) =>
    (engine ??= engineWith([
      { name: 'archive-2025.txt', bytes: enc(ARCHIVE_2025) }, { name: 'archive-2024.txt', bytes: enc(ARCHIVE_2024) },
      { name: 'gazetteer-2023-final.txt', bytes: enc(GAZETTEER_2023_FINAL) },
    ])).ask({ question })

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

  it('a change the prose states for another year (上年执行情况 in a budget) is not this year’s', () => {
    const r = ask('湖滨县档案馆2025年公务用车运行费比上年决算减少多少？')
    expect(r.answer).not.toContain('0.30万元')
  })

  it('a 决算 item under its title sentence: the change of the figure labelled 决算', () => {
    const r = ask('湖滨县方志馆2023年公务接待费比上年决算减少了多少？')
    expect(r.answer).toMatch(/2\.46万元.*比上年决算减少0\.19万元，下降7\.17%/)
    expect(r.answer).toContain('压减接待批次')
  })

  it('为什么比上年增加 asks about this year, not last year', () => {
    const r = ask('湖滨县档案馆三公经费为什么比上年增加？')
    expect(r.answer).toMatch(/^湖滨县档案馆2025年/)
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

describe('what a stated change is not', () => {
  let engine: Engine | undefined
  const enc = (s: string) => new TextEncoder().encode(s)
  const doc = [
    '湖滨县水文站2025年部门预算情况说明', '',
    '一、收支预算总体情况',
    '2025年收入预算210.40万元，收入较2024年增加8.10万元，主要是人员经费拨款增加6.30万元、公用经费拨款增加1.80万元。',
    '二、财政拨款支出主要内容',
    '（3）农林水支出（类）水利（款）其他水利支出（项）2025年预算数为31.20万元，较2024年减少4.00万元，主要原因是监测设备已购置。', '',
    '表一', '2025年部门支出总表', '单位：万元',
    '科目编码\t科目名称\t合计', '\t合计\t210.40', '213\t农林水支出\t210.40', '21303\t水利\t210.40',
    '2130316\t农田水利\t179.20', '2130399\t其他水利支出\t31.20',
  ].join('\n')
  const ask = (question: string) => (engine ??= engineWith([{ name: 'hydro-2025.txt', bytes: enc(doc) }])).ask({ question })

  it('a change amount is not the subject’s figure ("人员经费拨款增加6.30万元")', () => {
    const r = ask('湖滨县水文站2025年人员经费比上年增加多少？')
    expect(r.answer).toContain('增加6.30万元')
    expect(r.answer).not.toMatch(/人员经费预算为6\.30万元/)
  })

  it('a name inside a longer classified name is another subject (水利 in 其他水利支出（项）)', () => {
    const r = ask('湖滨县水文站2025年水利（款）支出比上年减少多少？')
    expect(r.answer).not.toContain('4.00万元')
  })
})

describe('a breakdown in brackets after the figure (rule breakdown-aside) and a part explained by its whole (rule whole-of-part)', () => {
  it('reads the change after "（购置费0万元，运行维护费8.40万元）" as the subject’s', () => {
    const ch = changeAfter('公务用车购置及运行维护费8.40万元（购置费0万元，运行维护费8.40万元），比上年增加1.10万元，主要原因是车辆维修费用增加', '公务用车购置及运行维护费'.length)
    expect(ch).toMatchObject({ direction: 'up', amount: { text: '1.10' }, reason: '车辆维修费用增加' })
  })

  it('explains 公务用车运行维护费 by the sentence of its whole when the whole prints its very figure, and not otherwise', async () => {
    const doc = (org: string, bought: string, whole: string) => `# ${org}2025年部门预算\n\n单位：万元\n\n三、“三公”经费预算情况\n\n2025年“三公”经费预算9.60万元。其中：公务接待费1.20万元；公务用车购置及运行维护费${whole}万元（购置费${bought}万元，运行维护费8.40万元），比上年增加1.10万元，主要原因是车辆维修费用增加。\n`
    const engine = engineWith([
      { name: 'qichuan-dag-2025.md', bytes: new TextEncoder().encode(doc('栖川县档案馆', '0', '8.40')) },
      { name: 'qichuan-sj-2025.md', bytes: new TextEncoder().encode(doc('栖川县审计局', '2.00', '10.40')) },
    ])
    expect(engine.ask({ question: '栖川县档案馆公务用车运行维护费为什么增加？' }).answer).toContain('车辆维修费用增加')
    // the whole's change is not the part's when the whole holds another part too: at most the closest passage, marked so
    const other = engine.ask({ question: '栖川县审计局公务用车运行维护费为什么增加？' }).answer
    expect(other).not.toMatch(/运行维护费预算为8\.40万元，比上年增加1\.10万元/)
    expect(other).toContain('没有逐字回答')
  })
})
