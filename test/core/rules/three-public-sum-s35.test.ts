import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a bureau's page on its 三公 spending states its items, no total ("公务用车费为18万元", "公务接待费为12.5万元",
 * no 出国 figure): the total asked is the items added by the compute tool, said to be computed and which item has no
 * figure (rule three-public-sum); a page that states its total answers with it. Asked for an item the page says
 * under its label there was none of, that sentence is quoted (rule none-under-label), never a menu line's 无障碍.
 * Made-up names and figures.
 */
const ITEMS = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑阳市水务局2019年“三公经费”管理使用情况</title></head><body>
<p>智能客服 | 网站无障碍 | 适老版 | 2019年“三公经费”管理使用情况</p>
<p>岑阳市水务局2019年“三公经费”管理使用情况</p>
<p>1、公务用车费:</p>
<p>本年度公务用车费为18万元,比去年同期16万元增长了12.5%。</p>
<p>2、公务接待费用</p>
<p>本年度公务接待费为12.5万元,比去年同期13万元减少了3.85%。</p>
<p>3、公款出国(境)费:</p>
<p>本年度没有出国(境)事项发生,此项费用不存在。</p>
</body></html>`
const TOTAL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑阳市林业局2019年“三公经费”管理使用情况</title></head><body>
<p>岑阳市林业局2019年“三公经费”管理使用情况</p>
<p>本年度三公经费共计40万元，其中公务用车费为22万元,公务接待费为18万元。</p>
</body></html>`

describe('the 三公 total of a page that states only its items', async () => {
  const enc = new TextEncoder()
  const { corpus } = buildCorpus(await readSources([{ name: 'cenyang-swj-2019-sangong.html', bytes: enc.encode(ITEMS) }, { name: 'cenyang-lyj-2019-sangong.html', bytes: enc.encode(TOTAL) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('adds the items the page states', () => {
    const a = ask('岑阳市水务局2019年三公经费合计多少')
    expect(a).toMatch(/30\.50万元|30\.5万元/)
    expect(a).toContain('因公出国')
  })
  it('quotes the none said under an item\u2019s label', () => {
    const a = ask('岑阳市水务局有没有出国费')
    expect(a).toContain('此项费用不存在')
    expect(a).not.toContain('无障碍')
  })
  it('never quotes a menu line for a none', () => expect(ask('岑阳市水务局2019年会议费多少')).not.toContain('无障碍'))
  it('answers with a total the page states', () => expect(ask('岑阳市林业局2019年三公经费合计多少')).toContain('40万元'))
})
