import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind104's pages whose stored title is their address): a 新区's 决算 summary naming itself with its other
// name in brackets ("柳东新区(高新区)2024年一般公共预算收入总计…") and a city's monthly revenue bulletin naming its place by
// the stem ("来自海口的…", "我市地方…") were held as needing metadata; then "一般公共预算收入总计" read beside a department
// whose 收支总表 has a row 一般公共预算 lost its side and was answered with the fund's 总支出.
const enc = (s: string) => new TextEncoder().encode(s)
const ZONE = [
  '<html><head><meta charset="utf-8"><title>http://example.gov.cn/xxgk/czxx/zfjs/t20250710_1.shtml</title></head><body>',
  '<p>一、2024年财政决算总体情况</p>',
  '<p>2024年,面对复杂严峻形势,青湾新区(高新区)全面深化改革。</p>',
  '<p>青湾新区(高新区)2024年一般公共预算收入总计12.40亿元,同比增加2.1%。其中:一般公共预算收入完成5.10亿元。当年一般公共预算总支出11.80亿元,同比增加6.0%。</p>',
  '</body></html>',
].join('\n')
const BULLETIN = [
  '<html><head><meta charset="utf-8"><title>https://example.gov.cn/xxgk/czsz/202110/t1.shtml</title></head><body>',
  '<p>2022年8月份,来自澄海的一般公共预算收入当月完成20.4亿元,累计完成210.5亿元。我市地方一般公共预算收入当月完成9.6亿元,累计完成88.2亿元,完成年度预算的61.3%。</p>',
  '</body></html>',
].join('\n')
const DEPT = ['青湾新区财政局2025年部门预算', '表一 收支预算总表', '单位：万元', '收入项目\t预算数\t支出项目\t预算数', '一般公共预算\t500.00\t一般公共服务支出\t500.00', '收入总计\t500.00\t支出总计\t500.00'].join('\n')
const built = buildCorpus([
  { name: 'qingwan-2024-czjs.html', bytes: enc(ZONE) },
  { name: 'chenghai-2022-08-czsz.html', bytes: enc(BULLETIN) },
  { name: 'qingwan-czj-2025-bmys.txt', bytes: enc(DEPT) },
])
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(built.corpus)).ask({ question })
const docOf = (id: string) => built.corpus.documents.find((d) => d.id === id)

describe('places named in their pages’ bodies', () => {
  it('reads a place named with its other name in brackets before the year (rule year-place)', () => {
    expect(docOf('qingwan-2024-czjs')).toMatchObject({ org: '青湾新区', year: 2024, scope: '财政决算' })
  })
  it('reads a bulletin’s place from its stem and the level it speaks of itself with (rule stem-we), its month a part of the year', () => {
    expect(docOf('chenghai-2022-08-czsz')).toMatchObject({ org: '澄海市', year: 2022, scope: '财政预算', period: '8月' })
  })
  it('keeps the side of a fund’s 收入总计 asked beside a row named by the fund alone', () => {
    const a = ask('青湾新区2024年一般公共预算收入总计多少')
    expect(a.answer).toContain('12.40亿元')
    expect(a.answer).not.toContain('11.80亿元')
  })
})
