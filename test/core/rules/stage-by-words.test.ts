import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22 (rule stage-by-words): a page that names its organisation and year but says neither 预算 nor 决算 of
 * itself is read at the stage its own words speak of, three to one or more (实际完成, 同比, 执行率 against 预算安排,
 * 拟, 计划); every answer from it says so. Words of both kinds: the page stays held with its stage to be given.
 * Made-up pages.
 */
const ACCOUNT = [
  '青梧县第二人民医院2020年度信息公开',
  '一、收入情况',
  '2020年医院总收入实际完成32000.00万元,同比增长5.20%,其中医疗收入实际完成28000.00万元。',
  '二、支出情况',
  '2020年医院总支出实际支出30500.00万元,同比增长4.10%。',
].join('\n')
const PLAN = ['柳岸县文化馆2025年项目支出说明', '一、文化惠民项目', '拟安排资金50.00万元,计划开展演出40场。', '二、场馆维修项目', '拟用于场馆维修30.00万元,绩效目标为按期完工。'].join('\n')
const BOTH = ['柳岸县图书馆2024年工作情况', '2024年预算安排80.00万元,实际完成78.00万元,执行率97.50%。'].join('\n')

describe('a page that does not say its stage', () => {
  it('an account of what happened is read as a 决算, said so', () => {
    const { document: d } = parseDocument('qw.txt', ACCOUNT)
    expect(d).toMatchObject({ org: '青梧县第二人民医院', year: 2020, scope: '部门决算', stageFromWords: true })
    expect(d.metadataNeeded ?? []).toEqual([])
  })
  it('a plan is read as a 预算', () => {
    expect(parseDocument('la.txt', PLAN).document).toMatchObject({ scope: '部门预算', stageFromWords: true })
  })
  it('words of both stages leave it to be given', () => {
    expect(parseDocument('lt.txt', BOTH).document.metadataNeeded).toContain('scope')
  })
})

describe('answers from a page read at the stage of its words', async () => {
  const extra = await readSources([{ name: 'qw-2020.txt', bytes: new TextEncoder().encode(ACCOUNT) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('the figure, and how the stage was read', () => {
    const r = engine.ask({ question: '青梧县第二人民医院2020年总收入多少？' })
    expect(r.answer).toContain('32000.00万元')
    expect(r.answer).toContain('没有写明是预算还是决算')
  })
})
