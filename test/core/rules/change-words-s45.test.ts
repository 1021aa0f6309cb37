import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 长乐区 三公 page): "比上年减少支出613.80万元" (the money word after the direction) was read as no
// change; a cause said "…,但由于…" stays read as the reason.
const DOC = [
  '青禾区2017年区级“三公”经费决算情况说明',
  '经青禾区财政局汇总,2017年区级“三公”经费公共财政拨款支出1360.13万元,比上年减少支出613.80万元,下降36.0%。',
  '(三)公务接待费221.98万元,与2016年相比,公务接待费支出增加1.36万元,增长0.62%,但由于上级视察新城建设次数增多,接待任务增加。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-sg-2017.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('change words', () => {
  it('reads 减少支出613.80万元 as the change', () => {
    expect(ask('青禾区三公经费比2016年减少多少？').answer).toContain('613.80万元')
  })
  it('reads a cause opened by 由于 as the reason', () => {
    expect(ask('青禾区公务接待费为什么增加了？').answer).toContain('视察新城建设')
  })
})
