import { renderTableView } from '../chat/table-view.js'
import type { Api } from '../shared/api.js'
import { tableCsvRows, toCsv } from '../shared/csv.js'
import { downloadText, el, replaceChildren } from '../shared/dom.js'
import type { SearchHit } from '../shared/types.js'
import { renderCompareView } from './compare-view.js'
import { renderFindingsView } from './findings-view.js'

/** The right-hand pane: a table beside its source lines, a compare view, or a document's findings. */
export function createDetailPane(api: Api) {
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
    view.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true })
    if (matchMedia('(max-width: 800px)').matches) root.scrollIntoView({ block: 'start' }) // stacked layout: the pane is below the list
    view.dispatchEvent(new Event('shown'))
  }

  async function tableView(tableId: string, rowId?: string): Promise<HTMLElement> {
    const data = await api.table(tableId)
    const tv = renderTableView(data, { rowId })
    const row = data.table.rows.find((r) => r.id === rowId)
    const csv = el('button', { type: 'button', class: 'secondary', text: '导出本表 CSV' })
    csv.addEventListener('click', () => downloadText(`明账-${data.doc.org}-${data.doc.year}-${data.table.number ?? data.table.title}.csv`, toCsv(tableCsvRows(data.table))))
    const compare = row ? el('button', { type: 'button', class: 'secondary', text: `比较「${row.name}」跨单位和年度` }) : null
    compare?.addEventListener('click', () => void openCompare({ code: row!.code, name: row!.name, tableKind: data.table.kind }))
    const wrap = el('div', { class: 'table-detail' }, tv.root, el('div', { class: 'actions' }, csv, compare))
    wrap.addEventListener('shown', () => tv.reveal())
    return wrap
  }

  const openTable = (tableId: string, rowId?: string) => show(() => tableView(tableId, rowId))
  const openHit = (hit: SearchHit) =>
    hit.kind === 'row' && hit.tableId ? openTable(hit.tableId, hit.id) : show(async () => paragraphView(hit))
  const openCompare = (key: Parameters<typeof renderCompareView>[1]) => show(() => renderCompareView(api, key, openHit))
  const openFindings = (docId: string, label: string) => show(() => renderFindingsView(api, docId, label, openTable))

  return { root, openHit, openTable, openFindings }
}

function paragraphView(hit: SearchHit): HTMLElement {
  return el('section', { class: 'para' },
    el('h2', { tabindex: -1, text: `${hit.org} · ${hit.year} 年 · 说明` }),
    el('blockquote', { class: 'quote', text: hit.text ?? '' }),
    el('p', { class: 'muted', text: `出处：${hit.id}` }))
}
