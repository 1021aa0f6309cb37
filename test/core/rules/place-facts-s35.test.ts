import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a township's 概况 states its facts without a budget word ("全镇共12个行政村,…总人口5600人,2024年共有干部
 * 职工38人", "位于清溪河畔,…距县城28公里"): asked how many staff, people or villages, the count the prose states (rule
 * prose-count-asked: 共有 opens no noun, 人口 asks a count of people, one character asks the noun it closes); asked how
 * far or by which river, the sentence that states it (rule thing-fact-asked, a place's own facts). A count the page does
 * not state is not answered. Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年度岑溪县梧坪镇人民政府部门决算</title></head><body>
<p>2024年度岑溪县梧坪镇人民政府部门决算</p>
<p>第一部分 岑溪县梧坪镇人民政府概况</p>
<p>一、部门职责</p>
<p>镇位于清溪河畔,岑溪县东部,距县城28公里。全镇共12个行政村,两个社区,总人口5600人,2024年共有干部职工38人。镇人民政府负责本行政区域内的经济和社会发展。</p>
</body></html>`

describe('a township’s own facts', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenxi-wuping-2024-juesuan.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the staff count after 共有', () => expect(ask('梧坪镇政府有多少干部职工')).toContain('38人'))
  it('reads the population asked without 有', () => expect(ask('岑溪梧坪镇总人口多少')).toContain('5600人'))
  it('reads the villages asked by one character', () => expect(ask('梧坪镇有几个村')).toMatch(/行政村12个|12个行政村/))
  it('quotes the distance', () => expect(ask('梧坪镇离县城多远')).toContain('28公里'))
  it('quotes the river', () => expect(ask('梧坪镇在哪条河边上')).toContain('清溪河畔'))
  it('answers no count the page does not state', () => expect(ask('梧坪镇有几个学校')).not.toMatch(/\d+个/))
})
