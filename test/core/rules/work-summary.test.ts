import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up bureau's 决算说明 whose work summary gives the money before the work it paid for. */
const FINAL = [
  '桐林县住房和城乡建设局2019年部门决算说明',
  '二、2019年度部门工作完成情况',
  '1.项目建设稳步推进。一是投资1620万元实施县自来水厂扩容改造工程,该工程已全面完工。二是投资385万元实施县城背街小巷提升工程,累计完成投资300万元。三是安排资金42万元用于老旧小区消防设施整治。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'tonglin-zjj-2019-js.txt', bytes: new TextEncoder().encode(FINAL) }])).ask({ question })

describe('money named before the work it pays for (rule amount-first)', () => {
  it('answers a work’s investment asked by its name, the county’s own word before it dropped', () => {
    const res = ask('桐林住建局2019年自来水厂扩容改造工程投了多少钱？')
    expect(res.answer).toContain('1620万元')
    expect(res.answer).not.toContain('385')
    expect(ask('桐林县住建局背街小巷提升工程投资多少？').answer).toContain('385万元')
  })

  it('reads 安排资金…用于… the same way', () => {
    expect(ask('桐林住建局老旧小区消防设施整治安排了多少？').answer).toContain('42万元')
  })
})

describe('a work’s progress against its plan (rule work-progress)', () => {
  const PROGRESS = [
    '桐溪县市政管理局2020年部门决算说明',
    '二、2020年度部门工作完成情况',
    '1.项目建设稳步推进。一是投资800万元实施县城排水管网改造工程,累计完成投资600万元,预计年底完工。二是投资300万元实施滨河步道提升工程,该工程已全面完工。',
  ].join('\n')
  let e2: Engine | undefined
  const ask2 = (question: string) => (e2 ??= engineWith([{ name: 'tongxi-szj-2020-js.txt', bytes: new TextEncoder().encode(PROGRESS) }])).ask({ question })
  it('gives the share done and what is left, computed from the work’s own item', () => {
    expect(ask2('桐溪县市政管理局的县城排水管网改造工程，累计完成投资占计划投资的百分之多少？').answer).toContain('75.00%')
    const left = ask2('桐溪县市政局县城排水管网改造工程，累计完成投资比计划投资还差多少？').answer
    expect(left).toContain('200.00万元')
    expect(left).not.toContain('300万元')
  })
})
