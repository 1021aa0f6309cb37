import { describe, expect, it } from 'vitest'
import { bodySpelling } from '../../server/core/parse/body-spelling.js'

/**
 * Session 34: a heading that names the body with a slip of one character ("湘南法官法院") beside the sentences that
 * write it right, more often ("湘南法官学院"): the body is the name the text writes most (rule body-spelling). Never
 * an ordinal's difference, never a name written less often. Made-up names.
 */
describe('the body as its sentences spell it', () => {
  const text = '一、 湘南法官法院基本情况\n湘南法官学院是直属于湘南省高级人民法院的二级预算单位。\n湘南法官学院人员编制共35人。\n三、湘南法官法院2015年部门预算说明\n增幅较大的原因是2015年湘南法官学院作为独立预算单位单独申报预算。'
  it('reads the name the text writes most', () => {
    expect(bodySpelling('湘南法官法院', text)).toBe('湘南法官学院')
  })
  it('keeps a name the text writes as often or more', () => {
    expect(bodySpelling('湘南法官学院', text)).toBe('湘南法官学院')
  })
  it('never reads another ordinal as a slip', () => {
    const schools = '岚州市第一中学2024年单位预算\n岚州市第二中学、岚州市第二中学、岚州市第二中学与本校联合办学。'
    expect(bodySpelling('岚州市第一中学', schools)).toBe('岚州市第一中学')
  })
})
