import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { readSource } from '../../server/core/read/read-source.js'
import type { BudgetDocument } from '../../server/core/schema.js'
import { rowCitation } from '../../server/core/tools/lib/citation.js'
import { cell, rowByCode, rowByName, tableByTitle } from '../parse/helpers.js'

const FIXTURES = join(__dirname, '..', 'fixtures', 'realdocs')
const GOLDEN = join(__dirname, 'golden')

async function readFixture(name: string): Promise<BudgetDocument> {
  const read = await readSource(name, new Uint8Array(readFileSync(join(FIXTURES, name))))
  return parseDocument(name, read.text, read).document
}

/** One line per table and row, so a diff of the golden file shows what the reader changed. */
function project(doc: BudgetDocument) {
  return {
    org: doc.org, year: doc.year, scope: doc.scope, unit: doc.unit, format: doc.format, lines: doc.lineCount,
    tables: doc.tables.map((t) => ({
      head: `${t.title} [${t.kind}, ${t.unit ?? '?'}${t.noData ? ', no data' : ''}] @${t.lines.join('-')} pages ${[...new Set(t.rows.map((r) => doc.origins?.[r.lines[0] - 1]?.page))].join(',')}`,
      columns: t.columns.map((c) => `${c.side ? c.side + ':' : ''}${c.label} (${c.role})`),
      rows: t.rows.map((r) => `@${r.lines[0]} ${r.side ? r.side + ' ' : ''}${r.code ?? ''} ${r.name} | ${r.cells.map((c) => c.text || '·').join(' | ')}`),
    })),
    unparsed: doc.unparsed.map((u) => `@${u.line} ${u.reason}`),
  }
}

function golden(name: string, doc: BudgetDocument) {
  const file = join(GOLDEN, `${name}.json`)
  const actual = JSON.stringify(project(doc), null, 1) + '\n'
  if (process.env.UPDATE || !existsSync(file)) { mkdirSync(GOLDEN, { recursive: true }); writeFileSync(file, actual) }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('PDF read from geometry: 普陀区人民政府办公室 2025 部门预算 (元 with fen)', () => {
  let doc: BudgetDocument
  beforeAll(async () => { doc = await readFixture('sh-putuo-zfb-2025-dept.pdf') }, 60_000)

  it('finds the nine tables of the Putuo template', () => {
    expect(doc.format).toBe('pdf')
    expect(doc.tables.map((t) => t.kind)).toEqual(['summary', 'income', 'spending', 'fiscal-summary', 'general-spending', 'gov-fund', 'state-capital', 'basic-spending', 'three-public'])
    expect(doc.tables.map((t) => t.rows.length)).toEqual([13, 21, 21, 9, 21, 1, 1, 30, 1])
  })

  it('joins 类/款/项 printed in columns of their own into one code, and keeps empty cells empty', () => {
    const t = tableByTitle(doc, /部门支出预算总表/)
    expect(t.columns.filter((c) => c.role === 'code').map((c) => c.path.slice(-2).join(' › '))).toEqual(['功能分类科目编码 › 类', '功能分类科目编码 › 款', '功能分类科目编码 › 项'])
    const r = rowByCode(t, '2010301')
    expect(r.name).toBe('行政运行')
    expect(r.cells.map((c) => c.text)).toEqual(['12,029,501.84', '11,919,501.84', '110,000.00'])
    expect(r.cells[0].amount?.fen).toBe(1202950184)
    expect(rowByCode(t, '2010302').cells.map((c) => c.text)).toEqual(['46,140,000.00', '', '46,140,000.00'])
    expect(rowByCode(t, '2010399').name).toBe('其他政府办公厅（室）及相关机构事务支出')
  })

  it('reads the two-sided 收支总表 by side', () => {
    const t = tableByTitle(doc, /财务收支预算总表/)
    expect(cell(t, rowByName(t, '一、财政拨款收入', 'income'), /预算数/)).toBe('91,016,775.35')
    expect(cell(t, rowByName(t, '一、一般公共服务支出', 'spending'), /预算数/)).toBe('82,096,797.42')
    expect(cell(t, rowByName(t, '支出总计', 'spending'), /预算数/)).toBe('91,016,775.35')
  })

  it('reads 经济分类 codes, 三公 columns in 万元 and the header-only empty columns', () => {
    expect(cell(tableByTitle(doc, /经济分类/), rowByCode(tableByTitle(doc, /经济分类/), '30217'), /合计/)).toBe('185,000.00')
    const sg = tableByTitle(doc, /三公/)
    expect(sg.unit).toBe('万元')
    expect(sg.rows[0].cells.map((c) => c.text)).toEqual(['867.50', '839.00', '28.50', '', '', '', '213.28'])
    expect(sg.columns.map((c) => c.label.split(' › ').pop())).toEqual(['合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', '机关运行经费预算数'])
    const income = tableByTitle(doc, /收入预算总表/)
    expect(income.columns.slice(-3).map((c) => c.label.split(' › ').pop())).toEqual(['事业收入', '事业单位经营收入', '其他收入'])
  })

  it('cites a cell with its page and box, a paragraph with its page', () => {
    const t = tableByTitle(doc, /部门支出预算总表/)
    const r = rowByCode(t, '2010301')
    const basic = t.columns.find((c) => c.role === 'basic')!
    const c = rowCitation(doc, t, r, basic)
    expect(c.page).toBe(11)
    expect(c.box).toEqual(doc.origins![r.lines[0] - 1]!.cells![basic.index])
    expect(c.box![0]).toBeGreaterThan(500)
    expect(c.box![2]).toBeGreaterThan(50)
    expect(doc.origins).toHaveLength(doc.lineCount)
    expect(doc.paragraphs.every((p) => doc.origins![p.lines[0] - 1]?.page)).toBe(true)
  })

  it('matches its golden projection', () => golden('sh-putuo-zfb-2025-dept', doc))
})

describe('PDF read from geometry: 万里街道 2024 部门预算 (tables over several pages)', () => {
  let doc: BudgetDocument
  beforeAll(async () => { doc = await readFixture('sh-putuo-wanli-2024-dept.pdf') }, 60_000)

  it('keeps a table continued over pages, with its header repeated, as one table', () => {
    expect(doc.tables).toHaveLength(9)
    const t = tableByTitle(doc, /一般公共预算支出功能分类/)
    expect(t.rows).toHaveLength(67)
    const pages = new Set(t.rows.map((r) => doc.origins![r.lines[0] - 1]!.page))
    expect(pages.size).toBeGreaterThanOrEqual(3)
    expect(t.rows.filter((r) => /项目|科目/.test(r.name))).toEqual([])
    expect(rowByCode(t, '2120101').cells.map((c) => c.text)).toEqual(['16,603,248', '16,353,248', '250,000'])
    expect(rowByCode(tableByTitle(doc, /部门收入预算总表/), '2080705').cells.map((c) => c.text)).toEqual(['4,212,300', '4,212,300', '0', '0', '0'])
  })

  it('reads the 三公 table with its figures under their labels', () => {
    const sg = tableByTitle(doc, /三公/)
    expect(sg.rows[0].cells.map((c) => c.text)).toEqual(['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18'])
  })

  it('matches its golden projection', () => golden('sh-putuo-wanli-2024-dept', doc))
})
