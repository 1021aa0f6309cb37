import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (blind101's 区 budget report): a 政府债务限额和余额情况表 prints only plain amount columns (年初余额 | 限额 |
// 新增债券 | 偿还本金 | 年末余额); "年末一般债务余额" was answered with the first of them, the 限额 (a wrong figure).
const PAGE = [
  '关于青禾区2025年预算执行情况和2026年预算草案的报告',
  '一、2025年预算执行情况',
  '2025年全区一般公共预算收入完成61371万元,为预算的99.7%。',
  '表1 2025年一般公共预算收入执行表',
  '单位：万元',
  '项目\t2024年执行数\t2025年预算数\t2025年执行数\t完成%\t增长%',
  '一般公共预算收入合计\t59840\t61560\t61371\t99.7\t2.6',
  '税收收入\t47810\t49360\t48338\t97.9\t1.1',
  '表2 2025年一般公共预算支出执行表',
  '单位：万元',
  '项目\t2024年执行数\t2025年预算数\t2025年执行数\t完成%\t增长%',
  '一般公共预算支出合计\t264870\t270050\t269456\t99.8\t1.7',
  '一般公共服务支出\t28460\t27800\t28135\t101.2\t-1.1',
  '表5 2025年政府债务限额和余额情况表',
  '单位：万元',
  '项目\t2024年末余额\t2025年限额\t2025年新增债券\t2025年偿还本金\t2025年末余额',
  '一般债务\t152300\t168500\t8000\t6500\t153800',
  '专项债务\t268400\t301200\t25000\t9200\t284200',
  '合计\t420700\t469700\t33000\t15700\t438000',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qinghe-ysbg-2026.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule column-words', () => {
  it('reads the column the question names by its words', () => {
    const r = ask('青禾区2025年末一般债务余额多少？')
    expect(r.answer).toContain('153800')
    expect(r.answer).not.toContain('168500')
    expect(r.answer).toContain('年末余额')
  })
  it('reads another column by its own words, and the default where no words fit better', () => {
    expect(ask('青禾区2025年专项债务限额多少？').answer).toContain('301200')
    expect(ask('青禾区2025年专项债务新增债券多少？').answer).toContain('25000')
  })
})

describe('rule weak-completion', () => {
  it('reads the completion asked of a whole named by its side word, never a row sharing the words', () => {
    const r = ask('青禾区2025年一般公共预算收入完成预算的百分之几？')
    expect(r.answer).toContain('99.7%')
    expect(r.answer).not.toContain('一般公共服务支出')
  })
})
