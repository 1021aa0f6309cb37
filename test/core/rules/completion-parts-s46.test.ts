import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'

// Session 46 (failures of the dev sets read again): a completion asked of a 决算 the prose states only by its gap to the
// budget ("支出数202万元,比年初预算减少269万元"), or whose budget only the prose prints beside the table's 决算; a table's
// "增、减金额" read as a rate; a printed 133% replaced by a computed 133.33%; "X中Y以外的部分" not read as X − Y; a
// printed growth its own amounts cannot give (增加342万元,增长29.86% of 1145.52) repeated without a word; "按22年的数做
// 基数" read as the year asked; a whole the prose lists with its parts (其中:…;…) answered without them.
const SANGONG = [
  '翠屏市2023年部门决算“三公经费”支出情况说明',
  '经汇总,2023年度翠屏市本级“三公”经费支出数为600万元,比年初预算减少150万元,下降20%。',
  '其中:一、因公出国(境)经费支出数50万元,比年初预算减少10万元,下降16.67%。',
  '二、公务接待费支出数150万元,比年初预算减少50万元,下降25%。主要是:严格执行公务接待管理规定。',
  '三、公务用车购置及运行维护费支出数400万元,比年初预算减少90万元,下降18.37%。',
].join('\n')
const TABLE_AND_PROSE = [
  '白石县2023年“三公”经费决算情况说明',
  '白石县2023“三公”经费决算统计表',
  '单位：万元',
  '项目\t2022年决算数\t2023年决算数',
  '合计\t300.00\t320.00',
  '1、因公出国（境）费\t0\t0',
  '2、公务接待费\t140.00\t150.00',
  '3、公务用车购置及运行维护费\t160.00\t170.00',
  '白石县2023年“三公”经费预算数为400.00万元,决算支出数为320.00万元,较2022年决算数增长6.67%。其中:公务接待费预算数为200.00万元,决算支出数为150.00万元;公务用车购置及运行维护费预算数为200.00万元,决算支出数为170.00万元。',
].join('\n')
const TOWN = [
  '白水县石桥镇2024年“三公”经费预算情况',
  '石桥镇2024年“三公”经费预算表',
  '单位:万元',
  '项目\t2023年预算数\t2024年预算数\t比上年增、减情况 增、减金额\t比上年增、减情况 增、减幅度',
  '合计\t18.15\t22.15\t4\t22%',
  '1.因公出国(境)费\t\t\t\t',
  '2.公务接待费\t3\t7\t4\t133%',
  '3.公务用车购置及运行费\t15.15\t15.15\t0\t0',
].join('\n')
const UNIT = [
  '石门县实验小学2025年单位预算',
  '一、收支预算情况',
  '(一)收入预算1000.00万元,其中:',
  '1.一般公共预算拨款收入900.00万元;',
  '2.事业收入100.00万元。',
  '(二)支出预算1000.00万元。',
  '二、收入支出决算总体情况说明',
].join('\n')
const FINAL = [
  '兰溪县和平乡人民政府2023年度部门决算',
  '一、收入支出决算总体情况说明',
  '2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长29.86%。主要变动原因是社会保障就业支出的增加。',
].join('\n')
const TOWN_BUDGET = [
  '柳林县永和镇人民政府2024年部门预算',
  '三、收支预算情况说明',
  '(一)收入预算情况',
  '2024年收入预算11376591.44元,其中:本年财政拨款收入9538991.44元,占83.85%;上年结转1837600元,占16.15%。',
  '(二)支出预算情况',
  '2024年支出预算11376591.44元。',
].join('\n')
const in2026 = () => new Date('2026-06-01T00:00:00Z')
const files = { 'qinghe-sangong-2023-js.txt': SANGONG, 'baishi-sangong-2023-js.txt': TABLE_AND_PROSE, 'shiqiao-sangong-2024.txt': TOWN, 'qinghe-xiaoxue-2025-dwys.txt': UNIT, 'heping-2023-bmjs.txt': FINAL, 'yonghe-2024-bmys.txt': TOWN_BUDGET }
let engine: Engine | undefined
const ask = (question: string) =>
  (engine ??= createEngine(buildCorpus(Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }))).corpus, undefined, { today: in2026 })).ask({ question })

