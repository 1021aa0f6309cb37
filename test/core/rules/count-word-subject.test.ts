import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20 (rule count-word-subject): "中层领导干部职数是多少" asks a count by a noun no term knows, whose own word
 * (职数, 人数, 名额) says it counts people; 中 opening a word (中层, 中心) is no filler. A made-up school.
 */
const PAGE = [
  '第一部分:单位概况',
  '一、主要职能',
  '青岚市实验中学,位于青岚市城东区,主要职能为实施初中义务教育。',
  '二、机构设置情况',
  '4.内设机构情况:有学校办公室、教务处其中设主任各1名,副主任2名;德育处、后勤处各设主任1名,副主任2名,中层领导干部职数18名。',
  '第二部分: 2023年单位预算情况说明',
  '2023年本单位总收入预算3200.50万元。',
].join('\n')
const extra = await readSources([{ name: 'qinglan-syzx-2023-dwys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

describe('a count asked by a noun that says it counts', () => {
  it.each(['实验中学中层领导干部职数是多少？', '青岚市实验中学中层领导干部职数有几名？'])('%s', (question) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain('18名')
    expect(r.answer).not.toContain('3200.50')
  })
})

describe('the offices asked by name (rule offices-listed)', () => {
  it.each(['青岚市实验中学设了哪些处室？', '青岚市实验中学内设机构有哪些？'])('%s quotes the whole list, past its "；"', (question) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain('教务处')
    expect(r.answer).toContain('后勤处')
    expect(r.citations[0]?.docId).toBe('qinglan-syzx-2023-dwys')
  })
})
