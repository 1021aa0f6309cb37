import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../../server/core/engine.js'

// Session 49 (blind107's real pages, first contact): four pages were held wrongly or not at all. A county's adjustment
// named after the bonds that brought it ("…一般债券资金安排计划及县级财政预算调整方案", in Traditional with pinyin glosses);
// a county's "2020年某县地方政府债务状况"; a university's 预算编制说明 naming itself only in "2016年某大学年初部门预算收入
// 为…"; a unit's "…2016年度部门决算及“三公经费”决算公示补充说明", held as its 三公 account.
const enc = (s: string) => new TextEncoder().encode(s)
const built = buildCorpus([
  { name: 'a-2023-tz.txt', bytes: enc(['時間:2024-06-24 作者:嵐山縣財政局', '嵐山縣2023年地方政府一般債券資金安排 計劃及縣級財政預算調(diào)整方案', '一、2023年新增地方政府一般債券資金安排計劃', '省財政廳下達我縣地方政府新增一般債券額度為5200萬元。'].join('\n')) },
  { name: 'b-2020-zw.txt', bytes: enc(['2020年石泉县地方政府债务状况', '2020年底,石泉县地方政府债务限额为9.5亿元,其中:一般债务限额6亿元,专项债务限额3.5亿元。截至2020年底,石泉县政府债务余额8.1亿元。'].join('\n')) },
  { name: 'c-2016-sm.txt', bytes: enc(['2016年度预算编制说明', '(一)预算编制的基本原则', '1.坚持积极稳妥原则。', '(二)2016年收支预算编制说明', '1.2016年北岭理工大学年初部门预算收入为52100.50万元,其中:', '事业收入:2016年北岭理工大学事业收入预算30100.20万元。'].join('\n')) },
  { name: 'd-2016-js.txt', bytes: enc(['溪口区路灯管理所2016年度部门决算及“三公经费”决算公示补充说明', '1、2016年收入决算180.20万元,比上年收入决算190.00万元减少9.80万元。', '2、2016年支出决算180.20万元。'].join('\n')) },
])
const docs = built.corpus.documents
const meta = (id: string) => { const d = docs.find((x) => x.id === id); return d && { org: d.org, year: d.year, scope: d.scope } }

describe('whose page, and what kind', () => {
  it('holds an adjustment named after the bonds that brought it as the county’s budget', () => {
    expect(meta('a-2023-tz')).toMatchObject({ year: 2023, scope: '财政预算' })
    expect(meta('a-2023-tz')?.org).toMatch(/^岚山县/)
  })
  it('holds a county’s year-end debt status as its 财政决算', () => {
    expect(meta('b-2020-zw')).toEqual({ org: '石泉县', year: 2020, scope: '财政决算' })
  })
  it('reads the organisation a sentence names between its year and a stage word (年初部门预算)', () => {
    expect(meta('c-2016-sm')).toEqual({ org: '北岭理工大学', year: 2016, scope: '部门预算' })
  })
  it('holds a 部门决算 published with its 三公 account as the 部门决算', () => {
    expect(meta('d-2016-js')).toMatchObject({ org: '溪口区路灯管理所', year: 2016, scope: '部门决算' })
    const a = createEngine(built.corpus).ask({ question: '溪口区路灯管理所2016年收入决算是多少' })
    expect(a.answer).toContain('180.2')
  })
})
