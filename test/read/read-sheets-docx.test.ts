import * as X from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'
import { readSource } from '../../server/core/read/read-source.js'
import { rowCitation } from '../../server/core/tools/lib/citation.js'

/** A workbook as offices publish one: a title merged across, a unit line, a two-row header with merged cells. */
function workbook(bookType: 'xlsx' | 'biff8'): Uint8Array {
  const ws = X.utils.aoa_to_sheet([
    ['某区某局2025年部门支出总表'],
    ['部门：某市某区某局', null, null, '单位：万元'],
    ['科目编码', '科目名称', '2025年预算数', null],
    [null, null, '基本支出', '项目支出'],
    ['', '合计', 150.5, 50],
    ['201', '一般公共服务支出', 150.5, 50],
    ['20101', '人大事务', 100, 50],
    ['20102', '政协事务', 50.5, 0],
  ])
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }, { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } }, { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
  ]
  const wb = X.utils.book_new()
  X.utils.book_append_sheet(wb, ws, '支出总表')
  return new Uint8Array(X.write(wb, { type: 'buffer', bookType }))
}

/** The smallest docx Word opens: content types, the package relation, and a body with a title and a spanned table. */
function docx(): Uint8Array {
  const zip = X.CFB.utils.cfb_new()
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const cell = (t: string, span = '') => `<w:tc>${span && `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>`}<w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body><w:p><w:r><w:t>某县财政局2025年部门预算</w:t></w:r></w:p>`
      + '<w:p><w:r><w:t>2025年部门收支总表</w:t></w:r></w:p><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>'
      + `<w:tbl><w:tr>${cell('项目')}${cell('预算数')}</w:tr><w:tr>${cell('合计')}${cell('10.00')}</w:tr><w:tr>${cell('一般公共预算拨款收入')}${cell('10.00')}</w:tr></w:tbl></w:body></w:document>`,
  }
  for (const [name, text] of Object.entries(files)) X.CFB.utils.cfb_add(zip, name, Buffer.from(text, 'utf8'))
  return new Uint8Array(X.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer)
}

describe('spreadsheets', () => {
  it.each(['xlsx', 'biff8'] as const)('reads a %s sheet as caption lines and tab-separated rows, merged header cells spread over their columns', async (bookType) => {
    const r = await readSource(bookType === 'xlsx' ? 'b.xlsx' : 'b.xls', workbook(bookType))
    expect(r.format).toBe('xlsx')
    expect(r.text.split('\n').slice(0, 4)).toEqual([
      '某区某局2025年部门支出总表', '部门：某市某区某局\t\t\t单位：万元', '科目编码\t科目名称\t2025年预算数\t2025年预算数', '科目编码\t科目名称\t基本支出\t项目支出',
    ])
    expect(r.origins?.[6]).toEqual({ sheet: '支出总表', row: 7, cols: ['A', 'B', 'C', 'D'] })
  })

  it('cites a cell by sheet and range, and the document carries its format and origins', async () => {
    const [f] = await readSources([{ name: 'b.xlsx', bytes: workbook('xlsx') }])
    const { corpus } = buildCorpus([f])
    const d = corpus.documents[0]
    expect(d).toMatchObject({ org: '某市某区某局', year: 2025, scope: '部门预算', format: 'xlsx' })
    const t = d.tables[0]
    const row = t.rows.find((x) => x.code === '20101')!
    const col = t.columns.find((c) => c.role === 'project')!
    expect(rowCitation(d, t, row, col)).toMatchObject({ sheet: '支出总表', cellRange: 'D7', value: '50' })
    expect(rowCitation(d, t, row)).toMatchObject({ sheet: '支出总表', cellRange: 'A7:D7' })
    expect(t.reconciled).toBe('ok')
  })
})

describe('spreadsheets as offices lay out a 收支总表', () => {
  it('keeps a 支出 item with no figure in its column, and a numbered caption (部门公开表01) opens the table', async () => {
    const ws = X.utils.aoa_to_sheet([
      ['某县某局2025年部门收支总表'],
      ['部门公开表01'],
      ['单位名称：某县某局', null, null, '单位：元'],
      ['收入项目', '预算数', '支出项目', '预算数'],
      ['一、一般公共预算拨款收入', '900.00', '一般公共服务支出', '900.00'],
      [null, null, '外交支出', null],
      ['收入总计', '900.00', '支出总计', '900.00'],
    ])
    const wb = X.utils.book_new()
    X.utils.book_append_sheet(wb, ws, '表1')
    const [f] = await readSources([{ name: 's.xlsx', bytes: new Uint8Array(X.write(wb, { type: 'buffer', bookType: 'xlsx' })) }])
    expect(f.read!.text.split('\n')).toContain('\t\t外交支出')
    const d = buildCorpus([f]).corpus.documents[0]
    expect(d.tables).toHaveLength(1)
    expect(d.tables[0].rows.map((r) => r.name)).toContain('外交支出')
  })
})

describe('docx', () => {
  it('goes through mammoth to HTML and the web-page reader: paragraphs as lines, the table as markup', async () => {
    const r = await readSource('a.docx', docx())
    expect(r.format).toBe('docx')
    expect(r.text.split('\n')).toEqual([
      '某县财政局2025年部门预算', '2025年部门收支总表', '单位：万元', '<table>',
      '<tr><td>项目</td><td>预算数</td></tr>', '<tr><td>合计</td><td>10.00</td></tr>', '<tr><td>一般公共预算拨款收入</td><td>10.00</td></tr>', '</table>',
    ])
    const { corpus } = buildCorpus(await readSources([{ name: 'a.docx', bytes: docx() }]))
    expect(corpus.documents[0]).toMatchObject({ org: '某县财政局', year: 2025, format: 'docx' })
    expect(corpus.documents[0].tables[0].rows.map((x) => x.name)).toEqual(['合计', '一般公共预算拨款收入'])
  })
})
