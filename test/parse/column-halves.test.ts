import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../server/core/checks/check-document.js'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'

/** A 决算 基本支出表 printing 人员经费 and 公用经费 as two halves side by side, each with its own 合计 on the last line. */
const HALVES = [
  '南溪县某某服务中心2023年度部门决算', '',
  '一、部门决算情况说明', '', '本中心负责某某服务工作。', '',
  '公开06表', '一般公共预算财政拨款基本支出决算表', '编制单位：南溪县某某服务中心\t金额单位：万元',
  '人员经费\t人员经费\t人员经费\t公用经费\t公用经费\t公用经费',
  '科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数',
  '301\t工资福利支出\t80.00\t302\t商品和服务支出\t14.00',
  '30101\t基本工资\t50.00\t30201\t办公费\t6.00',
  '30102\t津贴补贴\t30.00\t30206\t电费\t8.00',
  '303\t对个人和家庭的补助\t5.00\t310\t资本性支出\t2.00',
  '30302\t退休费\t5.00\t31002\t办公设备购置\t2.00',
  '人员经费合计\t\t85.00\t公用经费合计\t\t16.00',
].join('\n')

describe('two halves of a list side by side (人员经费 | 公用经费)', () => {
  const doc = parseDocument('halves.txt', HALVES + '\n').document
  const t = doc.tables.find((x) => x.title.includes('基本支出'))!

  it('reads each half as rows of its own, the right half after the left, each total on its own row', () => {
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['301', '30101', '30102', '303', '30302', '人员经费合计', '302', '30201', '30206', '310', '31002', '公用经费合计'])
    const roles = t.columns.map((c) => c.role)
    expect(roles.filter((r) => r === 'personnel')).toHaveLength(1)
    expect(roles.filter((r) => r === 'public')).toHaveLength(1)
    expect(t.rows.find((r) => r.code === '30201')!.parent).toBe(t.rows.find((r) => r.code === '302')!.index)
  })

  it('finds no contradiction in a table that adds up, and one where a half does not', () => {
    expect(checkDocument(doc, 'tables').filter((f) => f.kind === 'sum-children')).toEqual([])
    const wrong = parseDocument('halves.txt', HALVES.replace('公用经费合计\t\t16.00', '公用经费合计\t\t17.00') + '\n').document
    expect(checkDocument(wrong, 'tables').map((f) => f.message).join('\n')).toMatch(/公用经费合计/)
  })

  it('answers 人员经费 and 公用经费 of 基本支出 from the two totals', () => {
    const engine = createEngine(buildCorpus([{ name: 'halves.txt', bytes: Buffer.from(HALVES + '\n') }]).corpus)
    const r = engine.ask({ question: '南溪县某某服务中心2023年一般公共预算财政拨款基本支出中人员经费和公用经费各多少？' })
    expect(r.answer).toMatch(/85\.00万元/)
    expect(r.answer).toMatch(/16\.00万元/)
    expect(r.citations.map((c) => c.rowName)).toEqual(expect.arrayContaining(['人员经费合计', '公用经费合计']))
  })
})

describe('two halves with no group labels above them (科目编码 | 科目名称 | 决算数, twice)', () => {
  const lines = HALVES.split('\n').filter((l) => !l.startsWith('人员经费\t人员经费'))
  const doc = parseDocument('halves-plain.txt', lines.join('\n') + '\n').document
  const t = doc.tables.find((x) => x.title.includes('基本支出'))!

  it('still reads each half as rows of its own: the repeated code and name columns say so', () => {
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['301', '30101', '30102', '303', '30302', '人员经费合计', '302', '30201', '30206', '310', '31002', '公用经费合计'])
    expect(t.rows.find((r) => r.code === '30206')!.cells.map((c) => c.text)).toEqual(['8.00'])
  })

  it('leaves a two-sided table without codes to its sides (项目 | 预算数 | 项目 | 预算数 is not read as halves)', async () => {
    const { columnHalves } = await import('../../server/core/parse/column-halves.js')
    const col = (index: number, label: string, role: string) => ({ index, label, path: [label], role }) as never
    expect(columnHalves([col(0, '项目', 'name'), col(1, '预算数', 'amount'), col(2, '项目', 'name'), col(3, '预算数', 'amount')])).toBeUndefined()
  })
})
