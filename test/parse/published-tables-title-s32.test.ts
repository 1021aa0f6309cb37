import { describe, expect, it } from 'vitest'
import { readTitleRegion } from '../../server/core/parse/meta.js'

const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text, raw: text }))

/**
 * Session 32 (read after the held-out scores): a budget's published tables named as the whole ("2025年某县某中心预算
 * 公开表") is the document's title, its organisation read, never a table's caption; a caption ("2025年部门收支预算总表")
 * names no organisation. Made-up names.
 */
describe('a title naming the published tables as the whole', () => {
  it('is the document’s title, its organisation read', () => {
    const m = readTitleRegion(lines(['2025年岚中县重点项目推进服务中心预算公开表', '2025年部门(单位)预算公开表']))
    expect(m.org).toBe('岚中县重点项目推进服务中心')
    expect(m.year).toBe(2025)
  })
  it('leaves a table’s caption without an organisation', () => {
    expect(readTitleRegion(lines(['2025年部门收支预算总表'])).org).toBeUndefined()
  })
})
