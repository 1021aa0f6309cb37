import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { headFields } from '../../../server/core/planner/rules/head-label-asked.js'
import { tocOutline, tocTables } from '../../../server/core/planner/rules/toc-entry-asked.js'
import { engineWith } from '../seed-engine.js'
import { pageHeadSources } from './page-head-fixture.js'

let engine: Engine | undefined
const eng = () => (engine ??= engineWith(pageHeadSources()))
const ask = (question: string) => eng().ask({ question })
const doc = (org: string) => eng().corpus.documents.find((d) => d.org === org)!
const BUREAU = '青岚县统计局'
const ARCHIVE = '枫原市档案馆'

describe('a statement ending in a colon carries its numbered list; a count of units is read as stated (composition)', () => {
  it('quotes the units listed after "…预算单位包括:", and stops before the next section’s prose', () => {
    const res = ask(`${BUREAU}2024年决算编制范围包括哪些单位？`)
    expect(res.answer).toContain('预算单位包括:1.青岚县统计局本级')
    expect(res.answer).not.toContain('综合预算')
  })

  it('reads "下辖 0 个预算单位" as the count asked, 0 included, before the statement', () => {
    const res = ask(`${BUREAU}下面有几个预算单位`)
    expect(res.answer).toMatch(/预算单位0个/)
    expect(res.answer).toContain('下辖 0 个预算单位')
    expect(res.answer).not.toContain('4个')
  })
})

describe('whether the budget covers a unit named after 包括 (rule composition-ask)', () => {
  it('quotes the coverage sentence that leaves it out ("只包含…机关本级(不含…)")', () => {
    const res = ask('松浦县司法局2024年决算包括法律援助中心吗')
    expect(res.answer).toContain('不含松浦县法律援助中心')
    expect(res.citations[0].lines).toEqual([5, 5])
  })
})

describe('what the unit is and does, asked in plain words, quoted from its 职责 (rules section-asked, prose-fact-asked)', () => {
  it('"是个什么部门": the sentence saying what it is, not the duties list', () => {
    const res = ask(`${BUREAU}是个什么部门`)
    expect(res.answer).toContain('是主管全县统计和国民经济核算工作的县政府工作部门')
    expect(res.answer).not.toContain('1.组织实施')
  })

  it('"主要干什么": the 职责 section with a body, not the 目录 line of the same title', () => {
    const res = ask(`${BUREAU}主要干什么`)
    expect(res.answer).toContain('1.组织实施全县人口、经济、农业等重大国情国力普查')
    expect(res.answer).toContain('3.管理全县统计调查项目')
    expect(res.citations.every((c) => c.lines[0] >= 24)).toBe(true)
  })

  it('"根据哪个文件定的": the 根据《…》(文号) clause, title marks as printed', () => {
    const res = ask(`${BUREAU}的职责是根据哪个文件定的`)
    expect(res.answer).toContain('根据《青岚县机构改革实施方案》(青办发〔2019〕8号)')
  })

  it('"要向…报什么": the duty sharing the words asked', () => {
    const res = ask(`${BUREAU}要向县委统计工作领导小组报什么`)
    expect(res.answer).toContain('报送年度统计监测报告')
    expect(res.citations).toHaveLength(1)
    expect(res.citations[0].lines).toEqual([26, 26])
  })

  it('"归哪一级管": the 隶属 clause', () => {
    expect(ask(`${BUREAU}归哪一级管`).answer).toContain('隶属于青岚县人民政府')
  })
})

describe('the document’s structure from its 目录 (rules toc-entry-asked, toc-outline-asked)', () => {
  it('reads parts with their entries, 十一 as one number, the body left out', () => {
    const parts = tocOutline(doc(BUREAU))
    expect(parts.map((p) => p.no)).toEqual([1, 2, 3, 4])
    expect(parts[1].items.map((e) => e.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(parts[3].items).toHaveLength(0)
  })

  it('reads a 目录 run into one block, "…总表 二、…" as two entries and the cut next part left out', () => {
    const tables = tocTables(doc(ARCHIVE)).map((e) => e.entry)
    expect(tables).toEqual(['一、收支总表', '二、收入总表', '三、支出总表', '四、一般公共预算支出表', '五、项目支出绩效表'])
  })

  it('"第三部分讲什么": that part as listed', () => {
    expect(ask(`${BUREAU}决算第三部分讲什么`).answer).toContain('“第三部分 2024年部门决算情况说明”')
  })

  it('"决算表的第十项讲的是什么": the item of that number under the part named, or that the part has none', () => {
    expect(ask(`${BUREAU}决算表的第十项讲的是什么`).answer).toContain('“十、部门整体支出绩效目标表”')
    expect(ask(`${BUREAU}决算表的第十五项讲的是什么`).answer).toContain('没有第十五项')
  })

  it('"部门概况包括哪几项": the part’s entries', () => {
    const res = ask(`${BUREAU}部门概况包括哪几项内容`)
    expect(res.answer).toContain('“一、部门职责”“二、机构设置”')
    expect(ask(`${ARCHIVE}概况包括哪几项`).answer).toContain('三、人员构成')
  })

  it('"表最后附的是哪一项": the last entry of the part of tables, a note included', () => {
    expect(ask(`${BUREAU}决算表最后附的是哪一项`).answer).toContain('最后一项是“十一、关于空表的说明”')
  })

  it('"公开了…表吗": the entries naming it, or that none does', () => {
    expect(ask(`${BUREAU}公开了绩效目标表吗`).answer).toContain('十、部门整体支出绩效目标表')
    const none = ask(`${BUREAU}公开了政府采购表吗`)
    expect(none.answer).toContain('没有名称含“政府采购”的表')
    expect(none.citations).toHaveLength(0)
    expect(ask(`${BUREAU}三公经费那张表还包括哪些费用`).answer).toContain('“三公”经费及会议费、培训费支出决算表')
  })
})

describe('the particulars a page’s head prints (rule head-label-asked)', () => {
  it('reads label:value lines, an empty value left out', () => {
    expect(headFields(doc(BUREAU)).map((f) => [f.label, f.value])).toEqual([
      ['保密审查情况', '已审查'],
      ['部门主要负责人审签情况', '已审签'],
      ['生效日期', '2025-09-12'],
    ])
  })

  it('a question naming the label’s words gets its value, quoted with its line', () => {
    const res = ask(`${BUREAU}决算做过保密审查吗`)
    expect(res.answer).toContain('“保密审查情况:已审查”（第2行）')
    expect(ask(`${BUREAU}决算负责人审签了吗`).answer).toContain('已审签')
  })

  it('a date asked under no label printed: the head’s dates under their own labels', () => {
    const res = ask(`${BUREAU}2024年决算是哪天发布的`)
    expect(res.answer).toContain('生效日期: 2025-09-12')
    expect(res.answer).not.toContain('发布时间')
  })

  it('"一共多少页": the page count the page prints', () => {
    expect(ask(`${ARCHIVE}2025年部门预算一共多少页`).answer).toContain('当前文档共18页')
  })
})
