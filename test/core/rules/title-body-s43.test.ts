import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../../server/core/engine.js'

/**
 * Session 43: a zone's 三公 note whose title names the zone by a bare name ("2024年澜屿岛“三公”经费预算说明"), published
 * by its department named with no place (来源: 财政金融局): the account is the zone's (rule title-body); its change written
 * with a bare 加 ("比上年预算数加23.47万元", a lost 增) is a change, read as one and never as a total the items contradict.
 * Made-up zone.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年澜屿岛“三公”经费预算说明</title></head><body>
<p>2024年澜屿岛“三公”经费预算说明</p>
<p>发布时间:2024-01-18 16:47   来源: 财政金融局</p>
<p>1.“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。</p>
<p>2.经汇总,本级2024年使用一般公共预算拨款安排的“三公”经费预算数为251.82万元,比上年预算数加23.47万元,与上年预算数相比增长10.27%。其中,因公出国(境)经费14万元;公务接待费94.82万元;公务用车购置经费55万元;公务用车运行经费88万元。</p>
</body></html>`

describe('a zone\'s 三公 note published by its finance office', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanyu-2024-sangong.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)

  it('is the zone\'s account, not its office\'s', () => {
    expect(corpus.documents.map((d) => [d.org, d.year, d.scope])).toEqual([['澜屿岛', 2024, '三公经费预算']])
  })

  it('reads the change written with a bare 加, and finds no contradiction in it', () => {
    const a = engine.ask({ question: '澜屿岛三公经费比上年预算多了多少万' }).answer
    expect(a).toContain('23.47万元')
    expect(engine.ask({ question: '澜屿岛2024年三公经费预算是多少？' }).answer).not.toContain('不一致')
  })
})
