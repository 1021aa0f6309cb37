import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { orgParts } from '../../../server/core/tools/lib/org-match.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 25: a county with a one-character name (made up: 岚县 is real, so 澜县) publishes its government's budget
 * adjustment report beside a township's 部门预算 whose name begins with the county's; a town's 决算 说明 held as its
 * 本级.
 * - a one-character county is a place (澜县人民政府: 澜县, its government);
 * - rule place-own-first: "澜县…" asked with no unit is the county government's report, not the township's;
 * - rule qualified-subject-asked: 收入目标 and 预计能完成 pick the stated subject the question qualifies, not the bare
 *   one of another sentence;
 * - "某镇政府" is the town held as "某某区某镇人民政府(本级)".
 */
const REPORT = [
  '澜县2024年财政收支预算调整情况',
  '澜县人民政府',
  '关于调整全县2024年财政支出预算的报告',
  '一、一般公共预算支出调整意见',
  '县人民代表大会审议批准,全县一般公共预算收入目标21000万元,预算执行中,一般公共预算收入预计可完成25800万元,超收4800万元。',
  '(一)全年可用财力。预计全年可用财力98000万元。其中:审议批准县级可用财力90000万元(一般公共预算收入21000万元,省市补助60000万元,调入资金9000万元)。',
].join('\n')
const TOWN = [
  '澜县青石镇人民政府2024年部门预算',
  '一、部门基本情况',
  '青石镇人民政府是基层国家行政机关。',
  '二、收支预算情况',
  '2024年一般公共预算收入预算为1200.00万元，一般公共预算支出预算为1200.00万元。',
].join('\n')
const OWN = [
  '柳川市桐江区白沙镇人民政府(本级)2024年度决算公开说明',
  '一、部门决算情况说明',
  '收入情况。2024年度本年收入合计1874.92万元,其中:一般公共预算财政拨款收入1874.92万元。',
].join('\n')

describe('a one-character county, its government’s report and its township', async () => {
  const extra = await readSources([
    { name: 'lanxian-2024-ystz.txt', bytes: new TextEncoder().encode(REPORT) },
    { name: 'lanxian-qingshi-2024.txt', bytes: new TextEncoder().encode(TOWN) },
    { name: 'baisha-2024-js.txt', bytes: new TextEncoder().encode(OWN) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question })

  it('reads a one-character county as the place its units begin with', () => {
    expect(orgParts('澜县人民政府')).toMatchObject({ region: '澜县', core: '人民政府' })
    expect(orgParts('澜县青石镇人民政府')).toMatchObject({ region: '澜县', core: '青石镇人民政府' })
    // a scope word is no county
    expect(orgParts('全县教育局').region).toBeUndefined()
  })
  it('speaks of a unit held as its 本级 without it', () => {
    expect(orgAliases('柳川市桐江区白沙镇人民政府(本级)').map((a) => a.form)).toEqual(expect.arrayContaining(['白沙镇政府', '白沙镇']))
    expect(ask('白沙镇政府一般公共预算财政拨款收入有多少').answer).toContain('1874.92万元')
  })
  it('answers the county named alone from its government’s report, not its township’s budget', () => {
    const a = ask('澜县一般公共预算收入目标是多少').answer
    expect(a).toContain('21000万元')
    expect(a).toContain('收入目标')
    expect(a).not.toContain('青石镇')
  })
  it('reads the statement the question qualifies (预计能完成), not the bare one of another sentence', () => {
    const a = ask('澜县一般公共预算收入预计能完成多少').answer
    expect(a).toContain('25800万元')
    expect(a).toContain('预计可完成')
    expect(a).not.toContain('青石镇')
  })
  it('keeps the township when it is named, and every unit when the question is over the units', () => {
    expect(ask('澜县青石镇一般公共预算支出预算是多少').answer).toContain('1200.00万元')
    expect(ask('澜县各单位一般公共预算支出分别是多少').answer).toContain('青石镇')
  })
})
