import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Guards rule unit-nature (planner/rules/prose-fact-asked.ts, session 19): a 街道办事处's kind is its own sentence
 * ("是岚川区人民政府的派出机关…。是具有独立法人资格的全额拨款单位。", the continuing sentence quoted too), never an
 * earlier count of the units under it ("下属3个财政补助事业单位"). A made-up street office.
 */
const PAGE = [
  '岚川区桐溪街道办事处2024年部门预算',
  '第一部分 部门概况',
  '一、机构设置',
  '岚川区桐溪街道办事处内设党政办公室、经济发展办公室等6个科室，下属3个财政补助事业单位，分别为社区服务中心、综合执法队和文化站。',
  '二、单位性质',
  '岚川区桐溪街道办事处是岚川区人民政府的派出机关，在辖区内履行政府管理和公共服务职能。是具有独立法人资格的全额拨款单位。',
  '第二部分 2024年部门预算情况说明',
  '2024年收入预算总计2,150.00万元，支出预算总计2,150.00万元。',
].join('\n')

const extra = await readSources([{ name: 'lanchuan-txjd-2024-ys.txt', bytes: new TextEncoder().encode(PAGE) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('rule unit-nature: a street office’s own kind', () => {
  it.each(['岚川区桐溪街道办事处是什么性质的单位？', '桐溪街道办是什么性质？'])('%s quotes 派出机关 and 全额拨款, not the 下属 sentence', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('派出机关')
    expect(r.answer).toContain('全额拨款')
    expect(r.answer).not.toContain('下属3个')
    expect(r.citations[0]?.docId).toBe('lanchuan-txjd-2024-ys')
  })
})
