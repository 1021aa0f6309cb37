import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 长乐区 三公 page): "购置了几辆公务车" was answered with the fleet, "年末公务用车保有量404辆", a
// stock preferred over the clause stating the purchase ("公务用车购置1辆中巴车").
const DOC = [
  '青禾区2017年“三公”经费决算情况说明',
  '(二)公务用车购置及运行费1116.14万元。其中:',
  '1、公务用车购置费34.71万元,公务用车购置1辆中巴车,用于政府系统公务活动使用等,与2016年相比,公务用车购置费减少79.4万元。',
  '2、公务用车运行费1081.43万元,主要用于公务用车燃油、维修、保险等方面支出,年末公务用车保有量404辆,严格压缩公务用车购置和运行经费支出。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-sg-2017b.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule counted-event: a purchase asked', () => {
  it('reads the purchase, not the stock', () => {
    const r = ask('青禾区今年购置了几辆公务车？').answer
    expect(r).toContain('1辆')
    expect(r).not.toContain('404辆')
  })
  it('still reads the stock asked', () => {
    expect(ask('青禾区年末公务用车保有量多少辆').answer).toContain('404辆')
  })
})
