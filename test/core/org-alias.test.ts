import { describe, expect, it } from 'vitest'
import type { Corpus } from '../../server/core/schema.js'
import { aliasFingerprint, aliasFormsOf, aliasTable, coreForms, orgAliases, primeAliasForms } from '../../server/core/tools/lib/org-alias.js'
import { findOrgMentions } from '../../server/core/tools/lib/org-mention.js'
import { docsOfOrg, orgIndex } from '../../server/core/tools/lib/org-scope.js'
import { orgParts, orgPartsFingerprint, orgPartsOf, primeOrgParts, type StoredOrgParts } from '../../server/core/tools/lib/org-match.js'

const WANLI = '上海市普陀区人民政府万里街道办事处'
const ZFB = '上海市普陀区人民政府办公室'
const SWJ = '上海市普陀区商务委员会'
const GHZY = '上海市普陀区规划和自然资源局'
const SFJ = '上海市普陀区司法局'
const DUJI = '杜集经济开发区管委会'
const HELD = [WANLI, ZFB, SWJ, GHZY, SFJ, DUJI, '重庆市渝北区医疗保障局', '重庆市南岸区医疗保障局']
const docs = HELD.map((org, i) => ({ id: `d${i}`, org, region: /(普陀区|渝北区|南岸区)/.exec(org)?.[1], year: 2025, tables: [] }))
// a unit held for three years is still one organisation
docs.push({ ...docs[0], id: 'd0-2024', year: 2024 }, { ...docs[0], id: 'd0-2023', year: 2023 })
const corpus = { documents: docs } as unknown as Corpus
const { stems, aliases } = orgIndex(corpus)

describe('forms of a held organisation, derived from the structure of its name', () => {
  it.each([
    ['人民政府万里街道办事处', ['万里街道办事处', '万里街道办', '万里街道']],
    ['人民政府办公室', ['政府办公室', '政府办', '府办']],
    ['商务委员会', ['商务委']],
    ['规划和自然资源局', ['规划资源局', '规划自然资源局']],
    ['发展和改革委员会', ['发展改革委员会', '发改委']],
    ['管理委员会', ['管委会']],
    ['石岭镇中心小学', ['石岭小学', '石岭镇小学']],
    ['青松乡中心卫生院', ['青松卫生院', '青松乡卫生院']],
    // (session 42) a maternal and child health hospital is said 妇幼
    ['妇幼保健院', ['妇幼']],
  ])('%s → %j', (core, forms) => {
    expect(coreForms(core)).toEqual(expect.arrayContaining([core, ...forms]))
  })

  it.each([
    [WANLI, '普陀区', ['普陀区万里街道', '万里街道', '万里街道办事处', '上海市普陀区万里街道办事处', '区万里街道']],
    [ZFB, '普陀区', ['普陀区政府办公室', '区政府办公室', '普陀区府办', '区府办', '政府办公室']],
    [SWJ, '普陀区', ['普陀区商务委', '区商务委', '商务委']],
    [GHZY, '普陀区', ['普陀区规划资源局', '区规划资源局']],
    [DUJI, undefined, ['杜集开发区管委会']],
    // a zone spoken of without its trade words, by its short kind, and without the wider area's two characters
    ['青川溪口新兴产业集中区(管委会)', undefined, ['青川溪口集中区', '溪口集中区', '溪口集中区管委会']],
    ['柳岸高新技术产业开发区管理委员会', undefined, ['柳岸高新区', '柳岸开发区']],
    ['柳岸经济技术开发区', undefined, ['柳岸经开区', '柳岸开发区']],
    // a special zone said without its standing word (特别)
    ['青川溪口特别合作区', undefined, ['青川溪口合作区', '溪口合作区']],
    // a zone named after its province, with or without the province's level word, is said without it (session 42)
    ['云南岚甸产业园区管理委员会', undefined, ['岚甸产业园区', '岚甸产业园区管委会', '岚甸园区管委会', '云南岚甸产业园区']],
    ['贵州省岚甸经济开发区管理委员会', undefined, ['岚甸经济开发区', '岚甸开发区']],
  ])('%s is asked as %j', (org, region, forms) => {
    expect(orgAliases(org, region).map((a) => a.form)).toEqual(expect.arrayContaining(forms))
  })

  it('never makes a bare unit word or a two-character short form a name on its own', () => {
    const bare = orgAliases(ZFB, '普陀区').filter((a) => a.place === 'none').map((a) => a.form)
    expect(bare).not.toContain('府办')
    expect(orgAliases(DUJI).map((a) => a.form)).not.toContain('管委会')
    // a zone whose own name is only two characters is never cut to its kind
    expect(orgAliases('柳岸经济技术开发区').map((a) => a.form)).not.toContain('开发区')
    expect(orgAliases('青川溪口新兴产业集中区').map((a) => a.form)).not.toContain('集中区')
  })

  it('keeps only forms that name one organisation: a form two organisations share is left to the clarifying rules', () => {
    const forms = aliasTable(docs).map((a) => a.form)
    expect(forms).toContain('渝北区医疗保障局')
    expect(forms).not.toContain('区医疗保障局')
    expect(forms).not.toContain('医疗保障局')
  })
})

