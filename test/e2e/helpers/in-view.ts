import type { Page } from 'playwright-core'

export interface CellVisibility {
  found: boolean
  inViewport: boolean
  inGrid: boolean
  onTop: boolean
  focused: boolean
  rect: number[]
  pageWidth: number
  viewportWidth: number
}

/**
 * Where the cited cell is: inside the viewport, inside its table's scroll box, not hidden under a sticky column
 * (the element at its centre is the cell), and focused. Looks in the widget's and the chat page's shadow roots.
 */
export function citedCell(page: Page): Promise<CellVisibility> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document]
    for (const host of document.querySelectorAll('mingzhang-widget, #app')) if (host.shadowRoot) roots.unshift(host.shadowRoot)
    for (const root of roots) {
      const cell = root.querySelector<HTMLElement>('td.cell-hit') ?? root.querySelector<HTMLElement>('tr.hit td')
      if (!cell) continue
      const r = cell.getBoundingClientRect()
      const g = cell.closest('.tv-grid')!.getBoundingClientRect()
      const x = Math.min(r.left + r.width / 2, r.right - 2)
      const y = r.top + r.height / 2
      const at = root.elementFromPoint(x, y)
      return {
        found: true,
        inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5,
        inGrid: r.left >= g.left - 0.5 && r.right <= g.right + 0.5 && r.top >= g.top - 0.5 && r.bottom <= g.bottom + 0.5,
        onTop: !!at && (at === cell || cell.contains(at)),
        focused: root.activeElement === cell,
        rect: [r.left, r.top, r.width, r.height].map(Math.round),
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: innerWidth,
      }
    }
    return { found: false, inViewport: false, inGrid: false, onTop: false, focused: false, rect: [], pageWidth: document.documentElement.scrollWidth, viewportWidth: innerWidth }
  })
}
