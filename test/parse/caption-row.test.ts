import { describe, expect, it } from 'vitest'
import { codeFragmentColumns } from '../../server/core/parse/code-fragments.js'
import { readTitleRegion } from '../../server/core/parse/meta.js'
import type { Column } from '../../server/core/schema.js'
import { toSourceLines } from '../../server/core/parse/source-lines.js'
import { parseSnippet } from './helpers.js'

const col = (index: number, label: string, role: Column['role']): Column => ({ index, path: [label], label, role })

describe('a caption row under the table title: number, 编制单位 and unit on one line', () => {
  it('opens the table under the title above it, with that number and unit', () => {
    const body = ['二、项目支出情况', '本单位项目支出安排如下。', '', '一般公共预算支出表', '表二 编制单位：某某县种子管理站 单位：万元',
      '科目编码\t科目名称\t合计', '合计\t\t86.40', '2130101\t行政运行\t86.40', '', '三、其他说明', '无。'].join('\n')
    const { document: doc } = parseSnippet(body, '某某县种子管理站2026年单位预算')
    expect(doc.tables.map((t) => `${t.number} ${t.title} ${t.unit}`)).toEqual(['表二 一般公共预算支出表 万元'])
    expect(doc.tables[0].rows.find((r) => r.code === '2130101')?.cells.find((c) => c.amount)?.amount?.value).toBe('86.40')
  })

  it('still takes a numbered title (表1 部门收支总表) under a part heading as the table\'s own title', () => {
    const { document: doc } = parseSnippet(['第二部分 2026年部门预算表', '表1 2026年部门收支总表', '单位：万元', '项目\t预算数', '合计\t12.00'].join('\n'), '某某县文物局2026年部门预算')
    expect(doc.tables.map((t) => `${t.number} ${t.title}`)).toEqual(['表1 2026年部门收支总表'])
  })
})

describe('organisation named in a part heading', () => {
  it('drops the part number before the organisation (第二部分 某某站2026年单位预算表)', () => {
    const head = ['2026年某某县种子管理站预算', '目录', '第一部分某某县种子管理站单位概况', '第二部分某某县种子管理站2026年单位预算表', '一、主要职能'].join('\n')
    expect(readTitleRegion(toSourceLines(head))).toMatchObject({ org: '某某县种子管理站', year: 2026, scope: '单位预算' })
  })
})

describe('identifier columns', () => {
  it('a 单位编码 column whose total row holds 合计 still identifies units', () => {
    const cols = [col(0, '单位编码', 'amount'), col(1, '单位名称', 'name'), col(2, '合计', 'total')]
    codeFragmentColumns(cols, [['合计', '合计', '86.40'], ['512004', '某某县种子管理站', '86.40']])
    expect(cols.map((c) => c.role)).toEqual(['text', 'name', 'total'])
  })
})
