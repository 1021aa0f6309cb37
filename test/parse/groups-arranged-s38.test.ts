import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 38 (from blind85's untitled 三公 page): a page with no title whose only name of its body is the 三公 决算
 * template's count of trips ("全年使用财政拨款安排某中心出国团组0个") is that body's 三公经费决算. Made-up names.
 */
const page = (body: string) => `<html><head><title>http://example.org/upload/7762259D.html</title></head><body>${body}</body></html>`

describe('rule groups-arranged', () => {
  it('reads the body and its 三公 决算 from the count of trips', async () => {
    const html = page([
      '<p>2020 年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 5.48 万元,比去年增加1.55 万元。</p>',
      '<p>(一)因公出国(境)费支出 0 万元。全年使用财政拨款安排青岚市农产品质量检测中心出国团组 0 个,参加其他单位组织的出国团组 0 个。</p>',
    ].join(''))
    const { corpus } = buildCorpus(await readSources([{ name: 'd-2020-x.html', bytes: new TextEncoder().encode(html) }]))
    const d = corpus.documents[0]
    expect(d.org).toBe('青岚市农产品质量检测中心')
    expect(d.scope).toBe('三公经费决算')
    expect(d.metadataNeeded ?? []).toEqual([])
  })
  it('never takes 各单位 or 本单位 for a body', async () => {
    const html = page('<p>2020年度“三公”经费支出决算总额为 5.48 万元。全年使用财政拨款安排各单位出国团组 0 个。</p>')
    const { corpus } = buildCorpus(await readSources([{ name: 'd-2020-x.html', bytes: new TextEncoder().encode(html) }]))
    expect(corpus.documents[0].org ?? '').not.toMatch(/各单位/)
  })
})
