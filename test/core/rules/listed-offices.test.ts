import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 22 (rule listed-count): "内设了几个科室" where the page lists its offices by name and states no number
 * ("内设科室有:办公室、教务科、…、质管办。"): counted from the list, the names given and the count said to be counted.
 * A list of words that are not offices is never counted. A made-up school.
 */
const SCHOOL = [
  '柳溪县职业中等专业学校2019年部门预算公开说明',
  '一、单位职责',
  '柳溪县职业中等专业学校作为一级部门预算单位,内设科室有:办公室、教务科、学保科、财务科、质管办。',
].join('\n')
const OTHER = ['柳溪县文化馆2019年部门预算公开说明', '一、单位职责', '主要开展:群众文艺、非遗保护、公益培训。'].join('\n')

describe('offices listed by name', async () => {
  const extra = await readSources([
    { name: 'lx-zz-2019.txt', bytes: new TextEncoder().encode(SCHOOL) },
    { name: 'lx-whg-2019.txt', bytes: new TextEncoder().encode(OTHER) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  it('are counted and named', () => {
    const r = engine.ask({ question: '柳溪县职业中等专业学校内设了几个科室？' })
    expect(r.answer).toContain('5个')
    expect(r.answer).toContain('质管办')
    expect(r.answer).toContain('按所列名称计')
  })
  it('a list of activities is no list of offices', () => {
    expect(engine.ask({ question: '柳溪县文化馆内设了几个科室？' }).answer).not.toMatch(/\d个/)
  })
})
