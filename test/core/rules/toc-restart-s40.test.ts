import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * A made-up 镇 部门预算 (no real place or figure) whose copy lost its 目录 heading and its first part's line: the parts
 * are listed (第二部分 … 第五部分), then the body starts over at 第一部分. And a made-up 卫生院 决算 with a 目录 of
 * four parts and nine tables.
 */
const TOWN = [
  '青岚镇人民政府2024年部门预算编制说明',
  '一、主要职能',
  '二、机构设置情况',
  '第二部分:青岚镇人民政府2024年部门预算报表(报表详见附件)',
  '第三部分:青岚镇人民政府2024年部门预算说明',
  '一、2024年收支总体情况',
  '二、2024年财政拨款支出预算情况',
  '第四部分:2024年部门预算其他事项说明',
  '一、机关运行经费预算安排情况',
  '二、政府采购预算安排情况',
  '第五部分:名词解释',
  '第一部分:部门概况',
  '一、主要职能',
  '青岚镇人民政府负责本镇经济社会发展和基层治理。',
  '二、机构设置情况',
  '青岚镇人民政府内设党政办公室、经济发展办公室和社会事务办公室。',
  '第三部分:青岚镇人民政府2024年部门预算说明',
  '一、2024年收支总体情况',
  '2024年收入预算586.20万元，支出预算586.20万元。',
].join('\n')
const CLINIC = [
  '2024年度石泉镇中心卫生院决算公开',
  '目 录',
  '第一部分 单位概况',
  '一、单位主要职责',
  '二、单位基本情况',
  '第二部分 2024年度决算表',
  '一、收入支出决算总表', '二、收入决算表', '三、支出决算表', '四、财政拨款收入支出决算总表', '五、一般公共预算财政拨款支出决算表',
  '六、一般公共预算财政拨款基本支出决算表', '七、政府性基金预算财政拨款收入支出决算表', '八、国有资本经营预算财政拨款支出决算表',
  '九、一般公共预算财政拨款“三公”经费支出决算表',
  '第三部分 2024年度决算情况说明',
  '一、收入支出决算总体情况说明',
  '第四部分 名词解释',
  '第一部分 单位概况',
  '一、单位主要职责',
  '石泉镇中心卫生院负责辖区居民基本医疗和公共卫生服务。',
  '第三部分 2024年度决算情况说明',
  '一、收入支出决算总体情况说明',
  '2024年度收入总计1,206.30万元，支出总计1,206.30万元。',
].join('\n')

let engine: ReturnType<typeof engineWith> | undefined
const ask = (question: string) => (engine ??= engineWith([
  { name: 'qinglan-2024-dept-budget.txt', bytes: new TextEncoder().encode(TOWN) },
  { name: 'shiquan-wsy-2024-final.txt', bytes: new TextEncoder().encode(CLINIC) },
])).ask({ question })

describe('toc-outline-asked: the parts a document lists, with or without a 目录 heading', () => {
  it('reads the parts listed before the numbering starts over as the 目录 (its heading lost)', () => {
    const r = ask('青岚镇24年部门预算说明第五部分是啥')
    expect(r.answer).toContain('第五部分:名词解释')
    expect(r.citations.some((c) => c.text?.includes('第五部分:名词解释'))).toBe(true)
  })

  it('names a part asked 叫什么, and lists every part asked 有哪几个部分', () => {
    expect(ask('石泉镇中心卫生院2024决算第一部分叫什么').answer).toContain('第一部分 单位概况')
    const parts = ask('石泉镇中心卫生院2024年决算公开有哪几个部分').answer
    expect(parts).toContain('4个部分')
    for (const p of ['第一部分 单位概况', '第二部分 2024年度决算表', '第三部分 2024年度决算情况说明', '第四部分 名词解释']) expect(parts).toContain(p)
    // (the body's own 第一部分 heading is no fifth part)
    expect(parts).not.toContain('5个部分')
    // (a part named before the ask is asked for its own items)
    const own = ask('石泉镇中心卫生院2024年决算情况说明里包括哪些部分').answer
    expect(own).toContain('一、收入支出决算总体情况说明')
    expect(own).not.toContain('4个部分')
  })

  it('reads the Nth table asked after the tables are named ("决算表第九张是什么表")', () => {
    const r = ask('石泉镇卫生院24年决算表第九张是什么表')
    expect(r.answer).toContain('九、一般公共预算财政拨款“三公”经费支出决算表')
  })
})
