import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { pageFieldsOfLines } from '../../server/core/parse/page-lines.js'
import { readSource } from '../../server/core/read/read-source.js'

/** A made-up 部门预算 page (no real place or figure); `chrome` goes between its title and its body. */
const page = (chrome: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>柳川县农业农村局2025年部门预算</title></head><body>
<h1>柳川县农业农村局2025年部门预算</h1>
${chrome}
<p>一、部门主要职责</p>
<p>柳川县农业农村局负责全县农业农村发展规划和项目管理。</p>
<p>二、收支预算总体情况</p>
<p>2025年收入预算总计318.40万元，支出预算总计318.40万元。</p>
<table><tr><td>项目</td><td>2025年预算数</td></tr><tr><td>合计</td><td>318.40</td></tr><tr><td>基本支出</td><td>250.10</td></tr><tr><td>项目支出</td><td>68.30</td></tr></table>
<p>（存档副本至此中断。）</p>
<p>来源：https://www.liuchuan.example.gov.cn/art/2025/3/18/art_1.html</p>
</body></html>`

const CHROME = '<div class="article-info"><span>发布时间：2025-03-18 09:12</span>　<span>来源：柳川县农业农村局</span>　<span>浏览次数：57</span></div>\n<pre>发布日期: 2025-03-18 發佈機構: 縣農業農村局</pre>'

const parsed = async (html: string) => {
  const r = await readSource('liuchuan-2025.html', new TextEncoder().encode(html))
  return { r, d: parseDocument('liuchuan-2025.html', r.text, r).document }
}

describe('page-lines: a web page’s particulars dropped as chrome are kept beside the document, never in it', () => {
  it('keeps each labelled field as printed, at the text line it stood under, the whole line quoted', async () => {
    const { d } = await parsed(page(CHROME))
    expect(d.pageFields?.map((f) => [f.key, f.value, f.line])).toEqual([
      ['发布时间', '2025-03-18 09:12', 1], ['来源', '柳川县农业农村局', 1], ['浏览次数', '57', 1],
      // a Traditional line is read for meaning and quoted as printed
      ['发布日期', '2025-03-18', 1], ['发布机构', '縣農業農村局', 1],
      // the archive's note after the last line: at the last line, a web address as printed
      ['来源', 'https://www.liuchuan.example.gov.cn/art/2025/3/18/art_1.html', d.lineCount],
    ])
    expect(d.pageFields![0].printed).toBe('发布时间：2025-03-18 09:12　来源：柳川县农业农村局　浏览次数：57')
    expect(d.pageFields![3].printed).toBe('发布日期: 2025-03-18 發佈機構: 縣農業農村局')
  })

  it('changes nothing else: the same text, paragraphs, tables and metadata as the page without those lines', async () => {
    const withLines = await parsed(page(CHROME))
    const without = await parsed(page(''))
    expect(withLines.r.text).toBe(without.r.text)
    const { pageFields, ...rest } = withLines.d
    expect(pageFields).toBeDefined()
    const { pageFields: archiveOnly, ...restWithout } = without.d
    expect(archiveOnly?.map((f) => f.key)).toEqual(['来源'])
    expect(rest).toEqual(restWithout)
    // no date or publisher line became prose or a row
    expect(withLines.d.paragraphs.some((p) => /发布|来源|浏览/.test(p.text))).toBe(false)
    // the reader's publisher and date for metadata are what they were
    expect([withLines.r.publisher, withLines.r.published]).toEqual(['柳川县农业农村局', '2025-03-18'])
  })

  it('a page without such lines has no pageFields; a blank field gives none, a bare date stamp its date (日期)', async () => {
    const html = page('').replace(/<p>来源：.*<\/p>/, '')
    expect((await parsed(html)).d.pageFields).toBeUndefined()
    expect(pageFieldsOfLines([{ line: 3, text: '文号： 发布机构：' }], 10)).toEqual([])
    expect(pageFieldsOfLines([{ line: 3, text: '2025-03-18 09:12:40 点击:[]' }], 10).map((f) => [f.key, f.value])).toEqual([['日期', '2025-03-18 09:12:40']])
    // (a date's bare label is its own key, never the end of a longer one)
    expect(pageFieldsOfLines([{ line: 3, text: '时间:2025-08-29 16:51 阅读人数:' }, { line: 4, text: '生效日期:2025-09-12' }], 10).map((f) => [f.key, f.value])).toEqual([['时间', '2025-08-29 16:51']])
  })

  it('reads a letter-spaced label as its word, a blank one giving no field', () => {
    expect(pageFieldsOfLines([{ line: 1, text: '索引号:0081-2/2024-101 发文机关:省某厅 文 号: 发布日期:2024-02-06 15:20 主题词:预算' }], 5).map((f) => [f.key, f.value])).toEqual([
      ['索引号', '0081-2/2024-101'], ['发文机关', '省某厅'], ['发布日期', '2024-02-06 15:20'], ['主题词', '预算'],
    ])
    expect(pageFieldsOfLines([{ line: 1, text: '文　号:某财〔2024〕3号' }], 5).map((f) => [f.key, f.value])).toEqual([['文号', '某财〔2024〕3号']])
  })

  it('ends a value at the next label, one it keeps or not (阅读次数：386字号：)', () => {
    expect(pageFieldsOfLines([{ line: 2, text: '发布日期：2025-02-14 16:30 信息来源：某县图书馆阅读次数：386字号：【大 中 小】' }], 5).map((f) => [f.key, f.value])).toEqual([
      ['发布日期', '2025-02-14 16:30'], ['信息来源', '某县图书馆'], ['阅读次数', '386'],
    ])
  })

  it('reads a line set apart by spaces, each value to the next label', () => {
    expect(pageFieldsOfLines([{ line: 2, text: '来源　青石镇人民政府　发布时间　2024-11-02 15:30　阅读' }], 10).map((f) => [f.key, f.value])).toEqual([
      ['来源', '青石镇人民政府'], ['发布时间', '2024-11-02 15:30'],
    ])
  })
})
