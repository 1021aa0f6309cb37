import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29: a district bureau's 收入总表 by unit (its own office 某局（本级） and its schools). A fund's income asked by
 * the fund's name (政府性基金收入 for 政府性基金预算拨款收入) is that column of the unit's row, never the unit's 合计; a
 * school whose name holds 中 (第一中学) asked its share of the bureau keeps its name. Made-up district and figures.
 */
const DOC = [
  '青川市桐溪区教育局2025年部门预算',
  '',
  '表2', '', '青川市桐溪区教育局2025年部门收入总表', '', '单位：元', '',
  '单位编码\t单位名称\t合计\t一般公共预算拨款收入\t政府性基金预算拨款收入\t事业收入\t其他收入',
  '\t合计\t50,000,000\t46,000,000\t800,000\t3,000,000\t200,000',
  '201001\t青川市桐溪区教育局（本级）\t6,000,000\t5,200,000\t800,000\t0\t0',
  '201002\t青川市桐溪区第一中学\t24,000,000\t22,500,000\t0\t1,500,000\t0',
  '201003\t青川市桐溪区实验小学\t20,000,000\t18,300,000\t0\t1,500,000\t200,000',
].join('\n')

describe('a bureau’s income by unit', async () => {
  const extra = await readSources([{ name: 'tongxi-jyj-2025-bmys.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)

  it('answers a fund’s income asked by the fund’s name from that column', () => {
    const r = engine.ask({ question: '教育局本级的政府性基金收入多少' })
    expect(r.answer).toMatch(/80\.00万元|800,000元/u)
    expect(r.answer).not.toMatch(/600\.00万元|6,000,000/u)
  })

  it('keeps 中 inside a school’s name in a share question', () => {
    const r = engine.ask({ question: '第一中学预算占整个教育局的百分之几' })
    expect(r.answer).toContain('48.00%')
  })
})
