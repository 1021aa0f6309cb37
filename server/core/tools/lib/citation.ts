import { sheetPlace } from './citation-origin.js'
import { linesText, verbatimQuote } from './verbatim.js'
import { reportPresenter } from './report-head.js'
import { rowYear } from '../../parse/row-year.js'
import type { Box, BudgetDocument, Citation, Column, Field, PageField, Paragraph, Row, Table } from '../../schema.js'

/**
 * Where a cited line sits in a PDF: its page and box, or the box of one tab-separated cell of it (the cell a
 * column's figure was read from). Nothing for text sources.
 */
export function pdfPlace(doc: BudgetDocument, line: number, cell?: number): { page?: number; box?: Box } {
  const o = doc.origins?.[line - 1]
  if (!o?.page) return {}
  const box = (cell !== undefined ? o.cells?.[cell] : undefined) ?? o.box
  return box ? { page: o.page, box } : { page: o.page }
}

/**
 * A document published through the staff desk names its version, so a citation opens that version later; a government's
 * budget report names the body that made it (its 财政局) beside the account's name.
 */
const versionOf = (doc: BudgetDocument) => ({ title: doc.title, ...reportPresenter(doc), ...(doc.version ? { version: doc.version } : {}) })

/** The headings enclosing a paragraph, outermost first ("第一部分 单位概况 › 三、人员情况"): a prose citation names its place. */
export function sectionPath(doc: BudgetDocument, p: Paragraph): { section?: string } {
  const titles: string[] = []
  const byId = new Map(doc.sections.map((s) => [s.id, s]))
  for (let s = p.section ? byId.get(p.section) : undefined; s && titles.length < 6; s = s.parent ? byId.get(s.parent) : undefined) titles.unshift((s.printed ?? s.title).trim())
  return titles.length ? { section: titles.join(' › ') } : {}
}

/**
 * The project a 绩效 form's table belongs to (its 项目名称 field, which the form's money block carries too): every
 * citation of the form's rows and fields names it, as the printed form does at its head.
 */
export function projectOf(table: Table): { project?: string } {
  if (table.kind !== 'performance') return {}
  const name = table.fields.find((f) => /^(?:项目名称|专项资金名称)$/.test(f.key.replace(/\s+/g, '')))?.value.trim()
  return name ? { project: name } : {}
}

/** Citation of a table row (and a column when one cell is meant), built from the row's provenance. */
export function rowCitation(doc: BudgetDocument, table: Table, row: Row, column?: Column): Citation {
  const cell = column ? row.cells.find((c) => c.column === column.index) : undefined
  return {
    kind: 'row',
    docId: doc.id,
    org: doc.org,
    ...(doc.printedOrg ? { orgPrinted: doc.printedOrg } : {}),
    year: rowYear(row) ?? column?.year ?? table.year ?? doc.year,
    tableId: table.id,
    tableNumber: table.number,
    tableTitle: table.printedTitle ?? table.title,
    rowId: row.id,
    code: row.code,
    rowName: row.printed ?? row.name,
    column: column?.label,
    value: cell ? cell.amount?.text ?? cell.text : undefined,
    unit: cell?.amount?.unit ?? (cell ? table.unit : undefined),
    lines: row.lines,
    ...projectOf(table),
    ...pdfPlace(doc, row.lines[0], cell ? column!.index : undefined),
    ...versionOf(doc),
    ...sheetPlace(doc, row.lines, column),
  }
}

/** Citation of the note printed under a table (an empty table's "故本表无数据"): the table, its lines, the note's words. */
export function tableNoteCitation(doc: BudgetDocument, table: Table, note: string): Citation {
  return {
    kind: 'row', docId: doc.id, org: doc.org, ...(doc.printedOrg ? { orgPrinted: doc.printedOrg } : {}), year: table.year ?? doc.year,
    tableId: table.id, tableNumber: table.number, tableTitle: table.printedTitle ?? table.title, text: note, lines: table.lines,
    ...pdfPlace(doc, table.lines[0]), ...versionOf(doc),
  }
}

