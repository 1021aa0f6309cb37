/** A child for el(): strings become text nodes (never parsed as HTML); null/false are skipped. */
export type Child = Node | string | null | undefined | false

type AttrValue = string | number | boolean | undefined | ((event: any) => void)

/**
 * Creates an element. `text` sets textContent, `class` the class name, on* functions become listeners,
 * `true` an empty attribute. el('p', { class: 'note' }, '来源：', link)
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, AttrValue> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') node.addEventListener(key.slice(2).toLowerCase(), value)
    else if (key === 'text') node.textContent = String(value)
    else if (key === 'class') node.className = String(value)
    else node.setAttribute(key, value === true ? '' : String(value))
  }
  append(node, ...children)
  return node
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

/** Replaces all children of a node. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild)
  append(parent, ...children)
}

/** Saves text as a file through a temporary object URL. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = el('a', { href: url, download: filename })
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Scrolls a container to show the target: centred vertically, as little as needed sideways; the host page stays put. */
export function scrollWithin(container: HTMLElement, target: HTMLElement): void {
  const c = container.getBoundingClientRect()
  const t = target.getBoundingClientRect()
  container.scrollTop += t.top - c.top - (container.clientHeight - t.height) / 2
  const overRight = t.right - (c.left + container.clientWidth)
  if (overRight > 0) container.scrollLeft += overRight + 12
  else if (t.left < c.left) container.scrollLeft -= c.left - t.left + 12
}

let nextId = 0
/** A document-unique id for aria references. */
export const uid = (prefix: string): string => `${prefix}-${++nextId}`

/**
 * Scrolls a table grid so `cell` sits right of the sticky code/name columns and below the sticky header,
 * then brings the grid's cell into view of the outer scrollers (panel, page) as little as needed.
 */
export function revealCell(grid: HTMLElement, cell: HTMLElement): void {
  const codeHead = grid.querySelector<HTMLElement>('th.code-col')
  grid.style.setProperty('--mz-code-w', `${codeHead ? codeHead.getBoundingClientRect().width : 0}px`)
  const fixed = [...(cell.parentElement?.children ?? [])].filter((c) => c !== cell && /\b(code|name)-col\b/.test(c.className))
  const stickyLeft = fixed.reduce((w, c) => w + c.getBoundingClientRect().width, 0)
  const headHeight = grid.querySelector('thead')?.getBoundingClientRect().height ?? 0
  const g = grid.getBoundingClientRect()
  const t = cell.getBoundingClientRect()
  grid.scrollTop += t.top - g.top - headHeight - (grid.clientHeight - headHeight - t.height) / 2
  const left = g.left + stickyLeft
  const right = g.left + grid.clientWidth
  if (t.right > right) grid.scrollLeft += Math.min(t.right - right + 8, t.left - left)
  else if (t.left < left) grid.scrollLeft -= left - t.left + 8
  grid.style.scrollPaddingTop = `${headHeight}px`
  grid.style.scrollPaddingLeft = `${stickyLeft}px`
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}
