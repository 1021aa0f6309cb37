import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'
import { createEngine } from '../../../server/core/engine.js'

// Session 49 (blind106's pages, first contact): a county bureau whose place is written 濛 was renamed 蒙 (the Traditional
// fold read 濛 as 蒙, though Simplified text prints it in names); a self-evaluation naming its department only after
// "预算部门单位(公章):" was held as needing metadata; two news items on a town's people's congress, which reviewed the
// town's budget, were held as nobody's.
const enc = (s: string) => new TextEncoder().encode(s)
const built = buildCorpus([
  { name: 'a.txt', bytes: enc(['濛江县卫生健康局2024年度部门决算', '表1 收入支出决算总表', '单位：万元', '项目\t决算数', '本年收入合计\t1200.00', '本年支出合计\t1200.00'].join('\n')) },
  { name: 'b.txt', bytes: enc(['项目支出绩效自评报告', '项目名称:某水库除险加固工程', '评价年度:2022', '预算部门单位(公章):江口县水务局', '填报日期:2023年4月25日', '一、基本情况', '2023年4月21日成立评价小组,组长王明。'].join('\n')) },
  { name: 'c.txt', bytes: enc(['3月6日,平山区石桥镇第三届人民代表大会第七次会议在镇大礼堂隆重举行。大会应到代表88名,实到80名。', '会议书面审查了《2023年镇财政预算执行情况和2024年镇财政预算草案的报告》,依法票决出3个民生实事项目,总投资900多万元。'].join('\n')) },
  { name: 'd.txt', bytes: enc(['(通讯员 李华)3月28日,柳塘镇召开第十九届人民代表大会第四次会议。来自全镇各领域的60名人大代表齐聚一堂。', '大会书面审议了《2022年财政预算执行情况和2023年财政预算(草案)的报告》。'].join('\n')) },
  { name: 'e.txt', bytes: enc(['3月6日,平山区石桥镇第三届人民代表大会第七次会议在镇大礼堂隆重举行。', '会议听取了镇人民政府工作报告。'].join('\n')) },
])
const meta = (id: string) => { const d = built.corpus.documents.find((x) => x.id === id); return d && { org: d.org, year: d.year, scope: d.scope } }

describe('whose page (blind106)', () => {
  it('keeps 濛 as printed in an organisation’s name', () => {
    expect(meta('a')?.org).toBe('濛江县卫生健康局')
    expect(createEngine(built.corpus).ask({ question: '濛江县卫生健康局2024年本年收入合计是多少' }).answer).toMatch(/^濛江县卫生健康局/)
  })
  it('reads the department after 预算部门单位(公章)', () => {
    expect(meta('b')).toMatchObject({ org: '江口县水务局', scope: '绩效自评' })
  })
  it('holds a town’s congress in session as the town’s budget of the draft it reviewed', () => {
    expect(meta('c')).toEqual({ org: '平山区石桥镇', year: 2024, scope: '财政预算' })
    expect(meta('d')).toEqual({ org: '柳塘镇', year: 2023, scope: '财政预算' })
    expect(meta('e')?.org ?? '').not.toBe('平山区石桥镇')
  })
})
