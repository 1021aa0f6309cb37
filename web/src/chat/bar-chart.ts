import { el } from '../shared/dom.js'
import { barPercents } from '../shared/format.js'
import type { ChartBar } from '../shared/types.js'

/** A horizontal bar chart read as a list by screen readers (the bars themselves are decoration). */
export function renderBarChart(bars: ChartBar[], caption = '对比'): HTMLElement {
  const widths = barPercents(bars)
  return el('figure', { class: 'chart' },
    el('figcaption', { text: caption }),
    el('ul', {}, ...bars.map((bar, i) => el('li', {},
      el('span', { class: 'bar-label', text: bar.label }),
      el('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(widths[i], bar.yuan < 0)),
      el('span', { class: 'bar-text', text: bar.text }),
    ))),
  )
}

function barFill(percent: number, negative: boolean): HTMLElement {
  const fill = el('span', { class: negative ? 'bar-fill neg' : 'bar-fill' })
  fill.style.width = `${percent}%` // CSSOM, not a style attribute: allowed under a strict CSP
  return fill
}
