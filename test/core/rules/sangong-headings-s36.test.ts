import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36 (read after blind80 was scored): "关于某某厅财政拨款“三公”经费2014年预算情况的说明" names its organisation
 * before the 三公 and its year after it (meta: the 三公 before the year is the title's account, the name before it the
 * organisation's); each item under its own heading ("一、因公出国(境)经费" / "2014年预算安排40万元,…") is that item's
 * figure (heading-subject: a 三公 item's heading, its bracket kept; 预算安排 generic words). Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于岑川省林业厅财政拨款“三公”经费2015年预算情况的说明</title></head><body>
<p>关于岑川省林业厅财政拨款“三公”经费2015年预算情况的说明</p>
<p>岑川省林业厅财政拨款“三公”经费2015年预算情况如下:</p>
<p>一、因公出国(境)经费</p>
<p>2015年预算安排32万元,较2014年预算下降20.00%,主要原因是严格执行厉行节约的要求。</p>
<p>二、公务接待费</p>
<p>2015年预算安排86万元,较2014年预算下降14.00%。</p>
<p>三、公务用车购置及运行维护费</p>
<p>2015年预算安排120万元,与2014年预算持平。</p>
</body></html>`

describe('a 三公 page naming its organisation before the 三公 and its year after it', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenchuan-lyt-2015-sangong.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it('is that organisation\u2019s 三公 预算 of the year', () => {
    const d = corpus.documents[0]
    expect([d.org, d.year, d.scope, d.metadataNeeded]).toEqual(['岑川省林业厅', 2015, '三公经费预算', undefined])
  })
  it.each([
    ['岑川省林业厅2015年因公出国经费预算多少', '32万元'],
    ['岑川省林业厅15年公务接待费预算是多少？', '86万元'],
    ['岑川省林业厅2015年公务用车购置及运行维护费安排了多少', '120万元'],
  ])('%s → %s, read under its heading', (question, want) => expect(engine.ask({ question }).answer).toContain(want))
})
