import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 42: a made-up hospital's 财务收支 statement (no real name or figure) as a mirror site copies it: in
 * Traditional with pinyin glossed, its <title> an address, no table title, only "單位:元" over pipe rows of 本期 |
 * 上年同期; the hospital named only in the footer (版權所有), the year only by the date it was published.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>http://example.org/articleShow-1-1.html</title></head><body>
<p>發(fā)布時間:2021-02-03瀏覽:102 次</p>
<p>單位:元 | |||||</p>
<p>項目 | 行號 | 本 期 | 上年同期 | 增加額 | 增長率 |</p>
<p>1、總收入 | 1 | 5000000.00 | 4000000.00 | 1000000.00 | 25.00% |</p>
<p>其中:醫(yī)療收入 | 2 | 3000000.00 | 2500000.00 | 500000.00 | 20.00% |</p>
<p>財政撥款收入 | 3 | 1500000.00 | 1200000.00 | 300000.00 | 25.00% |</p>
<p>其他收入 | 4 | 500000.00 | 300000.00 | 200000.00 | 66.67% |</p>
<p>2、總支出 | 5 | 4800000.00 | 4100000.00 | 700000.00 | 17.07% |</p>
<p>門診次均醫(yī)藥費用 | 6 | 210.50 | 200.00 | 10.50 | 5.25% |</p>
<p>版權所有:岑溪市婦幼保健院 岑溪市兒童醫院</p>
<p>聯(lián)系地址:岑溪市某路1號</p>
</body></html>`

describe('a hospital’s statement of 本期 against 上年同期, copied by a mirror site (rules unit-over-grid, site-owner)', async () => {
  const engine = createEngine(buildCorpus(await readSources([{ name: 'cenxi-fybjy-cwsz.html', bytes: new TextEncoder().encode(PAGE) }])).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('is held as the footer’s hospital’s account of the year before it was published, its table read', () => {
    const doc = engine.corpus.documents[0]
    expect(doc.org).toBe('岑溪市妇幼保健院')
    expect(doc.year).toBe(2020)
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0].columns.find((c) => /上年同期/u.test(c.label))?.role).toBe('prior')
  })

  it('answers the statement’s rows, its 本期 and 上年同期 together, by the hospital’s short name', () => {
    expect(ask('岑溪妇幼本期财政拨款收入多少钱')).toContain('1500000.00元')
    const both = ask('岑溪市妇幼保健院其他收入本期和上年同期各是多少？')
    expect(both).toContain('500000.00元')
    expect(both).toContain('300000.00元')
    expect(ask('岑溪市妇幼保健院门诊次均医药费用是多少')).toContain('210.50元')
  })
})
