import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 25: a school's 三公 paragraph states the whole's change and closes; the next paragraph opens with 其中 and
 * gives each part's change with its reason (made up: 柳岸县实验中学). The parts' reasons are the whole's when their
 * changes sum to it (rule parts-sum-reason over a paragraph break); never when they do not.
 */
const page = (second: string) => [
  '柳岸县实验中学2025年单位预算',
  '八、“三公”经费预算情况',
  '2025年一般公共预算“三公”经费预算51,000.00元，比2024年预算减少7,000.00元，下降12.07%。',
  `其中：因公出国（境）费0.00元，与上年持平；公务用车运行维护费36,000.00元，比上年减少4,000.00元，主要原因是压减车辆维修费用；公务接待费15,000.00元，比上年减少${second}元，主要原因是从严控制接待范围。`,
  '九、政府性基金预算支出情况',
  '本单位无政府性基金预算支出。',
].join('\n')

describe('the parts’ reasons in the paragraph after the whole’s change', async () => {
  const build = async (second: string) => createEngine(buildCorpus(seedSources(await readSources([{ name: 'liuan-syzx-2025.txt', bytes: new TextEncoder().encode(page(second)) }]))).corpus)
  it('quotes them when the parts’ changes sum to the whole’s', async () => {
    const a = (await build('3,000.00')).ask({ question: '柳岸县实验中学三公经费为什么下降' }).answer
    expect(a).toContain('压减车辆维修费用')
    expect(a).toContain('从严控制接待范围')
  })
  it('says no reason when they do not', async () => {
    const a = (await build('2,000.00')).ask({ question: '柳岸县实验中学三公经费为什么下降' }).answer
    expect(a).not.toContain('从严控制接待范围')
  })
})
