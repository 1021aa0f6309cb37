import { describe, expect, it } from 'vitest'
import { compositionParagraphs, separateBudget, unitNameForms, unitStatements } from '../../../server/core/tools/lib/composition.js'
import { budgetParagraphs, projectBlocks, projectTotal } from '../../../server/core/tools/lib/project-prose.js'
import { statisticCore, statisticFit } from '../../../server/core/planner/rules/statistic-ask.js'
import { parseSnippet } from '../../parse/helpers.js'

describe('the 机构设置 / 单位构成 statement', () => {
  it.each([
    ['2.下属事业单位某某服务中心不单列预算，并入本部。', false],
    ['某某检测站纳入局机关统一编报。', false],
    ['某某中心不单独编制预算。', false],
    ['某某中心单列预算。', true],
    ['2.某某图书馆。', undefined],
  ])('%s → separate %s', (sentence, want) => expect(separateBudget(sentence)).toBe(want))

  it('reads the forms of a unit’s name with and without its place', () => {
    expect(unitNameForms('远山市平湖区青年发展中心')).toEqual(['远山市平湖区青年发展中心', '平湖区青年发展中心', '青年发展中心'])
  })

  it('finds the statement in another template’s wording and stops at the next section', () => {
    const doc = parseSnippet(
      [
        '一、单位基本情况',
        '平湖区档案局内设办公室、业务科2个科室；下属事业单位1个，即平湖区档案馆。纳入2025年部门预算编制范围的单位共2个，分别是：平湖区档案局（本级）、平湖区档案馆。',
        '二、收支预算总体情况',
        '2025年收入预算80.00万元。',
      ].join('\n'),
      '远山市平湖区档案局2025年部门预算情况说明',
    ).document
    const ps = compositionParagraphs(doc)
    expect(ps.map((p) => p.text).join('')).toContain('分别是')
    expect(ps.map((p) => p.text).join('')).not.toContain('收入预算')
    expect(unitStatements(doc, '平湖区档案馆')[0].sentence).toContain('平湖区档案馆')
    expect(unitStatements(doc, '远山市平湖区档案馆', true)).toEqual([])
  })
})

describe('a project’s own page', () => {
  const doc = parseSnippet(
    [
      '七、项目经费情况说明',
      '',
      '乡村阅读推广项目经费情况说明',
      '一、项目概况',
      '在各村开展阅读推广。',
      '二、年度预算安排',
      '2025年度项目总预算48.50万，其中图书采购30.00万，活动组织18.50万。',
      '三、绩效目标',
      '覆盖全部行政村。',
      '文物修缮项目经费情况说明',
      '一、项目概述',
      '修缮两处文物建筑。',
      '二、年度预算安排',
      '第一季度用款计划10.00万元，第二季度用款计划10.00万元。',
    ].join('\n'),
    '远山市平湖区文化局2025年部门预算情况说明',
  ).document

  it('splits the pages by their titles and reads each total (万 as 万元)', () => {
    const blocks = projectBlocks(doc)
    expect(blocks.map((b) => b.name)).toEqual(['乡村阅读推广', '文物修缮'])
    expect(projectTotal(blocks[0])?.amount).toMatchObject({ value: '48.50', unit: '万元' })
    expect(budgetParagraphs(blocks[0]).map((p) => p.text).join('')).not.toContain('覆盖全部')
  })

  it('states no total where the page gives only quarterly amounts', () => {
    expect(projectTotal(projectBlocks(doc)[1])).toBeUndefined()
  })
})

describe('statistic rows named by a question', () => {
  it.each([
    ['5.公务接待批次(批)', '公务接待批次'], ['（2）公务用车保有量（辆）', '公务用车保有量'], ['接待人次', '接待人次'],
  ])('%s reads as %s', (name, core) => expect(statisticCore(name)).toBe(core))

  it('scores the row sharing the longest run with the subject', () => {
    expect(statisticFit('6.公务接待人数(人)', '公务接待')).toBe(4)
    expect(statisticFit('2.因公出国(境)人数(人)', '公务接待')).toBe(0)
    expect(statisticFit('5.公务接待批次(批)', '外事接待')).toBe(0)
  })
})
