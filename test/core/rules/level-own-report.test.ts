import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { accountWords } from '../../../server/core/tools/lib/prose-account.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 26: a county's own account reported with no place in its title (an audit report as a mirror keeps it, in
 * Traditional characters, the county named once in passing), and a district's report titled with its year first.
 * Places and figures are made up.
 * - rule level-own-place: "县本级" with no place before it, one county named in the body: that county's 本级;
 * - a title "关于2024年度县本级预算执行、决算草案…" is the place's 财政决算, not a department's;
 * - "为全县经济社会发展…" is no account of a figure: the sentences after it stay the report's own 本级;
 * - a question's own words for a row no table of the report prints (一般公共预算收入) are read in its prose, and the
 *   预算 inside them asks no budget column;
 * - a year-first title "2017年某区和区级预算执行情况与2018年…" names the district; "完成区本级" is no place.
 */
const AUDIT = [
  '關于2024年度縣本級預算執行、決算草案和其他財政收支的審計工作報告',
  '根據《中華人民共和國審計法》第十九條規定,縣審計局對2024年度縣本級預算執行、決算草案及其他財政收支情況進行了審計。審計結果表明:2024年,縣財政局積極服務全縣經濟建設的需要,為桐溪縣高質量發展貢獻力量。',
  '——財政收支平穩運行。2024年縣本級一般公共預算收入81234萬元,較上年增長2.35%;為全縣經濟社會持續發展提供了有效的財力支撐。堅持政府過緊日子,嚴控一般性支出40321.55萬元,其中“三公”經費支出712.46萬元,壓縮21.30%。',
].join('\n')
const DISTRICT = [
  '2017年澄江区和区级预算执行情况与2018年澄江区和区级预算情况',
  '2017年,全区(含高新园区,下同)完成一般公共预算收入1516460万元,为预算的103.9%。加上中央财政收入692661万元,合计财政总收入2209121万元。其中:澄江区完成一般公共预算收入1117837万元,为预算的102.9%。',
  '2017年,完成区本级一般公共预算收入829269万元,为预算的101.2%。',
].join('\n')
const NEWS = [
  '新京报快讯 市人大常委会会议今日召开,市财政局局长就2015年澄江市市级决算草案和2016年上半年预算执行情况作报告。',
  '“三公”经费方面,去年的“三公”经费财政拨款决算3.2亿元,比年初预算4.1亿元减少0.9亿元,下降22.0%。',
].join('\n')
const STREET = [
  '澄江市东湖区青石街道办事处2015年部门决算',
  '一、部门决算情况说明',
  '2015年度本年收入合计874.92万元。',
].join('\n')

describe('a level’s own account reported with no place in its title', async () => {
  const extra = await readSources([
    { name: 'audit-2024.html', bytes: new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>${AUDIT.split('\n')[0]}</title></head><body>${AUDIT.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`) },
    { name: 'district-2017.txt', bytes: new TextEncoder().encode(DISTRICT) },
    { name: 'news-2015.txt', bytes: new TextEncoder().encode(NEWS) },
    { name: 'street-2015.txt', bytes: new TextEncoder().encode(STREET) },
  ])
  const { corpus } = buildCorpus(seedSources(extra))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question })
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!

  it('holds the audit report as the county’s own 财政决算', () => {
    expect(doc('audit-2024')).toMatchObject({ org: '桐溪县本级', year: 2024, scope: '财政决算' })
    expect(doc('audit-2024').metadataNeeded).toBeUndefined()
  })
  it('holds the year-first report as the district’s, never a verb’s "完成区本级"', () => {
    expect(doc('district-2017')).toMatchObject({ org: '澄江区', scope: '财政预算' })
  })
  it('reads "某市市级决算" as the city’s own account, asked as 某市市级 or 某市级 alone', () => {
    expect(doc('news-2015')).toMatchObject({ org: '澄江市本级', year: 2015, scope: '财政决算' })
    const a = ask('澄江市级2015年三公经费决算多少').answer
    expect(a).toContain('3.2亿元')
    expect(a).not.toContain('青石街道')
  })
  it('answers a year the district report only executes from the figures of that year, never as the draft year', () => {
    expect(ask('澄江区2018年一般公共预算收入预算是多少').answer).not.toMatch(/1516460|1117837|2209121/)
    expect(ask('澄江区17年区本级一般公共预算收入多少').answer).toContain('829269万元')
  })
  it('reads 全县 as an account only before an account’s words', () => {
    expect(accountWords('为全县经济社会持续发展提供了有效的财力支撑')).toEqual([])
    expect(accountWords('全县一般公共预算收入完成26.06亿元').map((w) => w.account)).toEqual(['whole'])
    expect(accountWords('全区(含高新园区,下同)完成一般公共预算收入1516460万元').map((w) => w.account)).toEqual(['whole'])
  })
  it('answers the county’s own figures from the prose, as the report prints them', () => {
    expect(ask('桐溪县24年县本级一般公共预算收入多少').answer).toContain('81234万元')
    expect(ask('桐溪县三公经费支出是多少').answer).toContain('712.46万元')
  })
})
