import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { everyOrg, resolveScope } from '../../../server/core/planner/resolve-scope.js'
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

  it('drops the notes of organisations answered from the next year in what the catalog costs, not its square', () => {
    // 10,000 organisations: 2,000 hold 2030, the other 8,000 only 2031 (each a "未收录…2030年" note, all dropped at
    // once; checking each note against each of them took ~6 s here, now ~0.4 s)
    const documents = Array.from({ length: 10_000 }, (_, i) => doc(`y${i}`, `桥山县第${i}档案馆`, i < 2000 ? 2030 : 2031))
    const corpus: Corpus = { version: 1, errors: [], documents }
    const frame = parseQuestion(corpus, '2030年办公费是多少？')
    const t0 = performance.now()
    const scope = resolveScope(corpus, frame)
    expect(performance.now() - t0).toBeLessThan(2500)
    expect(scope.targets).toHaveLength(2000)
    expect(scope.notes.some((n) => n.startsWith('未收录'))).toBe(false)
  })

  it('groups the catalog once per corpus (a city asked again and again naming no organisation)', () => {
    const corpus: Corpus = { version: 1, errors: [], documents: [doc('a', '桥山县文物局', 2030), doc('b', '桥山县档案馆', 2030)] }
    const groups = everyOrg(corpus)
    expect(everyOrg(corpus)).toBe(groups)
    expect(groups.map((g) => g.docs.map((d) => d.id))).toEqual([['a'], ['b']])
    expect(Object.isFrozen(groups) && Object.isFrozen(groups[0])).toBe(true)
  })
})
