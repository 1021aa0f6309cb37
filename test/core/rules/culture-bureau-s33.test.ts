import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: the culture and tourism bureau is named by each place as its merger went (文化广电旅游局, 文化体育和旅游局,
 * 文化和旅游局 …) and everyone calls it 文旅局: asked so, or by another of its forms, it is the place's own bureau, never
 * another place's; a place holding only a 文化局 (a bureau of culture alone) is answered by that bureau, named as itself.
 * Made-up names and figures.
 */
const page = (name: string, total: string) => html(`${name}2025年部门预算`, [
  `${name}2025年部门预算`, '一、收支预算总体情况', `2025年收入预算总计${total}万元，支出预算总计${total}万元。`,
])

describe('every merged form of the 文旅局 is one bureau', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'lanxi-wglyj-2025-bmys.html', bytes: new TextEncoder().encode(page('岚溪市文化广电旅游局', '4,210.30')) },
    { name: 'qinghe-wtlyj-2025-bmys.html', bytes: new TextEncoder().encode(page('青河县文化体育和旅游局', '1,086.70')) },
    { name: 'songshan-whj-2025-bmys.html', bytes: new TextEncoder().encode(page('松岭区文化局', '512.40')) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads 文旅局 as the place’s own bureau, whatever its merger named it', () => {
    for (const q of ['岚溪文旅局今年收入预算总计多少', '岚溪市文化和旅游局2025年收入预算总计多少']) {
      const a = ask(q)
      expect(a).toContain('4,210.30万元')
      expect(a).not.toContain('1,086.70')
    }
    const b = ask('青河县文旅局2025年收入预算总计是多少')
    expect(b).toContain('1,086.70万元')
    expect(b).not.toContain('4,210.30')
  })
  it('names a bureau of culture alone as itself', () => {
    const a = ask('松岭区文旅局2025年收入预算总计多少')
    expect(a).toContain('松岭区文化局')
    expect(a).not.toContain('4,210.30')
  })
})
