import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../../server/core/checks/check-document.js'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { subjectCountAsks } from '../../../server/core/planner/rules/subject-count-ask.js'
import { orgOwnYears } from '../../../server/core/planner/rules/org-own-year.js'
import { countShareAsk } from '../../../server/core/planner/rules/count-share-ask.js'
import { resolveScope } from '../../../server/core/planner/resolve-scope.js'
import { changeAfter, countNear } from '../../../server/core/tools/lib/prose.js'
import { seedSources } from '../seed-engine.js'
import { BUREAU_FINAL, COUNTY_FINAL, DISTRICT_ACCOUNT } from './place-account-fixture.js'

let engine: Engine | undefined
async function built() {
  if (!engine) {
    const extra = await readSources([
      { name: 'hexi-2021-sangong.html', bytes: new TextEncoder().encode(DISTRICT_ACCOUNT) },
      { name: 'qinglan-lyj-2022-final.html', bytes: new TextEncoder().encode(BUREAU_FINAL) },
      { name: 'qinglan-swj-2023-final.html', bytes: new TextEncoder().encode(COUNTY_FINAL) },
    ])
    engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  }
  return engine
}
const ask = async (question: string) => (await built()).ask({ question })

describe('a place’s own 三公 account is held as the place’s 本级, a 决算', () => {
  it('reads organisation, region and stage from the page’s structure', async () => {
    const doc = (await built()).corpus.documents.find((d) => d.id === 'hexi-2021-sangong')!
    expect(doc).toMatchObject({ org: '青岚市河西区本级', region: '河西区', year: 2021, scope: '三公经费决算', title: '青岚市河西区2021年度“三公”经费公开说明' })
  })
})

describe('rule subject-count-ask: counts asked of subjects named in the question’s own words', () => {
  it.each([
    ['河西区2021年财政供养人员一共多少人？', ['财政供养人员']],
    ['河西区2021年离退休人员里离休、退休各几人？', ['离休', '退休']],
    ['河西区2021年行政编制和事业编制的财政供养人员各多少？', ['行政编制财政供养人员', '事业编制财政供养人员']],
    ['河西区2021年公务用车总数多少辆？执法执勤用车多少？', ['公务用车', '执法执勤用车']],
  ])('%s', async (q, subjects) => {
    const corpus = (await built()).corpus
    expect(subjectCountAsks(parseQuestion(corpus, q)).map((a) => a.subject)).toEqual(subjects)
  })
})

describe('counts a 三公 page states right after the words asked', () => {
  it.each([
    ['河西区2021年财政供养人员一共多少人？', /财政供养人员3,508人/],
    ['河西区2021年离退休人员里离休、退休各几人？', /离休3人，退休412人/],
    ['河西区2021年行政编制和事业编制的财政供养人员各多少？', /行政编制财政供养人员702人，事业编制财政供养人员2,806人/],
    ['河西区2021年公务用车总数多少辆？执法执勤用车多少？', /公务用车总数286辆，执法执勤用车95（原文未写单位）/],
    ['河西区本级2021年有多少个一级预算部门？', /64个/],
  ])('%s', async (q, expected) => {
    const r = await ask(q)
    expect(r.answer).toMatch(expected)
    expect(r.citations[0]?.docId).toBe('hexi-2021-sangong')
  })

  it('never reads the count of a longer name that ends in the words asked (离退休人员 is not 退休人员)', async () => {
    const r = await ask('河西区2021年退休人员多少人？')
    expect(r.answer).not.toMatch(/415人/)
  })

  it('a keyword inside another head’s name counts nothing (行政编制财政供养人员 is no 编制)', () => {
    expect(countNear('其中:行政编制财政供养人员702人,事业编制财政供养人员2,806人。', '编制', ['人', '名'])).toBeUndefined()
    expect(countNear('核定编制数24人。', '编制', ['人', '名'])?.amount.value).toBe('24')
  })
})