/** Citation of a paragraph; `excerpt` is the sentence the figure or reason was taken from. */
export function paragraphCitation(doc: BudgetDocument, p: Paragraph, excerpt?: string, value?: string, unit?: string): Citation {
  return {
    kind: 'paragraph',
    docId: doc.id,
    org: doc.org,
    ...(doc.printedOrg ? { orgPrinted: doc.printedOrg } : {}),
    year: doc.year,
    paragraphId: p.id,
    // the excerpt as printed (script, punctuation, quotes), cuts marked ……: a quote is never a normalised form
    text: excerpt ? verbatimQuote(p.printed ?? p.text, excerpt) ?? excerpt : p.printed ?? p.text,
    value,
    unit,
    lines: p.lines,
    ...sectionPath(doc, p),
    ...runInLabel(p, excerpt),
    ...pdfPlace(doc, p.lines[0]),
    ...versionOf(doc),
    ...sheetPlace(doc, p.lines),
  }
}

/** "1.一般公共预算执行情况。全年…", "（二）机构设置：…": the numbered label a paragraph opens with, run into its text. */
// (or its numbered subject before the first figure: "（三）公务接待费支出决算38,600.00元，…")
const RUN_IN = /^\s*((?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．])\s*[^。：:，,；;\d]{2,20}?)(?:[。：:]|(?=\d))/u
/** An outline heading run into a long paragraph (a PDF page copied as one line): "(一)主要职能", "一、单位概况". */
const INLINE_HEAD = /(?:^|[\s。；;])((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]{1,3}[)）])\s*[\p{Script=Han}“”"]{2,14})/gu
function runInLabel(p: Paragraph, excerpt?: string): { label?: string } {
  const text = p.printed ?? p.text
  const m = RUN_IN.exec(text)
  if (m) return { label: m[1].trim() }
  // an excerpt from inside the paragraph: the last outline heading printed before it
  const probe = excerpt?.replace(/^…+/u, '').slice(0, 8)
  const at = probe ? text.indexOf(probe) : -1
  if (at <= 0) return {}
  const heads = [...text.slice(0, at).matchAll(INLINE_HEAD)].map((h) => h[1].trim())
  return heads.length ? { label: heads[heads.length - 1] } : {}
}

/** Citation of a key-value field of a form-like table (绩效目标表: 当年预算 …). */
export function fieldCitation(doc: BudgetDocument, table: Table, field: Field, rowName?: string): Citation {
  return {
    kind: 'field',
    docId: doc.id,
    org: doc.org,
    ...(doc.printedOrg ? { orgPrinted: doc.printedOrg } : {}),
    year: table.year ?? doc.year,
    tableId: table.id,
    tableNumber: table.number,
    tableTitle: table.printedTitle ?? table.title,
    rowName: rowName ?? field.key,
    column: field.key,
    value: field.amount?.text ?? field.value,
    unit: field.amount?.unit ?? table.unit,
    lines: [field.line, field.line],
    ...projectOf(table),
    ...pdfPlace(doc, field.line),
    ...versionOf(doc),
    ...sheetPlace(doc, [field.line, field.line]),
  }
}

/** Citation of one of a web page's particulars (发布机构：…, rule page-lines): the line it stood on, quoted whole. */
export function pageFieldCitation(doc: BudgetDocument, field: PageField): Citation {
  return {
    kind: 'field',
    docId: doc.id,
    org: doc.org,
    ...(doc.printedOrg ? { orgPrinted: doc.printedOrg } : {}),
    year: doc.year,
    rowName: field.key,
    column: field.key,
    value: field.value,
    text: field.printed,
    lines: [field.line, field.line],
    ...versionOf(doc),
  }
}

/**
 * A sentence of a paragraph cited and quoted as an answer says it: the citation (its verbatim excerpt) and
 * "“…”（第n行）", the excerpt as printed with the paragraph's lines.
 */
export function quotedSentence(doc: BudgetDocument, p: Paragraph, sentence: string): { cite: Citation; quote: string } {
  const cite = paragraphCitation(doc, p, sentence)
  return { cite, quote: `“${cite.text ?? sentence}”${linesText(p.lines)}` }
}
