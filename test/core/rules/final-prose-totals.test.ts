import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/**
 * A 部门决算 published as prose only (its tables in an attachment not held): the totals are stated in one sentence,
 * 收入总计 and 支出总计 apart, then 本年收入 beside the carry-over; and the budget's scope leaves one unit out.
 * Made up: no real organisation, figure or sentence.
 */
const PROSE_FINAL = [
  '中共澄湖市委员会督导委员会2024年度部门决算公开报告',
  '',
  '第一部分 基本情况',
  '(一)部门主要职责职能。市委督导委为一级预算单位,无下属二级预算单位。机关一般公务用车编制2台。',
  '(二)其它情况。纳入中共澄湖市委员会督导委员会2024年度部门决算编制范围的只包含机关本级(不含市委督导委巡回督查办公室)。',
  '第二部分 2024年度部门决算情况说明',
  '一、收入支出总体情况说明',
  '2024年度收入总计1960.30万元,支出总计1870.10万元,与2023年度相比,收入、支出总计各增加210.30万元、120.10万元。',
  '(一)收入总计主要构成。',
  '本年收入1940.00万元;年初结转结余20.30万元。',
  '二、支出决算情况说明',
  '1、督查事务支出412.50万元,占年初预算100%。',
  '2.全委一般公共预算总收入完成1900.20万元,占年初预算的96.12%。',
  '三、“三公”经费财政拨款支出决算情况说明',
  '“三公”经费财政拨款支出决算为3.10万元,完成全年预算6.5万元的47.69%,比上年决算数减少0.40万元。',
  '“三公”经费支出决算小于预算数的主要情况:严格控制公务用车运行支出。',
  '其中:公务接待费预算数为3.00万元,决算支出数为2.40万元,较2023年决算数2.10万元增加0.30万元。',
  '2024年国内公务接待批次12个,接待人次96人;国(境)外公务接待批次2个,接待人次9人。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) =>
  (engine ??= engineWith([{ name: 'chenghu_duda_2024_final.txt', bytes: Buffer.from(PROSE_FINAL, 'utf8') }])).ask({ question })

describe('a 决算 stating its totals in prose only', () => {
  it('reads 支出总计 as the spending side’s own figure, not the first 总计 of the sentence', () => {
    const r = ask('澄湖市督导委2024年支出总计多少')
    expect(r.answer).toContain('1870.10万元')
    expect(r.answer).not.toMatch(/为1960\.30万元/)
  })

  it('reads 本年收入 as the prose prints it, not the 收入总计 the concept also stands for (rule prose-as-asked first)', () => {
    const r = ask('澄湖市督导委2024年本年收入是多少？')
    expect(r.answer).toContain('1940.00万元')
    expect(r.answer).not.toContain('1960.30万元')
  })

  it('still reads 收入总计 asked as such', () => {
    expect(ask('澄湖市督导委2024年收入总计是多少').answer).toContain('1960.30万元')
  })
})

describe('a unit the document says its budget leaves out (rule left-out-unit)', () => {
  it.each(['市委督导委巡回督查办公室2024年支出多少？', '澄湖市督导委下属巡回督查办公室2024年花了多少钱'])('%s → not held, with the statement, no figure', (question) => {
    const r = ask(question)
    expect(r.answer).toMatch(/^没有找到“.*巡回督查办公室”/)
    expect(r.answer).toContain('不含市委督导委巡回督查办公室')
    expect(r.answer).not.toMatch(/\d+\.\d{2}万元/)
    expect(r.citations).toHaveLength(1)
  })

  it('leaves the organisation itself to its own figures', () => {
    expect(ask('澄湖市督导委2024年支出总计多少').answer).toContain('1870.10万元')
  })
})

describe('a party body’s name (中共某某市委员会某某委员会)', () => {
  it('is read with its place after 中共, and spoken of as 某某委, 市委某某委', async () => {
    const { orgParts } = await import('../../../server/core/tools/lib/org-match.js')
    const { orgAliases } = await import('../../../server/core/tools/lib/org-alias.js')
    expect(orgParts('中共青禾市委员会宣讲委员会')).toMatchObject({ city: '青禾市', type: 'bureau' })
    const forms = orgAliases('中共青禾市委员会宣讲委员会').map((a) => a.form)
    expect(forms).toEqual(expect.arrayContaining(['宣讲委', '市委宣讲委']))
  })

  it('is found by the place and the short form together', () => {
    expect(ask('澄湖市督导委2024年收入总计是多少').answer).toMatch(/^中共澄湖市委员会督导委员会.*1960\.30万元/)
  })
})

describe('the parts of a whole asked of a page that prints neither', () => {
  it('does not spend the answer’s budget trying every part’s name on tables and prose that lack them', () => {
    const r = ask('澄湖市督导委2024年三公经费包括哪些费用？')
    expect(r.answer).not.toMatch(/太多/)
    expect(r.answer).toContain('3.10万元')
    expect(r.toolCalls.length).toBeLessThan(12)
  })
})

describe('a subject asked with a spending word that is the ask itself', () => {
  it('reads 督查事务 of "督查事务花了多少钱" where the prose prints 督查事务支出', () => {
    const r = ask('澄湖市督导委2024年督查事务花了多少钱')
    expect(r.answer).toContain('412.50万元')
  })
})

describe('a completion rate a report states after the figure (完成…万元，占年初预算的…%)', () => {
  it.each([
    ['澄湖市督导委2024年总收入完成了年初预算的多少？', '96.12%'],
    ['澄湖市督导委2024年一般公共预算总收入执行率是多少', '96.12%'],
  ])('%s → %s', (q, rate) => {
    const r = ask(q)
    expect(r.answer).toContain(rate)
    expect(r.answer).not.toContain('1900.20万元%')
  })
})

describe('a 三公 page’s completion and gap wording', () => {
  it('reads 完成全年预算6.5万元的47.69% as the completion rate, not the budget amount', () => {
    const r = ask('澄湖市督导委2024年三公经费完成预算的百分之几？')
    expect(r.answer).toContain('47.69%')
    expect(r.answer).not.toMatch(/比例为6\.5/)
  })

  it('sets the prose’s 决算 against its 全年预算 when the saving is asked', () => {
    const r = ask('澄湖市督导委2024年三公经费比预算节约了多少钱？')
    expect(r.answer).toContain('减少3.40万元')
    expect(r.citations.some((c) => c.kind === 'paragraph')).toBe(true)
  })

  it('reads "决算小于预算数的主要情况:" as the gap’s reason', () => {
    expect(ask('澄湖市督导委2024年三公经费为什么比预算少？').answer).toContain('严格控制公务用车运行支出')
  })
})

describe('a 决算 page stating an item’s 预算数 before its 决算支出数', () => {
  it('answers the 决算 (决算支出数为…), never the 预算数 printed first', () => {
    const r = ask('澄湖市督导委2024年公务接待费实际支出多少钱？')
    expect(r.answer).toContain('2.40万元')
    expect(r.answer).not.toMatch(/为3\.00万元/)
  })
})

describe('a count asked in a unit the usual ones leave out (几台)', () => {
  it('reads 编制2台 for "一般公务用车编制有几台"', () => {
    expect(ask('澄湖市督导委一般公务用车编制有几台？').answer).toMatch(/2台/)
  })
})

describe('reception counts written as "接待批次N个,接待人次N人", per line (国内, 国(境)外)', () => {
  it('reads the domestic line when abroad is not asked', () => {
    const r = ask('澄湖市督导委2024年国内公务接待了多少批次、多少人次？')
    expect(r.answer).toContain('12个')
    expect(r.answer).toContain('96人')
  })

  it('reads the abroad line when it is asked (rule abroad-clause)', () => {
    const r = ask('澄湖市督导委2024年接待境外来访多少批、多少人次？')
    expect(r.answer).toContain('2个')
    expect(r.answer).toContain('9人')
    expect(r.answer).not.toContain('96人')
  })
})

describe('a 决算 page’s plain 预算数 set against its 决算支出数', () => {
  it.each(['澄湖市督导委2024年公务接待费决算比预算少了多少？', '澄湖市督导委2024年公务接待费决算节约预算多少？'])('%s → 减少0.60万元', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('2.40万元')
    expect(r.answer).toContain('3.00万元')
    expect(r.answer).toContain('0.60万元')
  })
})

describe('a reason sentence led by its direction (下降原因主要是…, 增加原因主要是…)', () => {
  const page = ['青溪县审计局2022年“三公”经费预算', '二、2022年“三公”经费支出预算情况说明', '(二)公务接待费预算7.4万元,较2021年预算减少0.4万元。下降原因主要是进一步厉行节约,减少公务接待批次和人次。'].join('\n')
  const engine = engineWith([{ name: 'qingxi-sjj-2022-sangong.txt', bytes: Buffer.from(page, 'utf8') }])

  it('is the reason of the change stated just before it', () => {
    expect(engine.ask({ question: '青溪县审计局的公务接待费为什么下降？' }).answer).toContain('厉行节约')
  })
})
