import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'

// Session 46 (blind101's county office 三公 page): a table flattened to lines, its change group named in words
// ("本年预算比上年增减情况" over 增减额 | 增减幅度) on one line and its parts on the next: read as five columns for four
// figures (增减额 took the rate); "上年年初预算数" read as this year's 年初预算; last year's column asked with no year
// fell back to this year's cell (a wrong figure).
const PAGE = [
  '青禾县人民政府办公室2018年部门预算“三公”经费公开情况说明',
  '青禾县人民政府办公室2018年度“三公”经费预算情况表',
  '部门:青禾县人民政府办公室       单位:万元',
  '项目 本年年初预算数 上年年初预算数 本年预算比上年增减情况',
  '增减额 增减幅度',
  '合计 16.4 18.8 -2.4 -13%',
  '1.因公出国(境)费',
  '2.公务接待费 2.4 4.8 -2.4 -50.00%',
  '3.公务用车购置及运行 14 14 0 0.00%',
  '二、“三公”经费增减变化原因说明:实行厉行节约。',
].join('\n')

describe('a change group named in words, its parts on the next line', () => {
  it('reads four columns for four figures, last year\'s budget as the prior year\'s', () => {
    const t = parseDocument('qinghe-sg-2018.txt', PAGE).document.tables[0]
    expect(t.columns.filter((c) => c.role !== 'name').map((c) => c.role)).toEqual(['initial', 'prior', 'change', 'growth'])
    const row = t.rows.find((r) => r.name.includes('公务接待费'))!
    expect(row.cells.map((c) => c.text).filter(Boolean)).toEqual(['2.4', '4.8', '-2.4', '-50.00%'])
  })
  it('answers this year\'s and last year\'s budget from their own columns', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-sg-2018.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    const r = engine.ask({ question: '青禾县人民政府办公室三公经费本年年初预算数和上年年初预算数分别是多少' }).answer
    expect(r).toContain('16.4万元')
    expect(r).toContain('18.8万元')
  })
})
