import { describe, expect, it } from 'vitest'
import { findOrgMentions, distinctMentions } from '../../../server/core/tools/lib/org-mention.js'
import { orgIndex } from '../../../server/core/tools/lib/org-scope.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** A prefecture’s own 三公 account (made up: 白石州, its figures and wording), prose only, spoken of without 自治. */
const PREFECTURE_FINAL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2021年白石州州本级“三公”经费支出决算情况</title></head><body>
<p>经白石州财政局汇总,2021年白石州州本级部门,包括州级行政单位、事业单位和其他单位使用财政拨款安排“三公”经费支出总额为120.50万元,比年初预算减少3.20万元。其中:因公出国(境)经费0万元,和年初预算持平;公务用车购置及运行维护费100.30万元(其中:公务用车购置费40.10万元,公务用车运行维护费60.20万元),比年初预算增加5.00万元;公务接待费20.20万元,比年初预算减少8.20万元。</p>
</body></html>`

const extra = await readSources([{ name: 'baishi-2021-sangong.html', bytes: new TextEncoder().encode(PREFECTURE_FINAL) }])
const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
const ask = (question: string) => engine.ask({ question })

describe('a prefecture’s 本级 is found by the names questions give it', () => {
  it('is held as 白石州本级 in the city 白石州', () => {
    expect(engine.corpus.documents.find((d) => d.id === 'baishi-2021-sangong')).toMatchObject({ org: '白石州本级', city: '白石州', scope: '三公经费决算' })
  })

  it('its level word said again before 本级 is one of its forms', () => {
    expect(orgAliases('白石州本级').map((a) => a.form)).toContain('白石州州本级')
  })

  it.each([
    ['白石州州本级2021年公务接待费是多少？', /20\.20万元/],
    ['白石州本级21年公务接待费决算多少', /20\.20万元/],
    ['白石州2021年州本级公务用车购置费是多少？', /40\.10万元/],
  ])('%s', async (q, expected) => {
    const r = await ask(q)
    expect(r.answer).toMatch(expected)
    expect(r.citations[0]?.docId).toBe('baishi-2021-sangong')
  })

  it('“州本级” after the year restates the place: one organisation, its words no subject', () => {
    const { stems, aliases, cities } = orgIndex(engine.corpus)
    const ms = findOrgMentions('白石州2021年州本级公务接待费', stems, aliases, cities)
    expect(ms.map((m) => m.text)).toEqual(['白石州', '州本级'])
    expect(distinctMentions(ms)).toHaveLength(1)
  })

  it('a change against 年初预算 is said so, never as one against the year before', async () => {
    const r = await ask('白石州州本级2021年三公经费比年初预算少了多少？')
    expect(r.answer).toMatch(/比年初预算减少3\.20万元/)
    expect(r.answer).not.toMatch(/比上年/)
  })

  it('a unit of the prefecture is not its 本级: not held', async () => {
    const r = await ask('白石州教育局2021年三公经费决算是多少？')
    expect(r.answer).not.toMatch(/120\.50/)
    expect(r.citations).toEqual([])
  })

  it('a city whose name ends in 州 (苏州) is not read as the held prefecture', () => {
    const { stems, aliases, cities } = orgIndex(engine.corpus)
    expect(findOrgMentions('苏州市财政局2021年三公经费', stems, aliases, cities)).toMatchObject([{ city: '苏州市', known: true }])
    expect(findOrgMentions('杭州园林局2021年三公经费', stems, aliases, cities).some((m) => m.city === '杭州')).toBe(false)
  })

  it('a prefecture not held stays not held (fail closed)', async () => {
    const r = await ask('黑水州州本级2021年公务接待费是多少？')
    expect(r.citations).toEqual([])
    expect(r.answer).toMatch(/没有/)
  })
})
