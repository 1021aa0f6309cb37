import type { Api } from '../shared/api.js'
import { el, replaceChildren } from '../shared/dom.js'
import type { Citation } from '../shared/types.js'
import { renderOriginalPage } from './original-page.js'
import { renderSourceLines, renderTableView } from './table-view.js'

/** Lines either side of a quoted paragraph, so it reads in its place. */
const CONTEXT_LINES = 3

/** Links to the document as published: open it (text, PDF) and download it. */
export function originalLinks(api: Api, docId: string, page?: number): HTMLElement {
  const href = api.originalUrl(docId)
  return el('p', { class: 'originals' },
    el('a', { href: page ? `${href}#page=${page}` : href, target: '_blank', rel: 'noopener', text: page ? `打开原文件第 ${page} 页` : '打开原文件' }),
    el('a', { href: `${href}?download`, download: '', text: '下载原文件' }))
}

/** The cited source, opened from a chip: the table with the cited cell in view, or the paragraph among its lines. */
export function createSourceView(api: Api, onClose: () => void, level: 2 | 3 = 3) {
  // level: of the source's own headings, one below the panel title
  const body = el('div', { class: 'source-body' })
  const back = el('button', { type: 'button', class: 'back', text: '← 返回对话' })
  const root = el('section', { class: 'source', 'aria-label': '出处' }, back, body)
  const h = `h${level}` as 'h2' | 'h3'
  let returnFocus: HTMLElement | undefined
  let request = 0

  function close() {
    request++
    onClose()
    returnFocus?.focus()
  }
  back.addEventListener('click', close)

  async function showParagraph(c: Citation, mine: number) {
    const heading = el(h, { class: 'tv-title', tabindex: -1, text: `${c.org} · ${c.year} 年 · 说明` })
    const quote = el('blockquote', { class: 'quote', text: c.text ?? c.value ?? '' })
    replaceChildren(body, heading, quote, renderOriginalPage(api, c, level), originalLinks(api, c.docId, c.page))
    heading.focus()
    if (!c.paragraphId) return
    try {
      const data = await api.paragraph(c.paragraphId, CONTEXT_LINES)
      if (mine !== request || !data.sourceLines.length) return
      const src = renderSourceLines(data.sourceLines, c.lines)
      body.insertBefore(el('div', { class: 'tv-src' }, el(`h${level + 1}` as 'h3', { class: 'tv-src-title', text: src.label }), src.root), quote.nextSibling)
      src.reveal()
    } catch {
      // the quote is already shown; the surrounding lines are a bonus
    }
  }

  async function show(c: Citation, opener: HTMLElement): Promise<void> {
    const mine = ++request
    returnFocus = opener
    if (c.kind === 'paragraph' || !c.tableId) return showParagraph(c, mine)
    replaceChildren(body, el('p', { class: 'status', text: '正在打开表格…' }))
    try {
      const data = await api.table(c.tableId)
      if (mine !== request) return
      const view = renderTableView(data, { rowId: c.rowId, column: c.column, lines: c.lines, level })
      replaceChildren(body, view.root, renderOriginalPage(api, c, level), originalLinks(api, c.docId, c.page))
      view.reveal()
    } catch (e) {
      if (mine !== request) return
      const heading = el(h, { tabindex: -1, text: '没能打开这张表' })
      replaceChildren(body, heading, el('p', { class: 'error', text: e instanceof Error ? e.message : '请稍后再试。' }), originalLinks(api, c.docId))
      heading.focus()
    }
  }

  return { root, show, close }
}
