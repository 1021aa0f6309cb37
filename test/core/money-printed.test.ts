import { describe, expect, it } from 'vitest'
import { printed } from '../../server/core/tools/lib/money.js'

describe('a figure as printed', () => {
  it('carries its unit', () => {
    expect(printed({ text: '1,073.24', value: '1073.24', unit: '万元' })).toBe('1,073.24万元')
    expect(printed({ text: '95%', value: '95', unit: '%' })).toBe('95%')
  })
  it('says so when its table declares no unit, never a bare number', () => {
    expect(printed({ text: '31.60', value: '31.60', unit: '' })).toBe('31.60（表中未注明单位）')
  })
})
