import { describe, expect, it } from 'vitest'
import { accountStage } from '../../server/core/parse/account-stage.js'
import { metaFromFileName, resolveMeta } from '../../server/core/parse/meta-fallback.js'
import { dateOfFurniture, isPageFurniture } from '../../server/core/parse/page-furniture.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'
import { readHtml } from '../../server/core/read/html/read-html.js'

const FINAL_BODY = [
  '一、河西区本级预算单位、人员及车辆基本情况',
  '2021年度河西区本级共58个一级预算部门,财政供养人员共计3,120人。',
  '二、河西区本级一般公共预算财政拨款三公经费支出总体情况',
  '2021年度,河西区本级一般公共预算财政拨款三公经费支出合计212.40万元(包括基本支出和项目支出安排的经费),同比减少30.10万元。',
].join('\n')

const BUDGET_BODY = [
  '一、河西区本级“三公”经费预算安排情况',
  '2022年河西区本级“三公”经费预算数为230.00万元,比上年预算减少5.00万元。',
].join('\n')

describe('page furniture is never a title', () => {
  it.each([
    ['a date stamp and click counter', '2022-03-18 09:12:40        点击:[]'],
    ['a publisher and date set apart by spaces', '来源　青岚县财政局　发布时间　2023-08-01 10:30　阅读'],
    ['a breadcrumb', '当前位置: 首页>>政务公开>>正文'],
    ['a date alone', '2024年2月20日'],
  ])('%s', (_label, line) => {
    expect(isPageFurniture(line)).toBe(true)
  })

  it.each([
    ['a title', '青岚市河西区2021年度“三公”经费公开说明'],
    ['a sentence with a time', '会议于2022-03-18 09:00召开，审议了预算。'],
    ['a title that prints its date', '青岚县水利局2023年部门决算 2024-08-01 10:30'],
  ])('%s is not furniture', (_label, line) => {
    expect(isPageFurniture(line)).toBe(false)
  })

  it('gives the date of a stamp', () => {
    expect(dateOfFurniture('2022-3-18 09:12:40 点击:[]')).toBe('2022-03-18')
  })

  it('a heading under a date stamp is not read with the stamp as its title', () => {
    const text = `青岚市河西区2021年度“三公”经费公开说明\n2022-03-18 09:12:40 点击:[]\n2021年度河西区本级一般公共预算财政拨款“三公”经费公开说明\n${FINAL_BODY}`
    const { meta } = resolveMeta(toSourceLines(text), 'page.txt')
    expect(meta.title).toBe('青岚市河西区2021年度“三公”经费公开说明')
    expect(meta.title).not.toMatch(/点击|\d{2}:\d{2}/)
  })
})

describe('a 三公 account whose title names no stage: the document tells it, or it waits for one', () => {
  const title = '青岚市河西区2021年度“三公”经费公开说明'

  it('spending stated (支出合计, 同比) on a page published after the year: 三公经费决算 of the place’s 本级', () => {
    const text = `${title}\n2022-03-18 09:12:40 点击:[]\n${FINAL_BODY}`
    const { meta, needed } = resolveMeta(toSourceLines(text), 'qinglan-2021-sangong.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚市河西区本级', region: '河西区', year: 2021, scope: '三公经费决算', title })
  })

  it('a plan (预算数) on a page published before its year: 三公经费预算', () => {
    const text = `青岚市河西区2022年度“三公”经费公开说明\n2021-12-28 16:00 点击:[]\n${BUDGET_BODY}`
    const { meta, needed } = resolveMeta(toSourceLines(text), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚市河西区本级', year: 2022, scope: '三公经费预算' })
  })

  it('spending with no date to place the page: the stage is not guessed (metadata needed)', () => {
    const { needed } = resolveMeta(toSourceLines(`${title}\n${FINAL_BODY}`), 'qinglan-2021-sangong.txt')
    expect(needed).toEqual(['scope'])
  })

  it('a plan on a page published after its year ended is not read as a budget either', () => {
    const { needed } = resolveMeta(toSourceLines(`青岚市河西区2022年度“三公”经费公开说明\n2023-09-01 10:00 点击:[]\n${BUDGET_BODY}`), 'page.txt')
    expect(needed).toEqual(['scope'])
  })

  it('a place-only title whose body never speaks of the place’s 本级 names no organisation', () => {
    const body = '2021年度全区三公经费支出合计212.40万元,同比减少30.10万元。'
    const { needed } = resolveMeta(toSourceLines(`${title}\n2022-03-18 09:12 点击:[]\n${body}`), 'page.txt')
    expect(needed).toEqual(['org'])
  })

  it('reads the stage from the body’s words, fund names and budget units aside', () => {
    const lines = toSourceLines('一般公共预算财政拨款三公经费支出合计10.00万元,同比减少1.00万元。一级预算部门12个。')
    expect(accountStage(lines, 2021, '2022-05-01')).toBe('决算')
    expect(accountStage(lines, 2021, '2021-05-01')).toBeUndefined()
    expect(accountStage(toSourceLines('三公经费预算数为10.00万元,支出合计12.00万元。'), 2021, '2022-05-01')).toBeUndefined()
  })

  it('a plan set against last year’s plan is a 预算, though it also says 支出合计 (no date needed)', () => {
    const body = '某局2019年三公经费支出合计12.30万元。三公经费支出预算合计12.30万元，比上年预算数减少1.20万元，其中公务接待费支出预算4.00万元，与上年预算数持平。'
    expect(accountStage(toSourceLines(body), 2019)).toBe('预算')
    // an account states 决算 somewhere, or is set against its own year's budget: not this rule
    expect(accountStage(toSourceLines(`${body}决算数为11.00万元。`), 2019)).toBeUndefined()
    expect(accountStage(toSourceLines('三公经费支出合计12.30万元，比年初预算减少1.20万元。'), 2019)).toBeUndefined()
  })

  it('a file name saying 三公 with no stage word gives no stage', () => {
    expect(metaFromFileName('qinglan-2021-sangong.html').scope).toBeUndefined()
    expect(metaFromFileName('qinglan-2021-sangong-final.html').scope).toBe('三公经费决算')
  })
})

describe('a 三公 title with the account of another year beside it', () => {
  it('takes the stage of the title’s own year, and not the site’s name on the line above', () => {
    const text = '青岚市人民政府\n青岚市水务局2025年“三公”经费预算及2024年“三公”经费决算情况说明\n一、单位范围\n本局三公经费范围包括局机关。'
    const { meta, needed } = resolveMeta(toSourceLines(text), 'page.txt')
    expect(needed).toEqual([])
    expect(meta).toMatchObject({ org: '青岚市水务局', year: 2025, scope: '三公经费预算' })
  })
})

describe('a page’s date stamp, read as HTML', () => {
  it('is dropped as site chrome; its date stays with the page and tells a stageless account’s stage', async () => {
    const html = `<html><head><title>青岚市河西区2021年度“三公”经费公开说明</title></head><body>
      <p>青岚市河西区2021年度“三公”经费公开说明</p><p>2022-03-18 09:12:40        点击:[]    </p>
      ${FINAL_BODY.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`
    const read = await readHtml('page.html', new TextEncoder().encode(html))
    expect(read.text).not.toContain('点击')
    expect(read.published).toBe('2022-03-18')
    const { document } = parseDocument('page.html', read.text, read)
    expect(document).toMatchObject({ org: '青岚市河西区本级', scope: '三公经费决算', year: 2021 })
    expect(document.metadataNeeded).toBeUndefined()
  })
})
