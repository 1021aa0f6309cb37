import { createApi } from './shared/api.js'
import { el } from './shared/dom.js'
import { createDetailPane } from './lookup/detail-pane.js'
import { readState, stateQuery, type LookupState } from './lookup/lookup-state.js'
import { createSearchPanel } from './lookup/search-panel.js'
import type { DocSummary } from './shared/types.js'

/**
 * The staff page: search every row and paragraph, open tables beside their source, compare, export, findings.
 * Every state (search, filters, page, what is open) is in the URL, so a link shows a colleague the same thing.
 */
const mount = document.getElementById('lookup')
if (mount) {
  const api = createApi('')
  const docs: DocSummary[] = []
  let state: LookupState = readState(location.search)
  const update = (part: LookupState, pane = false) => {
    // opening one thing in the pane closes the others
    const base = pane ? { ...state, open: undefined, compare: undefined, kind: undefined, findings: undefined, sev: undefined } : state
    state = { ...base, ...part }
    history.replaceState(null, '', `${location.pathname}${stateQuery(state)}`)
  }
  const docLabel = (id: string) => {
    const d = docs.find((x) => x.id === id)
    return d ? `${d.org} ${d.year} 年` : id
  }
  const detail = createDetailPane(api, (s) => update(s, true), docLabel)
  const search = createSearchPanel(api, (hit) => void detail.openHit(hit), (s) => update(s))
  const docSelect = el('select', { id: 'f-doc' }, el('option', { value: '', text: '选择文件…' }))
  const findingsButton = el('button', { type: 'button', class: 'secondary', text: '查看检查发现' })
  const originals = el('a', { class: 'original-link', href: '#', hidden: true, text: '下载原文件' })
  const findings = el('div', { class: 'findings-bar' }, el('label', { for: 'f-doc', text: '文件' }), docSelect, findingsButton, originals)
  findingsButton.addEventListener('click', () => {
    if (docSelect.value) void detail.openFindings(docSelect.value)
  })
  docSelect.addEventListener('change', () => {
    originals.hidden = !docSelect.value
    if (docSelect.value) originals.href = `${api.originalUrl(docSelect.value)}?download`
  })
  mount.append(el('div', { class: 'left' }, search.root, findings), detail.root)

  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault()
      search.input.focus()
      search.input.select()
    }
  })

  const shared = state
  api.docs().then(({ documents }) => {
    docs.push(...documents)
    search.setDocs(documents)
    docSelect.append(...documents.map((d) => el('option', { value: d.id, text: `${d.year} ${d.org}` })))
    if (shared.findings) docSelect.value = shared.findings
    detail.restore(shared)
  }, () => detail.restore(shared))
  search.restore(shared)
  if (!shared.open && !shared.compare && !shared.findings) search.input.focus()
}
