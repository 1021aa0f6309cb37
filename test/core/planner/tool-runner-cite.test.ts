import { describe, expect, it } from 'vitest'
import { ToolRunner } from '../../../server/core/planner/tool-runner.js'
import type { Citation } from '../../../server/core/schema.js'

const row = (n: number, text?: string): Citation =>
  ({ kind: 'row', docId: 'qiaoshan', org: '桥山县文物局', year: 2031, title: '', tableId: 'qiaoshan/t1', rowId: `qiaoshan/t1/r${n}`, lines: [n, n], ...(text ? { text } : {}) }) as Citation

describe('ToolRunner.cite', () => {
  it('keeps each citation once, in the order first cited, by kind, row, column and quoted text', () => {
    const run = new ToolRunner({ corpus: { version: 1, documents: [], errors: [] }, index: { search: () => [] } })
    run.cite(row(1), row(2), undefined, row(1))
    run.cite(row(2), row(1, '办公费 3.00'), { ...row(3), column: '本年预算数' }, { ...row(3), column: '本年预算数' }, row(3))
    expect(run.citations.map((c) => [c.rowId, c.column, c.text])).toEqual([
      ['qiaoshan/t1/r1', undefined, undefined], ['qiaoshan/t1/r2', undefined, undefined], ['qiaoshan/t1/r1', undefined, '办公费 3.00'],
      ['qiaoshan/t1/r3', '本年预算数', undefined], ['qiaoshan/t1/r3', undefined, undefined],
    ])
  })

  it('costs what it cites: 20,000 rows cited twice each in well under a second', () => {
    const run = new ToolRunner({ corpus: { version: 1, documents: [], errors: [] }, index: { search: () => [] } })
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i))
    const t0 = performance.now()
    run.cite(...rows)
    run.cite(...rows)
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(run.citations).toHaveLength(20_000)
  })
})