describe('the most specific form wins', () => {
  const orgsOf = (q: string) => findOrgMentions(q, stems, aliases).map((m) => m.orgs ?? m.stem ?? m.text)
  const scoped = (q: string) => [...new Set(docsOfOrg(corpus, q).docs.map((d) => d.org))]

  it.each([
    ['万里街道2023年收入总计', WANLI],
    ['普陀区万里街道的基本支出', WANLI],
    ['万里街道办事处2024年办公费', WANLI],
    ['区政府办公室2025年机关运行经费', ZFB],
    ['普陀区府办2025年政府采购', ZFB],
    ['区府办2025年事业运行', ZFB],
    ['普陀区人民政府办公室2025年单位预算', ZFB],
    ['普陀区商务委2025年部门预算', SWJ],
    ['区商务委员会的三公经费', SWJ],
    ['普陀区规划资源局2024年决算', GHZY],
    ['区规划和自然资源局', GHZY],
    ['区司法局的办公费', SFJ],
    ['杜集开发区管委会2020年公务用车运行费', DUJI],
  ])('%s names only %s', (q, org) => {
    expect(orgsOf(q)).toEqual([[org]])
    expect(scoped(q)).toEqual([org])
  })

  it('a street office is never the district government office, nor the other way round', () => {
    expect(scoped('万里街道')).not.toContain(ZFB)
    expect(scoped('区政府办公室')).not.toContain(WANLI)
  })

  it('another place before a short form keeps it that place’s unit (fail closed)', () => {
    expect(scoped('长宁区商务委2025年部门预算')).not.toContain(SWJ)
    expect(scoped('长宁区府办2025年政府采购')).not.toContain(ZFB)
    expect(scoped('国家医保局')).toEqual([])
    expect(orgsOf('渝北区和南岸区医保局')).toHaveLength(2)
  })

  it('a unit named with 和 joining two fields is one name, so an unknown one is not the whole district', () => {
    const m = findOrgMentions('普陀区发展和改革委员会2024年收支总计', stems, aliases)
    expect(m).toHaveLength(1)
    expect(m[0].dept).toBe('发展和改革')
    expect(scoped('普陀区发展和改革委员会')).toEqual([])
  })
})

describe('a web page kept as text', () => {
  it('names its organisation by the publisher line under the title (来源：…), as a page reader does', async () => {
    const { resolveMeta } = await import('../../server/core/parse/meta-fallback.js')
    const { toSourceLines } = await import('../../server/core/parse/source-lines.js')
    const text = '岳阳县2017年度部门“三公”经费预算情况表\n来源:岳阳县台创园   2017-04-27 00:00\n浏览量:1\n一、支出合计   250000\n'
    const { meta, needed } = resolveMeta(toSourceLines(text), 'page.txt')
    expect(meta.org).toBe('岳阳县台创园')
    expect(meta.region).toBe('岳阳县')
    expect(needed).toEqual([])
    expect(orgAliases(meta.org, meta.region).map((a) => a.form)).toEqual(expect.arrayContaining(['台创园', '岳阳县台创园']))
  })
})

