import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29: a county's committee of the people's political consultative conference publishes under its full name
 * (中国人民政治协商会议某省某自治县委员会) and is asked as 某县政协, 政协某县委员会, 某某政协. Each is that committee, never
 * another unit of the corpus. Made-up province, county and figures.
 */
const CPPCC = [
  '中国人民政治协商会议岚江省桐岭彝族自治县委员会2023年“三公”经费决算情况说明',
  '2023年“三公”经费支出决算为48000.00元,比上年减少12000.00元,下降20.00%。其中:因公出国(境)费0.00元;公务用车运行维护费30000.00元;公务接待费18000.00元。',
].join('\n')
const OTHER = [
  '青川市桐溪区农业农村局2023年“三公”经费决算情况说明',
  '2023年“三公”经费支出决算为96000.00元。其中:因公出国(境)费0.00元;公务用车运行维护费70000.00元;公务接待费26000.00元。',
].join('\n')

describe('a county CPPCC committee asked by its short names', async () => {
  const extra = await readSources([
    { name: 'tongling-zx-2023-sg.txt', bytes: new TextEncoder().encode(CPPCC) },
    { name: 'tongxi-nyj-2023-sg.txt', bytes: new TextEncoder().encode(OTHER) },
  ])
  const engine = createEngine(buildCorpus(extra).corpus)

  it.each(['政协桐岭县委员会2023年三公经费决算是多少', '桐岭县政协公务接待费花了多少', '桐岭政协三公经费比上年少了多少'])('%s', (question) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain('桐岭彝族自治县委员会')
    expect(r.answer).not.toMatch(/农业农村局|96000|26000/u)
  })

  it('reads its figure', () => {
    expect(engine.ask({ question: '桐岭县政协公务接待费花了多少' }).answer).toMatch(/18000\.00元|1\.80万元/u)
  })
})
