import { el } from '../shared/dom.js'

/** An open shadow root on `host` with `css` adopted: host-page styles cannot reach in, ours cannot leak out. */
export function attachStyledShadow(host: HTMLElement, css: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' })
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css) // constructable sheets are not inline styles: a strict host CSP allows them
    shadow.adoptedStyleSheets = [sheet]
  } catch {
    shadow.appendChild(el('style', { text: css }))
  }
  return shadow
}
