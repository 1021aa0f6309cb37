import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Engine } from '../../server/core/engine.js'
import { engineWith, seedEngine } from './seed-engine.js'

/** The seeds plus a document in a layout none of them uses (│ and full-width-space tables, unit in the headers). */
let engine: Engine | undefined
const blind = () => (engine ??= engineWith([{ name: 'blind_c.txt', bytes: readFileSync(new URL('../blind/docs/blind_c.txt', import.meta.url)) }]))
const ask = (question: string) => blind().ask({ question })

describe('questions on a document in a new layout', () => {
  it('reads a term asked of one named document from that document’s 名词解释', () => {
    const res = ask('肥西农业农村局预算里的“其他收入”具体指什么')
    expect(res.answer).toMatch(/^按预算文件的名词解释/)
    expect(res.answer).toContain('农业技术服务')
    expect(res.citations[0].kind).toBe('paragraph')
  })

  it('counts 多少个编制 as the staffing, whatever the unit asked', () => {
    expect(ask('肥西县农业农村局一共核定了多少个编制').answer).toContain('30名')
  })

  it('finds a performance indicator asked by its core words (户厕改造 → 农村户厕改造数量)', () => {
    const res = ask('肥西县农业农村局2025年户厕改造目标多少户')
    expect(res.answer).toContain('1200户')
    expect(res.citations.some((c) => c.rowName?.includes('农村户厕改造数量'))).toBe(true)
  })

  it('lets the leftmost of two overlapping terms win (项目支出合计 is 项目支出, not 支出合计)', () => {
    const res = ask('肥西农业农村局2025年支出总表里项目支出合计是多少')
    expect(res.answer).toContain('3,025.40万元')
  })

  it('reads the 公车运维 shorthand as 公务用车运行维护费', () => {
    const res = ask('肥西县农业农村局2025年公车运维多少钱')
    expect(res.answer).toContain('9.80万元')
  })
})

describe('a share of the whole income or spending', () => {
  it('reads 全部收入 as the income total, with both inputs cited', () => {
    const res = ask('肥西县农业农村局2025年政府性基金占全部收入的比例是多少')
    expect(res.answer).toContain('17.45%')
    expect(res.answer).toContain('3,724.57万元')
    expect(res.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
  })
})

describe('a web-page copy with HTML tables', () => {
  let web: Engine | undefined
  const askWeb = (question: string) =>
    (web ??= engineWith([{ name: 'blind_d.md', bytes: readFileSync(new URL('../blind2/docs/blind_d.md', import.meta.url)) }])).ask({ question })

  it('answers from an HTML table, with the abbreviation 市场监管 for 市场监督管理', () => {
    const res = askWeb('江岸区市场监管局2026年2013805市场秩序执法预算多少？')
    expect(res.answer).toContain('215.40万元')
    expect(res.citations[0].code).toBe('2013805')
  })

  it('finds a procurement row by the item bought, printed beside the project name', () => {
    const res = askWeb('江岸区市场监管局2026年政府采购里食品安全监督抽检服务要花多少？')
    expect(res.answer).toContain('120.00万元')
    expect(res.citations[0].tableTitle).toMatch(/政府采购/)
  })
})

describe('a subject qualified by words only the prose states', () => {
  const web = () => engineWith([{ name: 'blind_d.md', bytes: readFileSync(new URL('../blind2/docs/blind_d.md', import.meta.url)) }])
  it('answers 政府采购面向中小企业预留 from the sentence that states it, not with the procurement total', () => {
    const res = web().ask({ question: '江岸区市场监督管理局2026年政府采购面向中小企业预留了多少金额？' })
    expect(res.answer).toContain('149.20万元')
    expect(res.answer).not.toContain('186.50')
    expect(res.citations[0].kind).toBe('paragraph')
  })

  it('keeps a code question on its table row even when the prose repeats the row’s name with the figure', () => {
    const res = seedEngine().ask({ question: '渝北区医保局2025年2101504信息化建设预算多少？' })
    expect(res.citations[0].kind).toBe('row')
    expect(res.citations[0].code).toBe('2101504')
  })
})
