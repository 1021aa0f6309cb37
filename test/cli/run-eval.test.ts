import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildEngineFrom, readEvalItems, resolveDir, runEval, summarize } from '../../server/cli/run-eval.js'
import { sourceFilesIn } from '../../server/cli/source-files.js'

describe('npm run eval -- --docs DIR --questions FILE', () => {
  it('takes an absolute --docs folder as given and a relative one from the project root', () => {
    expect(resolveDir('/repo', '/work/shared/realdocs/originals')).toBe('/work/shared/realdocs/originals')
    expect(resolveDir('/repo', 'test/blind/docs')).toBe('/repo/test/blind/docs')
  })

  it('reads every format in --docs (a web page with its sidecar) and scores question files that name the category `category`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-docs-'))
    writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>2024年“三公”经费预算表</p><p>单位：万元</p>'
      + '<table><tr><td>项目</td><td>预算数</td></tr><tr><td>合计</td><td>7.00</td></tr><tr><td>公务接待费</td><td>7.00</td></tr></table></body></html>')
    writeFileSync(join(dir, 'page.meta.json'), JSON.stringify({ org: '某县档案馆', source: 'https://example.gov.cn/a.html' }))
    writeFileSync(join(dir, 'q.jsonl'), JSON.stringify({ id: 'Q1', category: 'lookup', q: '某县档案馆2024年公务接待费是多少？', expect: { values: [[7, '万元']] }, cite: { doc: 'page', rows: ['公务接待费'] } }) + '\n')
    expect(sourceFilesIn(dir).files.map((f) => [f.name, f.sidecar?.org])).toEqual([['page.html', '某县档案馆']])
    const items = readEvalItems(join(dir, 'q.jsonl'))
    expect(items[0].cat).toBe('lookup')
    const { engine, errors } = await buildEngineFrom([dir])
    expect(errors).toEqual([])
    expect(engine.corpus.documents[0]).toMatchObject({ org: '某县档案馆', year: 2024, scope: '三公经费预算', format: 'html' })
    const outcomes = runEval(engine, items)
    expect(outcomes[0].why).toEqual([])
    expect([...summarize(outcomes).byCat]).toEqual([['lookup', [1, 1]]])
  })
})
