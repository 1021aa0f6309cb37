import { describe, expect, it } from 'vitest'
import type { Engine } from '../../server/core/engine.js'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const DOC = [
  '青禾市人民政府驻临江办事处2025年部门预算',
  '一、主要职责',
  '(一)负责与临江、白沙、东岭3市的联络工作,协调各驻临江机构开展交流合作。',
  '(二)服务招商引资,搭建青禾特色农产品展示展销平台。',
  '(三)承担来临江人员的接待服务工作。',
  '4.统筹区域合作。统筹落实与临江各区的合作项目,参与合作园区的规划。',
  '二、收支预算',
  '2025年收入预算320.00万元。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-zlj-2025.txt', bytes: enc(DOC) }])).ask({ question })

describe('rule closest-passage: a question about words answered by the closest sentence, quoted', () => {
  it('quotes the one sentence sharing the question\'s words, with its lines, as the closest passage', () => {
    const r = ask('青禾市人民政府驻临江办事处负责跟哪几个市联络？')
    expect(r.answer).toContain('白沙、东岭3市的联络工作')
    expect(r.answer).toContain('最相关的原文')
    expect(r.citations).toHaveLength(1)
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph' })
  })

  it('finds 搭建什么平台 in the sentence that says it', () => {
    expect(ask('青禾市人民政府驻临江办事处在招商方面要搭建什么平台').answer).toContain('展示展销平台')
  })

  it('quotes a numbered label with the sentence that says it (rule label-sentence)', () => {
    const r = ask('青禾市人民政府驻临江办事处统筹区域合作包括哪些内容')
    expect(r.answer).toContain('“4.统筹区域合作。统筹落实与临江各区的合作项目,参与合作园区的规划。”')
  })

  it('never answers a figure asked with a passage', () => {
    const r = ask('青禾市人民政府驻临江办事处2025年招商引资经费是多少？')
    expect(r.answer).not.toContain('最相关的原文')
    expect(r.answer).toMatch(/没有/)
  })

  it('quotes nothing when no sentence shares most of the words asked', () => {
    const r = ask('青禾市人民政府驻临江办事处承担哪个协调小组的办公室工作？')
    expect(r.answer).not.toContain('最相关的原文')
  })
})
