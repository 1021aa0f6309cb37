import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 47 (blind101's 区 report, read again): "2025年小学教育支出多少" of a report whose table prints only 教育支出
// (类) was answered with 教育支出's 64418万元, a wider row's figure with its citation.
const PAGE = [
  '关于青禾区2025年预算执行情况和2026年预算草案的报告',
  '一、2025年预算执行情况',
  '2025年全区一般公共预算支出完成269456万元,为预算的99.8%。主要支出项目是:教育支出64418万元,为预算的101.4%。',
  '表2 2025年一般公共预算支出执行表',
  '单位：万元',
  '项目\t2024年执行数\t2025年预算数\t2025年执行数\t完成%\t增长%',
  '一般公共预算支出合计\t264870\t270050\t269456\t99.8\t1.7',
  '一般公共服务支出\t28460\t27800\t28135\t101.2\t-1.1',
  '教育支出\t61230\t63520\t64418\t101.4\t5.2',
  '卫生健康支出\t20110\t21600\t21420\t99.2\t6.5',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qinghe-ysbg-2026.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule qualified-row', () => {
  it('never answers a narrower subject (小学教育支出) with the wider row the tables print', () => {
    for (const q of ['青禾区2025年小学教育支出多少', '青禾区2025年其他教育支出是多少？', '青禾区2025年普通教育支出多少']) {
      const r = ask(q)
      expect(r.answer).not.toContain('64418')
      expect(r.answer).toMatch(/没有找到|未找到/u)
    }
  })
  it('still reads the row asked by its own name, with its account or level words before it', () => {
    expect(ask('青禾区2025年教育支出多少').answer).toContain('64418')
    expect(ask('青禾区2025年全区教育支出是多少').answer).toContain('64418')
    expect(ask('青禾区2025年卫生健康支出执行了多少').answer).toContain('21420')
  })
})