describe('rule completion-stated-gap', () => {
  it('works out the share of the budget spent from the gap the sentence states, said to be computed', () => {
    const r = ask('翠屏市2023年公务接待费完成年初预算的百分之几？')
    expect(r.answer).toContain('75.00%')
    expect(r.answer).toContain('推算')
    expect(r.citations.some((c) => c.kind === 'paragraph' && (c.text ?? '').includes('比年初预算减少50万元'))).toBe(true)
  })
  it('reads "只用了年初预算的几成" after the year as the same ask', () => {
    expect(ask('翠屏市公务接待费23年只用了年初预算的几成？').answer).toContain('75.00%')
  })
})

describe('rule completion-computed, the budget in the prose', () => {
  it('sets the table\'s 决算 over the budget the prose prints in the paragraph stating that 决算', () => {
    const r = ask('白石县公务接待费2023年决算数是预算数的百分之几？')
    expect(r.answer).toContain('75.00%')
    expect(r.answer).not.toContain('表中没有“完成预算的比例”一栏')
  })
})

describe('a table printing its change as 增、减金额 and 增、减幅度', () => {
  it('reads 增、减金额 as the change, not a rate', () => {
    const doc = parseDocument('shiqiao-sangong-2024.txt', TOWN).document
    const roles = doc.tables[0].columns.map((c) => c.role)
    expect(roles).toContain('change')
    expect(roles).toContain('growth')
  })
  it('says the rate the row prints beside the one computed, when they are written differently', () => {
    const r = ask('石桥镇公务接待费2024年比上年增加多少？增幅多少？')
    expect(r.answer).toContain('133.33%')
    expect(r.answer).toContain('133%。')
    expect(r.answer).not.toContain('不一致')
  })
})

describe('rule remainder', () => {
  it('answers "X中Y以外的部分" as the whole less the part', () => {
    const r = ask('石门县实验小学收入预算中一般公共预算拨款以外的部分有多少？')
    expect(r.answer).toContain('100.00万元')
    expect(r.answer).toContain('1000.00万元 − 900.00万元')
  })
})

describe('rule stated-rate-check', () => {
  it('says the rate the stated amounts give where the printed rate disagrees', () => {
    const r = ask('和平乡2023年收支总计增长率是多少？')
    expect(r.answer).toContain('29.86%')
    expect(r.answer).toContain('42.56%')
    expect(r.answer).toContain('不一致')
  })
  it('reads "按22年的数做基数" as the baseline, the year asked the document\'s own', () => {
    const r = ask('和平乡的收支总计如果按22年的数做基数，实际增长率是多少？')
    expect(r.answer).toContain('2023年')
    expect(r.answer).toContain('42.56%')
  })
})

describe('rule stated-parts', () => {
  it('lists the parts the sentence states after its whole, and says they add up', () => {
    const r = ask('永和镇2024年收入预算由哪几块构成，各是多少？')
    expect(r.answer).toContain('9538991.44元')
    expect(r.answer).toContain('1837600元')
    expect(r.answer).toContain('相符')
  })
  it('reads a list that goes on over numbered lines', () => {
    const r = ask('石门县实验小学2025年收入预算由哪几部分组成？')
    expect(r.answer).toContain('900.00万元')
    expect(r.answer).toContain('100.00万元')
  })
  it('says the whole alone when no list follows it', () => {
    const r = ask('永和镇2024年支出预算由哪几部分组成？')
    expect(r.answer).toContain('11376591.44元')
    expect(r.answer).not.toContain('其中：')
  })
})
