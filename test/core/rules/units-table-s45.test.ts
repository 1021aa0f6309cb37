import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 45 (blind99's 教育局 决算): a table of the 局's units side by side (本年收入合计 | … | “三公”经费); the 局机关's
// own 三公 asked "机关自己的" was answered with the whole department's; "包含哪些学校" was not read as the units asked;
// "去年" of a unit went to a year no document is of; a follow-up "那决算比预算多了多少？" lost its subject to the
// budget as a whole; and a change's reason printed on the next line was read as a paragraph of its own.
const DOC = [
  '青禾市教育局2024年度部门决算',
  '二、决算单位构成及收支情况',
  '纳入本部门2024年度部门决算编制范围的单位共3个，包括：青禾市教育局机关及所属青禾市第一中学、青禾市东关小学2所学校。',
  '部门所属单位收支决算情况表',
  '单位：元',
  '单位名称\t本年收入合计\t本年支出合计\t基本支出\t项目支出\t“三公”经费',
  '青禾市教育局机关\t21,846,530.40\t21,524,325.97\t6,284,915.62\t15,239,410.35\t186,420.00',
  '青禾市第一中学\t58,930,214.76\t58,930,214.76\t49,872,306.18\t9,057,908.58\t23,600.00',
  '青禾市东关小学\t19,362,840.51\t19,362,840.51\t18,120,377.06\t1,242,463.45\t3,860.00',
  '合计\t100,139,585.67\t99,817,381.24\t74,277,599.86\t25,539,781.38\t213,880.00',
  '一、收入支出决算总体情况说明',
  '2024年度收、支总计均为10252.35万元。与2023年度相比，收、支总计各增加833.73万元，增长8.9%。',
  '主要原因是：第一中学新建学生宿舍楼投入使用，运行经费相应增加。',
  '表5 一般公共预算财政拨款支出决算表',
  '单位：元',
  '科目编码\t科目名称\t年初预算数\t决算数\t完成%',
  '\t合计\t90,570,000.00\t95,303,553.02\t105.2',
  '2050204\t高中教育\t36,500,000.00\t38,055,711.65\t104.3',
].join('\n')
const in2026 = () => new Date('2026-06-01T00:00:00Z')
let engine: Engine | undefined
const ask = (question: string, history?: { role: 'user' | 'assistant'; content: string }[]) =>
  (engine ??= createEngine(buildCorpus([{ name: 'qinghe-jyj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }]).corpus, undefined, { today: in2026 })).ask({ question, ...(history ? { history } : {}) })

describe('a department\'s units side by side', () => {
  it('reads the office\'s own 三公, asked "机关自己的", from the units\' 三公 column', () => {
    const r = ask('青禾市教育局机关自己的三公经费多少')
    expect(r.answer).toContain('186,420.00')
    expect(r.answer).not.toContain('213,880.00')
  })
  it('lists the units on "包含哪些学校"', () => {
    const r = ask('青禾市教育局决算包含哪些学校')
    expect(r.answer).toContain('青禾市第一中学')
    expect(r.answer).toContain('青禾市东关小学')
  })
  it('reads a unit\'s 去年 as its department\'s newest document\'s', () => {
    expect(ask('青禾市东关小学去年项目支出多少').answer).toContain('1,242,463.45')
  })
})

describe('a follow-up comparing stages of the subject before', () => {
  it('keeps the subject', () => {
    const r = ask('那决算比预算多了多少？', [{ role: 'user', content: '青禾市教育局高中教育年初预算是多少' }, { role: 'assistant', content: '……' }])
    expect(r.answer).toContain('高中教育')
    expect(r.answer).toContain('1,555,711.65')
  })
})

describe('rule reason-goes-on', () => {
  it('reads the reason on the line after a change as that change\'s', () => {
    const r = ask('青禾市教育局收支总计为什么增加')
    expect(r.answer).toContain('宿舍楼')
  })
})
