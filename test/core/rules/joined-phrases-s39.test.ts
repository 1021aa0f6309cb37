import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind80/81's place reports in prose): two subjects no table names, joined by 和 and each asked, are
 * each read where the prose states them; a name the document prints whole with its 与 stays one name. Made-up place.
 */
const REPORT = [
  '关于泠浦市2023年财政决算的报告',
  '一、2023年市级财政决算情况',
  '2023年全市一般公共预算收入71.40亿元,增长3.2%。其中地方税收收入46.85亿元,比2022年下降5.1%;',
  '非税收入24.55亿元,增长21.7%。',
  '上半年全市税收收入完成20.12亿元,完成年初预算41.3%;非税收入完成11.06亿元,完成年初预算52.9%。',
  '医疗卫生与计划生育支出3.62亿元,增长4.4%。计划生育支出0.41亿元。',
].join('\n')

describe('rule joined-phrases', () => {
  const engine = engineWith([{ name: 'lingpu-czj-2023-jsbg.txt', bytes: enc(REPORT) }])
  it('answers each of two joined subjects, in the order asked', () => {
    const a = engine.ask({ question: '泠浦市2023年决算里税收收入和非税收入各是多少？' }).answer
    expect(a).toContain('46.85亿元')
    expect(a).toContain('24.55亿元')
    expect(a.indexOf('46.85')).toBeLessThan(a.indexOf('24.55'))
  })
  it('gives the shared head to the shorter name ("税收和非税收入")', () => {
    const a = engine.ask({ question: '泠浦市税收和非税收入各完成年初预算的多少' }).answer
    expect(a).toContain('41.3%')
    expect(a).toContain('52.9%')
  })
  it('keeps a name the document prints whole as one name', () => {
    const a = engine.ask({ question: '泠浦市医疗卫生与计划生育支出分别是多少' }).answer
    expect(a).not.toContain('0.41亿元')
  })
})

const SCHOOL = [
  '泠浦市职业技术学校2019年部门预算',
  '一、收支预算总体情况',
  '1、按支出功能分类,包括教育支出1,020.40万元、社会保障和就业支出2.16万元、医疗卫生与计划生育支出38.25万元、住房保障支出61.30万元。',
  '2、按支出用途分类,包括人员支出986.11万元、项目支出136.00万元。',
].join('\n')

describe('rule joined-phrases beside a term', () => {
  const engine = engineWith([{ name: 'lingpu-zyjs-2019-bmys.txt', bytes: enc(SCHOOL) }])
  it('reads the words no term names in the prose, beside the term answered, in the order asked', () => {
    const a = engine.ask({ question: '泠浦职业技术学校19年预算里人员支出和项目支出分别多少' }).answer
    expect(a).toContain('986.11万元')
    expect(a).toContain('136.00万元')
    expect(a.indexOf('986.11')).toBeLessThan(a.indexOf('136.00'))
  })
  it('reads a name with 与 whole when the document prints it so', () => {
    const a = engine.ask({ question: '泠浦职业技术学校19年社保就业支出和医疗卫生与计划生育支出各多少' }).answer
    expect(a).toContain('2.16万元')
    expect(a).toContain('38.25万元')
  })
})
