import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 43: a school's budget notice in a numbered list ("——预算补助6286.38万元"); "预算补助" asked is that item, never
 * the whole 支出预算 the bare word 预算 stands for alone (rule stage-word-modifier). Made-up school.
 */
const DOC = [
  '某某县第五中学2022年经费预算信息', '',
  '①部门组织收入。', '——部门收入600.00万元。学费等收入400万元;房租等其他收入200万元。',
  '②可支配收入7000.00万元。', '——专项拨款600.00万元,用部门组织收入安排。', '——预算补助5800.00万元。其中人员经费5000.00万元。',
  '③部门支出用途。支出预算7000.00万元。',
].join('\n')

describe('a stage word before words no term reads (rule stage-word-modifier)', () => {
  const engine = engineWith([{ name: 'wuzhong-2022-jfys.txt', bytes: new TextEncoder().encode(DOC) }])

  it('asks those words, not the whole budget', () => {
    const a = engine.ask({ question: '某某县第五中学预算补助是多少' }).answer
    expect(a).toContain('5800.00万元')
    expect(a).not.toContain('7000.00万元')
  })

  it('still reads 预算 alone as the whole budget', () => {
    expect(engine.ask({ question: '某某县第五中学预算是多少' }).answer).toContain('7000.00万元')
  })
})
