import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import { prepareReading } from '../../../server/core/planner/prepare-reading.js'
import { everyOrg } from '../../../server/core/planner/resolve-scope.js'
import type { BudgetDocument, Corpus } from '../../../server/core/schema.js'
import { builtOrgIndex } from '../../../server/core/tools/lib/org-scope.js'

const doc = (id: string, org: string, year: number): BudgetDocument => ({
  id, file: `${id}.txt`, title: org, org, region: '桥山县', year, scope: '部门预算', lineCount: 1, sections: [], paragraphs: [], tables: [], unparsed: [],
})

describe('prepareReading: what every question reads of a catalog, made when the catalog is read', () => {
  it('builds the organisation index and the groups of every organisation, and reads questions as before', () => {
    const make = (): Corpus => ({ version: 1, errors: [], documents: [doc('a', '桥山县文物局', 2030), doc('b', '桥山县档案馆', 2031)] })
    const prepared = make()
    expect(builtOrgIndex(prepared)).toBeUndefined()
    prepareReading(prepared)
    expect(builtOrgIndex(prepared)).toBeDefined()
    const groups = everyOrg(prepared)
    expect(everyOrg(prepared)).toBe(groups)
    for (const q of ['桥山县档案馆2031年办公费是多少？', '文物局的预算', '2030年基本支出是多少？']) expect(parseQuestion(prepared, q)).toEqual(parseQuestion(make(), q))
  })
})
