import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * A made-up city 公安局's 决算 (no real place or figure) consolidating its own office and two units named as its
 * branches, the department's whole name first (澜屿市公安局东港分局, 澜屿市公安局交通警察支队): a per-unit income table.
 */
const DOC = [
  '澜屿市公安局2024年度部门决算', '',
  '一、部门基本情况',
  '纳入澜屿市公安局2024年度部门决算编制范围的单位共3个，包括：澜屿市公安局本级，以及所属澜屿市公安局东港分局、澜屿市公安局交通警察支队。', '',
  '二、收入支出决算总体情况说明',
  '2024年度本年收入合计3,000.00万元，本年支出合计3,000.00万元，其中：基本支出2,100.00万元，占70.00%；项目支出900.00万元，占30.00%。', '',
  '三、政府采购支出情况',
  '2024年度政府采购支出总额420.00万元。', '',
  '收入决算表（分单位）', '', '单位：万元', '',
  ['单位名称', '本年收入合计', '财政拨款收入', '其他收入'].join('\t'),
  ['合计', '3,000.00', '2,880.00', '120.00'].join('\t'),
  ['澜屿市公安局本级', '1,500.00', '1,460.00', '40.00'].join('\t'),
  ['澜屿市公安局东港分局', '900.00', '870.00', '30.00'].join('\t'),
  ['澜屿市公安局交通警察支队', '600.00', '550.00', '50.00'].join('\t'),
].join('\n')

describe('units named as their department’s branches (rule member-unit-asked)', async () => {
  const extra = await readSources([{ name: 'lanyu-gaj-2024-final.txt', bytes: new TextEncoder().encode(DOC) }])
  const engine = createEngine(buildCorpus(extra).corpus)
  const ask = (question: string) => engine.ask({ question })

  it('the department said short ("澜屿公安局") is the department, never the branch whose name holds it', () => {
    const r = ask('澜屿公安局24年本年收入合计是多少')
    expect(r.answer).toContain('3,000.00万元')
    expect(r.answer).not.toContain('东港分局')
    expect(ask('澜屿公安局2024年政府采购花了多少钱').answer).toContain('420.00万元')
  })

  it('a branch asked by its own words after the department’s name ("东港分局"), or by a short form with the place ("澜屿交警支队")', () => {
    expect(ask('东港分局2024年财政拨款收入是多少？').answer).toContain('870.00万元')
    expect(ask('澜屿交警支队2024年其他收入有多少').answer).toContain('50.00万元')
  })
})
