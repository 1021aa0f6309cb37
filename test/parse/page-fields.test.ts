import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { readHtmlText } from '../../server/core/read/html/read-html.js'
import { cellAmount, rowByName } from './helpers.js'

/** A portal page whose 信息公开 fields are the first rows of the one table that also holds the figures. */
const PAGE = `<html><head><title></title></head><body><table border="1">
<tr><td>标题:</td><td>白石镇2022年预算执行和2023年预算草案</td><td></td><td></td></tr>
<tr><td>发文日期:</td><td>2023-02-10</td><td>发布机构:</td><td>青禾县白石镇人民政府</td></tr>
<tr><td>表1</td><td></td><td></td><td></td><td></td></tr>
<tr><td>2022年白石镇一般公共预算收入执行情况表</td><td></td><td></td><td></td><td></td></tr>
<tr><td>单位:万元</td><td></td><td></td><td></td><td></td></tr>
<tr><td>项 目</td><td>2021年决算数</td><td>2022年执行数</td><td></td><td></td></tr>
<tr><td>金额</td><td>比上年增长%</td><td></td><td></td><td></td></tr>
<tr><td>一、税收收入</td><td>300</td><td>330</td><td>10.00</td><td></td></tr>
<tr><td>增值税</td><td>200</td><td>210</td><td>5.00</td><td></td></tr>
</table></body></html>`

describe('rule page-fields: a portal\'s fields as the first rows of the table', () => {
  const read = readHtmlText(PAGE)
  const { document: doc } = parseDocument('baishi-2022.html', read.text, { ...read, format: 'html' })

  it('reads the organisation from 发布机构, the year from 标题, a place\'s 预算执行 as its 财政预算', () => {
    expect(doc.org).toBe('青禾县白石镇人民政府')
    expect(doc.year).toBe(2022)
    expect(doc.scope).toBe('财政预算')
  })

  it('takes the fields, 表1 and the title rows as captions, the unit from 单位:万元, and 金额 under 执行数 as that figure', () => {
    const t = doc.tables[0]
    expect(t.unit).toBe('万元')
    const executed = t.columns.find((c) => c.path.join('›').includes('执行数') && /金额/.test(c.label))
    expect(executed?.role).toBe('final')
    expect(cellAmount(t, rowByName(t, '增值税'), /执行数/)?.value).toBe('210')
  })
})

describe('a 绩效自评表 copied as one flat line', () => {
  it('takes its organisation from 实施单位 (its code dropped) and its kind and year from the page title', () => {
    const html = '<html><head><title>项目支出绩效自评表 (2023年度) 垃圾清运项目</title></head><body><p>张三 2019-05-22T04:56:35Z 15.00 False 附件: 项目支出绩效自评表 (2023年度) 项目名称 垃圾清运项目 主管部门 318-青禾县白石镇人民政府 实施单位 318001-青禾县白石镇人民政府 项目资金 (万元) 年初预算数 全年预算数</p></body></html>'
    const read = readHtmlText(html)
    const { document: doc } = parseDocument('baishi-zp.html', read.text, { ...read, format: 'html' })
    expect(doc.org).toBe('青禾县白石镇人民政府')
    expect(doc.scope).toBe('绩效自评')
    expect(doc.year).toBe(2023)
  })
})
