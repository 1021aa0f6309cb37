import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import type { BudgetDocument, Row, Table } from '../../server/core/schema.js'

export const SEEDS = join(__dirname, '..', '..', 'seeds')
export const seedFiles = () => readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)).sort()
export const seedText = (prefix: string) => {
  const file = seedFiles().find((f) => f.startsWith(prefix))!
  return { file, text: readFileSync(join(SEEDS, file), 'utf8') }
}
export function parseSeed(prefix: string): BudgetDocument {
  const { file, text } = seedText(prefix)
  return parseDocument(file, text).document
}
export const tableByNumber = (d: BudgetDocument, n: string) => d.tables.find((t) => t.number === n)!
export const tableByTitle = (d: BudgetDocument, re: RegExp) => d.tables.find((t) => re.test(t.title))!
export const rowByCode = (t: Table, code: string) => t.rows.find((r) => r.code === code)!
export const rowByName = (t: Table, name: string, side?: Row['side']) => t.rows.find((r) => r.name === name && (!side || r.side === side))!
/** Cell text of a row under the column whose label matches. */
export function cell(t: Table, r: Row, label: RegExp): string | undefined {
  const col = t.columns.find((c) => label.test(c.label) && (!r.side || c.side === r.side))
  return col ? r.cells.find((c) => c.column === col.index)?.text : undefined
}
export function cellAmount(t: Table, r: Row, label: RegExp) {
  const col = t.columns.find((c) => label.test(c.label) && (!r.side || c.side === r.side))
  return col ? r.cells.find((c) => c.column === col.index)?.amount : undefined
}
/** Parse a made-up snippet with a standard title so layout rules can be tested in isolation. */
export function parseSnippet(body: string, title = '重庆市某某区某某局2025年部门预算情况说明') {
  return parseDocument('snippet.txt', `${title}\n\n${body}`)
}
