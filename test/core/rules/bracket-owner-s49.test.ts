import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind105 A05, read after its first contact): one sentence of an adjustment report states the parts of
// three debt limits in brackets, each after its whole (新增…限额(一般债务限额…,专项债务限额…), the year before's, the
// year's). "一般债务限额、专项债务限额分别是多少" was read as two terms (一般债务, 限额) and given the 新增 limit's parts.
const enc = (s: string) => new TextEncoder().encode(s)
const ADJUST = [
  '关于2021年市本级财政预算调整方案(草案)的报告',
  '——在柳岸市第九届人民代表大会常务委员会第十二次会议上',
  '按照预算法有关规定,我受市人民政府委托,报告2021年市本级财政预算调整方案(草案),请予审议。',
  '省财政厅核定我市2021年新增地方政府债务限额410000万元(一般债务限额51000万元,专项债务限额359000万元),加上市九届人大常委会第十次会议批准的我市2020地方政府债务限额1800000万元(一般债务限额900000万元,专项债务限额900000万元),2021年我市地方政府债务限额为2210000万元(一般债务限额951000万元,专项债务限额1259000万元),一般债务限额纳入一般公共预算管理。',
].join('\n')
const TABLE = [
  '白塔市2021年政府债务限额和余额情况表',
  '单位:万元',
  '项目 限额 余额',
  '一般债务 120000 110000',
  '专项债务 230000 220000',
  '合计 350000 330000',
].join('\n')
const built = buildCorpus([{ name: 'liuan-2021-ystz.txt', bytes: enc(ADJUST) }, { name: 'baita-2021-zwxe.txt', bytes: enc(TABLE) }])
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(built.corpus)).ask({ question })

describe('a part in brackets belongs to the amount before the bracket (rule unasked-qualifier, printed-span)', () => {
  it('reads each listed limit where its whole is the year’s own, not the 新增 one or the year before’s', () => {
    const a = ask('柳岸市2021年一般债务限额、专项债务限额分别是多少')
    expect(a.answer).toContain('951000万元')
    expect(a.answer).toContain('1259000万元')
    expect(a.answer).not.toMatch(/为(?:51000|359000|900000)万元/)
  })
  it('reads one limit the same way', () => {
    const a = ask('柳岸市2021年一般债务限额是多少')
    expect(a.answer).toContain('951000万元')
    expect(a.answer).not.toMatch(/为51000万元/)
  })
})
