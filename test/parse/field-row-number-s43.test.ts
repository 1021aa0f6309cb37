import { describe, expect, it } from 'vitest'
import { parseSnippet } from './helpers.js'

// A 决算 template's caption: the title, then a row of fields ending in the set's table number (编制单位：某局 公开05表),
// then the year and the unit on a line of their own. The field row is no title: the line above it is.
describe('a field row ending in the table number, its unit on the next line', () => {
  it('leaves the title above it as the table title, so the table is known by kind', () => {
    const body = ['第三部分 2024年度部门决算表', '', '收入支出决算总表', '编制单位：某某县农业农村局 公开01表', '2024年度\t单位：万元',
      '项目\t决算数\t项目\t决算数', '本年收入合计\t120.00\t本年支出合计\t118.00', '总计\t130.00\t总计\t130.00', '',
      '一般公共预算财政拨款支出决算表', '编制单位：某某县农业农村局 公开05表', '2024年度\t单位：万元',
      '科目编码\t科目名称\t年初预算\t调整预算\t决算数', '\t合计\t100.00\t110.00\t108.00', '213\t农林水支出\t90.00\t95.00\t94.00'].join('\n')
    const { document: doc } = parseSnippet(body, '某某县农业农村局2024年度部门决算')
    expect(doc.tables.map((t) => `${t.title}|${t.kind}`)).toEqual(['收入支出决算总表|summary', '一般公共预算财政拨款支出决算表|general-spending'])
  })
})
