import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'
import { aliasTable } from '../../server/core/tools/lib/org-alias.js'

const enc = (s: string) => new TextEncoder().encode(s)

const school = (org: string, total: string) => [
  `${org}2026年单位预算`,
  '表1 单位收支总表',
  '单位：万元',
  '项目\t预算数',
  `教育支出\t${total}`,
  `支出总计\t${total}`,
].join('\n')

describe('a city\'s schools named the way people say them', () => {
  const engine = engineWith([
    { name: 'qh-4.txt', bytes: enc(school('青禾市第四中学', '512.30')) },
    { name: 'qh-2x.txt', bytes: enc(school('青禾市第二小学', '233.10')) },
    { name: 'qh-sx.txt', bytes: enc(school('青禾市实验小学', '301.40')) },
    { name: 'qh-4g.txt', bytes: enc(school('青禾市第四高级中学', '866.70')) },
  ])

  it('reads 四中 as 第四中学 and the city named without 市 (青禾四中)', () => {
    const r = engine.ask({ question: '为什么青禾四中的教育支出这么多？教育支出是多少' })
    expect(r.answer).toContain('512.30万元')
    expect(r.answer).not.toContain('233.10')
  })

  it('reads 二小 as 第二小学 and 实小 as 实验小学', () => {
    expect(engine.ask({ question: '青禾二小2026年教育支出多少' }).answer).toContain('233.10万元')
    expect(engine.ask({ question: '青禾实小2026年教育支出多少' }).answer).toContain('301.40万元')
  })

  it('reads 四高 as 第四高级中学, beside another organisation too', () => {
    const one = engine.ask({ question: '青禾四高2026年教育支出多少' }).answer
    expect(one).toContain('866.70万元')
    expect(one).not.toContain('512.30')
    const both = engine.ask({ question: '青禾四高和青禾四中的教育支出各多少' }).answer
    expect(both).toContain('866.70万元')
    expect(both).toContain('512.30万元')
  })

  it('gives a city-level unit the form without the level word, but not a district\'s unit', () => {
    const forms = aliasTable([{ org: '青禾市第四中学' }, { org: '青禾市白河区教育局' }]).map((a) => a.form)
    expect(forms).toContain('青禾第四中学')
    expect(forms).not.toContain('青禾教育局')
  })
})
