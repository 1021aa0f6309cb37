import type { Api } from '../shared/api.js'
import { el, replaceChildren } from '../shared/dom.js'
import type { Citation } from '../shared/types.js'
import { renderTableView } from './table-view.js'

/** The cited source, opened from a chip: the table with the row highlighted, or the quoted paragraph. */
export function createSourceView(api: Api, onClose: () => void) {
  const body = el('div', { class: 'source-body' })
  const back = el('button', { type: 'button', class: 'back', text: '← 返回对话' })
  const root = el('section', { class: 'source', 'aria-label': '出处' }, back, body)
  let returnFocus: HTMLElement | undefined
  let request = 0

  function close() {
    request++
    onClose()
    returnFocus?.focus()
  }
  back.addEventListener('click', close)

  async function show(c: Citation, opener: HTMLElement): Promise<void> {
    const mine = ++request
    returnFocus = opener
    if (c.kind === 'paragraph' || !c.tableId) {
      const heading = el('h3', { tabindex: -1, text: `${c.org} · ${c.year} 年 · 第 ${c.lines[0]}${c.lines[1] !== c.lines[0] ? `–${c.lines[1]}` : ''} 行` })
      replaceChildren(body, heading, el('blockquote', { class: 'quote', text: c.text ?? c.value ?? '' }))
      heading.focus()
      return
    }
    replaceChildren(body, el('p', { class: 'status', text: '正在打开表格…' }))
    try {
      const data = await api.table(c.tableId)
      if (mine !== request) return
      const view = renderTableView(data, { rowId: c.rowId, column: c.column, lines: c.lines })
      replaceChildren(body, view.root)
      view.heading.focus()
      view.reveal()
    } catch (e) {
      if (mine !== request) return
      const heading = el('h3', { tabindex: -1, text: '没能打开这张表' })
      replaceChildren(body, heading, el('p', { class: 'error', text: e instanceof Error ? e.message : '请稍后再试。' }))
      heading.focus()
    }
  }

  return { root, show, close }
}
