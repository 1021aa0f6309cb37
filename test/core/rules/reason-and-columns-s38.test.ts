import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (read from blind84's township 决算): a reason naming no subject ("减少的主要原因是…") a sentence after the
 * change it explains is that change's reason (rule bare-reason-after); a subject asked on its own, then its columns
 * ("公务接待费呢？预算和实际各多少"), is asked those columns. Made-up place and figures.
 */
const FINAL = [
  '青岚县石门镇人民政府2024年度部门决算',
  '七、财政拨款“三公”经费支出决算情况说明',
  '公务接待费支出决算为4.12万元，完成预算的68.73%，比2023年度减少1.16万元，下降21.92%。全年国内公务接待38批次、412人次，主要为上级部门业务检查指导。减少的主要原因是严格执行公务接待标准，压减接待批次。',
  '表十 财政拨款“三公”经费支出决算表',
  '单位：万元',
  '项目\t预算数\t决算数',
  '公务接待费\t6.00\t4.12',
].join('\n')

describe('a 三公 item’s reason and columns', () => {
  const engine = engineWith([{ name: 'qinglan-shimen-2024-bmjs.txt', bytes: enc(FINAL) }])
  it('reads the bare reason after the change', () => {
    expect(engine.ask({ question: '石门镇公务接待费为啥比上年少了' }).answer).toContain('严格执行公务接待标准')
  })
  it('reads the columns asked after the subject’s own question mark', () => {
    const a = engine.ask({ question: '石门镇公务接待费呢？预算和实际各多少' }).answer
    expect(a).toContain('6.00万元')
    expect(a).toContain('4.12万元')
  })
})
