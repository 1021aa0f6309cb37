import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/**
 * Session 24: a town's 财政决算 说明 copied by a mirror in Traditional characters, its sections run into one line.
 * - rule other-subject-between: "实行新的县乡财政体制，全镇财政预算收入完成5753.78万元" gives no amount to 财政体制;
 * - a count stated under the question's own words is quoted as printed (Traditional), never as read;
 * - "由哪些单位构成" asked of a named town asks its own units, not what is held (list-held guard).
 * A made-up town (柳岸镇).
 */
const PAGE = [
  '柳岸鎮人民政府2024年度公共財政決算情況說明',
  '第一部分 柳岸鎮人民政府概況',
  '一、主要職能 :主要承擔著落實黨和政府各項路線方針政策。二、機構設置情況 :我單位包含政府機關及2個二級機構。全部為財政全額撥款單位,執行行政單位會計制度,在職干部46人、退休21人。',
  '三、鎮財政決算單位構成:由社會事務綜合服務中心、農業綜合服務中心。',
  '第二部分 公共財政決算',
  '2024年實行新的縣鄉財政體制,全鎮財政預算收入完成3210.50萬元,其中上級補助收入3100.00萬元。',
].join('\n')

/** A hospital group's budget stating its 编制 only as 事业编制; an office stating both the whole and its parts. */
const HOSPITAL = [
  '柳岸县人民医院医共体2024年单位预算',
  '一、单位基本情况',
  '医共体核定事业编制320人，其中：总院260人、分院60人。',
].join('\n')
const OFFICE = [
  '柳岸县人民政府办公室2024年部门预算',
  '一、部门基本情况',
  '编制数为 45人,其中行政编制26人,全额补助事业编制19人。实有人数47人,其中在职37人,包括行政编制24人,全额补助事业编13人。',
  '二、项目支出情况',
  '表1 项目支出表',
  '单位：万元',
  '项目名称\t合计',
  '合计\t60.00',
  '政务信息化运维\t60.00',
  '三、收入预算情况',
  '国有资本经营预算拨款安排的支出12.00万元，用于原县印刷厂改制遗留问题处置。',
].join('\n')

describe('a count asked bare, a target asked of a project, a fund\'s own spending', async () => {
  const extra = await readSources([
    { name: 'la-ygt-2024.txt', bytes: new TextEncoder().encode(HOSPITAL) },
    { name: 'la-zfb-2024.txt', bytes: new TextEncoder().encode(OFFICE) },
  ])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question })
  it('reads 编制 bare as the whole where printed, a part only where no whole is', () => {
    expect(ask('柳岸县政府办编制多少人').answer).toContain('45人')
    expect(ask('柳岸县人民医院医共体编制多少人').answer).toContain('320人')
    expect(ask('柳岸县政府办行政编制多少人').answer).toContain('26人')
    // (a stock word in another clause, 实有人数, makes no clause of 行政编制 the stock)
    expect(ask('柳岸县政府办行政编制占总编制百分之几').answer).toContain('57.78%')
  })
  it('answers a project\'s 绩效目标 asked with no target printed as not found, never with its money', () => {
    const r = ask('柳岸县政府办政务信息化运维项目的绩效目标指标值是多少')
    expect(r.answer).toContain('没有找到')
    expect(r.answer).not.toContain('60.00')
  })
  it('reads what a fund\'s own spending is for ("…拨款安排的支出")', () => {
    expect(ask('柳岸县政府办国有资本经营预算拨款干什么用').answer).toContain('原县印刷厂改制遗留问题处置')
  })
})

describe('a town report read as printed', async () => {
  const extra = await readSources([{ name: 'la-zhen-2024-js.html', bytes: new TextEncoder().encode(PAGE) }])
  const engine = createEngine(buildCorpus(seedSources(extra)).corpus)
  const ask = (question: string) => engine.ask({ question })
  it('gives an amount to no subject another clause stands between', () => {
    const r = ask('柳岸镇2024年财政体制有什么变化')
    expect(r.answer).not.toMatch(/财政体制[^，。]{0,6}为3,?210\.50万元/)
  })
  it('quotes a count as the page prints it', () => {
    const r = ask('柳岸镇在职干部有多少人')
    expect(r.answer).toContain('46人')
    expect(r.answer).toContain('全部為財政全額撥款單位')
    expect(r.citations.some((c) => c.text?.includes('在職干部46人'))).toBe(true)
  })
  it('reads a named town\'s own units when asked which units make it up', () => {
    const r = ask('柳岸镇财政决算单位由哪些单位构成')
    expect(r.answer).toContain('社會事務綜合服務中心')
    expect(r.answer).not.toContain('目前收录')
  })
})
