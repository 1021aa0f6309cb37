import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind100–102's place reports): things asked each of one place were answered one only — "全区和区本级各是多少",
// "收入和支出分别安排了多少"; "完成多少、完成预算的百分之几" gave the amount as 完成预算 and no rate.
const enc = (s: string) => new TextEncoder().encode(s)
const REPORT = [
  '青屿区2022年财政决算报告',
  '一、一般公共预算收支情况',
  '全区一般公共预算收入41.26亿元,上级补助收入9.80亿元,上年结余1.10亿元。',
  '区本级一般公共预算收入37.45亿元,上级补助收入9.12亿元,上年结余0.96亿元。',
].join('\n')
const NEWS = [
  '桐溪市2025年预算草案公布',
  '2025年,全市一般公共预算收入安排218.40亿元,增长4%;全市一般公共预算支出安排365.70亿元,增长2%左右。',
].join('\n')
const HALF = [
  '云岭镇2024年上半年财政预算执行情况',
  '一、财政收入情况',
  '2024年上半年,全镇公共财政总收入完成 3820.6万元,完成预算数的 47.2% ,较上年略有增长,其中一般公共预算收入1911.3万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([
  { name: 'qingyu-2022-czjs.txt', bytes: enc(REPORT) },
  { name: 'tongxi-2025-ysbg-news.txt', bytes: enc(NEWS) },
  { name: 'yunling-2024-sbn-zxqk.txt', bytes: enc(HALF) },
]).corpus)).ask({ question })

describe('things asked each of one place', () => {
  it('answers each of two accounts asked (rule account-clauses)', () => {
    const a = ask('青屿区2022年一般公共预算收入，全区和区本级各是多少？')
    expect(a.answer).toMatch(/全区一般公共预算收入[^。]*41\.26亿元[\s\S]*区本级一般公共预算收入[^。]*37\.45亿元/)
  })
  it('answers each side asked with 分别安排, the side said alone taking the words before it (rule each-subject-asked)', () => {
    const a = ask('桐溪市2025年全市一般公共预算收入和支出分别安排了多少？')
    expect(a.answer).toContain('218.40亿元')
    expect(a.answer).toContain('365.70亿元')
    // (said once: no second reading of the 收入 glued before it)
    expect(a.answer.split('218.40亿元').length).toBeLessThanOrEqual(3)
    expect(a.answer).not.toMatch(/“年全市/)
  })
  it('reads the amount done and the rate of completion asked together, the amount named 完成数 outside a 决算', () => {
    const a = ask('云岭镇2024年上半年公共财政总收入完成多少、完成预算的百分之几？')
    expect(a.answer).toContain('3820.6万元')
    expect(a.answer).toContain('47.2%')
    expect(a.answer).not.toMatch(/决算数|完成预算为3820/)
  })
})
