import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards a township held under its county (session 19): rule head-county (parse/meta-fallback: a mirror's head line
 * "青梧县融媒体服务中心岚口乡2022年部门预算" names the county before the township; the organisation, read as
 * "岚口乡政府", gets the county), the 乡政府 alias (tools/lib/org-alias) and a township named alone finding it
 * (tools/lib/org-scope). A made-up county and township.
 */
const PAGE = [
  '<html><head><meta charset="utf-8"><title>青梧县融媒体服务中心岚口乡2022年部门预算</title></head><body>',
  '<p>分享到:</p>',
  '<p>青梧县融媒体服务中心岚口乡2022年部门预算</p>',
  '<p>目 录</p>',
  '<p>第一部分岚口乡政府概况</p>',
  '<p>一、部门主要职责</p>',
  '<p>第二部分岚口乡政府2022年部门预算情况说明</p>',
  '<p>第一部分 岚口乡政府概况</p>',
  '<p>一、部门主要职责</p>',
  '<p>岚口乡政府负责本乡经济社会发展规划、农业农村和社会事务管理。</p>',
  '<p>二、部门机构设置及人员基本情况</p>',
  '<p>岚口乡政府内设党政综合办公室等5个机构。编制人数48人，其中行政编制30人，事业编制18人。</p>',
  '<p>第二部分 岚口乡政府2022年部门预算情况说明</p>',
  '<p>一、2022年部门预算收支情况说明</p>',
  '<p>2022年收入预算总计1,236.40万元，其中一般公共预算拨款收入1,236.40万元。支出预算总计1,236.40万元。</p>',
  '</body></html>',
].join('\n')

const extra = await readSources([{ name: 'qingwu-lkx-2022-ys.html', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a township’s budget on a page whose head names its county', () => {
  it('the organisation gets the county', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'qingwu-lkx-2022-ys')
    expect(doc?.org).toBe('青梧县岚口乡政府')
  })

  it.each(['岚口乡2022年收入预算总计是多少？', '青梧县岚口乡2022年收入预算总计是多少？'])('%s finds it', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('1,236.40万元')
    expect(r.answer).not.toMatch(/没有找到/)
    expect(r.citations[0]?.docId).toBe('qingwu-lkx-2022-ys')
  })
})
