import { el, revealCell, scrollWithin } from '../shared/dom.js'
import { findColumnIndex } from '../shared/format.js'
import { rowTexts } from '../shared/row-texts.js'
import type { Lines, TableResponse } from '../shared/types.js'

/** What to highlight: the cited row, its column, and the source lines. */
export interface TableFocus {
  rowId?: string
  column?: string
  lines?: Lines
  /** heading level of the table's title (the surrounding page decides): 2 on /lookup, 3 under a panel title */
  level?: 2 | 3 | 4
}

export interface TableView {
  root: HTMLElement
  heading: HTMLElement
  /** Scrolls the grid to the cited cell and focuses it (else the title); call once the view is in the document. */
  reveal(): void
}

const headingTag = (level = 3) => (`h${level}` as 'h2' | 'h3' | 'h4')

/** A parsed table beside its source lines, with the cited row and cell marked; code and name columns stay put. */
export function renderTableView(data: TableResponse, focus: TableFocus = {}): TableView {
  const { table, doc } = data
  const col = findColumnIndex(table.columns, focus.column)
  const hitRow = table.rows.find((r) => r.id === focus.rowId)
  const lines = focus.lines ?? hitRow?.lines
  const heading = el(headingTag(focus.level), { class: 'tv-title', tabindex: -1, text: [table.number, table.title].filter(Boolean).join(' ') })
  const meta = el('p', { class: 'tv-meta', text: [doc.org, `${doc.year} 年`, table.unit && `单位：${table.unit}`].filter(Boolean).join(' · ') })

  const nameCol = table.columns.findIndex((c) => c.role === 'name')
  const codeCol = table.columns.findIndex((c) => c.role === 'code')
  const fixedCls = (i: number) => (i === codeCol ? 'code-col' : i === nameCol ? 'name-col' : '')
  const head = el('tr', {}, ...table.columns.map((c, i) => el('th', { scope: 'col', class: [c.index === col && 'col-hit', fixedCls(i)].filter(Boolean).join(' ') || undefined },
    c.label || el('span', { class: 'sr-only', text: `第 ${i + 1} 列` }), c.index === col ? el('span', { class: 'sr-only', text: '（引用列）' }) : null)))
  const body = table.rows.map((row) => {
    const texts = rowTexts(table, row)
    const isHit = row.id === focus.rowId
    const tr = el('tr', { class: [isHit && 'hit', row.isTotal && 'total'].filter(Boolean).join(' ') || undefined, 'data-row-id': row.id })
    texts.forEach((text, i) => {
      const cited = isHit && i === col
      const cls = [i === col && 'col-hit', fixedCls(i), i === nameCol && `lvl-${Math.min(row.level, 4)}`, cited && 'cell-hit'].filter(Boolean).join(' ')
      tr.appendChild(el('td', { class: cls || undefined, tabindex: cited ? -1 : undefined },
        isHit && i === 0 ? el('span', { class: 'sr-only', text: '引用行：' }) : null, cited ? el('span', { class: 'sr-only', text: '引用的数字：' }) : null, text))
    })
    return tr
  })
  const grid = el('div', { class: 'tv-grid', tabindex: 0, role: 'region', 'aria-label': `表格：${heading.textContent ?? ''}` }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)))
  if (table.noData || table.rows.length === 0) grid.appendChild(el('p', { class: 'muted', text: '本表没有数据。' }))

  const src = renderSourceLines(data.sourceLines, lines)
  const root = el('section', { class: 'tv', 'aria-label': heading.textContent ?? '表格' }, heading, meta,
    el('div', { class: 'tv-body' }, grid, el('div', { class: 'tv-src' }, el(headingTag((focus.level ?? 3) + 1 as 3), { class: 'tv-src-title', text: src.label }), src.root)))

  return {
    root,
    heading,
    reveal() {
      const target = grid.querySelector<HTMLElement>('td.cell-hit') ?? grid.querySelector<HTMLElement>('tr.hit td')
      src.reveal()
      if (target) revealCell(grid, target)
      if (target?.tabIndex === -1) target.focus({ preventScroll: true })
      else heading.focus({ preventScroll: true })
    },
  }
}

/** Numbered source lines, the cited ones marked; they wrap or scroll inside their own box, never widening the page. */
export function renderSourceLines(sourceLines: { line: number; text: string }[], lines?: Lines) {
  const items = sourceLines.map((s) => {
    const hit = !!lines && s.line >= lines[0] && s.line <= lines[1]
    return el('li', { class: hit ? 'hit' : undefined, 'data-line': s.line },
      el('span', { class: 'ln', text: String(s.line) }), hit ? el('span', { class: 'sr-only', text: '（引用）' }) : null, el('span', { class: 'lt', text: s.text }))
  })
  const label = lines ? `原文（第 ${lines[0] === lines[1] ? lines[0] : `${lines[0]}–${lines[1]}`} 行）` : '原文'
  const root = el('ol', { class: 'tv-src-lines', tabindex: 0, 'aria-label': label }, ...items)
  if (!items.length) root.appendChild(el('li', { class: 'muted', text: '原文暂时无法显示。' }))
  return {
    root,
    label,
    reveal() {
      const line = root.querySelector<HTMLElement>('li.hit')
      if (line) scrollWithin(root, line)
    },
  }
}
