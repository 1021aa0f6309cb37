import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/** A made-up county bureau's 决算 in the template that prints 年初预算数 | 全年预算数 | 决算数 side by side. */
const FINAL = [
  '柳岸县文化和旅游局2024年度部门决算',
  '一、“三公”经费',
  '2024年度“三公”经费财政拨款支出决算17.05万元。其中：因公出国(境)经费0.00万元，公务接待费3.20万元。',
  '二、收入支出决算总体情况说明',
  '2024年度财政拨款支出1,545.90万元，其中一般公共预算财政拨款支出1,475.40万元，政府性基金预算财政拨款支出70.50万元。',
  '表3 一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t年初预算数\t全年预算数\t决算数合计\t基本支出\t项目支出',
  '207\t文化旅游体育与传媒支出\t455.50\t480.00\t466.55\t100.00\t366.55',
  '2070109\t群众文化\t205.50\t224.80\t219.75\t100.00\t119.75',
  '2070204\t文物保护\t250.00\t255.20\t246.80\t0.00\t246.80',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'liuan-wlj-2024-final.txt', bytes: new TextEncoder().encode(FINAL) }])).ask({ question })

describe('a name written right after another subject in the prose is that subject’s (rule qualified-subject)', () => {
  it('a short gloss in brackets is read as part of its name: 因公出国境经费 is 因公出国(境)经费', () => {
    const res = ask('柳岸县文旅局2024年因公出国境经费花了多少')
    expect(res.answer).toMatch(/因公出国境.{0,6}的?金额为0\.00万元/)
  })

  it('“三公”经费财政拨款支出 is no answer to 财政拨款支出', () => {
    const res = ask('柳岸县文旅局2024年财政拨款支出多少')
    expect(res.answer).not.toContain('17.05')
    expect(res.answer).toContain('1,545.90万元')
  })
})

describe('a 决算 template printing 年初预算数 | 全年预算数 | 决算数 (columns initial, adjusted, final)', () => {
  it('answers a code with its 决算数, never the 全年预算数 printed before it', () => {
    const res = ask('柳岸县文旅局2070204科目决算多少')
    expect(res.answer).toContain('246.80万元')
    expect(res.answer).not.toContain('255.20')
  })

  it('reads 全年预算 as the adjusted column, alone or beside the other stages', () => {
    const alone = ask('柳岸县文旅局群众文化全年预算多少')
    expect(alone.answer).toContain('224.80万元')
    // never the document's whole 财政拨款支出, which the prose does not call 全年预算
    expect(alone.answer).not.toContain('1,545.90')
    const all = ask('柳岸县文旅局文物保护年初预算、全年预算和决算分别是多少')
    for (const figure of ['250.00万元', '255.20万元', '246.80万元']) expect(all.answer).toContain(figure)
  })
})

/** A 三公 page that states only its 三公 items' budgets, each written "X费支出预算为…". */
const THREE_PUBLIC = [
  '柳岸县审计局2018年预算“三公”经费情况说明',
  '一、2018年“三公”经费支出预算情况说明',
  '柳岸县审计局2018年度“三公”经费支出预算为3.1万元。其中:公务接待费支出预算为3.1万元,公务用车购置及运行费支出预算为0万元。',
].join('\n')

describe('a 费 written right before 支出预算 makes it that fee’s (rule qualified-subject)', () => {
  let three: Engine | undefined
  const askThree = (question: string) => (three ??= engineWith([{ name: 'liuan-sjj-2018-sangong.txt', bytes: new TextEncoder().encode(THREE_PUBLIC) }])).ask({ question })
  it('the department’s whole spending asked of a 三公 page is not found, never a 三公 item’s budget', () => {
    const res = askThree('柳岸县审计局2018年部门预算总支出是多少？')
    expect(res.answer).not.toContain('3.1万元')
    // the item itself is still read
    expect(askThree('柳岸县审计局2018年公务接待费预算是多少？').answer).toContain('3.1万元')
  })
})

