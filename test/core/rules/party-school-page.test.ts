import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22: a 部门预算 whose head prints its site's name before a date label ("某县财政局公开平台 发布日期：…"): the
 * label is 发布日期, and the organisation's own place (柳岸县) in a question never asks it (rule head-label-asked had
 * answered every question with that line); a share printed of the paragraph's own total ("基本支出…，占80.00%") asked
 * with no whole (rule stated-share); a per-unit 三公 table whose total is printed per year ("2025年预算合计",
 * "2024年预算合计": the document's own year's is its total). A made-up party school.
 */
const PAGE = [
  '中共柳岸县委党校2025年部门预算',
  '柳岸县财政局公开平台 发布日期：2025-02-14',
  '一、部门基本情况',
  '县委党校是县委的重要部门，内设办公室、教务科2个科室。',
  '二、收入预算情况',
  '2025年收入预算500.00万元，其中：一般公共预算拨款收入450.00万元，占90.00%；事业收入50.00万元，占10.00%。',
  '三、支出预算情况',
  '2025年支出预算500.00万元，其中：基本支出400.00万元，占80.00%；项目支出100.00万元，占20.00%。',
  '表6 财政拨款“三公”经费支出预算表',
  '单位：万元',
  '单位名称\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费',
  '柳岸县委党校（本级）\t3.00\t0.00\t2.00\t1.00',
  '柳岸县干部教育培训中心\t1.50\t0.00\t1.00\t0.50',
  '2025年预算合计\t4.50\t0.00\t3.00\t1.50',
  '2024年预算合计\t5.00\t0.00\t3.20\t1.80',
].join('\n')

describe('a party school budget with its site named in its head', async () => {
  const extra = await readSources([{ name: 'liuan-dx-2025.txt', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the organisation\'s place in a question asks no head label', () => {
    const r = engine.ask({ question: '柳岸县委党校25年支出预算是多少？' })
    expect(r.answer).toContain('500.00万元')
    expect(r.answer).not.toContain('页头')
  })
  it('the date label is still read as 发布日期', () => {
    expect(engine.ask({ question: '柳岸县委党校这份预算哪天发布的？' }).answer).toContain('2025-02-14')
  })
  it('a share asked with no whole is the one the paragraph prints, quoted', () => {
    const r = engine.ask({ question: '柳岸县委党校2025年基本支出占比多少？' })
    expect(r.answer).toContain('80.00%')
    expect(r.answer).toContain('文件所列')
  })
  it('a member unit\'s row of a per-unit 三公 table whose total is named by its year', () => {
    const r = engine.ask({ question: '柳岸县干部教育培训中心2025年三公经费预算多少？' })
    expect(r.answer).toContain('1.50万元')
    expect(r.answer).not.toContain('没有找到')
  })
})
