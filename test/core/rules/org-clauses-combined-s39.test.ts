import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind85's cross questions): each organisation asked its own subject, the two then compared or
 * added: each read as its own question, the arithmetic done on the two figures. Made-up organisations and figures.
 */
const KINDERGARTEN = [
  '泠川市青禾幼儿园2023年部门预算公开说明',
  '一、收支预算情况',
  '2023年收支总预算612.40万元。基本支出预算488.10万元,占支出总预算的79.70%;项目支出预算124.30万元。',
].join('\n')
const TOWN = [
  '泠川市柏溪镇人民政府2023年部门预算',
  '一、机关运行经费',
  '2023年本部门机关运行经费财政拨款预算为52.6万元,较2022年预算增加3.10万元。',
].join('\n')

describe('rule org-clauses-combined', () => {
  const engine = engineWith([
    { name: 'lingchuan-qinghe-yey-2023-bmys.txt', bytes: enc(KINDERGARTEN) },
    { name: 'lingchuan-baixi-zhen-2023-bmys.txt', bytes: enc(TOWN) },
  ])
  it('compares two organisations\' own subjects', () => {
    const a = engine.ask({ question: '青禾幼儿园的项目支出预算和柏溪镇的机关运行经费，哪个多？' }).answer
    expect(a).toContain('124.30万元')
    expect(a).toContain('52.6万元')
    expect(a).toContain('71.70万元')
  })
  it('adds them', () => {
    const a = engine.ask({ question: '青禾幼儿园的基本支出预算和柏溪镇的机关运行经费加起来多少？' }).answer
    expect(a).toContain('540.70万元')
  })
})
