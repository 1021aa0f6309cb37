import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'

// Session 44 (blind96's 镇 report): "一、“十一五”期间财政发展概况和2010年预算执行情况" (25 characters after its number) was
// joined to the paragraph under it as a wrapped sentence, so nothing under it was known to speak of 2010.
const text = [
  '青禾镇2010年预算执行情况和2011年预算草案',
  '一、“十一五”期间财政发展概况和2010年预算执行情况',
  '“十一五”时期，是我镇经济社会取得显著成就的五年。',
  '(一)、2010年全镇财政总收入61475万元，完成人大通过预算的115.15%。',
  '1、一般预算收入36864万元，完成年初预算的112.54%。',
  '二、2011年预算草案',
  '2011年全镇财政总收入预算65000万元。',
].join('\n')

describe('rule long-section-title: a numbered title up to 40 characters closed by a section\'s word', () => {
  const doc = parseDocument('qinghe-zhen-2011.txt', text).document
  it('is a heading of its own, not the start of the paragraph under it', () => {
    const heading = doc.paragraphs.find((p) => p.text.includes('发展概况'))!
    expect(heading.text).not.toContain('显著成就')
  })
  it('is the section the paragraphs under it belong to', () => {
    const item = doc.paragraphs.find((p) => p.text.includes('36864'))!
    expect(doc.sections.find((s) => s.id === item.section)?.title ?? '').toContain('2010年预算执行情况')
  })
  it('leaves a long numbered sentence with a comma as prose', () => {
    const d = parseDocument('x.txt', ['青禾镇2011年部门预算', '一、本单位2011年收入预算32万元，比上年增加的主要原因是人员增加', '的情况。'].join('\n')).document
    expect(d.paragraphs.some((p) => p.text.includes('人员增加的情况'))).toBe(true)
  })
})
