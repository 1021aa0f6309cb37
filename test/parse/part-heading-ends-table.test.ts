import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// a 绩效自评表 laid out as a form (label and value on one line), then the next part of the document
const text = [
  '某镇2023年部门决算', '', '表15 项目支出绩效自评表', '单位：万元',
  '项目名称 农村道路维护项目',
  '主管部门 某镇人民政府 实施单位 某镇人民政府',
  '项目资金（万元） 年初预算数 80.00 全年预算数 92.00 全年执行数 90.50',
  '自评得分 95分',
  '第三部分 2023年度部门决算情况说明',
  '一、收入决算情况说明',
  // a paragraph wrapped as the page wrapped it: its first line ends mid-sentence
  '本部门2023年度本年收入合计612.40万元，比上年减少12.60万元，下降',
  '2.02%，主要原因是一次性项目结束。',
].join('\n')

describe('a part heading ends the table above it', () => {
  it('keeps the next part’s prose out of a form-like table', () => {
    const { document } = parseDocument('town-final.txt', text)
    expect(document.paragraphs.some((p) => p.text.includes('612.40万元'))).toBe(true)
    expect(document.tables.every((t) => t.fields.every((f) => !f.value.includes('612.40')))).toBe(true)
  })
})
