import { renderOriginalPage } from '../chat/original-page.js'
import { originalLinks } from '../chat/source-view.js'
import { renderSourceLines, renderTableView } from '../chat/table-view.js'
import type { Api } from '../shared/api.js'
import { tableCsvRows, toCsv } from '../shared/csv.js'
import { downloadText, el, replaceChildren } from '../shared/dom.js'
import type { SearchHit, Table } from '../shared/types.js'
import { renderCompareView, type CompareKey } from './compare-view.js'
import { renderFindingsView } from './findings-view.js'
import { idKind, type LookupState } from './lookup-state.js'

/** The column a row is cited by when none is named: the total, else the first amount column holding a figure. */
function mainColumn(table: Table, rowId?: string): string | undefined {
  const row = table.rows.find((r) => r.id === rowId)
  if (!row) return undefined
  const filled = (roles: string[]) => table.columns.find((c) => roles.includes(c.role) && row.cells.some((x) => x.column === c.index && x.amount))
  return (filled(['total']) ?? filled(['amount']))?.label
}

/** A table's CSV with its unit on every line, so a figure never travels without it. */
function tableCsvWithUnit(table: Table): string[][] {
  const [head, ...rows] = tableCsvRows(table)
  return [[...head, '金额单位'], ...rows.map((r) => [...r, table.unit ?? ''])]
}

/**
 * The right-hand pane: a table beside its source lines, a paragraph among its lines, a compare view, or a document's
 * findings. `onChange` gets the part of the URL state this pane owns.
 */
export function createDetailPane(api: Api, onChange: (s: Pick<LookupState, 'open' | 'compare' | 'kind' | 'findings' | 'sev'>) => void, docLabel: (docId: string) => string) {
  const root = el('section', { class: 'detail', 'aria-label': '详情' }, el('p', { class: 'muted', text: '搜索后用 ↑ ↓ 选择、回车打开；按 / 回到搜索框。' }))
  let request = 0

  async function show(load: () => Promise<HTMLElement>) {
    const mine = ++request
    replaceChildren(root, el('p', { class: 'status', text: '正在打开…' }))
    let view: HTMLElement
    try {
      view = await load()
    } catch (e) {
      view = el('p', { class: 'error', text: (e as Error).message })
    }
    if (mine !== request) return
    replaceChildren(root, view)
    if (matchMedia('(max-width: 800px)').matches) root.scrollIntoView({ block: 'start' }) // stacked layout: the pane is below the list
    view.dispatchEvent(new Event('shown'))
    if (!root.contains(document.activeElement)) view.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true })
  }

  async function tableView(tableId: string, rowId?: string): Promise<HTMLElement> {
    // the row's citation carries the PDF page and cell box when the document was published as a PDF
    const [data, citation] = await Promise.all([api.table(tableId), rowId ? api.row(rowId).then((r) => r.citation, () => undefined) : undefined])
    const tv = renderTableView(data, { rowId, column: mainColumn(data.table, rowId), level: 2 })
    const row = data.table.rows.find((r) => r.id === rowId)
    const csv = el('button', { type: 'button', class: 'secondary', text: '导出本表 CSV' })
    csv.addEventListener('click', () => downloadText(`明账-${data.doc.org}-${data.doc.year}-${data.table.number ?? data.table.title}.csv`, toCsv(tableCsvWithUnit(data.table))))
    const compare = row ? el('button', { type: 'button', class: 'secondary', text: `比较「${row.name}」跨单位和年度` }) : null
    compare?.addEventListener('click', () => void openCompare({ code: row!.code, name: row!.name, tableKind: data.table.kind }))
    const wrap = el('div', { class: 'table-detail' }, tv.root, el('div', { class: 'actions' }, csv, compare),
      citation ? renderOriginalPage(api, citation, 2) : null, originalLinks(api, data.doc.id, citation?.page))
    wrap.addEventListener('shown', () => tv.reveal())
    return wrap
  }

  async function paragraphView(id: string): Promise<HTMLElement> {
    const data = await api.paragraph(id, 3)
    const heading = el('h2', { tabindex: -1, text: `${data.doc.org} · ${data.doc.year} 年 · 说明（第 ${data.paragraph.lines[0]} 行起）` })
    const src = renderSourceLines(data.sourceLines, data.paragraph.lines)
    const wrap = el('section', { class: 'para' }, heading,
      el('blockquote', { class: 'quote', text: data.paragraph.text }),
      el('div', { class: 'tv-src' }, el('h3', { class: 'tv-src-title', text: src.label }), src.root),
      originalLinks(api, data.doc.id))
    wrap.addEventListener('shown', () => src.reveal())
    return wrap
  }

  /** Opens a row (its table, the row and its figure marked), a table, or a paragraph by id. */
  function openId(id: string) {
    const kind = idKind(id)
    onChange({ open: id })
    if (kind === 'row') return show(() => tableView(id.replace(/\/r\d+$/, ''), id))
    if (kind === 'table') return show(() => tableView(id))
    if (kind === 'paragraph') return show(() => paragraphView(id))
    return show(async () => el('p', { class: 'error', text: '这个编号打不开。' }))
  }

  const openHit = (hit: SearchHit) => openId(hit.id)
  const openTable = (tableId: string, rowId?: string) => openId(rowId ?? tableId)
  function openCompare(key: CompareKey) {
    onChange({ compare: key.code || key.name, kind: key.tableKind })
    return show(() => renderCompareView(api, key, openHit))
  }
  function openFindings(docId: string, sev?: string) {
    onChange({ findings: docId, sev })
    return show(() => renderFindingsView(api, docId, docLabel(docId), openTable, sev, (next) => onChange({ findings: docId, sev: next })))
  }

  /** Restores what a shared URL had open. */
  function restore(s: LookupState) {
    if (s.open) void openId(s.open)
    else if (s.compare) void openCompare(/^\d+$/.test(s.compare) ? { code: s.compare, name: '', tableKind: s.kind } : { name: s.compare, tableKind: s.kind })
    else if (s.findings) void openFindings(s.findings, s.sev)
  }

  return { root, openHit, openTable, openFindings, restore }
}
