import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 20: a township's own 财政预算执行情况及预算草案 report, saved as a page whose township is named 某镇镇 (its own
 * name ends in 镇), spoken of in the first person (我镇实现财政总收入…); and bureaus said by their standard short
 * names (民宗局). Made-up places: 柳溪镇镇 is not a real name; 青岚州 is a made-up prefecture.
 */
const REPORT = [
  '发布单位: | 柳溪镇镇 |',
  '柳溪镇镇2024年财政预算执行情况及2025年财政预算草案的报告 | ||',
  '一、2024年财政预算执行情况',
  '(一)2024年财政收入执行情况 1.2024年我镇实现财政总收入3.18亿元,完成年度预算的81.27%;实现一般公共预算收入1.42亿元。 2.全年实现财政非税收入8421.60万元。',
  '(二)2024年财政支出执行情况 2024年实现财政总支出17320.45万元,完成年初预算的66.08%。主要项目完成情况如下:一般公共服务支出3120.00万元,教育支出800.00万元。',
].join('\n')
const BUREAU = [
  '青岚州民族宗教事务局2017年“三公”经费预算情况说明',
  '2017年“三公”经费财政拨款预算37.60万元,其中:公务接待费21.30万元,公务用车运行费16.30万元。',
].join('\n')

const extra = await readSources([
  { name: 'liuxi-2024-yszx.html.txt', bytes: new TextEncoder().encode(REPORT) },
  { name: 'qinglan-mzj-2017-sangong.txt', bytes: new TextEncoder().encode(BUREAU) },
])
const { corpus } = buildCorpus(seedSources(extra))
const engine = createEngine(corpus)
const ask = (question: string) => engine.ask({ question })

describe('a township’s 财政预算 report, read as the township’s', () => {
  it('is the township’s 财政预算 of the draft year', () => {
    const doc = corpus.documents.find((d) => d.id === 'liuxi-2024-yszx.html')
    expect(doc).toMatchObject({ org: '柳溪镇镇', year: 2025, scope: '财政预算' })
  })
  it('a township named 某镇镇 is also said by its two characters', () => {
    expect(orgAliases('柳溪镇镇').map((a) => a.form)).toContain('柳溪镇')
    expect(orgAliases('柳溪镇').map((a) => a.form)).not.toContain('柳溪')
  })
  it('the executed year’s total, stated in the first person (我镇实现…), answers the year before the draft', () => {
    const r = ask('柳溪镇2024年财政总收入多少？')
    expect(r.answer).toContain('3.18亿元')
    expect(r.answer).toContain('执行数')
    expect(r.citations[0]?.docId).toBe('liuxi-2024-yszx.html')
  })
  it('the completion of its 年度预算 is read as printed', () => {
    const r = ask('柳溪镇2024年财政总收入完成了年度预算的多少？')
    expect(r.answer).toContain('81.27%')
    expect(r.answer).not.toContain('66.08%')
  })
})

describe('a share of two executed subjects', () => {
  it('a part against the total the same report states (一般公共服务支出 of 财政总支出), computed and said to be', () => {
    const r = ask('柳溪镇2024年一般公共服务支出占财政总支出的百分之多少？')
    expect(r.answer).toContain('18.01%')
    expect(r.answer).toContain('文件本身没有写这个比例')
  })
})

describe('a bureau said by its standard short name', () => {
  it.each(['州民宗局2017年公务接待费预算是多少？', '青岚州民族宗教事务局2017年公务接待费预算是多少？'])('%s', (q) => {
    const r = ask(q)
    expect(r.answer).toContain('21.3')
    expect(r.citations[0]?.docId).toBe('qinglan-mzj-2017-sangong')
  })
})

/** A 县本级 budget's adjustment (预算调整方案), its body naming the 本级 and every figure "由…调整为…". Made-up county. */
const ADJUST = [
  '经柳岸县人民代表大会批准的2024年柳岸县本级财政一般公共预算总收入是39795万元,政府性基金预算总收入是5622万元。',
  '一、预算调整依据',
  '二、收入调整',
  '2024年柳岸县本级财政一般公共预算总收入由39795万元调整为40995万元,调增1200万元。',
  '2024年柳岸县本级财政政府性基金预算总收入由5622万元调整为5772万元,调增150万元。',
].join('\n')
const adjusted = await readSources([{ name: 'liuan-2024-ystz.html.txt', bytes: new TextEncoder().encode(ADJUST) }])
const adjustEngine = createEngine(buildCorpus(seedSources(adjusted)).corpus)

describe('a budget adjustment’s figures after 调整为', () => {
  it.each([
    ['柳岸县2024年一般公共预算总收入调整后是多少？', '40995万元', '5772万元'],
    ['柳岸县2024年政府性基金预算总收入调整后是多少？', '5772万元', '40995万元'],
    ['柳岸县2024年一般公共预算总收入调增了多少？', '1200万元', '150万元'],
  ])('%s', (q, right, wrong) => {
    const r = adjustEngine.ask({ question: q })
    expect(r.answer).toContain(right)
    expect(r.answer).not.toContain(wrong)
  })
})
