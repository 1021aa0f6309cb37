import type { Api, SearchParams } from '../shared/api.js'
import { hitCsvRows, toCsv } from '../shared/csv.js'
import { downloadText, el } from '../shared/dom.js'
import type { DocSummary, SearchHit } from '../shared/types.js'
import { createHitList } from './hit-list.js'
import type { LookupState } from './lookup-state.js'

export const PAGE_SIZE = 50
/** The CSV of all results stops here (a few hundred requests at most would be silly for a page). */
const CSV_MAX = 5000

/**
 * Search-as-you-type over rows and paragraphs with organisation (names and aliases, as in questions) / year / table
 * filters, the total count, paging, and a CSV of every result. `onChange` gets the search state for the URL.
 */
export function createSearchPanel(api: Api, onOpen: (hit: SearchHit) => void, onChange: (s: LookupState) => void) {
  const input = el('input', { id: 'q', type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', autocomplete: 'off', maxlength: 100, placeholder: '编码、科目或关键词，如 30217、公务接待费' })
  const orgList = el('datalist', { id: 'f-org-list' })
  const org = el('input', { id: 'f-org', type: 'text', list: 'f-org-list', autocomplete: 'off', maxlength: 100, placeholder: '全部（可写简称）' })
  const orgWrap = el('label', { class: 'filter', for: 'f-org' }, '单位', org, orgList)
  const year = select('年度', 'f-year')
  const table = select('表', 'f-table')
  const status = el('p', { class: 'count', role: 'status' })
  const exportButton = el('button', { type: 'button', class: 'secondary', text: '导出全部结果 CSV', disabled: true })
  const prev = el('button', { type: 'button', class: 'secondary', text: '上一页', disabled: true })
  const next = el('button', { type: 'button', class: 'secondary', text: '下一页', disabled: true })
  const pager = el('nav', { class: 'pager', 'aria-label': '结果分页', hidden: true }, prev, next)
  const list = createHitList(input, onOpen)
  const root = el('section', { class: 'finder', 'aria-labelledby': 'finder-title' },
    el('h2', { id: 'finder-title', class: 'sr-only', text: '查找' }),
    el('div', { class: 'searchbar' }, el('label', { for: 'q', text: '搜索' }), input, el('kbd', { title: '按 / 聚焦搜索框', text: '/' })),
    el('div', { class: 'filters' }, orgWrap, year.wrap, table.wrap),
    el('div', { class: 'count-bar' }, status, exportButton),
    list.root, pager)
  let docs: DocSummary[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined
  let page = 1
  let total = 0

  function params(): SearchParams {
    return { q: input.value.trim(), org: org.value.trim(), year: year.select.value, table: table.select.value, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }
  }

  function state(): LookupState {
    const p = params()
    return { q: p.q, org: p.org, year: p.year, table: p.table, page }
  }

  async function run() {
    const p = params()
    onChange(state())
    controller?.abort()
    if (!p.q) {
      list.show([])
      status.textContent = ''
      exportButton.disabled = true
      pager.hidden = true
      return
    }
    controller = new AbortController()
    try {
      const res = await api.search(p, controller.signal)
      total = res.total ?? res.hits.length
      list.show(res.hits, p.q)
      const from = (p.offset ?? 0) + 1
      status.textContent = total
        ? `找到 ${total} 条${total > PAGE_SIZE ? `，第 ${from}–${from + res.hits.length - 1} 条` : ''}`
        : '没有找到。换个关键词，或放宽筛选条件。'
      exportButton.disabled = total === 0
      pager.hidden = total <= PAGE_SIZE
      prev.disabled = page <= 1
      next.disabled = page * PAGE_SIZE >= total
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      list.show([])
      status.textContent = (e as Error).message
    }
  }

  const schedule = (resetPage = true) => {
    if (resetPage) page = 1
    clearTimeout(timer)
    timer = setTimeout(run, 120)
  }
  input.addEventListener('input', () => schedule())
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = ''
      schedule()
    }
  })
  org.addEventListener('input', () => (fillTables(), schedule()))
  year.select.addEventListener('change', () => (fillTables(), schedule()))
  table.select.addEventListener('change', () => schedule())
  const turn = (by: number) => {
    page = Math.max(1, page + by)
    void run()
    input.focus()
  }
  prev.addEventListener('click', () => turn(-1))
  next.addEventListener('click', () => turn(1))
  exportButton.addEventListener('click', () => void exportAll())

  /** Every result, page by page, into one CSV (units in their own column). */
  async function exportAll() {
    exportButton.disabled = true
    const p = params()
    const all: SearchHit[] = []
    try {
      for (let offset = 0; offset < Math.min(total, CSV_MAX); offset += PAGE_SIZE) all.push(...(await api.search({ ...p, offset })).hits)
      downloadText(`明账-搜索-${p.q}.csv`, toCsv(hitCsvRows(all)))
    } catch (e) {
      status.textContent = (e as Error).message
    } finally {
      exportButton.disabled = false
    }
  }

  /** The table filter lists the tables of the documents the other filters leave (the org box matches loosely here). */
  function fillTables() {
    const o = org.value.trim()
    const keep = docs.filter((d) => (!o || d.org.includes(o) || o.includes(d.org)) && (!year.select.value || String(d.year) === year.select.value))
    table.fill((keep.length ? keep : docs).flatMap((d) => d.tables.map((t) => [t.id, `${d.year} ${d.org.slice(-8)} ${[t.number, t.title].filter(Boolean).join(' ')}`] as [string, string])))
  }

  return {
    root,
    input,
    setDocs(nextDocs: DocSummary[]) {
      docs = nextDocs
      orgList.replaceChildren(...[...new Set(docs.map((d) => d.org))].sort().map((o) => el('option', { value: o })))
      year.fill([...new Set(docs.map((d) => d.year))].sort().map((y) => [String(y), `${y} 年`]))
      fillTables()
    },
    /** Restores a shared search (from the URL) and runs it. */
    restore(s: LookupState) {
      input.value = s.q ?? ''
      org.value = s.org ?? ''
      if (s.year) year.set(s.year)
      fillTables()
      if (s.table) table.set(s.table)
      page = s.page ?? 1
      if (input.value) void run()
    },
    search(q: string) {
      input.value = q
      page = 1
      void run()
    },
  }
}

function select(label: string, id: string) {
  const s = el('select', { id })
  const wrap = el('label', { class: 'filter', for: id }, label, s)
  let wanted = ''
  return {
    select: s,
    wrap,
    fill(options: [string, string][]) {
      const keep = s.value || wanted
      s.replaceChildren(el('option', { value: '', text: '全部' }), ...options.map(([value, text]) => el('option', { value, text })))
      s.value = options.some(([v]) => v === keep) ? keep : ''
    },
    /** Selects a value now, or once options holding it arrive. */
    set(value: string) {
      wanted = value
      s.value = value
    },
  }
}
