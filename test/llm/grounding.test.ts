import { describe, expect, it } from 'vitest'
import { readAnswer } from '../../server/llm/answer-figures.js'
import { parseChineseNumeral } from '../../server/llm/chinese-numeral.js'
import { checkGrounding, nameForms } from '../../server/llm/grounding.js'
import type { Fact } from '../../server/llm/tool-facts.js'

const figures = (s: string) => readAnswer(s).flatMap((x) => x.figures).map((f) => [f.kind, f.digits, f.direction ?? ''].join(' '))

describe('readAnswer: each figure with its unit', () => {
  it.each([
    ['支出 1,073.24 万元，增长５．０８％', ['money 1073.24 ', 'percent 5.08 up']],
    ['2024年科目2101501，见第1项（表2，第129行），共 2101501', ['bare 2101501 ']],
    ['五十二万元，百分之五，一般公共预算，表二，三公经费', ['money 520000 ', 'percent 5 ']],
    ['较上年减少2.26万元；增减额为3元；增加到5元', ['money 2.26 down', 'money 3 ', 'money 5 ']],
    ['编制25名，共3个单位，id 004_8de5198946ae3720/t1/r16', ['count 25 ', 'count 3 ']],
    ['about 67,081,100 yuan', ['money 67081100 ']],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))

  it.each([
    ['五十二万', '520000'],
    ['一千零七十三', '1073'],
    ['十二', '12'],
    ['两亿三千万', '230000000'],
    ['五百二十一万六千八百', '5216800'],
    ['三点五', '3.5'],
    ['二〇二四', '2024'],
  ])('Chinese numeral %s → %s', (s, v) => expect(parseChineseNumeral(s)).toBe(v))
})

describe('nameForms', () => {
  it('strips numbering, 其中 and (类/款/项), and a trailing 支出/费', () => {
    expect(nameForms('（一）社会保障和就业支出（类）')).toEqual(['社会保障和就业支出', '社会保障和就业'])
    expect(nameForms('其中：公务接待费')).toEqual(['公务接待费', '公务接待'])
  })
})

const row = (fen: bigint, names: string[], signed = false): Fact => ({ kind: 'money', fen, names, signed, computed: false, citations: [] })
const allow = { codes: new Set(['2101501']), years: new Set(['2024']) }
const problems = (answer: string, facts: Fact[]) => checkGrounding(answer, facts, allow).problems.map((p) => `${p.figure}:${p.reason}`)

describe('checkGrounding', () => {
  const facts = [row(521_680_000n, ['行政运行', '2101501']), row(60_370_000n, ['事业运行', '2101550'])]
  it.each([
    ['行政运行为521.68万元（5,216,800元，约522万元）。', []],
    ['2024年2101501行政运行为521.68万元，事业运行为60.37万元。', []],
    ['行政运行为521.68亿元。', ['521.68亿元:no-source']],
    ['行政运行约0.1亿元。', ['0.1亿元:no-source']],
    ['行政运行为60.37万元。', ['60.37万元:not-named']],
    ['行政运行为521.68万元，事业运行为521.68万元。', ['521.68万元:not-named']],
    ['行政运行增加521.68万元。', ['521.68万元:sign']],
    ['行政运行为5万元，合计2024万元。', ['5万元:no-source', '2024万元:no-source']],
  ])('%s', (answer, expected) => expect(problems(answer, facts)).toEqual(expected))

  it('增/减 agrees with the sign of a change', () => {
    const change = [row(-2_26_0000n, ['三公经费'], true)]
    expect(problems('三公经费比上年减少2.26万元。', change)).toEqual([])
    expect(problems('三公经费比上年增加2.26万元。', change)).toEqual(['2.26万元:sign'])
  })
})