describe('changes stated as 同比, or in a sentence of their own after the figure', () => {
  it('同比减少 is a change against the year before', () => {
    expect(changeAfter('三公经费支出合计240.18万元,同比减少36.40万元,各部门单位厉行节约。', 6)).toMatchObject({ direction: 'down', baseline: '上年', amount: { text: '36.40' } })
  })

  it.each([
    ['河西区2021年三公经费同比减少了多少？', /减少36\.40万元/],
    ['河西区2021年公务接待费比上年变化多少？', /减少6\.30万元/],
    ['青岚县林业局2022年三公经费较上年减少多少？', /减少0\.90万元/],
  ])('%s', async (q, expected) => {
    const r = await ask(q)
    expect(r.answer).toMatch(expected)
  })

  it('a 决算 sentence printing the plan beside the account states the account: no contradiction with the table is claimed', async () => {
    const r = await ask('青岚县林业局2022年三公经费较上年减少多少？')
    expect(r.answer).toMatch(/决算为7\.20万元/)
    expect(r.answer).not.toMatch(/不一致/)
  })
})

describe('checks: the prose of a 决算 against its tables', () => {
  it('reads “公务用车购置费及运行维护费” as the compound, and the plan beside the account as a plan, under a heading run into the paragraph', async () => {
    const doc = (await built()).corpus.documents.find((d) => d.id === 'qinglan-lyj-2022-final')!
    expect(doc.tables.some((t) => t.kind === 'three-public')).toBe(true)
    const findings = checkDocument(doc).filter((f) => f.kind === 'prose-table')
    expect(findings).toEqual([])
  })
})

describe('a 决算 page’s prose and its 项 rows, asked in the question’s own words', () => {
  it('rule stated-share: a share the text prints is quoted, not recomputed', async () => {
    const r = await ask('青岚县水务局2023年财政拨款收入占本年收入的比例？')
    expect(r.answer).toMatch(/财政拨款收入480\.00万元，占本年收入的96\.00%/)
    expect(r.citations[0]?.text).toContain('占96.00%')
  })

  it('rule row-spending-word: “水利工程建设支出” is the 项 with its 支出, its columns read beside it', async () => {
    expect((await ask('青岚县水务局水利工程建设支出完成年初预算的百分之多少？')).answer).toMatch(/120\.00%/)
    const r = await ask('青岚县水务局2023年水利工程运行与维护支出中基本支出和项目支出各多少？')
    expect(r.answer).toMatch(/基本支出[^。]*50\.00万元/)
    expect(r.answer).toMatch(/项目支出[^。]*30\.00万元/)
  })

  it('rule prose-fact-asked (member-units): the 机构设置 sentence naming the member unit, to its end', async () => {
    const r = await ask('青岚县水务局下属预算单位是哪个？')
    expect(r.answer).toContain('青岚县灌区管理所')
    expect(r.citations[0]?.text).toContain('下属预算单位1个')
  })
})

describe('rule org-own-year: each organisation named with its own year', () => {
  it('reads each in its own year, not the first year for all', async () => {
    const e = await built()
    const frame = parseQuestion(e.corpus, '青岚县林业局2022年三公经费决算和河西区2021年三公经费各是多少？')
    expect(orgOwnYears(frame)).toEqual([2022, 2021])
    const scope = resolveScope(e.corpus, frame)
    expect(scope.targets.map((t) => [t.doc.id, t.year])).toEqual([['qinglan-lyj-2022-final', 2022], ['hexi-2021-sangong', 2021]])
    const r = await ask('青岚县林业局2022年三公经费决算和河西区2021年三公经费各是多少？')
    expect(r.answer).toMatch(/7\.20万元/)
    expect(r.answer).toMatch(/240\.18万元/)
  })

  it('a comparison of years (比2021年) or one year for all is not read so', async () => {
    const e = await built()
    expect(orgOwnYears(parseQuestion(e.corpus, '2022年青岚县林业局和河西区的三公经费各是多少？'))).toBeUndefined()
    expect(orgOwnYears(parseQuestion(e.corpus, '青岚县林业局2022年三公经费比2021年减少多少？'))).toBeUndefined()
  })
})

describe('rule count-share-ask: a share of two counts the text states', () => {
  it('“其他用车”占总数: the container’s total is the whole, the division exact and both counts cited', async () => {
    const e = await built()
    expect(countShareAsk(parseQuestion(e.corpus, '河西区2021年公务用车里“其他用车”占总数的比例是多少？'))).toEqual({ part: '其他用车', whole: '公务用车总数' })
    const r = await ask('河西区2021年公务用车里“其他用车”占总数的比例是多少？')
    expect(r.answer).toMatch(/其他用车182辆，占公务用车总数286辆的63\.64%/)
    expect(r.citations.map((c) => c.docId)).toContain('hexi-2021-sangong')
  })
})
