import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A township's 决算 covering its own office and two centres: a per-unit table of no standard kind, a 三公 table with a column per unit. */
const DOC = [
  '青禾县白石镇2024年度部门决算公开',
  '纳入本部门2024年度部门决算编制范围的单位共3个：白石镇人民政府（本级）、白石镇农业综合服务中心、白石镇文化服务中心。',
  '决算单位构成情况表',
  '单位名称\t编制人数（人）\t实有人数（人）\t本年支出（万元）',
  '青禾县白石镇人民政府（本级）\t30\t28\t900.00',
  '青禾县白石镇农业综合服务中心\t12\t11\t240.50',
  '青禾县白石镇文化服务中心\t8\t8\t120.25',
  '合计\t50\t47\t1,260.75',
  '表四 财政拨款“三公”经费支出决算表',
  '金额单位：万元',
  '项目\t决算数\t其中：镇本级\t其中：农业综合服务中心\t其中：文化服务中心',
  '合计\t15.00\t12.00\t3.00\t0.00',
  '1.公务用车运行维护费\t10.00\t8.00\t2.00\t0.00',
  '2.公务接待费\t5.00\t4.00\t1.00\t0.00',
].join('\n')

describe('a unit\'s figures in a department\'s tables (rules unit-column, per-unit table of no standard kind)', () => {
  const engine = engineWith([{ name: 'baishi-2024-final.txt', bytes: enc(DOC) }])

  it('reads a centre\'s 本年支出 from the per-unit table by the column the question names', () => {
    const r = engine.ask({ question: '白石镇农业综合服务中心2024年支出多少' })
    expect(r.answer).toContain('240.50万元')
    expect(r.answer).not.toContain('12人')
  })

  it('computes the own office\'s share of the department\'s 本年支出', () => {
    expect(engine.ask({ question: '白石镇本级支出占全部门本年支出的比重？' }).answer).toContain('71.39%')
  })

  it('reads a unit\'s 三公 figures from its own column, the item asked or the 合计', () => {
    expect(engine.ask({ question: '白石镇农业综合服务中心2024年公务接待费是多少' }).answer).toMatch(/农业综合服务中心.*公务接待费为1\.00万元/)
    const own = engine.ask({ question: '白石镇本级2024年三公经费决算多少？' })
    expect(own.answer).toContain('12.00万元')
    expect(own.citations[0]).toMatchObject({ column: '其中：镇本级' })
  })
  it('reads a unit\'s 编制 and 实有 from the count columns of the per-unit table, in 人', () => {
    expect(engine.ask({ question: '白石镇文化服务中心有多少编制' }).answer).toContain('8人')
    const r = engine.ask({ question: '白石镇农业综合服务中心实有多少人' })
    expect(r.answer).toContain('11人')
    expect(r.answer).not.toContain('万元')
  })
  it('answers a unit\'s 决算 asked with no column by its 本年支出, and its 三公 决算 by its own column', () => {
    expect(engine.ask({ question: '白石镇文化服务中心2024年决算是多少' }).answer).toContain('120.25万元')
    expect(engine.ask({ question: '白石镇农业综合服务中心2024年三公经费决算是多少' }).answer).toContain('3.00万元')
  })
})
