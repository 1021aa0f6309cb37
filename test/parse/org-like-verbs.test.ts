import { describe, expect, it } from 'vitest'
import { orgLike } from '../../server/core/parse/meta-rules.js'

/**
 * Session 22: words of a question left over after its subject that end like a body's name but are verbs (平均住院,
 * 按规定执行) are no organisation: never said "not held" in an answer. Bodies that end so stay bodies.
 */
describe('orgLike and verbs', () => {
  it('住院/出院 and …执行/运行 are no organisation', () => {
    for (const w of ['平均住院', '病人出院', '按规定执行', '文件执行', '系统运行']) expect(orgLike(w)).toBe(false)
  })
  it('bodies ending in 院 or 银行 still are', () => {
    for (const w of ['青岩县人民医院', '柳溪县人民法院', '农业发展银行青岩县支行']) expect(orgLike(w)).toBe(true)
  })
})
