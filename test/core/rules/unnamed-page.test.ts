import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

/** A made-up 三公 page that names no organisation anywhere (its heading only), beside a named document of the same year. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>一、2023年“三公”经费预算安排情况</title></head><body>
<p>一、2023年“三公”经费预算安排情况<br>
2023年度“三公”经费预算总计14.6万元,其中:因公出国(境)经费0万元,公务接待5.6万元,公务用车运行费用9万元。</p>
</body></html>`
const NAMED = `# 岚溪县林业局2023年部门预算\n\n单位：万元\n\n2023年“三公”经费预算8.20万元，其中：公务接待费2.20万元，公务用车运行维护费6.00万元。\n`

describe('rule unnamed-page-asked: a page that names no organisation', () => {
  let built: Promise<Engine> | undefined
  const engine = () => (built ??= readSources(seedSources([
    { name: 'sangong-page.html', bytes: new TextEncoder().encode(PAGE) },
    { name: 'lanxi-lyj-2023.md', bytes: new TextEncoder().encode(NAMED) },
  ])).then((s) => createEngine(buildCorpus(s).corpus)))

  it('is held as needing its organisation', async () => {
    expect((await engine()).corpus.documents.find((d) => d.id === 'sangong-page')?.metadataNeeded).toEqual(['org'])
  })

  it('answers a question that points at it by its title, under a label saying it names no organisation', async () => {
    const r = (await engine()).ask({ question: '2023年“三公”经费预算安排情况那页，公务接待安排了多少？' })
    expect(r.answer).toContain('未写明单位的页面《2023年“三公”经费预算安排情况》')
    expect(r.answer).toContain('5.6万元')
    expect(r.answer).not.toContain('林业局')
    expect(r.citations.every((c) => c.docId === 'sangong-page')).toBe(true)
    // reworded, most of its title's words kept
    expect((await engine()).ask({ question: '2023年三公预算安排里公务用车运行费用是多少？' }).answer).toContain('9万元')
  })

  it('is never counted among the organisations of a question that does not point at it', async () => {
    const r = (await engine()).ask({ question: '2023年哪个单位的公务接待费最多？' })
    expect(r.answer).not.toContain('未写明单位')
    expect(r.answer).not.toContain('5.6')
    expect((await engine()).ask({ question: '岚溪县林业局2023年公务接待费是多少？' }).answer).toContain('2.20万元')
  })
})
