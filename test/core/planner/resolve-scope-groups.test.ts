import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { resolveScope } from '../../../server/core/planner/resolve-scope.js'
import type { BudgetDocument, Corpus } from '../../../server/core/schema.js'

const doc = (id: string, org: string, year: number): BudgetDocument => ({
  id, file: `${id}.txt`, title: org, org, region: '桥山县', year, scope: '部门预算', lineCount: 1, sections: [], paragraphs: [], tables: [], unparsed: [],
})

describe('a question naming no organisation: every organisation, each with its own documents', () => {
  it('groups a unit under its 原 name and its present one, in catalog order, the year asked read in each', () => {
    const corpus: Corpus = {
      version: 1, errors: [],
      documents: [doc('a', '原桥山县文物局', 2030), doc('b', '桥山县档案馆', 2030), doc('c', '桥山县文物局', 2031), doc('d', '桥山县档案馆', 2031)],
    }
    const ofYear = resolveScope(corpus, parseQuestion(corpus, '2031年办公费是多少？'))
    expect(ofYear.named).toBe(false)
    expect(ofYear.targets.map((t) => [t.doc.id, t.year])).toEqual([['c', 2031], ['d', 2031]])
    const earlier = resolveScope(corpus, parseQuestion(corpus, '2030年办公费是多少？'))
    expect(earlier.targets.map((t) => [t.doc.id, t.year])).toEqual([['a', 2030], ['b', 2030]])
    const latest = resolveScope(corpus, parseQuestion(corpus, '办公费是多少？'))
    expect(latest.targets.map((t) => t.doc.id)).toEqual(['c', 'd'])
  })

  it('costs what the catalog’s length costs: 20,000 documents of 5,000 organisations in well under a second', () => {
    const documents = Array.from({ length: 20_000 }, (_, i) => doc(`x${i}`, `${i % 2 ? '' : '原'}桥山县第${i % 5000}档案馆`, 2028 + Math.floor(i / 5000)))
    const corpus: Corpus = { version: 1, errors: [], documents }
    const frame = parseQuestion(corpus, '2031年办公费是多少？')
    const t0 = performance.now()
    const scope = resolveScope(corpus, frame)
    // grouping each organisation by a scan of the catalog took 100,000,000 comparisons here (tens of seconds)
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(scope.targets).toHaveLength(5000)
  })
})
