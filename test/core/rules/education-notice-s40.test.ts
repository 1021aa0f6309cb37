import { describe, expect, it } from 'vitest'
import { runTool, engineWith } from '../seed-engine.js'
import { computeTool } from '../../../server/core/tools/compute.js'

/**
 * A made-up city's 教育经费执行情况 notice (no real place or figure), the genre statistics bureaus publish with the
 * education and finance bureaus: no 预算 or 决算 said, last year's figures set against this year's, a share printed
 * with its whole's amount ("占一般公共预算支出…万元的比例…%"), signed by three bureaus under a later date.
 */
const NOTICE = [
  '一、全市教育经费情况',
  '2023年,全市教育经费总投入为246810万元,比上年的245700万元增加1110万元。其中,国家财政性教育经费为198642万元,比上年的201380万元下降1.36%。',
  '二、一般公共预算教育经费情况',
  '1.全市一般公共预算教育经费增长情况',
  '2023年全市一般公共预算教育经费为176520万元,比上年174300万元增长1.27%。',
  '2.一般公共预算教育经费占一般公共预算支出比例情况',
  '2023年,全市一般公共预算教育经费占一般公共预算支出1102950万元的比例16.00%,比上年的17.20%下降1.20个百分点。',
  '澜河市教育局 澜河市统计局 澜河市财政局',
  '2024年3月12日',
].join('\n')

let engine: ReturnType<typeof engineWith> | undefined
const built = () => (engine ??= engineWith([{ name: 'lanhe-jyj-2023-jyjf.txt', bytes: new TextEncoder().encode(NOTICE) }]))
const ask = (question: string) => built().ask({ question })

describe('a notice of last year’s education spending (stage by its words, a share printed with its whole)', () => {
  it('is held as an account of what happened (its changes on last year’s own figures), not left for staff', () => {
    const doc = built().corpus.documents.find((d) => d.org.includes('澜河'))
    expect(doc?.scope).toContain('决算')
  })

  it('stated-share: the printed share of a whole named with its amount, the question’s own words run on to 占', () => {
    const r = ask('澜河2023年一般公共预算教育经费占一般公共预算支出的比例')
    expect(r.answer).toContain('16.00%')
    expect(r.answer).not.toContain('100.00%')
  })

  it('printed-span: a figure asked by words the prose prints whole, read after them, and a share of two such', () => {
    const r = ask('澜河市2023年一般公共预算教育经费是多少？')
    expect(r.answer).toContain('176520万元')
    expect(r.citations.some((c) => c.text?.includes('176520'))).toBe(true)
    const share = ask('澜河2023年国家财政性教育经费占教育经费总投入的比重是多少')
    expect(share.answer).toContain('80.48%')
    expect(share.answer).toContain('按文件所列两个数计算')
  })

  it('compute: a figure set against itself (one number of one paragraph, printed once) is refused, never 100%', () => {
    const doc = built().corpus.documents.find((d) => d.org.includes('澜河'))!
    const p = doc.paragraphs.find((x) => x.text.includes('1102950'))!
    const same = { paragraphId: p.id, value: '1102950', unit: '万元' }
    const r = runTool(computeTool, { op: 'share', operands: [same, same] }, built())
    expect(r.ok).toBe(false)
    // (two numbers of one paragraph are two figures)
    const ok = runTool(computeTool, { op: 'share', operands: [{ paragraphId: doc.paragraphs.find((x) => x.text.includes('176520'))!.id, value: '176520', unit: '万元' }, same] }, built())
    expect(ok.ok).toBe(true)
  })
})
