import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a 部门决算 page whose title and heading name no body (the template's "2023年度部门决算(草案)"), its
 * 机构设置 item naming it before its offices ("1、机构设置:岚州市东湖区云桥街道办事处(本级)下设5个内设机构:…"), its
 * 部门职责 item after a label ("2、部门职责:云桥街道办事处是…的派出机构"). The body is read from the 机构设置 item
 * (rule structure-subject). Made-up names.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年度部门决算(草案)</title></head><body>
<p>2023年度部门决算(草案)</p>
<p>目 录</p>
<p>第一部分 2023年度部门决算报表</p>
<p>第二部分 2023年度部门决算说明</p>
<p>一、部门/单位基本情况</p>
<p>(一)机构设置、职责</p>
<p>1、机构设置:岚州市东湖区云桥街道办事处(本级)下设5个内设机构:综合办公室、党群工作办公室、平安建设办公室、城市管理办公室、民生保障办公室。</p>
<p>2、部门职责:云桥街道办事处是东湖区人民政府的派出机构,代表区政府对街道辖区行使政府管理职能。</p>
</body></html>`

describe('a page named only by its 机构设置 item', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'yunqiao-jd-2023-bmjs.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)

  it('reads the body from the item naming it before its offices', () => {
    expect(corpus.documents[0].org).toBe('岚州市东湖区云桥街道办事处')
  })
  it('answers a question naming the body short', () => {
    expect(engine.ask({ question: '云桥街道办有几个内设机构' }).answer).toContain('5个')
  })
})
