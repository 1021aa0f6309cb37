import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up forest farm's 单位预算 of prose only: its 类 and its whole stated in one paragraph, no table. */
const PAGE = [
  '桐岭县国有林场2025年单位预算',
  '一、关于桐岭县国有林场2025年财政拨款收支预算情况的总体说明',
  '桐岭县国有林场财政拨款收支总预算120.00万元。支出包括：农林水支出90.00万元、社会保障和就业支出18.00万元、住房保障支出12.00万元。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'tongling-lc-2025-ys.txt', bytes: new TextEncoder().encode(PAGE) }])).ask({ question })

describe('a page of prose only, asked a 类 by name', () => {
  it('reads the class the prose states', () => {
    expect(ask('桐岭林场2025年农林水支出多少？').answer).toContain('90.00万元')
  })

  it('a share with no whole named is of the side’s whole the prose states', () => {
    const res = ask('桐岭林场2025年的钱里农林水支出占了百分之几？')
    expect(res.answer).toContain('75.00%')
  })
})
