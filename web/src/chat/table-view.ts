import { el, scrollWithin } from '../shared/dom.js'
import { findColumnIndex } from '../shared/format.js'
import { rowTexts } from '../shared/row-texts.js'
import type { Lines, TableResponse } from '../shared/types.js'

/** What to highlight: the cited row, its column, and the source lines. */
export interface TableFocus {
  rowId?: string
  column?: string
  lines?: Lines
}

export interface TableView {
  root: HTMLElement
  heading: HTMLElement
  /** Scrolls the grid and the source to the highlighted row; call once the view is in the document. */
  reveal(): void
}

/** A parsed table beside its source lines, with the cited row and column marked. */
export function renderTableView(data: TableResponse, focus: TableFocus = {}): TableView {
  const { table, doc } = data
  const col = findColumnIndex(table.columns, focus.column)
  const hitRow = table.rows.find((r) => r.id === focus.rowId)
  const lines = focus.lines ?? hitRow?.lines
  const heading = el('h3', { class: 'tv-title', tabindex: -1, text: [table.number, table.title].filter(Boolean).join(' ') })
  const meta = el('p', { class: 'tv-meta', text: [doc.org, `${doc.year} 年`, table.unit && `单位：${table.unit}`].filter(Boolean).join(' · ') })

  const nameCol = table.columns.findIndex((c) => c.role === 'name')
  const head = el('tr', {}, ...table.columns.map((c, i) => el('th', { scope: 'col', class: [c.index === col && 'col-hit', i === nameCol && 'name-col'].filter(Boolean).join(' ') || undefined },
    c.label, c.index === col ? el('span', { class: 'sr-only', text: '（引用列）' }) : null)))
  const body = table.rows.map((row) => {
    const texts = rowTexts(table, row)
    const isHit = row.id === focus.rowId
    const tr = el('tr', { class: [isHit && 'hit', row.isTotal && 'total'].filter(Boolean).join(' ') || undefined, 'data-row-id': row.id })
    texts.forEach((text, i) => {
      const cls = [i === col && 'col-hit', i === nameCol && `name-col lvl-${Math.min(row.level, 4)}`, isHit && i === col && 'cell-hit'].filter(Boolean).join(' ')
      tr.appendChild(el('td', { class: cls || undefined }, isHit && i === 0 ? el('span', { class: 'sr-only', text: '引用行：' }) : null, text))
    })
    return tr
  })
  const grid = el('div', { class: 'tv-grid', tabindex: 0, role: 'region', 'aria-label': '表格内容' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)))
  if (table.noData || table.rows.length === 0) grid.appendChild(el('p', { class: 'muted', text: '本表没有数据。' }))

  const srcItems = data.sourceLines.map((s) => {
    const hit = !!lines && s.line >= lines[0] && s.line <= lines[1]
    return el('li', { class: hit ? 'hit' : undefined, 'data-line': s.line }, el('span', { class: 'ln', text: String(s.line) }), el('span', { class: 'lt', text: s.text }))
  })
  const lineLabel = lines ? `原文（第 ${lines[0] === lines[1] ? lines[0] : `${lines[0]}–${lines[1]}`} 行）` : '原文'
  const src = el('ol', { class: 'tv-src-lines', tabindex: 0, 'aria-label': lineLabel }, ...srcItems)
  const root = el('section', { class: 'tv', 'aria-label': heading.textContent ?? '表格' }, heading, meta,
    el('div', { class: 'tv-body' }, grid, el('div', { class: 'tv-src' }, el('h4', { text: lineLabel }), src)))

  return {
    root,
    heading,
    reveal() {
      const target = grid.querySelector<HTMLElement>('td.cell-hit') ?? grid.querySelector<HTMLElement>('tr.hit td')
      if (target) scrollWithin(grid, target)
      const line = src.querySelector<HTMLElement>('li.hit')
      if (line) scrollWithin(src, line)
    },
  }
}
