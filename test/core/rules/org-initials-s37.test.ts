import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 37 (read after blind83 was scored): the merged culture bureau named as everyone says it, 文广旅体局 or
 * 文旅体育局, is the 文化广电旅游体育局 (the short names org-match expands); a neighbour bureau of the same county
 * (城管局, the 城市管理局) keeps its own figures. Made-up places and figures.
 */
const page = (org: string, amount: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${org}2024年部门决算</title></head><body>
<p>${org}2024年部门决算</p>
<p>一、收入支出决算总体情况说明</p>
<p>2024年度收入总计${amount}万元,其中事业收入12.40万元。</p>
</body></html>`

describe('a bureau named by its fields\u2019 first characters', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'a-hengshan-wglt-2024-bmjs.html', bytes: new TextEncoder().encode(page('衡山县文化广电旅游体育局', '1805.30')) },
    { name: 'b-hengshan-cgj-2024-bmjs.html', bytes: new TextEncoder().encode(page('衡山县城市管理局', '966.20')) },
  ]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer
  it('reads 文广旅体局 and 文旅体育局 as the 文化广电旅游体育局', () => {
    expect(ask('衡山文广旅体局2024年收入总计多少')).toContain('1805.30万元')
    expect(ask('衡山县文旅体育局24年收入总计是多少')).toContain('1805.30万元')
  })
  it('reads 城管局 as the 城市管理局', () => {
    const a = ask('衡山县城管局2024年收入总计多少')
    expect(a).toContain('966.20万元')
    expect(a).not.toContain('1805.30')
  })
})
