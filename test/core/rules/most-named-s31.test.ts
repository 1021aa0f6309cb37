import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: whose page, named by nothing but its own prose: no title, body rule or banner names an organisation,
 * and the page names one body (with its place) more often than any other (rule most-named). A page naming two bodies
 * as often names nobody. Made-up names and figures.
 */

const ONE = html('2022年省级专项资金预算安排公示', [
  '2022年省级专项资金预算安排公示',
  '根据有关文件精神，溪桥县农业技术推广中心拟安排2022年省级专项资金85万元，用于耕地质量监测。',
  '一、资金安排：溪桥县农业技术推广中心负责组织实施，溪桥县财政局负责资金拨付。',
  '二、公示期间如有异议，请向溪桥县农业技术推广中心反映。',
])
const TWO = html('2022年省级专项资金预算安排公示', [
  '2022年省级专项资金预算安排公示',
  '溪桥县农业技术推广中心和溪桥县水利工程管理站拟安排2022年省级专项资金85万元。',
  '溪桥县农业技术推广中心负责耕地质量监测，溪桥县水利工程管理站负责渠道维护。',
])

describe('the body a page names most', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'one.html', bytes: new TextEncoder().encode(ONE) },
    { name: 'two.html', bytes: new TextEncoder().encode(TWO) },
  ])).corpus
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)

  it('names the body named most, its place spelled out', () => {
    expect(doc('one')?.org).toBe('溪桥县农业技术推广中心')
    expect(doc('one')?.metadataNeeded ?? []).not.toContain('org')
  })
  it('names nobody when two bodies are named as often', () => {
    expect(doc('two')?.metadataNeeded ?? []).toContain('org')
  })
})
