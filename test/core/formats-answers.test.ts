import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'
import { rowCitation } from '../../server/core/tools/lib/citation.js'
import { withReconcileNote } from '../../server/core/checks/reconcile-note.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A 三公-only page, flattened one cell a line as some sites save it, for a development zone. */
const THREE_PUBLIC_PAGE = [
  '某某经济开发区管委会2021年部门', '“三公”经费预算', '一、2021年“三公”经费支出预算表', '单位:万元',
  '项 目 |', '预 算 数 |', '合 计 |', '30.00 |', '因公出国(境)费 |', '0 |', '公务接待费 |', '10.00 |',
  '公务用车购置及运行费 |', '20.00 |', '其中:公务用车运行费 |', '15.00 |', '公务用车购置费 |', '5.00 |',
  '二、2021年“三公”经费支出预算情况说明', '某某经济开发区管委会2021年“三公”经费支出预算为30.00万元，比2020年预算减少2.00万元。',
].join('\n')

/** A table whose total does not agree with its rows (10.00 + 5.00 ≠ 16.00). */
const MISMATCH = [
  '某县某某局2025年部门预算情况说明', '', '表一', '2025年部门支出总表', '单位：万元',
  '科目编码\t科目名称\t合计', '\t合计\t16.00', '201\t一般公共服务支出\t10.00', '20101\t人大事务\t10.00', '208\t社会保障和就业支出\t5.00',
].join('\n')

/** The same disagreement in a table with an empty 项目支出 cell (made-up figures). */
const MISMATCH_EMPTY = [
  '某县某某中心2025年单位预算情况说明', '', '表一', '2025年单位支出总表', '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合计\t26.00\t20.00\t6.00', '201\t一般公共服务支出\t20.00\t20.00\t', '20101\t人大事务\t20.00\t20.00\t', '208\t社会保障和就业支出\t5.00\t\t5.00',
].join('\n')

describe('documents in the forms they are published', () => {
  const engine = engineWith([
    { name: 'zone-2021-sangong.txt', bytes: enc(THREE_PUBLIC_PAGE) },
    { name: 'mismatch.txt', bytes: enc(MISMATCH) },
    { name: 'mismatch-empty.txt', bytes: enc(MISMATCH_EMPTY) },
    { name: 'untitled.txt', bytes: enc('一、部门主要职能\n负责预算执行。\n2025年收入预算100.00万元。') },
  ])

  it('names a development zone by its place name ("某某开发区")', () => {
    const r = engine.ask({ question: '某某开发区2021年公务接待费预算多少？' })
    expect(r.answer).toContain('10.00万元')
    expect(r.citations[0]).toMatchObject({ docId: 'zone-2021-sangong', rowName: '公务接待费' })
  })

  it('reads the parts of 公务用车购置及运行费 as its parts: no false finding on the total', () => {
    const r = engine.ask({ question: '某某开发区管委会2021年“三公”经费预算是多少？' })
    expect(r.answer).toContain('30.00万元')
    expect(r.answer).not.toContain('需要说明')
  })

  it('a 三公-only page refuses a question about the rest of the budget, saying what it holds', () => {
    const r = engine.ask({ question: '某某经济开发区管委会2021年部门预算总支出是多少？' })
    expect(r.answer).toMatch(/^没有找到：.*只公开了“三公”经费预算/)
    expect(r.citations).toEqual([])
  })

  it('an answer from a table whose own sums disagree says so plainly and shows both figures, for any cell of it', () => {
    const r = engine.ask({ question: '某县某某局2025年人大事务支出是多少？' })
    expect(r.answer).toContain('10.00万元')
    expect(r.answer).toMatch(/需要说明：表一自身的数字加起来对不上（.*16\.00万元.*15\.00万元）/)
    expect(engine.corpus.documents.find((d) => d.id === 'mismatch')!.tables[0].reconciled).toBe('mismatch')
  })

  it('an answer that cites only an empty cell of such a table states no figure: no sums beside it', () => {
    const doc = engine.corpus.documents.find((d) => d.id === 'mismatch-empty')!
    const [table] = doc.tables
    const row = table.rows.find((r) => r.name === '人大事务')!
    const empty = rowCitation(doc, table, row, table.columns.find((c) => c.role === 'project'))
    const res = { answer: '某县某某中心2025年人大事务：项目支出栏为空（未列金额）。', citations: [empty], toolCalls: [], mode: 'offline' as const }
    expect(withReconcileNote(res, engine.corpus, engine.findings).answer).toBe(res.answer)
    const filled = rowCitation(doc, table, row, table.columns.find((c) => c.role === 'basic'))
    expect(withReconcileNote({ ...res, citations: [filled] }, engine.corpus, engine.findings).answer).toContain('需要说明')
  })

  it('a document held as "metadata needed" is listed but never answered from', () => {
    expect(engine.corpus.documents.find((d) => d.id === 'untitled')?.metadataNeeded).toEqual(['org', 'year', 'scope'])
    const r = engine.ask({ question: 'untitled 2025年收入预算是多少？' })
    expect(r.citations.every((c) => c.docId !== 'untitled')).toBe(true)
  })
})

describe('a 三公 page that prints 会议费 and 培训费 in its table', () => {
  const engine = engineWith([{ name: 'wenlv-sg.txt', bytes: enc(['2019年县文旅局财政拨款“三公”经费预算表', '金额单位:万元', '项目\t2019年预算数', '一、“三公”经费合计\t30.50', '(一)因公出国(境)费\t0', '(二)公务接待费\t12.50', '(三)公务用车费\t18.00', '二、会议费\t4.20', '三、培训费\t9.10'].join('\n')) }])
  it('answers them from its rows instead of refusing as a 三公-only page', () => {
    const r = engine.ask({ question: '县文旅局2019年培训费预算多少？' })
    expect(r.answer).toContain('9.10万元')
    expect(r.citations[0]).toMatchObject({ rowName: '三、培训费' })
  })
})

describe('rule row-parts-asked: a container’s parts asked by their own head words', () => {
  const engine = engineWith([{ name: 'lanxi-sg.txt', bytes: enc(['澜溪县2016年“三公”经费汇总情况预算表', '单位:万元', '项目\t本年预算数', '合计\t420', '1、因公出国(境)费用\t0', '2、公务接待费\t150', '3、公务用车费\t270', '其中:(1)公务用车运行维护费\t230', '(2)公务用车购置\t40'].join('\n')) }])
  it('answers 运行维护费和购置费各多少 of 公务用车费 from its child rows, each cited', () => {
    const r = engine.ask({ question: '澜溪县2016年公务用车费里，运行维护费和购置费各多少？' })
    expect(r.answer).toMatch(/运行维护费[^，]*230万元，购置费[^，]*40万元/)
    expect(r.citations.filter((c) => c.kind === 'row').map((c) => c.rowName)).toEqual(expect.arrayContaining(['(2)公务用车购置']))
  })
})
