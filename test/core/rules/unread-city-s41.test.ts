import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 41: one made-up city bureau's 决算 (no real figure) held alone. A question naming another city by its bare
 * name ("连云港二院", "深圳公安") is about a place the corpus does not hold: not found, never the held bureau's figure
 * (rule unread-city); the held city said bare with its bureau's field ("澜屿公安") is that bureau (rule dept-said), its
 * field's words never read as the 公安 spending line.
 */
const DOC = [
  '澜屿市公安局2024年度部门决算', '',
  '一、收入支出决算总体情况说明',
  '2024年度本年收入合计3,000.00万元，本年支出合计3,000.00万元。', '',
  '二、“三公”经费财政拨款支出决算情况说明',
  '2024年度“三公”经费财政拨款支出决算为60.00万元。', '',
  '三、政府采购支出情况',
  '2024年度政府采购支出总额420.00万元。', '',
  '支出决算表', '', '单位：万元', '',
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].join('\t'),
  ['204', '公共安全支出', '3,000.00', '2,100.00', '900.00'].join('\t'),
  ['20402', '公安', '3,000.00', '2,100.00', '900.00'].join('\t'),
  ['', '合计', '3,000.00', '2,100.00', '900.00'].join('\t'),
].join('\n')

describe('a place asked by its bare name', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanyu-gaj-2024-final.txt', bytes: new TextEncoder().encode(DOC) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('a city no held document is of, said without 市: not found, never the held bureau', () => {
    for (const q of ['连云港二院政府采购预算多少钱', '深圳公安三公经费多少']) {
      const a = ask(q)
      expect(a).toContain('没有找到')
      expect(a).not.toContain('澜屿市公安局')
      expect(a).not.toMatch(/420\.00|60\.00/u)
    }
  })
  it('the held city said bare with its bureau’s field is that bureau', () => {
    const a = ask('澜屿公安2024年三公经费是多少')
    expect(a).toContain('60.00万元')
    expect(a).not.toContain('3,000.00')
  })
})