describe('one unit held for several years', () => {
  const scopeOf = async (q: string) => {
    const { parseQuestion } = await import('../../server/core/planner/parse-question.js')
    const { resolveScope } = await import('../../server/core/planner/resolve-scope.js')
    const s = resolveScope(corpus, parseQuestion(corpus, q))
    return { targets: s.targets.map((t) => `${t.doc.org}:${t.doc.year}`), baselines: (s.baselines ?? []).map((t) => t.doc.year) }
  }

  it('answers a named year from that year’s document only', async () => {
    expect((await scopeOf('万里街道2024年办公费是多少')).targets).toEqual([`${WANLI}:2024`])
    expect((await scopeOf('万里街道2023年办公费是多少')).targets).toEqual([`${WANLI}:2023`])
  })

  it('比上年 keeps the asked year’s document and offers the prior year’s own document as the baseline', async () => {
    expect(await scopeOf('万里街道2025年办公费比2024年增加多少')).toEqual({ targets: [`${WANLI}:2025`], baselines: [2024] })
    expect(await scopeOf('万里街道2024年办公费比上年增加多少')).toEqual({ targets: [`${WANLI}:2024`], baselines: [2023] })
  })

  it('a count as of a date reads the document of the year after it', async () => {
    expect((await scopeOf('截至2024年8月31日万里街道共有多少辆车')).targets).toEqual([`${WANLI}:2025`])
  })
})

describe('name forms derived at ingest (the generation snapshot) and taken back at open', () => {
  const docs = [{ org: '某某市甲乙区规划和自然资源局', region: '甲乙区' }, { org: '某某市人民政府办公室' }, { org: '某某市甲乙区规划和自然资源局', region: '甲乙区' }]
  it('stores each organisation once, survives JSON, and is taken only under the same rules', () => {
    const stored = JSON.parse(JSON.stringify(aliasFormsOf(docs)))
    expect(stored.forms).toHaveLength(2)
    expect(stored.forms[0][2]).toEqual(orgAliases(docs[0].org, docs[0].region))
    expect(primeAliasForms(stored)).toBe(true)
    // forms of another build of the rules are refused (derived again instead)
    expect(primeAliasForms({ ...stored, fingerprint: 'other' })).toBe(false)
    expect(aliasFingerprint()).toBe(aliasFingerprint())
  })
})

describe('name parts read at ingest (the generation snapshot) and taken back at open', () => {
  it('stores each organisation once, survives JSON, and is taken instead of reading the name again only under the same rules', () => {
    const docs = [{ org: '某某市丙丁区统计局', region: '丙丁区' }, { org: '某某市戊己局' }, { org: '某某市丙丁区统计局', region: '丙丁区' }]
    const stored = JSON.parse(JSON.stringify(orgPartsOf(docs))) as StoredOrgParts
    expect(stored.parts).toHaveLength(2)
    expect(stored.parts[0][2]).toMatchObject({ city: '某某市', region: '丙丁区', stem: '丙丁', type: 'bureau' })
    // names not read yet in this process: what is primed is what is answered, without reading the name
    const fresh = [{ org: '某某市庚辛区审计局', region: '庚辛区' }, { org: '某某市壬癸局' }]
    const read = JSON.parse(JSON.stringify(orgPartsOf([]))) as StoredOrgParts
    read.parts = fresh.map((d) => [d.org, d.region ?? null, { city: '标记市', core: '标记' }])
    expect(primeOrgParts({ ...read, fingerprint: 'another build' })).toBe(false)
    expect(primeOrgParts(read)).toBe(true)
    expect(orgParts(fresh[0].org, fresh[0].region).city).toBe('标记市')
    expect(orgParts(fresh[1].org).city).toBe('标记市')
    expect(orgParts('某某市甲庚区审计局', '甲庚区').city).toBe('某某市')
    expect(orgPartsFingerprint()).toBe(stored.fingerprint)
  })
})

describe('a held city said without 市', () => {
  const cityDocs = [{ id: 'c1', org: '青岚市本级', city: '青岚市', year: 2015, tables: [] }, { id: 'c2', org: '柳岸县林业局', region: '柳岸县', year: 2025, tables: [] }]
  const idx = orgIndex({ documents: cityDocs } as unknown as Corpus)
  const mentions = (q: string) => findOrgMentions(q, idx.stems, idx.aliases, idx.cities)

  it.each(['青岚2015年三公预算总额多少', '青岚这次一共公开了多少个部门', '青岚今年三公预算比去年降了多少'])('%s: the city, as "青岚市" alone is', (q) => {
    expect(mentions(q)).toMatchObject([{ text: '青岚', city: '青岚市', cityOnly: true }])
  })

  it('followed by a unit, it is that unit of the city (never the city’s own account)', () => {
    const [m] = mentions('青岚公安局2015年三公经费')
    expect(m).toMatchObject({ text: '青岚公安局', city: '青岚市', unit: '公安局' })
    expect(m.cityOnly).toBeUndefined()
  })
})
