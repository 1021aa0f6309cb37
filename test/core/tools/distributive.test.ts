import { describe, expect, it } from 'vitest'
import { distributedReadings, listedSubjects, readingFor } from '../../../server/core/tools/lib/distributive.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import { resolveInProse } from '../../../server/core/tools/lib/resolve-prose.js'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'

describe('rule distributive-prose', () => {
  it.each([
    ['收、支总计', ['收入总计', '支出总计']],
    ['基本支出和项目支出', ['基本支出', '项目支出']],
    ['一般公共预算收入、支出', ['一般公共预算收入', '一般公共预算支出']],
    ['年度收、支预算总额', ['收入预算总额', '支出预算总额']],
  ])('spreads a shared head or opening over the subjects of %s', (list, subjects) => {
    expect(listedSubjects(list)).toEqual(subjects)
  })

  it('gives each subject its own figure, change and percent, in order', () => {
    expect(distributedReadings('与上年相比,收、支预算总额各增加36.5,48.25万元,各增长3.1%、4.02%。').map((r) => r.text)).toEqual([
      '与上年相比,收入预算总额增加36.5万元,增长3.1%。', '与上年相比,支出预算总额增加48.25万元,增长4.02%。',
    ])
    expect(readingFor('人员经费和公用经费分别为88.1万元、12.6万元', '公用经费')).toBe('公用经费为12.6万元')
  })

  it('reads nothing when the figures do not match the subjects one to one', () => {
    expect(distributedReadings('收、支总计各是1,2,3万元')).toEqual([])
  })

  it('shared-figure: one figure after 均/都/各 is every listed subject’s', () => {
    expect(distributedReadings('收入和支出各为10万元').map((r) => r.text)).toEqual(['收入为10万元', '支出为10万元'])
    expect(distributedReadings('2024年度收入、支出总计均为241.78万元')).toEqual([
      { subject: '收入总计', text: '2024年度收入总计为241.78万元' },
      { subject: '支出总计', text: '2024年度支出总计为241.78万元' },
    ])
    expect(distributedReadings('与上年相比,收、支总计各增加29.92万元,增加14.12%').map((r) => r.text)).toEqual(['与上年相比,收入总计增加29.92万元,增加14.12%', '与上年相比,支出总计增加29.92万元,增加14.12%'])
    // no list before the marker: nothing
    expect(distributedReadings('各项支出均为10万元')).toEqual([])
  })

  it('reads the second subject’s figure from the prose, quoting the sentence as printed', () => {
    const doc = parseDocument('snippet.txt', '某某县档案馆2023年度部门决算\n\n一、收入支出决算总体情况说明\n2023年度收、支总计各是512.3,498.75万元。与2022年相比,收、支总计各减少20.1,33.4万元。\n').document
    const f = resolveInProse(defaultVocabulary, doc, '支出总计', 'money', [], undefined, true)
    expect(f?.amount.text).toBe('498.75')
    expect(f?.citation.text).toContain('各是512.3,498.75万元')
  })
})
