import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import { CODE } from '../../server/core/parse/tokens.js'
import { readSource } from '../../server/core/read/read-source.js'
import type { BudgetDocument } from '../../server/core/schema.js'
import { SEEDS, seedFiles } from './helpers.js'

/** The dev PDFs: committed fixtures, and the shared development documents when this machine has them (never the held-out ones). */
const FIXTURES = join(__dirname, '..', 'fixtures', 'realdocs')
const SHARED = join(__dirname, '..', '..', '..', '..', 'shared', 'realdocs', 'originals')
const DEV = ['sh-putuo-wanli-2023-dept', 'sh-putuo-wanli-2024-dept', 'sh-putuo-wanli-2025-dept', 'sh-putuo-zfb-2025-dept', 'sh-putuo-zfb-2025-unit', 'sh-putuo-swj-2025-dept']
const pdfs = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf')).map((f) => join(FIXTURES, f)),
  ...(existsSync(SHARED) ? DEV.map((d) => join(SHARED, `${d}.pdf`)).filter(existsSync) : []),
].filter((p, i, all) => all.findIndex((q) => q.endsWith(p.replace(/^.*\//, ''))) === i)

/**
 * Every amount in a table cell that could have come from a code column: a cell under a code, name or text column
 * holding an amount, or a bare two- or three-digit figure equal to a segment of its row's code (201 of 2010301).
 */
function codeAmounts(doc: BudgetDocument): string[] {
  const out: string[] = []
  for (const t of doc.tables) for (const r of t.rows) {
    if (r.code && !CODE.test(r.code)) out.push(`${t.id} ${r.id}: code "${r.code}" is not a subject code`)
    const segments = r.code ? [r.code.slice(0, 3), r.code.slice(3, 5), r.code.slice(5, 7)].filter(Boolean) : []
    for (const c of r.cells) {
      if (!c.amount) continue
      const col = t.columns.find((x) => x.index === c.column)
      if (col && (col.role === 'code' || col.role === 'name' || col.role === 'text')) out.push(`${r.id}: amount ${c.text} under ${col.role} column ${col.label}`)
      if (/^\d{2,3}$/.test(c.text) && segments.includes(c.text) && r.cells.some((o) => o !== c && /[.,]/.test(o.text))) out.push(`${r.id} ${r.code} ${r.name}: amount ${c.text} is a piece of the code`)
    }
  }
  return out
}

describe('no amount is read from a code column', () => {
  it.each(seedFiles())('seed %s', (file) => {
    expect(codeAmounts(parseDocument(file, readFileSync(join(SEEDS, file), 'utf8')).document)).toEqual([])
  })

  it.each(pdfs.map((p) => [p.replace(/^.*\//, ''), p]))('PDF %s', async (name, path) => {
    const read = await readSource(name, new Uint8Array(readFileSync(path)))
    const doc = parseDocument(name, read.text, read).document
    expect(doc.tables.length).toBeGreaterThan(0)
    expect(codeAmounts(doc)).toEqual([])
  }, 60_000)

  it('split 类/款/项 cells under an unlabelled header are joined into the code, never amounts', () => {
    const text = [
      '上海市某某区某某局2025年部门预算',
      '2025年部门支出预算总表',
      '单位：元',
      '科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出',
      '201\t\t\t一般公共服务支出\t84,861,719.00\t84,861,719.00\t',
      '201\t06\t\t财政事务\t84,861,719.00\t84,861,719.00\t',
      '201\t06\t01\t行政运行\t84,861,719.00\t84,861,719.00\t',
    ].join('\n')
    const t = parseDocument('snippet.txt', text).document.tables[0]
    const r = t.rows.find((x) => x.name === '行政运行')!
    expect(r.code).toBe('2010601')
    expect(r.cells.filter((c) => c.amount).map((c) => c.text)).toEqual(['84,861,719.00', '84,861,719.00'])
    expect(codeAmounts(parseDocument('snippet.txt', text).document)).toEqual([])
  })
})
