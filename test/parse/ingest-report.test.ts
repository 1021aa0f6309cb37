import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'

const doc = (body: string) => [{ name: 'x.txt', bytes: new TextEncoder().encode(`某市某区某某局2025年部门预算情况说明\n\n一、概况\n\n${body}\n`) }]

describe('ingest report: table rows the parser did not recognise', () => {
  it('lists prose lines that carry three or more bare amounts, the sign of an unknown table layout', () => {
    const rows = ['30101 基本工资 ~ 112.75 ~ 112.75 ~ 0.00', '30102 津贴补贴 ~ 78.39 ~ 78.39 ~ 0.00', '30103 奖金 ~ 147.57 ~ 147.57 ~ 0.00']
    const { report } = buildCorpus(doc(`本局预算如下，细目见下文。\n${rows.join('\n')}`))
    expect(report[0].tables).toBe(0)
    expect(report[0].figureRowsInProse.length).toBe(3)
  })

  it('does not flag prose that states figures with their units', () => {
    const { report } = buildCorpus(doc('2025年收入预算487.64万元，其中：一般公共预算拨款收入487.64万元，上年结转0.00万元，其他收入12.00万元。'))
    expect(report[0].figureRowsInProse).toEqual([])
  })
})
