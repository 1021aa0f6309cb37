import { describe, expect, it } from 'vitest'
import { mentionFingerprint, mentionFormsOf, primeMentionForms, type StoredMentions } from '../../server/core/tools/lib/mention-forms.js'
import { mentionText } from '../../server/core/tools/lib/org-mention.js'

describe('mention forms made at ingest (the generation snapshot) and taken back at open', () => {
  it('stores each name once, as mentionText makes it, and survives JSON', () => {
    const stored = JSON.parse(JSON.stringify(mentionFormsOf(['某某市丙丁区统计局', '某某市戊己局', '某某市丙丁区统计局']))) as StoredMentions
    expect(stored.forms).toEqual([['某某市丙丁区统计局', mentionText('某某市丙丁区统计局')], ['某某市戊己局', mentionText('某某市戊己局')]])
    expect(stored.fingerprint).toBe(mentionFingerprint())
  })
  it('is taken instead of deriving the form again only under the same rules', () => {
    // names not read yet in this process: what is primed is what mentionText answers
    expect(primeMentionForms({ fingerprint: 'another build', forms: [['某某市庚辛区审计局', '标记甲']] })).toBe(false)
    expect(mentionText('某某市庚辛区审计局')).not.toBe('标记甲')
    expect(primeMentionForms({ fingerprint: mentionFingerprint(), forms: [['某某市壬癸区档案局', '标记乙']] })).toBe(true)
    expect(mentionText('某某市壬癸区档案局')).toBe('标记乙')
  })
})
