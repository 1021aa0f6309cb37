import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'

/**
 * Session 31: how questions name things. A term right before 表里 names the table to read ("三公表里公务用车运行维护费
 * 的预算数和决算数": the row is the subject, its columns asked; rule table-named); 政采 is 政府采购. Made-up names and
 * figures.
 */
const T = '\t'
const TEXT = [
  '溪桥县溪口街道办事处2024年度部门决算',
  '十、政府采购支出情况',
  '2024年度本部门政府采购支出总额1,236,500.00元，其中：政府采购货物支出236,500.00元、政府采购服务支出1,000,000.00元。',
  '财政拨款“三公”经费支出决算表',
  ['', '', '', '', '', '单位：元'].join(T),
  ['项目', '预算数', '决算数'].join(T),
  ['合计', '45,000.00', '38,210.00'].join(T),
  ['因公出国（境）费', '0.00', '0.00'].join(T),
  ['公务用车购置及运行维护费', '30,000.00', '27,410.00'].join(T),
  ['其中：公务用车运行维护费', '30,000.00', '27,410.00'].join(T),
  ['公务接待费', '15,000.00', '10,800.00'].join(T),
].join('\n')

describe('questions naming a table and abbreviating a term', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-xikou-jdb-2024-bmjs.txt', bytes: new TextEncoder().encode(TEXT) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a term before 表里 as the table, the row after it as the subject', () => {
    const f = parseQuestion(corpus, '溪口街道三公表里公务用车运行维护费的预算数和决算数')
    expect(f.concepts.map((c) => c.name)).not.toContain('三公经费')
    expect(f.columns).toEqual(expect.arrayContaining(['initial', 'final']))
    const a = ask('溪口街道三公表里公务用车运行维护费的预算数和决算数')
    expect(a).toContain('30,000.00元')
    expect(a).toContain('27,410.00元')
  })
  it('reads 政采 as 政府采购', () => {
    expect(ask('溪口街道政采总额多少')).toContain('1,236,500.00元')
  })
})

/**
 * …and a follow-up naming only a unit ("那森林病虫害防治站呢？") after a question of 今年: the unit's row of the table
 * the turn before read, in the department's latest document, as 今年 was read then (its relative year carried); a
 * row's words inside a body's name (…防治站) name the body (rule row-in-body-name).
 */
const UNITS = [
  '溪桥县林业局2025年部门预算',
  '二、机构设置',
  '纳入本部门2025年部门预算编制范围的单位包括：溪桥县林业局（机关）、溪桥县森林病虫害防治站。',
  '表7 “三公”经费预算表',
  ['', '', '', '', '单位：元'].join(T),
  ['单位名称', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].join(T),
  ['合计', '52,000.00', '0.00', '40,000.00', '12,000.00'].join(T),
  ['溪桥县林业局（机关）', '38,000.00', '0.00', '30,000.00', '8,000.00'].join(T),
  ['溪桥县森林病虫害防治站', '14,000.00', '0.00', '10,000.00', '4,000.00'].join(T),
].join('\n')

describe('a follow-up naming only a unit', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'xiqiao-lyj-2025-bmys.txt', bytes: new TextEncoder().encode(UNITS) }])).corpus
  const engine = createEngine(corpus)
  it('reads the unit’s row of the table asked the turn before', () => {
    const first = '溪桥县林业局局机关今年三公经费预算多少？'
    const prev = engine.ask({ question: first })
    const a = engine.ask({ question: '那森林病虫害防治站呢？', history: [{ role: 'user', content: first }, { role: 'assistant', content: prev.answer }] }).answer
    expect(a).toContain('14,000.00元')
    expect(a).not.toContain('52,000.00')
  })
})

