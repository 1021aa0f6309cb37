import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a city's notice allocating a fund to its counties, one line per place ("云阶县:…1200万元;"). The places
 * are no organisation held; a question naming one asks its line (rule listed-place), and its share of the whole the
 * notice states, where the lines add up to it. A place the notice does not list is still not held. Made-up names and
 * figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于下达2024年市级衔接推进乡村振兴补助资金的公告</title></head><body>
<p>关于下达2024年市级衔接推进乡村振兴补助资金的公告</p>
<p>现将下达我市2024年市级衔接推进乡村振兴补助资金5000万元,予以公告。</p>
<p>云阶县:市级衔接资金1200万元;</p>
<p>石桥区:市级衔接资金2300万元;</p>
<p>北坪县:市级衔接资金1400万元;</p>
<p>云阶经济开发区:市级衔接资金100万元。</p>
<p>资金用途:主要用于产业发展和农村基础设施建设。</p>
<p>云阶市财政局</p>
<p>2024年3月1日</p>
</body></html>`

describe('places a fund notice lists', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'yunjie-czj-2024-xianjie.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question })

  it('answers a listed place from its line, cited', () => {
    const r = ask('北坪县分到多少市级衔接资金')
    expect(r.answer).toContain('1400万元')
    expect(r.citations.some((c) => c.kind === 'paragraph' && c.text?.includes('北坪县'))).toBe(true)
  })
  it('reads a short form of a development zone', () => {
    expect(ask('云阶经开区衔接资金多少').answer).toContain('100万元')
  })
  it('computes a share of the whole the lines add up to', () => {
    const a = ask('石桥区的衔接资金占全市的百分之几').answer
    expect(a).toContain('46.00%')
    expect(a).toContain('5000万元')
  })
  it('still says a place not listed is not held', () => {
    const r = ask('南岭县分到多少市级衔接资金')
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toMatch(/\d+万元/)
  })
})
