import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { partAsked, reportParts } from '../../../server/core/tools/lib/report-parts.js'

/** A made-up city's 财政决算 page (青岚市, its counties and zone, their figures) going through its parts clause by clause. */
const TEXT = [
  '青岚市2023年一般公共预算收支分级完成情况',
  '2023年全市财政总收入320.5亿元,其中:一般公共预算收入88.6亿元,上级财政补助收入70.2亿元。',
  '2023年青岚市本级一般公共预算收入21.4亿元,完成年度预算的105.2%,同比增收2.1亿元,增长10.9%;柳岸县一般公共预算收入9.8亿元,完成年度预算的97.6%,同比减收0.6亿元,下降5.8%;白石县一般公共预算收入6.1亿元,完成年度预算的100.2%,同比增收0.2亿元,增长3.4%;青岚经济技术开发区一般公共预算收入12.3亿元,完成年度预算的101.0%,同比增收0.9亿元,增长7.9%。',
].join('\n')

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources([{ name: 'qinglan-2023-city.txt', bytes: new TextEncoder().encode(TEXT) }]).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('rule report-part: a part of a place its report lists clause by clause', () => {
  it('a report naming fewer than three parts goes through none', async () => {
    const two = await readSources([{ name: 'two.txt', bytes: new TextEncoder().encode(TEXT.replace(/;白石县[^;]*/u, '')) }]).then((s) => buildCorpus(s).corpus)
    expect(reportParts(two.documents[0])).toEqual([])
  })

  it('reads the parts the report names, never the whole place', async () => {
    const doc = (await built()).corpus.documents[0]
    expect(doc).toMatchObject({ org: '青岚市', scope: '财政决算' })
    // the city's own 本级 is its account (rule place-account), not one of its parts
    expect(reportParts(doc)).toEqual(['柳岸县', '白石县', '青岚经济技术开发区'])
    expect(partAsked(doc, '青岚经开区2023年一般公共预算收入多少')).toBe('青岚经济技术开发区')
  })

  it('answers a county from its own clause, quoted and cited, never with the city’s 88.6亿元', async () => {
    const a = await ask('柳岸县2023年一般公共预算收入多少，比上年少了多少？')
    expect(a.answer).toContain('9.8亿元')
    expect(a.answer).toContain('0.6亿元')
    expect(a.answer).not.toContain('88.6')
    expect(a.citations.some((c) => c.kind === 'paragraph' && c.text?.startsWith('柳岸县一般公共预算收入9.8亿元'))).toBe(true)
    expect(a.toolCalls.map((c) => c.toolName)).toContain('read-report-part')
  })

  it('a zone by its short name; a figure its clause does not state is not found', async () => {
    expect((await ask('青岚经开区2023年一般公共预算收入完成了多少？')).answer).toContain('12.3亿元')
    const none = await ask('柳岸县2023年政府性基金预算收入是多少？')
    expect(none.answer).toMatch(/没有写明所问的一项/)
    expect(none.answer).not.toMatch(/是9\.8亿元|为9\.8亿元/)
  })
})
