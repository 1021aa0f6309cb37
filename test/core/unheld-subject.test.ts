import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A place's 决算 explained item by item in prose, with no table: codes and names only in sentences. */
const PROSE_FINAL = [
  '榕州台江区2023年政府决算相关重要事项说明',
  '一、榕州台江区支出决算说明',
  '2023年度榕州台江区一般公共预算支出数为52310万元,比2022年度决算数增加1210万元,增长2.37%。具体情况如下:',
  '(一)201-一般公共服务支出6120万元,较2022年决算数增加320万元,增长5.52%,其中:',
  '1、20103-政府办公厅(室)及相关机构事务2210万元,较2022年决算数增加110万元,增长5.24%。',
  '2、20106-财政事务870万元,较2022年决算数减少65万元,下降6.95%。',
  '3、20108-审计事务132万元,较2022年决算数增加12万元,增长10%。',
].join('\n')

/** A place's 本级 决算 that says 增支/减支 and gives reasons after a semicolon. */
const BENJI_FINAL = [
  '2023年榕州本级财政总决算相关重要事项说明',
  '一、本级支出决算说明',
  '2023年度榕州本级一般公共预算支出数为38120万元,占调整预算数104.2%,增支2310万元,增长6.5%。主要项目支出情况如下:',
  '1.人大事务512万元,较上年增支40万元,增长8.5%;',
  '2.财政事务1630万元,较上年增支210万元,增长14.8%;主要是工资改革增支;',
  '3.档案事务64万元,较上年减支1380万元,下降95.6%,主要是档案馆新馆建设支出减少影响;',
].join('\n')

describe('rule unheld-subject: a code or words no table holds, read where the prose states them', () => {
  const engine = engineWith([{ name: 'taijiang-2023-final.txt', bytes: enc(PROSE_FINAL) }])

  it('answers a code asked with its name and the generic 支出 beside it from the prose sentence of that code', () => {
    const r = engine.ask({ question: '榕州台江区2023年审计事务（20108）支出多少，增长了多少？' })
    expect(r.answer).toContain('132万元')
    expect(r.answer).toContain('10%')
    expect(r.answer).not.toContain('52310')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph', docId: 'taijiang-2023-final' })
  })

  it('answers the change of words no table names ("财政事务支出跟上年比怎么变") as the prose states it', () => {
    const r = engine.ask({ question: '台江区的财政事务支出2023年跟2022年比怎么变的？' })
    expect(r.answer).toContain('870万元')
    expect(r.answer).toMatch(/减少65万元/)
  })

  it('names the district without its prefecture (榕州台江区 → 台江区)', () => {
    const r = engine.ask({ question: '台江区2023年20103科目花了多少？' })
    expect(r.answer).toContain('2210万元')
  })

  it('still says not found for a code the prose does not state', () => {
    const r = engine.ask({ question: '榕州台江区2023年20199支出增长了多少？' })
    expect(r.answer).not.toMatch(/\d+万元/)
  })
})

describe('a place’s 本级 决算 in prose: 增支/减支, reasons, and words it does not state', () => {
  const engine = engineWith([{ name: 'rongzhou-2023-final.txt', bytes: enc(BENJI_FINAL) }])

  it('reads 增支 after a share clause as the change of the total', () => {
    const r = engine.ask({ question: '榕州本级2023年一般公共预算支出比上年多了多少？' })
    expect(r.answer).toContain('2310万元')
  })

  it('answers why words no table names moved, with the reason printed after a semicolon (主要是…)', () => {
    const r = engine.ask({ question: '榕州本级财政事务支出为什么增加？' })
    expect(r.answer).toContain('工资改革')
    const d = engine.ask({ question: '榕州本级2023年档案事务支出为啥降了那么多？' })
    expect(d.answer).toContain('1380万元')
    expect(d.answer).toContain('档案馆新馆')
  })

  it('answers a year before the document’s from its amount less the stated change, never with its own year’s figure', () => {
    const r = engine.ask({ question: '榕州本级2022年人大事务支出是多少？' })
    expect(r.answer).toContain('472.00万元')
    expect(r.answer).toContain('决算文件')
    expect(r.answer).not.toMatch(/为512万元/)
  })

  it('reads "是调整预算数的百分之多少" as the completion the prose states (占调整预算数104.2%)', () => {
    const r = engine.ask({ question: '榕州本级2023年一般公共预算支出是调整预算数的百分之多少？' })
    expect(r.answer).toContain('104.2%')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph' })
  })

  it('computes a share whose part only the prose names against a total the prose states', () => {
    const r = engine.ask({ question: '榕州本级人大事务支出占本级一般公共预算支出的比重是多少？' })
    expect(r.answer).toContain('1.34%')
    expect(r.toolCalls.some((c) => c.toolName === 'compute')).toBe(true)
  })

  it('never answers 本级一般公共预算收入 or 一般公共服务支出 with the 一般公共预算支出 the prose states', () => {
    for (const q of ['榕州本级2023年一般公共预算收入有多少？', '榕州本级2023年一般公共服务支出决算数具体是多少万元？']) {
      expect(engine.ask({ question: q }).answer).not.toContain('38120')
    }
  })
})

describe('a province’s office in another city and its school, named as people name them', () => {
  const school = ['2025年青岚自治区人民政府驻榕川办事处中学部门预算', '一、收入预算', '本校2025年收入预算3,210.40万元。'].join('\n')
  const other = ['2025年澜溪县实验小学单位预算', '一、收入预算', '本校2025年收入预算1,020.10万元。'].join('\n')
  const engine = engineWith([{ name: 'school-a.txt', bytes: enc(school) }, { name: 'school-b.txt', bytes: enc(other) }])
  it.each(['榕川办事处中学2025年收入预算多少？', '驻榕川办事处中学2025年收入预算多少？'])('%s answers for that school alone', (q) => {
    const r = engine.ask({ question: q })
    expect(r.answer).toContain('3,210.40万元')
    expect(r.answer).not.toContain('1,020.10')
  })
})
