import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { readSource } from '../../server/core/read/read-source.js'

/** SheetJS's code page tables encode GBK (its typings name a default export the module does not have). */
const gbkEncode = (s: string) => (codepages as unknown as { utils: { encode(cp: number, s: string): number[] } }).utils.encode(936, s)

const page = readFileSync(join(__dirname, 'fixtures', 'gov-page.html'))
const gbk = (s: string) => new Uint8Array(gbkEncode(s) as number[])

describe('a web page as saved from a government site', () => {
  it('keeps the document and drops the site around it: scripts, navigation, breadcrumbs, font and print bars, footer', async () => {
    const r = await readSource('page.htm', page)
    expect(r.format).toBe('html')
    expect(r.title).toBe('某县民政局2024年部门“三公”经费预算公开_某县人民政府')
    for (const chrome of ['当前位置', '政务服务', '版权所有', 'ICP', '打印本页', '字体', '浏览次数', '99.00', '_hmt']) expect(r.text).not.toContain(chrome)
    expect(r.text.split('\n').slice(0, 4)).toEqual([
      '某县民政局2024年部门“三公”经费预算公开', '根据预算公开要求，现将某县民政局2024年部门“三公”经费预算公开如下：', '某县民政局2024年“三公”经费预算表', '单位：万元',
    ])
  })

  it('writes a data table as one <tr> a line with its spans, and notes a table published as an image, never guessing it', async () => {
    const r = await readSource('page.html', page)
    expect(r.text).toContain('<tr><td rowspan="2">项目</td><td colspan="2">预算数</td></tr>')
    expect(r.imageTables).toEqual([{ line: 14, note: 'table published as an image (政府采购预算表): not read' }])
  })

  it('parses into a document with metadata, a 三公 table with spanned header columns, format and image notes', async () => {
    const r = await readSource('page.html', page)
    const { document: d } = parseDocument('page.html', r.text, r)
    expect(d).toMatchObject({ id: 'page', org: '某县民政局', year: 2024, scope: '三公经费预算', format: 'html' })
    expect(d.metadataNeeded).toBeUndefined()
    expect(d.imageTables).toHaveLength(1)
    const t = d.tables[0]
    expect(t.columns.map((c) => c.label)).toEqual(['项目', '预算数 › 2024年', '预算数 › 2023年'])
    expect(t.rows.map((row) => [row.name, row.cells.map((c) => c.text)])).toEqual([
      ['合计', ['12.50', '13.00']], ['因公出国（境）费', ['0.00', '0.00']], ['公务接待费', ['4.50', '5.00']], ['公务用车购置及运行费', ['8.00', '8.00']],
    ])
  })

  it('decodes a GBK page by its declared charset, and one that declares none by its content', async () => {
    const body = '<p>某县财政局2023年部门预算</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></table>'
    for (const head of ['<meta charset="gb2312">', '']) {
      const bytes = new Uint8Array([...new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>`), ...gbk(body), ...new TextEncoder().encode('</body></html>')])
      const r = await readSource('p.html', bytes)
      expect(r.text.split('\n')[0]).toBe('某县财政局2023年部门预算')
    }
  })

  it('keeps an article heading inside <header> or an "article-header" block, dropping the site\'s own header', async () => {
    const html = '<html><body><header class="site"><a href="/">某县人民政府</a><ul><li>首页</li></ul></header>'
      + '<article><header><h1>某县交通运输局2025年部门预算</h1></header><div class="article-header"><h2>一、部门主要职能</h2></div><p>负责全县交通运输工作。</p></article></body></html>'
    const r = await readSource('h.html', new TextEncoder().encode(html))
    expect(r.text.split('\n')).toEqual(['某县交通运输局2025年部门预算', '一、部门主要职能', '负责全县交通运输工作。'])
  })

  it('takes the organisation from the page\'s 来源： line when neither the text nor the title names it', async () => {
    const html = '<html><head><title>2023年部门预算公开</title></head><body><div class="info">发布时间：2023-03-01　来源：某县林业局　</div>'
      + '<p>2023年部门预算公开</p><p>一、收支预算总体情况</p></body></html>'
    const r = await readSource('x.html', new TextEncoder().encode(html))
    expect(r.publisher).toBe('某县林业局')
    expect(parseDocument('x.html', r.text, r).document).toMatchObject({ org: '某县林业局', year: 2023, scope: '部门预算' })
  })

  it('reads a layout table (a table holding the article) as text around the data table inside it', async () => {
    const html = `<html><body><table><tr><td><p>某区某局2025年部门预算</p><p>${'我局主要职责是负责本区相关工作，并承担有关事项。'.repeat(6)}</p>
      <table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>2.00</td></tr></table></td></tr></table></body></html>`
    const r = await readSource('a.html', new TextEncoder().encode(html))
    expect(r.text.split('\n')).toEqual(['某区某局2025年部门预算', expect.stringMatching(/^我局主要职责/), '<table>', '<tr><th>项目</th><th>金额</th></tr>', '<tr><td>合计</td><td>2.00</td></tr>', '</table>'])
  })
})

describe('tables as sites mark them up', () => {
  it('lifts a title row across the table and a 单位 row out of it, and a closing note below it', async () => {
    const html = '<html><body><table border="1">'
      + '<tr><td colspan="3">某县档案馆2024年“三公”经费预算表</td></tr>'
      + '<tr><td colspan="2">部门：某县档案馆</td><td>单位：元</td></tr>'
      + '<tr><td>项目</td><td>2024年预算数</td><td>2023年预算数</td></tr>'
      + '<tr><td>合计</td><td>3,000.00</td><td>4,000.00</td></tr>'
      + '<tr><td colspan="3">注：本单位无因公出国（境）费。</td></tr>'
      + '</table><p>详见<a href="/files/2024ys.pdf">附件：2024年部门预算.pdf</a></p></body></html>'
    const r = await readSource('t.html', new TextEncoder().encode(html))
    expect(r.text.split('\n')).toEqual([
      '某县档案馆2024年“三公”经费预算表', '部门：某县档案馆\t单位：元', '<table>',
      '<tr><td>项目</td><td>2024年预算数</td><td>2023年预算数</td></tr>', '<tr><td>合计</td><td>3,000.00</td><td>4,000.00</td></tr>', '</table>',
      '注：本单位无因公出国（境）费。', '详见附件：2024年部门预算.pdf',
    ])
    expect(r.warnings).toContain('the page links an attachment that may hold the tables: /files/2024ys.pdf')
    const { document: d } = parseDocument('t.html', r.text, r)
    expect(d).toMatchObject({ org: '某县档案馆', year: 2024, scope: '三公经费预算' })
    expect(d.tables[0]).toMatchObject({ unit: '元', title: '某县档案馆2024年“三公”经费预算表' })
    expect(d.tables[0].rows[0].cells.map((c) => c.amount?.value)).toEqual(['3000.00', '4000.00'])
  })
})

describe('tables a page uses for layout and particulars', () => {
  const page = (body: string) => new TextEncoder().encode(`<html><head><title>t</title></head><body>${body}</body></html>`)

  it('reads a form of labels and values (索引号：…) as lines, not as a table of amounts', async () => {
    const r = await readSource('p.html', page('<table><tr><td>索引号：</td><td>000-2024-01</td><td>主题分类：</td><td>财政</td></tr><tr><td>发布机构：</td><td>某县某局</td><td>发文日期：</td><td>2024-02-01</td></tr></table>'))
    expect(r.text).not.toContain('<table>')
    expect(r.text.split('\n')).toEqual(['索引号：000-2024-01 主题分类：财政', '发布机构：某县某局 发文日期：2024-02-01'])
  })

  it('a borderless table holding only the caption (单位名称 … 单位：元) leaves the caption and no empty table', async () => {
    const r = await readSource('p.html', page('<p>2025年单位支出总表</p><table><tr><td>单位名称：某县某局</td><td>表三</td><td>单位：元</td></tr></table><table><tr><td>科目名称</td><td>合计</td></tr><tr><td>行政运行</td><td>1,000.00</td></tr></table>'))
    expect(r.text.match(/<table>/g)).toHaveLength(1)
    const doc = parseDocument('p.html', `某县某局2025年单位预算\n${r.text}`).document
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0]).toMatchObject({ title: '2025年单位支出总表', unit: '元' })
  })
})

describe('a one-table 三公 page whose table carries its own title, unit, explanation and 备注', () => {
  const html = `<html><head><title>某县2025年度部门“三公”经费预算情况表</title></head><body>
<div class="d-info">来源：某县农机中心 2025-03-02<br>浏览量：<span>12</span> | <a class="sh-wx"></a> | <a class="sh-wb"></a> |</div>
<table border="1"><tbody>
<tr><td colspan="3"><b>县农机中心2025-度部门“三公”经费预算情况表</b></td></tr>
<tr><td colspan="3">单位：元</td></tr>
<tr><td>项目</td><td>2024-执行数</td><td>2025-预算数</td></tr>
<tr><td>一、支出合计</td><td>51200</td><td>50000</td></tr>
<tr><td>1、公务接待费</td><td>21200</td><td>20000</td></tr>
<tr><td>2、公务用车费</td><td>30000</td><td>30000</td></tr>
<tr><td>公务接待批次(批)</td><td>40</td><td>36</td></tr>
<tr><td>三、增减变化原因说明</td><td colspan="2">2025-“三公”经费预算50000元，比2024-执行数减少1200元。${'主要原因是压减公务接待支出，严格控制接待标准和陪同人数，并按规定减少一般性支出；'.repeat(3)}</td></tr>
<tr><td colspan="3">备注：${'“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。'.repeat(4)}</td></tr>
</tbody></table>
<div class="d-prev">上一篇：<a href="#">某县2025年度部门“三公”经费预算情况表（县档案馆）</a></div>
</body></html>`

  it('reads the table as data, the title and unit above it, the explanation and 备注 below it, no share bar', async () => {
    const r = await readSource('sg.html', new TextEncoder().encode(html))
    const lines = r.text.split('\n')
    expect(lines.slice(0, 4)).toEqual(['县农机中心2025-度部门“三公”经费预算情况表', '单位：元', '<table>', '<tr><td>项目</td><td>2024-执行数</td><td>2025-预算数</td></tr>'])
    expect(lines.find((l) => l.startsWith('三、增减变化原因说明'))).toMatch(/^三、增减变化原因说明：2025-“三公”经费预算50000元/)
    expect(r.text).not.toMatch(/浏览量|上一篇|档案馆/)
    const { document: d } = parseDocument('sg.html', r.text, r)
    expect(d.tables).toHaveLength(1)
    const t = d.tables[0]
    expect(t.columns.map((c) => `${c.label} (${c.role})`)).toEqual(['项目 (name)', '2024-执行数 (prior)', '2025-预算数 (amount)'])
    expect(t.rows.map((row) => row.name)).toEqual(['一、支出合计', '1、公务接待费', '2、公务用车费', '公务接待批次(批)'])
    expect(d.paragraphs.some((p) => p.text.includes('主要原因是压减公务接待支出'))).toBe(true)
  })
})
