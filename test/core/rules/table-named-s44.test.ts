import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind31's 奉新 三公 page): "三公表…那一栏里，公务用车费增减了多少" was answered as the difference between the
// 三公 total and 公务用车费 (2415.44 − 1425.58): 三公表 names the table, and 增减 set against nothing is a change.
const DOC = [
  '青禾县文化馆2023年“三公”经费预算公开',
  '',
  '青禾县文化馆2023年“三公”经费预算表',
  '单位：万元',
  '项目\t2023年预算数\t2022年预算数\t2023年预算数增减',
  '合计\t2415.44\t2378.77\t36.67',
  '1、因公出国（境）费\t10.00\t10.00\t0.00',
  '2、公务接待费\t979.86\t1104.54\t-124.68',
  '3、公务用车费\t1425.58\t1264.23\t161.35',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-sangong-2023.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('a table named before the subject, and a change with nothing set against it', () => {
  it('reads 三公表 as the table and answers the one subject\'s change', () => {
    const r = ask('青禾县文化馆三公表“2023年预算数增减”那一栏里，公务用车费增减了多少？')
    expect(r.answer).toContain('161.35万元')
    expect(r.answer).not.toContain('989.86')
  })
  it('still answers two subjects set against each other with their difference', () => {
    expect(ask('青禾县文化馆2023年公务用车费比公务接待费多多少').answer).toContain('445.72万元')
  })
})
