import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 21 (rule split-by-words): "按支出用途分，人员支出多少" reads the figures by a classification; its words
 * (支出) are no subject, so the department's whole 支出 is never the answer. Made-up county 青岚县.
 */
const PAGE = [
  '青岚县公安局2019年部门预算',
  '一、部门收支总体情况',
  '2019年支出预算12000.00万元。',
  '1.按支出功能分类:公共安全支出11000.00万元,社会保障和就业支出1000.00万元。',
  '2.按支出用途分类,包括人员支出8000.00万元,公用支出2500.00万元,项目支出1500.00万元。',
].join('\n')
const extra = await readSources([{ name: 'qinglan-gaj-2019-bmys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const CUT = PAGE.replace(/包括人员支出.*$/u, '包括人员支出8000.00')
const cut = createEngine(buildCorpus(seedSources(await readSources([{ name: 'qinglan-gaj-2019-bmys.txt', bytes: new TextEncoder().encode(CUT) }]))).corpus)

describe('rule split-by-words', () => {
  it('the subject after the classification is the one asked, never the whole 支出', () => {
    const r = engine.ask({ question: '青岚县公安局2019年按支出用途分，人员支出多少？' })
    expect(r.answer).not.toContain('12000.00')
    expect(r.answer).toContain('8000.00万元')
  })
  it('a subject the page states with no unit (its copy cut there) is not found, never the whole 支出', () => {
    const r = cut.ask({ question: '青岚县公安局2019年按支出用途分，人员支出多少？' })
    expect(r.answer).not.toContain('12000.00')
    expect(r.answer).toMatch(/没有找到/)
  })
})

describe('rule code-asked', () => {
  it('a subject’s code asked is said beside its name', async () => {
    const page = ['柳岸县农业农村局2024年部门预算', '表3 一般公共预算支出表', '单位：万元', '科目编码\t科目名称\t合计',
      '213\t农林水支出\t300.00', '21301\t农业农村\t300.00', '2130108\t病虫害控制\t142.00', '2130104\t事业运行\t158.00', '\t合计\t300.00'].join('\n')
    const e = createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-nyj-2024-bmys.txt', bytes: new TextEncoder().encode(page) }]))).corpus)
    const r = e.ask({ question: '柳岸县农业农村局的病虫害控制科目编码是多少，预算多少？' })
    expect(r.answer).toContain('2130108')
    expect(r.answer).toContain('142.00万元')
    // (asked which code or which subject it is, "用的是哪个功能科目编码", "对应哪个科目")
    for (const q of ['柳岸县农业农村局的病虫害控制用的是哪个功能科目编码？', '柳岸县农业农村局的事业运行对应哪个科目'])
      expect(e.ask({ question: q }).answer).toMatch(/科目编码21301(?:08|04)/)
  })
})

describe('rule shared-head', () => {
  it('"公务用车运行费和购置费" asks 公务用车购置费 too', async () => {
    const page = ['柳岸县水利局2025年“三公”经费预算', '表1 “三公”经费预算表', '单位：万元', '项目\t预算数',
      '合计\t11.10', '因公出国(境)费\t0.00', '公务接待费\t3.00', '公务用车购置费\t0.00', '公务用车运行费\t8.10'].join('\n')
    const e = createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-slj-2025-sg.txt', bytes: new TextEncoder().encode(page) }]))).corpus)
    const r = e.ask({ question: '柳岸县水利局2025年公务用车运行费和购置费各安排多少？' })
    expect(r.answer).toContain('8.10万元')
    expect(r.answer).toMatch(/公务用车购置费[^。]*0\.00万元/)
  })
})
