import type { Api } from '../shared/api.js'
import { ApiError } from '../shared/api.js'
import { el } from '../shared/dom.js'

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' }
const KIND: Record<string, string> = {
  'sum-children': '上下级合计', 'total-parts': '总数与分项', 'income-spending': '收支平衡', 'cross-table': '表间不一致',
  'prose-table': '正文与表格', 'prose-change': '变化额', 'prose-self': '正文自相矛盾', 'prose-reason': '变化方向与原因',
}

/** What the view reads of a finding; anything else in the JSON is ignored. */
interface FindingView {
  kind?: string
  severity?: string
  message?: string
  figures?: { label?: string; text?: string; unit?: string; computed?: boolean }[]
  citations?: { kind?: string; tableId?: string; rowId?: string; tableNumber?: string; tableTitle?: string; rowName?: string; column?: string; value?: string; paragraphId?: string; text?: string; lines?: number[] }[]
}

const ORDER = ['error', 'warning', 'info']

/**
 * The checks the service ran on one document (GET /api/docs/:id/findings): a count per severity that filters the
 * list, then each finding's message, figures and every source on both sides.
 */
export async function renderFindingsView(api: Api, docId: string, docLabel: string, onOpenTable: (tableId: string, rowId?: string) => void, sev?: string, onFilter?: (sev?: string) => void): Promise<HTMLElement> {
  const heading = el('h2', { tabindex: -1, text: `检查发现：${docLabel}` })
  const root = el('section', { class: 'findings', 'aria-label': '检查发现' }, heading)
  try {
    const { findings } = await api.findings(docId)
    if (!findings.length) {
      root.appendChild(el('p', { class: 'muted', text: '这份文件没有发现问题。' }))
      return root
    }
    const all = (findings as FindingView[]).map((f) => ({ f, severity: typeof f.severity === 'string' ? f.severity : 'info' }))
    const counts = new Map<string, number>()
    for (const { severity } of all) counts.set(severity, (counts.get(severity) ?? 0) + 1)
    const levels = [...counts.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 9) - (ORDER.indexOf(b) + 1 || 9))
    const list = el('ol', { class: 'finding-list' })
    const buttons = new Map<string, HTMLButtonElement>()
    const apply = (pick?: string) => {
      const shown = all.filter((x) => !pick || x.severity === pick)
      list.replaceChildren(...shown.map((x) => renderFinding(x.f, onOpenTable)))
      for (const [k, b] of buttons) b.setAttribute('aria-pressed', String(k === (pick ?? '')))
    }
    const button = (key: string, text: string) => {
      const b = el('button', { type: 'button', class: `sev-filter sev-${key || 'all'}`, text })
      b.addEventListener('click', () => {
        apply(key || undefined)
        onFilter?.(key || undefined)
      })
      buttons.set(key, b)
      return b
    }
    root.append(
      el('div', { class: 'sev-summary', role: 'group', 'aria-label': '按严重程度筛选' },
        button('', `全部 ${all.length}`), ...levels.map((l) => button(l, `${SEVERITY[l] ?? l} ${counts.get(l)}`))),
      list)
    apply(sev && counts.has(sev) ? sev : undefined)
  } catch (e) {
    const text = e instanceof ApiError && (e.status === 501 || e.status === 404) ? '检查功能尚未开放。' : (e as Error).message
    root.appendChild(el('p', { class: 'muted', text }))
  }
  return root
}

const linesText = (lines?: number[]) => (lines && lines.length === 2 ? (lines[0] === lines[1] ? `第${lines[0]}行` : `第${lines[0]}–${lines[1]}行`) : '')

function renderSource(c: NonNullable<FindingView['citations']>[number], onOpenTable: (tableId: string, rowId?: string) => void): HTMLElement {
  if (c.kind === 'paragraph') return el('li', {}, `正文 ${linesText(c.lines)}：`, el('q', { text: c.text ?? '' }))
  const name = `${c.tableNumber ?? ''}《${c.tableTitle ?? ''}》${c.rowName ? ` › ${c.rowName}` : ''}${c.value ? ` = ${c.value}` : ''}`
  const open = c.tableId ? el('button', { type: 'button', class: 'link', text: '打开表格' }) : null
  open?.addEventListener('click', () => onOpenTable(c.tableId!, c.rowId))
  return el('li', {}, `${name} ${linesText(c.lines)} `, open)
}

function renderFinding(f: FindingView, onOpenTable: (tableId: string, rowId?: string) => void): HTMLElement {
  const severity = typeof f.severity === 'string' ? f.severity : 'info'
  const tag = `${SEVERITY[severity] ?? severity} · ${KIND[f.kind ?? ''] ?? f.kind ?? ''}`
  const figures = f.figures ?? []
  return el('li', { class: `finding sev-${severity.replace(/\W/g, '')}` },
    el('p', { class: 'finding-main' }, el('span', { class: 'finding-tag', text: tag }), ' ', f.message ?? ''),
    figures.length ? el('ul', { class: 'finding-figures' }, ...figures.map((x) => el('li', { text: `${x.label ?? ''}：${x.text ?? ''}${x.unit ?? ''}${x.computed ? '（计算）' : ''}` }))) : null,
    el('ul', { class: 'finding-sources', 'aria-label': '出处' }, ...(f.citations ?? []).map((c) => renderSource(c, onOpenTable))))
}
