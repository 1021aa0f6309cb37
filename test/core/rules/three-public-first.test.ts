import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { resolveInTables } from '../../../server/core/tools/lib/resolve-figure.js'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'

/** A 决算 page: the 基本支出 table's economic rows (30217 from 基本支出 only) and a wide 三公 table in 元 (预算数 | 决算数). */
const html = `某某市某某养护站2023年度单位决算
表六 一般公共预算财政拨款基本支出决算明细表
单位：万元
<table><tr><td>科目编码</td><td>科目名称</td><td>决算数</td></tr>
<tr><td>302</td><td>商品和服务支出</td><td>20.00</td></tr>
<tr><td>30217</td><td>公务接待费</td><td>0.40</td></tr>
<tr><td>30231</td><td>公务用车运行维护费</td><td>3.00</td></tr></table>
表九 财政拨款“三公”经费支出决算表
单位：元
<table><tr><td colspan="4">预算数</td><td colspan="4">决算数</td></tr>
<tr><td>合计</td><td>因公出国（境）费</td><td>公务用车运行费</td><td>公务接待费</td><td>合计</td><td>因公出国（境）费</td><td>公务用车运行费</td><td>公务接待费</td></tr>
<tr><td>50,000.00</td><td>0.00</td><td>40,000.00</td><td>10,000.00</td><td>41,234.00</td><td>0.00</td><td>35,000.00</td><td>6,234.00</td></tr></table>`

describe('rule three-public-table-first', () => {
  const doc = parseDocument('某某养护站2023年度单位决算.html', html).document
  const want = (name: string, column?: 'initial' | 'final') => resolveInTables(defaultVocabulary, doc, { name, column }).figure
  it('a 三公 item of a 决算 is the 三公 table\'s 决算 column, not the 基本支出 row and not the budget printed first', () => {
    expect(doc.tables.map((t) => t.kind)).toContain('three-public')
    expect(want('公务接待费')).toMatchObject({ tableKind: 'three-public' })
    expect(want('公务接待费')?.fen).toBe(623_400)
    expect(want('公务用车运行费')?.fen).toBe(3_500_000)
    expect(want('公务接待费', 'initial')?.fen).toBe(1_000_000)
  })
  it('a code or a name that is no 三公 item still reads its own row', () => {
    expect(resolveInTables(defaultVocabulary, doc, { code: '30217' }).figure?.fen).toBe(400_000)
    expect(want('商品和服务支出')?.fen).toBe(20_000_000)
  })
})

/** A 决算's 三公 table with its stages down the side (预算数 | 决算数 | 上年决算数 rows, the items as columns). */
const stageRows = `某某县某某镇人民政府2023年度部门决算
表5 财政拨款“三公”经费支出决算表
金额单位：元
<table><tr><td></td><td>合计</td><td>因公出国（境）费</td><td>公务用车运行维护费</td><td>公务接待费</td></tr>
<tr><td>预算数</td><td>50,000.00</td><td>0.00</td><td>30,000.00</td><td>20,000.00</td></tr>
<tr><td>决算数</td><td>41,000.00</td><td>0.00</td><td>26,000.00</td><td>15,000.00</td></tr>
<tr><td>上年决算数</td><td>45,000.00</td><td>0.00</td><td>28,000.00</td><td>17,000.00</td></tr></table>`

/** The same with each stage row printing its year: 2024年预算数 | 2024年决算数 | 2023年决算数. */
const yearStageRows = `某某县水务局2024年度部门决算
表6 财政拨款“三公”经费支出决算表
单位：万元
<table><tr><td>项目</td><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>2024年预算数</td><td>21.00</td><td>0.00</td><td>18.00</td><td>3.00</td></tr>
<tr><td>2024年决算数</td><td>17.05</td><td>0.00</td><td>14.60</td><td>2.45</td></tr>
<tr><td>2023年决算数</td><td>19.38</td><td>0.00</td><td>16.26</td><td>3.12</td></tr></table>`

describe('rule stage-rows', () => {
  it('reads rows that print their year before the stage: the year’s 决算数, never its 预算数 printed first', () => {
    const doc = parseDocument('某某县水务局2024年度部门决算.html', yearStageRows).document
    const fen = (name: string, column?: 'initial' | 'final' | 'prior', year?: number) => resolveInTables(defaultVocabulary, doc, { name, column, year }).figure?.fen
    expect(fen('公务接待费')).toBe(2_450_000)
    expect(fen('公务接待费', 'initial')).toBe(3_000_000)
    expect(fen('公务接待费', 'prior')).toBe(3_120_000)
    expect(fen('公务接待费', undefined, 2023)).toBe(3_120_000)
  })

  const doc = parseDocument('某某镇2023年度部门决算.html', stageRows).document
  const fen = (name: string, column?: 'initial' | 'final') => resolveInTables(defaultVocabulary, doc, { name, column }).figure?.fen
  it('reads the stage asked from its row: a 决算 with none asked is the 决算数 row, never the 预算数 row printed first', () => {
    expect(fen('公务接待费')).toBe(1_500_000)
    expect(fen('公务接待费', 'final')).toBe(1_500_000)
    expect(fen('公务接待费', 'initial')).toBe(2_000_000)
    expect(fen('三公经费', 'final')).toBe(4_100_000)
    // a rate asked is no stage: never an amount of a stage row
    expect(resolveInTables(defaultVocabulary, doc, { name: '三公经费', column: 'completion' }).figure?.fen).toBeUndefined()
  })
})
