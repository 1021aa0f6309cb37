import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'
import { orgLike } from '../../../server/core/parse/meta-rules.js'

/**
 * Session 33: a city names its street offices "某某街" (a 街道 under its district: 江岸区某某街), so a title naming
 * "某区某某街" names an organisation, asked by its own short name ("某某街"); and a page counts its cars in 台
 * ("公务用车辆共3台") as well as 辆. A street alone (某某大街) or a 街 without its district is no organisation.
 * Made-up names and figures.
 */
const STREET = html('岭东区和平街2016年“三公”经费财政拨款预算情况说明', [
  '岭东区和平街2016年“三公”经费财政拨款预算情况说明',
  '一、“三公”经费的单位范围',
  '岭东区和平街因公出国(境)费、公务接待费、公务用车购置及运行维护费开支单位包括街本级1个行政单位。',
  '二、2016年“三公”经费财政拨款预算情况',
  '2016年部门财政拨款资金安排“三公”经费预算6.20万元。公务接待费2.70万元。车辆运行维护费支出3.5万元，截至2015年底本单位公务用车辆共2台。',
])

describe('a street office named 某某街', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lingdong-hepingjie-2016-sangong.html', bytes: new TextEncoder().encode(STREET) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the title’s 某区某某街 as the organisation, asked by its short name', () => {
    expect(corpus.documents[0].org).toBe('岭东区和平街')
    expect(corpus.documents[0].metadataNeeded ?? []).toEqual([])
    expect(ask('和平街2016年公务接待费预算多少')).toContain('2.70万元')
  })
  it('takes no street without its district for an organisation', () => {
    expect(orgLike('岭东区和平街')).toBe(true)
    expect(orgLike('和平大街')).toBe(false)
    expect(orgLike('岭东区中山大道商业街')).toBe(false)
  })
  it('counts its cars in 台', () => {
    expect(ask('和平街有几台公务车')).toContain('2台')
  })
})

/** A township's government asked by its name without the level word: 花溪镇政府 as 花溪政府. Made-up figures. */
const TOWN = html('岭东区花溪镇政府2020年部门预算', [
  '岭东区花溪镇政府2020年部门预算',
  '一、收支预算总体情况',
  '2020年支出预算总计1,204.50万元。',
])

describe('a township’s government by its name alone', async () => {
  const { corpus } = buildCorpus(await readSources([
    { name: 'lingdong-huaxi-zhen-2020-bmys.html', bytes: new TextEncoder().encode(TOWN) },
    { name: 'lingdong-slj-2020-bmys.html', bytes: new TextEncoder().encode(html('岭东区水务局2020年部门预算', ['岭东区水务局2020年部门预算', '2020年支出预算总计2,310.00万元。'])) },
  ]))
  const engine = createEngine(corpus)
  it('answers 花溪政府 from the township government’s document alone', () => {
    const a = engine.ask({ question: '花溪政府2020年支出预算总计多少' }).answer
    expect(a).toContain('1,204.50万元')
    expect(a).not.toContain('2,310.00')
  })
})
