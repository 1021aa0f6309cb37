import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (blind101's 区 report, read at the end): "政府性基金收入同比变化多少" read the fund's 2026 支出 sentence and set
// it against the 2025 执行表's 收入合计: 69087 − 42296 = 26,791万元, a change between two different things, both cited.
const PAGE = [
  '关于青禾区2025年预算执行情况和2026年预算草案的报告',
  '二、2026年预算草案',
  '2026年全区政府性基金预算支出69087万元,比上年执行数增长8.2%。',
  '表3 2025年政府性基金预算收支执行表',
  '单位：万元',
  '项目\t2024年执行数\t2025年预算数\t2025年执行数\t完成%\t增长%',
  '收入合计\t50750\t45800\t42296\t92.3\t-16.7',
  '国有土地使用权出让收入\t46820\t42000\t38640\t92.0\t-17.5',
  '其他政府性基金收入\t3930\t3800\t3656\t96.2\t-7.0',
].join('\n')

describe('rule same-side-change', () => {
  it('never sets one year\'s 支出 against another year\'s 收入', () => {
    const engine = createEngine(buildCorpus([{ name: 'qinghe-ysbg-2026.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)
    const r = engine.ask({ question: '青禾区政府性基金收入同比变化多少' }).answer
    expect(r).not.toContain('26,791')
    expect(r).not.toContain('26791')
  })
})
