import { renderBarChart } from '../chat/bar-chart.js'
import type { Api } from '../shared/api.js'
import { toCsv } from '../shared/csv.js'
import { downloadText, el } from '../shared/dom.js'
import { groupThousands, hitWan } from '../shared/format.js'
import type { SearchHit } from '../shared/types.js'

/** The row to compare: a subject code and/or name, optionally within one kind of table. */
export interface CompareKey {
  code?: string
  name: string
  tableKind?: string
}

/** Hits for the same subject in other documents: same code (or same name when there is no code), one per table. */
export function sameSubject(hits: (SearchHit & { tableKind?: string })[], key: CompareKey): SearchHit[] {
  const seen = new Set<string>()
  return hits
    .filter((h) => h.kind === 'row' && (key.code ? h.code === key.code : h.name === key.name))
    .filter((h) => !key.tableKind || !h.tableKind || h.tableKind === key.tableKind)
    .filter((h) => !seen.has(h.tableId ?? h.id) && !!seen.add(h.tableId ?? h.id))
    .sort((a, b) => a.org.localeCompare(b.org, 'zh') || a.year - b.year)
}

/** One row across organisations and years: a table of figures, a bar chart in 万元, and CSV export. */
export async function renderCompareView(api: Api, key: CompareKey, onOpen: (hit: SearchHit) => void): Promise<HTMLElement> {
  const q = key.code || key.name
  const hits: SearchHit[] = []
  for (let offset = 0, total = 1; offset < Math.min(total, 500); offset += 50) {
    const page = await api.search({ q, kind: 'row', limit: 50, offset })
    hits.push(...page.hits)
    total = page.total ?? 0
  }
  const rows = sameSubject(hits, key)
  const title = `比较：${[key.code, key.name].filter(Boolean).join(' ')}`
  const heading = el('h2', { tabindex: -1, text: title })
  if (rows.length === 0) return el('section', { class: 'compare', 'aria-label': title }, heading, el('p', { class: 'muted', text: '其他单位和年度没有找到这一行。' }))

  const csvRows = [['单位', '年度', '表', '金额（原文）', '单位（原文）', '金额（万元）', '出处'],
    ...rows.map((h) => [h.org, String(h.year), [h.tableNumber, h.tableTitle].filter(Boolean).join(' '), h.value ?? '', h.unit ?? '', hitWan(h) ?? '', h.id])]
  const body = rows.map((h) => {
    const wan = hitWan(h)
    const open = el('button', { type: 'button', class: 'link', text: '打开', 'aria-label': `打开 ${h.org} ${h.year} 年的表` })
    open.addEventListener('click', () => onOpen(h))
    // the figures come before the long table title, so a phone sees them without scrolling sideways
    return el('tr', {}, el('td', { text: h.org }), el('td', { text: String(h.year) }),
      el('td', { class: 'num', text: `${h.value ?? ''}${h.unit ?? ''}` }), el('td', { class: 'num', text: wan ? groupThousands(wan) : '' }),
      el('td', { class: 'table-name', text: [h.tableNumber, h.tableTitle].filter(Boolean).join(' ') }), el('td', {}, open))
  })
  const bars = rows.filter((h) => hitWan(h) !== undefined).map((h) => {
    const wan = hitWan(h)!
    return { label: `${h.org.replace(/^原?重庆市/, '')} ${h.year}`, yuan: Number(wan) * 10_000, text: `${groupThousands(wan)} 万元` }
  })
  const exportButton = el('button', { type: 'button', class: 'secondary', text: '导出比较 CSV' })
  exportButton.addEventListener('click', () => downloadText(`明账-比较-${key.code || key.name}.csv`, toCsv(csvRows)))
  return el('section', { class: 'compare', 'aria-label': title }, heading,
    el('div', { class: 'actions' }, exportButton),
    el('div', { class: 'tv-grid', tabindex: 0, role: 'region', 'aria-label': `比较表：${key.code || key.name}` }, el('table', {},
      el('thead', {}, el('tr', {}, ...['单位', '年度', '金额（原文）', '万元', '表'].map((t) => el('th', { scope: 'col', text: t })), el('th', { scope: 'col' }, el('span', { class: 'sr-only', text: '打开' })))),
      el('tbody', {}, ...body))),
    bars.length > 1 ? renderBarChart(bars, '金额（万元）') : null)
}
