import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 41: a made-up city's 教育经费执行情况公告 (no real place or figure) that prints a share with its whole's
 * amount inside it ("…教育经费占一般公共预算支出960000万元的比例15.00%") and a list whose lead names what it lists
 * ("…生均一般公共预算教育经费增长情况为:") with items naming only their level ("(2)全市普通高中为15000.50元,…").
 */
const DOC = [
  '一、一般公共预算教育经费情况',
  '2023年全市一般公共预算教育经费(包括教育事业费、基本建设经费、教育费附加)为144000万元,比上年140000万元增长2.86%。', '',
  '二、一般公共预算教育经费占一般公共预算支出比例情况',
  '2023年,全市一般公共预算教育经费占一般公共预算支出960000万元的比例15.00%,比上年的14.80%提高0.20个百分点。', '',
  '三、各级教育生均一般公共预算教育经费增长情况',
  '2023年全市普通小学、普通高中生均一般公共预算教育经费增长情况为:',
  '(1)全市普通小学为12000.25元,比上年11800.25元增长1.69%。',
  '(2)全市普通高中为15000.50元,比上年14500.50元增长3.45%。', '',
  '鹭汀市教育局 鹭汀市统计局 鹭汀市财政局',
  '2024年3月20日',
].join('\n')

describe('a notice of education spending: shares and lists', async () => {
  const engine = engineWith([{ name: 'luting-jyj-2023-jyjf.txt', bytes: new TextEncoder().encode(DOC) }])
  const ask = (question: string) => engine.ask({ question }).answer

  it('an amount after 占 and a whole’s name is the whole’s, never the part’s (rule share-base)', () => {
    const a = ask('鹭汀市2023年一般公共预算教育经费是多少')
    expect(a).toContain('144000万元')
    expect(a).not.toContain('为960000万元')
  })
  it('an item of a list read with its lead: the level’s figure, quoted with the lead (rule lead-item)', () => {
    const a = ask('鹭汀市普通高中生均一般公共预算教育经费是多少')
    expect(a).toContain('15000.50元')
    expect(a).toContain('增长情况为')
    expect(a).not.toContain('144000万元')
    expect(ask('鹭汀市2023年普通小学生均一般公共预算教育经费2023年和上年分别多少')).toContain('12000.25元')
  })
})
