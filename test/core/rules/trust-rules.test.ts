import { describe, expect, it } from 'vitest'
import { readTurn } from '../../../server/core/planner/plan-answer.js'
import { isSmallTalk } from '../../../server/core/planner/rules/small-talk.js'
import { withRelativeYear } from '../../../server/core/planner/rules/relative-year.js'
import { unitAt } from '../../../server/core/tools/lib/org-shape.js'
import { seedEngine } from '../seed-engine.js'

const ctx = () => ({ corpus: seedEngine().corpus, index: seedEngine().index, today: () => new Date('2026-12-01T00:00:00Z') })
const ask = (question: string, org?: string) => seedEngine().ask({ question, org })

describe('unit names read by shape', () => {
  it('reads 地方政府 as the genre’s word, never a unit', () => {
    expect(unitAt('新增地方政府一般债务转贷收入多少')).toBeUndefined()
  })
  it.each([
    ['人民政府万里街道办事处2025年', '人民政府万里街道办事处'],
    ['司法局2024年', '司法局'],
    ['龙溪镇的预算', '龙溪镇'],
    ['第一中学2026年', '第一中学'],
    ['医疗保障事务中心', '医疗保障事务中心'],
    // a state-owned company is a body of its own, never its place's department
    ['水务投资集团2023年', '水务投资集团'],
    ['城市建设投资有限公司的三公经费', '城市建设投资有限公司'],
  ])('%s → %s', (rest, name) => expect(unitAt(rest)?.name).toBe(name))

  it.each(['城乡医疗救助支出', '政府性基金预算', '公务接待费所占比例', '的公务接待费'])('not a unit: %s', (rest) => expect(unitAt(rest)).toBeUndefined())
})

describe('fail closed on organisations', () => {
  it.each(['国家医保局2025年公务接待费是多少', '省医保局2025年公务接待费是多少', '区司法局2024年预算多少', '上海市普陀区人民政府万里街道办事处2025年预算是多少', '重庆市渝北区城市建设投资集团2025年公务接待费是多少'])(
    'an organisation not held gets a not-found naming it, never a figure: %s',
    (q) => {
      const res = ask(q)
      expect(res.answer).toMatch(/没有找到“[^”]+”/)
      expect(res.answer).not.toMatch(/\d\s*万?元/)
    },
  )

  it('a known district with a unit not held names what that district holds', () => {
    expect(ask('渝北区教育委员会2025年公务接待费是多少').answer).toBe('没有找到“渝北区教育委员会”的预算信息。渝北收录的是：重庆市渝北区医疗保障局（2025年）。')
  })

  it('several candidates: asks which, never answers for all', () => {
    const res = ask('医保中心的公务接待费是多少')
    expect(res.answer).toMatch(/请问是哪一个：.*江北.*綦江.*开州/)
    expect(res.answer).not.toMatch(/\d\s*万?元/)
  })
})

describe('a conversation that cannot leak', () => {
  it.each(['你好', '谢谢', 'asdfghjkl', '今天天气怎么样'])('%s after an answer gets help with examples, not the earlier answer', (q) => {
    const res = seedEngine().ask({ question: q, history: [{ role: 'user', content: '渝北区医保局2025年公务接待费是多少' }, { role: 'assistant', content: '…' }] })
    expect(res.answer).toMatch(/例如/)
    expect(res.answer).not.toMatch(/\d\s*万?元/)
  })

  it('small talk is read on the turn alone', () => {
    expect(isSmallTalk(readTurn(ctx(), '你好'), '你好')).toBe(true)
    expect(isSmallTalk(readTurn(ctx(), '那基本支出呢'), '那基本支出呢')).toBe(false)
    expect(isSmallTalk(readTurn(ctx(), '2024年呢'), '2024年呢')).toBe(false)
  })
})

describe('embed scope is a hard limit', () => {
  const Y = '重庆市渝北区医疗保障局'
  it('declines another organisation politely, naming the scope only', () => {
    const res = ask('南岸区医保局的公务接待费呢', Y)
    expect(res.answer).toContain(Y)
    expect(res.answer).not.toMatch(/南岸|\d\s*万?元/)
  })

  it('an earlier out-of-scope turn does not widen the next', () => {
    const res = seedEngine().ask({ question: '2025年项目支出是多少', org: Y, history: [{ role: 'user', content: '南岸区医保局的呢' }] })
    expect(res.answer).toMatch(/渝北.*3,315\.59万元/)
  })
})

describe('今年/明年/去年 from an injected clock', () => {
  it('reads 今年 as the calendar year, a written year wins', () => {
    const today = new Date('2026-12-01T00:00:00Z')
    expect(withRelativeYear(readTurn({ ...ctx(), today: () => new Date('2030-01-01') }, '江北医保中心今年公务接待费'), today).years).toEqual([2030])
    expect(readTurn(ctx(), '江北医保中心今年公务接待费').years).toEqual([2026])
    expect(readTurn(ctx(), '南岸区医保局明年的公务接待费').years).toEqual([2027])
    expect(readTurn(ctx(), '江北区医保中心今年（2026年）工会经费').years).toEqual([2026])
    expect(readTurn(ctx(), '渝北区医保局城乡医疗救助比去年少了多少').years).toEqual([])
    // 当年 is the report's own year as it prints it ("当年体制既得财力"), no calendar year
    expect(readTurn(ctx(), '某市当年体制既得财力是多少').years).toEqual([])
  })
})
