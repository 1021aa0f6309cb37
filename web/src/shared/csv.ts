import { hitWan } from './format.js'
import { rowTexts } from './row-texts.js'
import type { SearchHit, Table } from './types.js'

/** Byte order mark: Excel reads the file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF'

type CsvValue = string | number | undefined | null

/** A whole cell that is a plain number as tables print them: -17, +3.5, 1,073.24, 5.08% */
const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/

/**
 * Quotes a field when needed and defuses spreadsheet formulas: a cell starting with = + - @ tab or CR gets a
 * leading apostrophe unless the whole cell is a number ("-2+3+cmd|' /C calc'!A0" is not).
 */
export function csvField(value: CsvValue): string {
  let s = value === undefined || value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s) && s !== '-' && !(PLAIN_NUMBER.test(s) && /\d/.test(s))) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A CSV document with BOM and CRLF line ends: toCsv([['a','b']]) → '\uFEFFa,b\r\n'. */
export function toCsv(rows: CsvValue[][]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** A table as printed: one header row of column labels, then every row's cell texts. */
export function tableCsvRows(table: Table): string[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((row) => rowTexts(table, row))]
}

export const HIT_CSV_HEADER = ['单位', '年度', '表', '编码', '名称', '金额（原文）', '单位（原文）', '金额（万元）', '出处']

/** A result list: one line per hit, the figure as printed and in 万元, with its id for tracing back. */
export function hitCsvRows(hits: SearchHit[]): string[][] {
  const rows = hits.map((h) => [
    h.org,
    String(h.year),
    [h.tableNumber, h.tableTitle].filter(Boolean).join(' '),
    h.code ?? '',
    h.kind === 'paragraph' ? (h.text ?? '') : (h.name ?? ''),
    h.value ?? '',
    h.unit ?? '',
    hitWan(h) ?? '',
    h.id,
  ])
  return [HIT_CSV_HEADER, ...rows]
}
