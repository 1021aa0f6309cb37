import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 27: a per-unit 人员情况表 whose counts sit under group headers (编制数（名） › 行政 | 事业, 实有人数（人） › 在职 |
 * 退休): each column counts in its group's unit (31名, 29人, never 31万元), and a unit's 编制 asked is read from the
 * group's column it fills. Made-up bureau and figures.
 */
const DOC = [
  '岚屿县水利局2025年部门预算', '',
  '一、部门基本情况',
  '纳入本部门2025年部门预算编制范围的单位共3个，包括局机关（本级）和2个所属事业单位：岚屿县水利工程服务中心、岚屿县河道管理站。各单位人员情况见下表。', '',
  '表1 人员情况表', '',
  ['单位名称', '编制数（名）', '', '实有人数（人）', ''].join('\t'),
  ['', '行政', '事业', '在职', '退休'].join('\t'),
  ['岚屿县水利局（本级）', '20', '', '19', '8'].join('\t'),
  ['岚屿县水利工程服务中心', '', '31', '29', '12'].join('\t'),
  ['岚屿县河道管理站', '', '12', '11', '4'].join('\t'),
  ['合计', '20', '43', '59', '24'].join('\t'), '',
  '表2 部门收入总表', '', '单位：万元', '',
  ['单位名称', '合计', '一般公共预算拨款收入', '事业收入'].join('\t'),
  ['合计', '3000.00', '2900.00', '100.00'].join('\t'),
  ['岚屿县水利局（本级）', '1800.00', '1800.00', '0.00'].join('\t'),
  ['岚屿县水利工程服务中心', '900.00', '820.00', '80.00'].join('\t'),
  ['岚屿县河道管理站', '300.00', '280.00', '20.00'].join('\t'),
].join('\n')

describe('counts under group headers', async () => {
  const extra = await readSources([{ name: 'lanyu-slj-2025-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)

  it('reads each column in its group’s unit', () => {
    const t = parseDocument('lanyu-slj-2025-ys.txt', DOC + '\n').document.tables[0]
    const units = t.rows.flatMap((r) => r.cells.flatMap((c) => (c.amount ? [c.amount.unit] : [])))
    expect(new Set(units)).toEqual(new Set(['名', '人']))
  })
  it('answers a member unit’s 编制 and 实有 from the columns it fills', () => {
    const a = engine.ask({ question: '岚屿县水利工程服务中心编制多少名，实有多少人' }).answer
    expect(a).toContain('31名')
    expect(a).toContain('29人')
  })
})
