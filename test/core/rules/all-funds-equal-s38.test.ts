import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (from blind83's 图书馆 row): a subject's columns asked with no fund named are read from the all-funds 支出表
 * even where its first column asked (基本支出) prints the same amount as the one-fund table's: the next column
 * (项目支出) comes from the same row, and the one-fund table's smaller 项目支出 is not the subject's. Made-up figures.
 */
const FINAL = [
  '青岚县文化旅游局2024年度部门决算',
  '表三 支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t314.68\t246.83\t67.85',
  '2070104\t图书馆\t314.68\t246.83\t67.85',
  '表五 一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t307.06\t246.83\t60.23',
  '2070104\t图书馆\t307.06\t246.83\t60.23',
].join('\n')

describe('rule all-funds-first, on an equal first column', () => {
  const engine = engineWith([{ name: 'qinglan-wlj-2024-final.txt', bytes: enc(FINAL) }])
  it('reads 基本支出 and 项目支出 of one row of the all-funds table', () => {
    const r = engine.ask({ question: '青岚县文化旅游局图书馆基本支出和项目支出各多少？' })
    expect(r.answer).toContain('246.83万元')
    expect(r.answer).toContain('67.85万元')
    expect(r.answer).not.toContain('60.23万元')
  })
})
