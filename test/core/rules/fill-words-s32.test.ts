import { describe, expect, it } from 'vitest'
import { FILL } from '../../../server/core/planner/concept-scan.js'

/** Session 32: "行政运行这个科目人员经费和公用经费各多少": the words pointing back at the row keep its columns on it. */
describe('words between a row and its columns', () => {
  it('keeps a column on the row pointed back at (这个科目, 该科目, 这一项)', () => {
    for (const w of ['这个科目', '该科目', '这一项', '那一类里', '这个科目的']) expect(FILL.test(w)).toBe(true)
  })
  it('keeps no column on a row across words of their own', () => {
    for (const w of ['和办公费', '比上年', '单位的']) expect(FILL.test(w)).toBe(false)
  })
})
