import { describe, expect, it } from 'vitest'
import { BOM, csvField, hitCsvRows, HIT_CSV_HEADER, tableCsvRows, toCsv } from '../../web/src/shared/csv.js'
import { rowTexts } from '../../web/src/shared/row-texts.js'
import type { SearchHit, Table } from '../../web/src/shared/types.js'

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv([['单位', '金额'], ['某局', '0.50']])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv).toBe('\uFEFF单位,金额\r\n某局,0.50\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it.each([
    ['1,073.24', '"1,073.24"'],
    ['说"明"', '"说""明"""'],
    ['两\n行', '"两\n行"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12.5', '-12.5'],
    ['-cmd', "'-cmd"],
    ['-', '-'],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+3', '+3'],
    ['-5.08%', '-5.08%'],
    ['-1,073.24', '"-1,073.24"'],
    ['+1+1', "'+1+1"],
    ['\t=1', "'\t=1"],
    ['\r1', '"\'\r1"'],
    [undefined, ''],
    [3, '3'],
  ])('csvField(%j) → %s', (v, out) => expect(csvField(v)).toBe(out))
})

describe('table and hit rows', () => {
  it('lays a table out by column index, empty cells empty', () => {
    const table = {
      columns: [{ index: 0, label: '科目编码' }, { index: 1, label: '科目名称' }, { index: 2, label: '合计' }],
      rows: [{ cells: [{ column: 0, text: '30217' }, { column: 1, text: '公务接待费' }] }, { cells: [{ column: 2, text: '1.00' }] }],
    } as unknown as Table
    expect(tableCsvRows(table)).toEqual([['科目编码', '科目名称', '合计'], ['30217', '公务接待费', ''], ['', '', '1.00']])
  })

  it('gives each hit its printed figure and 万元', () => {
    const hits: SearchHit[] = [
      { kind: 'row', id: 'd/t3/r5', docId: 'd', org: '某局', year: 2025, tableNumber: '表三', tableTitle: '基本支出表', code: '30217', name: '公务接待费', value: '10,000.00', unit: '元', lines: [285, 285] },
      { kind: 'paragraph', id: 'd/p2', docId: 'd', org: '某局', year: 2025, text: '收入预算1,073.24万元', lines: [35, 35] },
    ]
    const rows = hitCsvRows(hits)
    expect(rows[0]).toEqual(HIT_CSV_HEADER)
    expect(rows[1]).toEqual(['某局', '2025', '表三 基本支出表', '30217', '公务接待费', '10,000.00', '元', '1.00', 'd/t3/r5'])
    expect(rows[2][4]).toBe('收入预算1,073.24万元')
  })
})

describe('rowTexts', () => {
  const columns = [{ index: 0, role: 'code' }, { index: 1, role: 'name' }, { index: 2, role: 'total' }]
  it('fills code and name columns from the row', () => {
    const row = { code: '30217', name: '公务接待费', cells: [{ column: 2, text: '0.50' }] }
    expect(rowTexts({ columns } as never, row)).toEqual(['30217', '公务接待费', '0.50'])
  })
  it('puts the code before the name when the table has no code column', () => {
    const row = { code: '2101501', name: '行政运行', cells: [{ column: 1, text: '' }] }
    expect(rowTexts({ columns: columns.slice(1).map((c, i) => ({ ...c, index: i })) } as never, row)).toEqual(['2101501 行政运行', ''])
  })
  it('keeps a printed cell as it is', () => {
    expect(rowTexts({ columns } as never, { code: '1', name: 'x', cells: [{ column: 1, text: '  其中：x' }] })).toEqual(['1', '  其中：x', ''])
  })
})
