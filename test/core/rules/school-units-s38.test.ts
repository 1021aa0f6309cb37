import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind85's county 教育局 with two schools): a school asked by its short name (一中) is read from
 * its department's tables and prose: its 人员经费/公用经费 from the prose's clause on it when no per-unit table prints
 * them (rule unit-prose-columns), its 三公 row of a table listing the units after the items (rule trailing-units) for
 * each year asked, its project from a table labelling rows by unit (rule unit-labelled-row), and a share of its own
 * total when asked "占它总支出" (rule unit-own-whole). Made-up county, schools and figures.
 */
const BUDGET = [
  '青岚县教育局2025年部门预算',
  '一、部门基本情况',
  '纳入青岚县教育局2025年部门预算编制范围的单位共3个，包括：1．青岚县教育局本级（行政单位）；2．青岚县第一中学（公益一类事业单位）；3．青岚县实验小学（公益一类事业单位）。',
  '截至2024年12月31日，本部门核定编制316名，其中：局本级行政编制28名，青岚县第一中学事业编制196名，青岚县实验小学事业编制92名。',
  '青岚县第一中学在校学生3126人（初中部1402人、高中部1724人），青岚县实验小学在校学生2040人。',
  '其他收入12.00万元，为青岚县第一中学代管学生伙食费。',
  '四、基本支出',
  '青岚县第一中学基本支出3177.01万元（人员经费2826.61万元，公用经费350.40万元）；青岚县实验小学基本支出1121.84万元（人员经费1008.14万元，公用经费113.70万元）。',
  '表3 部门支出总表',
  '单位：万元',
  '单位名称\t合计\t基本支出\t项目支出',
  '合计\t5576.67\t4703.77\t872.90',
  '青岚县教育局本级\t815.72\t404.92\t410.80',
  '青岚县第一中学\t3446.51\t3177.01\t269.50',
  '青岚县实验小学\t1314.44\t1121.84\t192.60',
  '表7 “三公”经费支出表',
  '单位：万元',
  '项目／单位\t2024年预算数\t2025年预算数',
  '合计\t30.90\t12.20',
  '1．因公出国（境）费\t0.00\t0.00',
  '2．公务接待费\t3.70\t3.00',
  '青岚县教育局本级\t8.20\t7.80',
  '青岚县第一中学\t22.20\t4.00',
  '青岚县实验小学\t0.50\t0.40',
  '表9 项目支出表',
  '单位：万元',
  '单位名称\t项目名称\t合计',
  '合计\t\t872.90',
  '青岚县第一中学\t学生宿舍维修改造\t78.50',
  '青岚县实验小学\t校园安全建设\t60.00',
].join('\n')

describe('a department’s schools, asked by their short names', () => {
  const engine = engineWith([{ name: 'qinglan-jyj-2025-bmys.txt', bytes: enc(BUDGET) }])
  const ask = (q: string) => engine.ask({ question: q }).answer
  it('reads a school’s 人员经费 and 公用经费 from the prose’s clause on it, never its table total', () => {
    const a = ask('青岚县实验小学2025年人员经费、公用经费分别多少？')
    expect(a).toContain('1008.14万元')
    expect(a).toContain('113.70万元')
    expect(a).not.toContain('1314.44')
  })
  it('reads its 三公 row for each year asked', () => {
    const a = ask('青岚一中的三公经费2024年和2025年预算分别多少')
    expect(a).toContain('22.20万元')
    expect(a).toContain('4.00万元')
    expect(a).not.toMatch(/没有填列/)
  })
  it('reads its project from the rows labelled with it (一中学生宿舍 is 一中’s 学生宿舍)', () => {
    expect(ask('青岚一中学生宿舍维修改造项目给了多少钱？')).toContain('78.50万元')
  })
  it('gives a school its own count, never the department’s printed before its name (rules unit-before-count, unit-clause-count)', () => {
    const a = ask('青岚县第一中学有多少编制')
    expect(a).toContain('196名')
    expect(a).not.toContain('316')
  })
  it('quotes the prose’s sentence on the school for what is not money (rule unit-sentence)', () => {
    expect(ask('青岚县第一中学有多少在校学生？')).toContain('3126人')
  })
  it('answers a count asked only from a sentence stating a count, never one stating money', () => {
    expect(ask('青岚县第一中学代管了多少学生伙食？')).not.toContain('12.00万元')
  })
  it('takes “它总支出” as the school’s own total', () => {
    expect(ask('青岚县第一中学的项目支出占它总支出的多少？')).toContain('7.82%')
  })
})
