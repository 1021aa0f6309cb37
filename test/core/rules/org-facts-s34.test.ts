import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a 机构设置 paragraph that lists its offices after "设置了包括" with no colon and no number, says it has
 * no 下属单位, and a department that counts its units "所属单位12家参加了…决算". The offices are listed and counted
 * (rule listed-count); "有几个下属单位" quotes the clause saying none (rule none-stated); the verb after a counted noun
 * ("多少家所属单位参加") is no part of it. Made-up names and figures.
 */
const KINDERGARTEN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚桥镇中心幼儿园2024年度部门决算</title></head><body>
<p>岚桥镇中心幼儿园2024年度部门决算</p>
<p>第一部分 部门概况</p>
<p>1.机构设置:我单位机构数量为1,没有下属单位。本单位设置了包括办公室、后勤室、保教办公室、财务室。</p>
<p>2.人员情况:本单位事业编制30人,实有人数28人。</p>
</body></html>`
const BUREAU = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚桥市档案局2023年度部门决算</title></head><body>
<p>岚桥市档案局2023年度部门决算</p>
<p>一、部门基本情况</p>
<p>岚桥市档案局所属单位12家参加了2023年度部门决算,包括岚桥市档案局(本级)、岚桥市档案馆等。</p>
</body></html>`

describe('what the 机构设置 prose says', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lanqiao-yey-2024-bmjs.html', bytes: new TextEncoder().encode(KINDERGARTEN) },
    { name: 'lanqiao-daj-2023-bmjs.html', bytes: new TextEncoder().encode(BUREAU) },
  ]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('lists the offices after 设置了包括', () => {
    const a = ask('岚桥镇中心幼儿园设了哪些科室')
    expect(a).toContain('办公室、后勤室、保教办公室、财务室')
  })
  it('quotes the clause saying there is no 下属单位', () => {
    const a = ask('岚桥镇中心幼儿园有几个下属单位')
    expect(a).toContain('没有下属单位')
    expect(a).not.toContain('没有找到')
  })
  it('reads a count whose noun a verb follows', () => {
    expect(ask('岚桥市档案局2023年决算有多少家所属单位参加')).toContain('12家')
  })
})
