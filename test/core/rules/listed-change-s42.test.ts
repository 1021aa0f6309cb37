import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/**
 * Session 42: two made-up bureaus' 三公 budget pages in prose (no real name or figure): one printing the year
 * before's figure in a clause between the figure and its change against 上年 (rule year-aside), one comparing its
 * items in a list after one comparison (rule listed-change).
 */
const ASIDE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪市林业局2016年“三公经费”预算对比增减说明</title></head><body>
<p>岑溪市林业局2016年“三公经费”预算对比增减说明</p>
<p>2016年三公经费预算拨入41万元,2015年三公经费预算拨入52.30万元,与上年对比减少11.30万元。主要原因是厉行节约。</p>
</body></html>`
const LISTED = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪市水务局2014年三公经费预算增减情况说明</title></head><body>
<p>岑溪市水务局2014年三公经费预算增减情况说明</p>
<p>2014年“三公”经费预算支出70.00万元:其中公务接待费支出为30万元,公务车运行费为40万元,与2013年对比,接待费下降12%,公务车运行费下降25%。</p>
</body></html>`

const SAID_AGAIN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪学院2020年部门预算</title></head><body>
<p>岑溪学院2020年部门预算</p>
<p>2020年岑溪学院收入预算总额为5000万元,其中:财政拨款收入3000万元,占收入预算总额的60.00%,较上年预算安排减少了120.50万元;事业收入2000万元。</p>
</body></html>`

const TWO_YEARS = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑中市中医院2018年部门预算</title></head><body>
<p>岑中市中医院2018年部门预算</p>
<p>2018年基本支出500.00万元,2017年基本支出620.00万元,2018年比2017年减少120.00万元,基本支出包括在编职工工资。</p>
</body></html>`

describe('a change against 上年 in a list or after the year before’s figure', () => {
  const engine = engineWith([
    { name: 'cenzhong-zyy-2018-bmys.html', bytes: new TextEncoder().encode(TWO_YEARS) },
    { name: 'cenxi-xy-2020-bmys.html', bytes: new TextEncoder().encode(SAID_AGAIN) },
    { name: 'cenxi-lyj-2016-sangong.html', bytes: new TextEncoder().encode(ASIDE) },
    { name: 'cenxi-swj-2014-sangong.html', bytes: new TextEncoder().encode(LISTED) },
  ])
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the change of the year’s figure past the year before’s, said of the year asked (rule year-aside)', () => {
    const a = ask('岑溪市林业局2016年三公经费比2015年少了多少？')
    expect(a).toContain('2016年三公经费预算为41万元')
    expect(a).toContain('比上年减少11.30万元')
  })

  it('reads each item’s own change from the list, never the first item’s (rule listed-change)', () => {
    const car = ask('岑溪市水务局2014年公务车运行费比2013年下降多少？')
    expect(car).toContain('下降25%')
    expect(car).not.toMatch(/比2013年下降12%/u)
    expect(ask('岑溪市水务局2014年公务接待费比2013年下降多少？')).toMatch(/比2013年下降12%/u)
  })

  it('reads a change whose baseline is said with more words (较上年预算安排减少了)', () => {
    expect(ask('岑溪学院2020年财政拨款收入比上年减少多少？')).toContain('减少120.50万元')
  })

  it('keeps a change that names its own year after both years’ figures (2018年比2017年减少)', () => {
    expect(ask('岑中市中医院基本支出比上年减少了多少')).toContain('减少120.00万元')
  })
})
