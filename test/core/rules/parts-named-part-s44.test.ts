import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind97): "三公里公务用车运行维护费和公务接待费各是多少" was answered as the 三公 whole with 公务接待费 alone:
// 公务用车运行维护费 is a part of a part, not one of the whole's three.
const DOC = [
  '青禾市档案馆2024年部门决算',
  '',
  '财政拨款“三公”经费支出决算表',
  '单位：万元',
  '项目\t预算数\t决算数',
  '合计\t23.50\t19.44',
  '1.因公出国（境）费\t0.00\t0.00',
  '2.公务用车购置及运行维护费\t16.00\t14.26',
  '（1）公务用车购置费\t0.00\t0.00',
  '（2）公务用车运行维护费\t16.00\t14.26',
  '3.公务接待费\t7.50\t5.18',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-dag-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule concept-parts: a part of a part named after the whole', () => {
  it('answers each subject named, the part of a part too', () => {
    const r = ask('青禾市档案馆三公经费里公务用车运行维护费和公务接待费决算各是多少')
    expect(r.answer).toContain('14.26万元')
    expect(r.answer).toContain('5.18万元')
  })
  it('still answers the whole and a part of its own named after it', () => {
    const r = ask('青禾市档案馆三公经费里公务接待费多少')
    expect(r.answer).toContain('19.44万元')
    expect(r.answer).toContain('5.18万元')
  })
})
