import { el, replaceChildren, uid } from '../shared/dom.js'
import { groupThousands, hitWan } from '../shared/format.js'
import type { SearchHit } from '../shared/types.js'
import { highlighted } from './highlight.js'

/** A listbox of search hits driven from the search box (aria-activedescendant): arrows move, Enter opens. */
export function createHitList(input: HTMLInputElement, onOpen: (hit: SearchHit) => void) {
  const root = el('ul', { class: 'hits', role: 'listbox', id: uid('hits'), 'aria-label': '搜索结果' })
  input.setAttribute('aria-controls', root.id)
  let hits: SearchHit[] = []
  let items: HTMLElement[] = []
  let active = -1

  function setActive(i: number) {
    items[active]?.setAttribute('aria-selected', 'false')
    active = Math.max(-1, Math.min(i, items.length - 1))
    const item = items[active]
    if (item) {
      item.setAttribute('aria-selected', 'true')
      input.setAttribute('aria-activedescendant', item.id)
      item.scrollIntoView({ block: 'nearest' })
    } else input.removeAttribute('aria-activedescendant')
  }

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1))
    } else if (e.key === 'Enter' && hits.length) {
      e.preventDefault()
      open(active >= 0 ? active : 0)
    }
  })

  function open(i: number) {
    setActive(i)
    onOpen(hits[i])
  }

  return {
    root,
    show(next: SearchHit[], query = '') {
      hits = next
      active = -1
      input.removeAttribute('aria-activedescendant')
      items = hits.map((hit, i) => renderHit(hit, query, () => open(i)))
      replaceChildren(root, ...items)
      input.setAttribute('aria-expanded', String(hits.length > 0))
    },
    get hits() {
      return hits
    },
  }
}

function renderHit(hit: SearchHit, query: string, onClick: () => void): HTMLElement {
  const wan = hitWan(hit)
  const where = [hit.org, `${hit.year}`, [hit.tableNumber, hit.tableTitle].filter(Boolean).join(' ')].filter(Boolean).join(' · ')
  const main = hit.kind === 'row'
    ? el('div', { class: 'hit-main' },
        el('span', { class: 'hit-name' }, hit.code ? el('code', {}, ...highlighted(hit.code, query)) : null, ...highlighted(hit.name ?? '', query)),
        hit.value ? el('span', { class: 'hit-fig' }, el('span', { class: 'printed', text: `${hit.value}${hit.unit ?? ''}` }),
          wan !== undefined && hit.unit !== '万元' ? el('span', { class: 'wan', text: `= ${groupThousands(wan)} 万元` }) : null) : null)
    : el('div', { class: 'hit-main' }, el('span', { class: 'hit-para' }, ...highlighted(excerpt(hit.text ?? '', query), query)))
  const li = el('li', { role: 'option', id: uid('hit'), 'aria-selected': 'false', class: `hit kind-${hit.kind}` }, main, el('div', { class: 'hit-where', text: where }))
  li.addEventListener('click', onClick)
  return li
}

/** A paragraph hit cut to start shortly before its match, so the highlighted part shows in two lines. */
function excerpt(text: string, query: string): string {
  const at = text.indexOf(query.trim().slice(0, 2))
  return at > 20 ? `…${text.slice(at - 12)}` : text
}
