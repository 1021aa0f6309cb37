import { beforeAll, describe, expect, it } from 'vitest'
import type { Table } from '../../../server/core/schema.js'
import type { Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { engineWith } from '../seed-engine.js'

// A school's 收支总表 saved from a web page: every cell a paragraph of its own, the empty cells dropped, the caption's
// fields (单位：the school, 预算年度) between the title and the unit; the copy stops before the table's totals.
const page = (cells: string[]) => [
  '<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', '<title>2023年青禾市第三中学单位预算公开</title>', '</head>', '<body>',
  ...['2023年青禾市第三中学单位预算公开', '第二部分', '2023年单位预算表', '表1:', '2023年单位预算收支总表', '单位:青禾市第三中学', '预算年度:2023', '金额单位:万元', ...cells]
    .map((c) => `<p>${c}</p>`),
  '</body>', '</html>',
].join('\n')
const SPARSE = ['收 入', '支 出', '项 目', '项 目', '一、一般公共预算拨款收入', '3210.50', '一、人员经费', '2800.40', '二、政府性基金预算拨款收入', '二、公用经费', '410.10', '三、事业收入', '12.00', '三、对个人和家庭的补助']
const enc = (s: string) => new TextEncoder().encode(s)
/** The page read as ingest reads it (the HTML reader, then the parser). */
const read = async (cells: string[]) => buildCorpus(await readSources([{ name: 'qinghe-sanzhong-2023.html', bytes: enc(page(cells)) }])).corpus.documents[0]

describe('rule sparse-cells: a two-sided table flattened one cell a paragraph, its empty cells dropped', () => {
  let t: Table
  beforeAll(async () => { t = (await read(SPARSE)).tables.find((x) => x.kind === 'summary')! })
  const row = (name: string) => t.rows.find((r) => r.name === name)!

  it('reads the table under a caption of fields (单位：the body, 预算年度) as the 收支总表', () => {
    expect(t.title).toBe('2023年单位预算收支总表')
  })
  it('places each label on the side whose list number it carries, its figure or nothing after it', () => {
    expect([row('一、一般公共预算拨款收入').side, row('一、一般公共预算拨款收入').cells.find((c) => c.amount)?.amount?.value]).toEqual(['income', '3210.50'])
    expect([row('一、人员经费').side, row('一、人员经费').cells.find((c) => c.amount)?.amount?.value]).toEqual(['spending', '2800.40'])
    expect(row('二、政府性基金预算拨款收入').side).toBe('income')
    expect(row('二、政府性基金预算拨款收入').cells.some((c) => c.amount)).toBe(false)
    expect([row('二、公用经费').side, row('二、公用经费').cells.find((c) => c.amount)?.amount?.value]).toEqual(['spending', '410.10'])
    expect([row('三、事业收入').side, row('三、对个人和家庭的补助').side]).toEqual(['income', 'spending'])
  })
  it('leaves the cells unread when a list number fits neither side', async () => {
    const bad = await read(['收 入', '支 出', '项 目', '项 目', '一、一般公共预算拨款收入', '3210.50', '五、人员经费', '2800.40', '二、公用经费', '410.10'])
    expect(bad.tables.flatMap((x) => x.rows).some((r) => r.name === '五、人员经费' && r.side === 'spending' && r.cells.some((c) => c.amount?.value === '2800.40'))).toBe(false)
  })
  it('reads a one-sided table of one figure column, a label with no figure left empty', async () => {
    const one = await read(['项 目', '预算数', '合计', '40.20', '因公出国(境)费', '公务接待费', '22.20', '公务用车购置及运行费', '18.00'])
    const rows = one.tables.flatMap((x) => x.rows)
    expect(rows.map((r) => `${r.name}:${r.cells.find((c) => c.amount)?.amount?.value ?? ''}`)).toEqual(['合计:40.20', '因公出国(境)费:', '公务接待费:22.20', '公务用车购置及运行费:18.00'])
  })
})

describe('a side\'s one figure is no total of a two-sided table that prints no total', () => {
  let engine: Engine | undefined
  const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-sanzhong-2023.html', bytes: enc(page(SPARSE.slice(0, 10))) }])).ask({ question })
  it('answers the row asked', () => {
    const r = ask('青禾市第三中学2023年人员经费多少')
    expect(r.answer).toContain('2800.40万元')
  })
  it('does not give the one income row with a figure as the income total', () => {
    const r = ask('青禾市第三中学2023年收入总计是多少')
    expect(r.answer).not.toContain('3210.50')
  })
})
