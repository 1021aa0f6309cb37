import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind105 E36, blind107 E21): "各县区…分别是多少", "各街道自己的…分别是多少" of a place's report listing only
// the place's whole and its 本级 were answered with the whole's figure. Rule members-unlisted: said to be not listed.
const enc = (s: string) => new TextEncoder().encode(s)
const REPORT = [
  '柳溪区2025年财政决算（草案）的报告',
  '附表1柳溪区2025年一般公共预算收入决算表',
  '单位：万元',
  '项目\t全区\t区本级',
  '税收收入\t60000\t50000',
  '一般公共预算收入合计\t80000\t66000',
].join('\n')
const LISTED = [
  '石川县2025年财政决算（草案）的报告',
  '附表1石川县2025年各乡镇一般公共预算收入决算表',
  '单位：万元',
  '乡镇\t决算数',
  '东关镇\t3200',
  '西岭乡\t1800',
  '合计\t5000',
].join('\n')
const corpus = buildCorpus([{ name: 'liuxi-czj-2025-jsca.txt', bytes: enc(REPORT) }, { name: 'shichuan-czj-2025-jsca.txt', bytes: enc(LISTED) }]).corpus
const ask = (question: string) => createEngine(corpus).ask({ question })

describe('rule members-unlisted', () => {
  it('says a report lists no 街道 one by one, never giving the whole for them', () => {
    const a = ask('柳溪区各街道自己的一般公共预算收入决算分别是多少？')
    expect(a.answer).toMatch(/没有分街道列出/)
    expect(a.answer).not.toContain('80000万元')
  })
  it('reads on where the report lists them', () => {
    expect(ask('石川县各乡镇一般公共预算收入决算分别是多少？').answer).not.toMatch(/没有分乡镇列出/)
  })
})
