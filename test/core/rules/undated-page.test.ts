import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules undated-page, form-label issuer): a city 财政局's notice of funds kept as a portal's grid (名称 |
 * 内容 rows, its issuer under 公告单位) prints no year anywhere. It is held for its organisation with the year left for
 * staff to set, and answered meanwhile, saying the year is not written, never "0年" nor a year of its own choosing.
 * Made-up city, counties and figures.
 */
const PAGE = [
  '名称 |', '内 容 |', '公告事项 |', '省安排我市第三批省级水利建设项目资金1250万元 |', '项目资金安排 |',
  '一、下达枫林县小型水库除险加固1200万元; 二、下达桐溪区山洪沟治理50万元。 |',
  '公告 单位 |', '青川市财政局 |',
].join('\n')

describe('an undated notice of funds', async () => {
  const extra = await readSources([{ name: 'qingchuan-czj-slzj.txt', bytes: new TextEncoder().encode(PAGE) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('is held for the issuer its form names, its year left to staff', () => {
    expect(corpus.documents[0].org).toBe('青川市财政局')
    expect(corpus.documents[0].metadataNeeded).toContain('year')
  })

  it('answers its figures, saying the year is not written', () => {
    const r = engine.ask({ question: '青川第三批省级水利建设项目资金总共多少' })
    expect(r.answer).toContain('1250万元')
    expect(r.answer).toContain('青川市财政局')
    expect(r.answer).toContain('未写明年份')
    expect(r.answer).not.toMatch(/(?<![\d.,])0年/u)
  })
})

/** A held city's undated bulletin asked of its county ("濮阳县" of 濮阳市): another place, never the city's figures. Made-up place. */
const BULLETIN = ['岚阳市3月份财政收支情况', '3月份,全市一般公共预算收入当月完成61230万元,累计完成198400万元,增长2.1%。'].join('\n')

describe('a county named by its city’s name with 县', async () => {
  const extra = await readSources([{ name: 'lanyang-czsz-3yue.txt', bytes: new TextEncoder().encode(BULLETIN) }])
  const engine = createEngine(buildCorpus(extra).corpus)
  it('is not the city', () => {
    const r = engine.ask({ question: '岚阳县的一般公共预算收入完成了多少？' })
    expect(r.answer).not.toMatch(/61230|198400/u)
  })
})
