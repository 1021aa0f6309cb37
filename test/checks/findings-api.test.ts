import { describe, expect, it } from 'vitest'
import { Finding } from '../../server/core/checks/finding.js'
import { AskRequest, AskResponse } from '../../server/core/schema.js'
import { testApp, testEngine } from '../server/helpers.js'

const JIANGBEI = '000_2fddbe7bbff04751'

describe('GET /api/docs/:id/findings', () => {
  it('returns the document’s findings, each a Finding citing both sides', async () => {
    const res = await testApp().request(`/api/docs/${JIANGBEI}/findings`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docId: string; findings: unknown[] }
    expect(body.docId).toBe(JIANGBEI)
    const findings = body.findings.map((f) => Finding.parse(f))
    const car = findings.find((f) => f.kind === 'prose-table')!
    expect(car.message).toMatch(/公务用车运行维护费为6.00万元.*5.50万元/)
    expect(car.citations.map((c) => c.kind)).toEqual(['paragraph', 'row'])
    expect(findings.map((f) => f.severity)).toEqual([...findings.map((f) => f.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)))
  })

  it('an unknown document is a JSON 404', async () => {
    const res = await testApp().request('/api/docs/999_nope/findings')
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/999_nope/)
  })

  it('findings are computed once per corpus, not per request', () => {
    const engine = testEngine()
    expect(engine.findings!.forDoc(JIANGBEI)).toBe(engine.findings!.forDoc(JIANGBEI))
  })
})

describe('answers resting on a contradicted figure', () => {
  const ask = (question: string) => AskResponse.parse(testEngine().ask(AskRequest.parse({ question })))

  it('adds one plain sentence and the other side’s citation, never the finding’s id or rule name', () => {
    const res = ask('开州区医保事务中心2026年基本支出是多少')
    expect(res.answer).toMatch(/164.14万元/)
    const note = res.answer.split('\n').filter((l) => l.startsWith('文件前后不一致'))
    expect(note).toEqual(['文件前后不一致：正文称支出总额为487.64万元，其中只列出基本支出164.14万元，没有说明其余323.50万元（项目支出）。'])
    expect(JSON.stringify([res.answer, res.notes ?? []])).not.toMatch(/002_4e4c2e7b20bd3fe2|prose-self|p29@/)
  })

  it('cites the table side when the answer cites the table figure the text contradicts', () => {
    const res = ask('南岸区医保局2024年一般公共预算拨款收入是多少')
    expect(res.answer).toMatch(/文件前后不一致.*：(?:正文|表六)写6,?708.11万元，表一写6,430.34万元。/)
    const cells = res.citations.filter((c) => c.kind === 'row').map((c) => c.value)
    expect(cells).toEqual(expect.arrayContaining(['6,430.34', '6,708.11']))
  })

  it('notes a contradiction when the answer cites the same subject in another table than the one checked', () => {
    // 江北 2026: the text says 公务用车运行维护费 6.00万元; 表三 (basic spending, line 150) and 表四 (三公, line 166) say 5.50.
    // Asked by its code, the answer reads 表三's row; the finding is between 表四 and the text
    const res = ask('江北区医保中心2026年30231科目是多少？')
    expect(res.answer).toMatch(/5\.50万元/)
    // (the answer states the table's 5.50; the text's side is named, its 6.00 shown by its citation, never a second figure)
    expect(res.answer).toContain('文件前后不一致（公务用车运行维护费）：表四写5.50万元，正文所写的数与此不同（见所附正文引文）。')
    expect(res.answer).not.toContain('6.00万元')
    expect(res.citations.map((c) => [c.value, c.lines[0]])).toEqual(expect.arrayContaining([['5.50', 150], ['6.00', 41], ['5.50', 166]]))
    // asked by name, a 三公 item is read from the 三公 table itself (rule three-public-table-first), with the same note
    const byName = ask('江北区医保中心2026年公务用车运行维护费是多少？')
    expect(byName.answer).toContain('文件前后不一致（公务用车运行维护费）：表四写5.50万元，正文所写的数与此不同（见所附正文引文）。')
    expect(byName.citations.map((c) => [c.value, c.lines[0]])).toEqual(expect.arrayContaining([['5.50', 166], ['6.00', 41]]))
  })

  it('leaves answers on consistent figures alone', () => {
    const res = ask('渝北区医保局2025年卫生健康支出是多少')
    expect(res.answer).not.toMatch(/文件前后不一致/)
    expect(res.notes ?? []).toEqual([])
  })
})
