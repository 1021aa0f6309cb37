import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: a village school's 单位预算 under its township ("某县某镇某庄完全小学") is asked by the school's own
 * words ("某庄完全小学"), or as everyone says it ("某庄完小"); a school no document is of is not held, never
 * answered from the one document that happens to state the subject (rule unread-body), nor is a place the question
 * opens with that no document is of (rule unread-place). Made-up names and figures.
 */
const SCHOOL = html('青河县柳林镇石岭完全小学2024年单位预算', [
  '青河县柳林镇石岭完全小学2024年单位预算',
  '一、主要职责',
  '石岭完全小学负责本片区适龄儿童的小学教育。',
  '二、收支预算总体情况',
  '2024年收入预算总计186.40万元，支出预算总计186.40万元。',
])
const BUREAU = html('青河县交通运输局2024年部门预算', [
  '青河县交通运输局2024年部门预算',
  '一、收支预算总体情况',
  '2024年收入预算总计2,310.00万元，支出预算总计2,310.00万元。',
])

const ZONE = html('贵川国家高新区2024年三公经费预算情况说明', [
  '贵川国家高新区2024年三公经费预算情况说明',
  '2024年高新区三公经费预算合计58.4万元，其中：公务接待费预算12.0万元，公务用车运行维护费预算22.6万元，公务用车购置费预算23.8万元。',
])

const CENTRE = html('2025年岚中县重点项目推进协调服务中心预算公开表', [
  '2025年岚中县重点项目推进协调服务中心预算公开表',
  '2025年部门(单位)预算公开表',
  '2025年本单位一般公共服务支出预算59.22万元，卫生健康支出预算5.99万元。',
])

describe('a township’s school by its own words', async () => {
  const corpus = buildCorpus(await readSources([
    { name: 'qinghe-shiling-xx-2024-dwys.html', bytes: new TextEncoder().encode(SCHOOL) },
    { name: 'qinghe-jtysj-2024-bmys.html', bytes: new TextEncoder().encode(BUREAU) },
    { name: 'guichuan-gxq-2024-sangong.html', bytes: new TextEncoder().encode(ZONE) },
    { name: 'lanzhong-zdxm-2025-yusuan.html', bytes: new TextEncoder().encode(CENTRE) },
  ])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the school asked by its own words or as 完小', () => {
    for (const q of ['石岭完全小学2024年收入预算总共多少', '石岭完小2024年收入预算总共多少钱']) {
      const a = ask(q)
      expect(a).toContain('186.40万元')
      expect(a).not.toContain('2,310.00')
    }
  })
  it('reads a place glossed in brackets after the question as the organisation’s', () => {
    const a = ask('高新区公务用车运行维护费预算多少（贵川）')
    expect(a).toContain('贵川国家高新区')
    expect(a).toContain('22.6万元')
  })
  it('reads a centre asked by a short form of its own name after its place (read after the held-out scores)', () => {
    const a = ask('岚中县重点项目中心一般公共服务支出多少')
    expect(a).toContain('59.22万元')
    expect(a).not.toMatch(/没有找到|没有收录/)
  })
  it('never answers a place the question opens with that no document is of', () => {
    const a = ask('清水省三公经费预算多少')
    expect(a).toContain('没有找到')
    expect(a).not.toMatch(/58\.4|22\.6/)
  })
  it('never answers a school it does not hold with another body’s figure', () => {
    const a = ask('河口完全小学2024年收入预算总共多少')
    expect(a).toContain('没有找到')
    expect(a).not.toMatch(/2,310\.00|186\.40/)
  })
})
