import { createApi } from './shared/api.js'
import { el } from './shared/dom.js'
import { createDetailPane } from './lookup/detail-pane.js'
import { createSearchPanel } from './lookup/search-panel.js'
import type { DocSummary } from './shared/types.js'

/** The staff page: search every row and paragraph, open tables beside their source, compare, export, findings. */
const mount = document.getElementById('lookup')
if (mount) {
  const api = createApi('')
  const detail = createDetailPane(api)
  const search = createSearchPanel(api, (hit) => void detail.openHit(hit))
  const docSelect = el('select', { id: 'f-doc' }, el('option', { value: '', text: '选择文件…' }))
  const findingsButton = el('button', { type: 'button', class: 'secondary', text: '查看检查发现' })
  const findings = el('div', { class: 'findings-bar' }, el('label', { for: 'f-doc', text: '检查发现' }), docSelect, findingsButton)
  const docs: DocSummary[] = []
  findingsButton.addEventListener('click', () => {
    const doc = docs.find((d) => d.id === docSelect.value)
    if (doc) void detail.openFindings(doc.id, `${doc.org} ${doc.year} 年`)
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

  api.docs().then(({ documents }) => {
    docs.push(...documents)
    search.setDocs(documents)
    docSelect.append(...documents.map((d) => el('option', { value: d.id, text: `${d.year} ${d.org}` })))
  }, () => undefined)
  const q = new URLSearchParams(location.search).get('q')
  if (q) search.search(q)
  search.input.focus()
}
