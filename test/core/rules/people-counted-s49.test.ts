import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind106's congress news items): "人代会这次应到代表多少名" read its noun as 代会这次应到代表, and a count of
// people asked in 名 was looked for in 人 only ("应到代表103名", "70名人大代表" went unread).
const PAGE = [
  '3月6日,平山区石桥镇第三届人民代表大会第七次会议在镇大礼堂隆重举行。大会应到代表88名,实到80名。',
  '会议书面审查了《2023年镇财政预算执行情况和2024年镇财政预算草案的报告》。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'shiqiao-2024-rdh.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('people counted', () => {
  it('reads the noun after 这次 and a count printed in 名', () => {
    expect(ask('石桥镇人代会这次应到代表多少名？').answer).toContain('88名')
    expect(ask('石桥镇人代会实到代表多少人？').answer).toContain('80名')
  })
})
