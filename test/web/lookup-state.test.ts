import { describe, expect, it } from 'vitest'
import { idKind, readState, stateQuery } from '../../web/src/lookup/lookup-state.js'

describe('lookup state in the URL', () => {
  it('round-trips every field', () => {
    const s = { q: '30217', org: '江北区医保中心', year: '2026', table: 'd/t3', page: 3, open: 'd/t3/r5', compare: '30217', kind: 'basic', findings: 'd', sev: 'warning' }
    expect(readState(stateQuery(s))).toEqual(s)
  })
  it('drops empty values and page 1', () => {
    expect(stateQuery({ q: '', page: 1 })).toBe('')
    expect(readState('?page=1&q=%20')).toEqual({})
  })
  it.each([['a/t3/r5', 'row'], ['a/t3', 'table'], ['a/p12', 'paragraph'], ['a', undefined]])('idKind(%s) → %s', (id, kind) => {
    expect(idKind(id)).toBe(kind)
  })
})

describe('matchSpan', () => {
  it.each([
    ['机关运行经费合计', '机关运行经费', [0, 6]],
    ['公务接待费', '30217', undefined],
    ['一般行政管理事务', 'xyz行政管理', [2, 6]],
  ] as const)('%s / %s', async (text, q, span) => {
    const { matchSpan } = await import('../../web/src/lookup/highlight.js')
    expect(matchSpan(text, q)).toEqual(span)
  })
})
