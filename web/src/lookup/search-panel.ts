import type { Api, SearchParams } from '../shared/api.js'
import { toCsv, hitCsvRows } from '../shared/csv.js'
import { downloadText, el } from '../shared/dom.js'
import type { DocSummary, SearchHit } from '../shared/types.js'
import { createHitList } from './hit-list.js'

/** Search-as-you-type over rows and paragraphs, with organisation / year / table filters and CSV export of the hits. */
export function createSearchPanel(api: Api, onOpen: (hit: SearchHit) => void) {
  const input = el('input', { id: 'q', type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', autocomplete: 'off', maxlength: 100, placeholder: '编码、科目或关键词，如 30217、公务接待费' })
  const org = select('单位', 'f-org')
  const year = select('年度', 'f-year')
  const table = select('表', 'f-table')
  const status = el('p', { class: 'count', role: 'status' })
  const exportButton = el('button', { type: 'button', class: 'secondary', text: '导出结果 CSV', disabled: true })
  const list = createHitList(input, onOpen)
  const root = el('section', { class: 'finder', 'aria-label': '查找' },
    el('div', { class: 'searchbar' }, el('label', { for: 'q', text: '搜索' }), input, el('kbd', { title: '按 / 聚焦搜索框', text: '/' })),
    el('div', { class: 'filters' }, org.wrap, year.wrap, table.wrap),
    el('div', { class: 'count-bar' }, status, exportButton),
    list.root)
  let docs: DocSummary[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined

  function params(): SearchParams {
    return { q: input.value.trim(), org: org.select.value, year: year.select.value, table: table.select.value, limit: 50 }
  }

  async function run() {
    const p = params()
    history.replaceState(null, '', p.q ? `?q=${encodeURIComponent(p.q)}` : location.pathname)
    controller?.abort()
    if (!p.q) {
      list.show([])
      status.textContent = ''
      exportButton.disabled = true
      return
    }
    controller = new AbortController()
    try {
      const { hits } = await api.search(p, controller.signal)
      list.show(hits)
      status.textContent = hits.length ? `找到 ${hits.length} 条` : '没有找到。换个关键词，或放宽筛选条件。'
      exportButton.disabled = hits.length === 0
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      list.show([])
      status.textContent = (e as Error).message
    }
  }

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(run, 120)
  }
  input.addEventListener('input', schedule)
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = ''
      schedule()
    }
  })
  for (const s of [org.select, year.select]) s.addEventListener('change', () => (fillTables(), schedule()))
  table.select.addEventListener('change', schedule)
  exportButton.addEventListener('click', () => downloadText(`明账-搜索-${params().q}.csv`, toCsv(hitCsvRows(list.hits))))

  /** The table filter lists the tables of the documents the other filters leave. */
  function fillTables() {
    const keep = docs.filter((d) => (!org.select.value || d.org === org.select.value) && (!year.select.value || String(d.year) === year.select.value))
    table.fill(keep.flatMap((d) => d.tables.map((t) => [t.id, `${d.year} ${d.org.slice(-8)} ${[t.number, t.title].filter(Boolean).join(' ')}`] as [string, string])))
  }

  return {
    root,
    input,
    setDocs(next: DocSummary[]) {
      docs = next
      org.fill([...new Set(docs.map((d) => d.org))].sort().map((o) => [o, o]))
      year.fill([...new Set(docs.map((d) => d.year))].sort().map((y) => [String(y), `${y} 年`]))
      fillTables()
    },
    search(q: string) {
      input.value = q
      void run()
    },
  }
}

function select(label: string, id: string) {
  const s = el('select', { id })
  const wrap = el('label', { class: 'filter', for: id }, label, s)
  return {
    select: s,
    wrap,
    fill(options: [string, string][]) {
      const keep = s.value
      s.replaceChildren(el('option', { value: '', text: '全部' }), ...options.map(([value, text]) => el('option', { value, text })))
      s.value = options.some(([v]) => v === keep) ? keep : ''
    },
  }
}
