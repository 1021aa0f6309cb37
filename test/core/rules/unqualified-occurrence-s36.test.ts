import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: "参照公务员法管理的事业编制人数1人,事业编制人数8人": 事业编制 asked is the one written on its own at its
 * clause's start (8), never the tail of the qualified kind before it (rule unqualified-occurrence). Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜溪县地方志研究室2024年部门预算</title></head><body>
<p>澜溪县地方志研究室2024年部门预算</p>
<p>一、部门基本情况</p>
<p>编制人数小计14人,其中:行政编制人数5人,参照公务员法管理的事业编制人数1人,事业编制人数8人。</p>
<p>2024年收入预算总额156.20万元。</p>
</body></html>`

describe('a kind written first as another kind’s tail', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-dfz-2024-dept.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('reads the own occurrence', () => {
    const a = engine.ask({ question: '澜溪县地方志研究室事业编制多少人' }).answer
    expect(a).toMatch(/事业编制：?为?8人/)
    expect(a).not.toMatch(/事业编制：?为?1人/)
  })
  it('computes its share from that count', () => {
    expect(engine.ask({ question: '澜溪县地方志研究室事业编制占编制总数多少？' }).answer).toContain('57.14%')
  })
})
