import type { Api } from '../shared/api.js'
import { ApiError } from '../shared/api.js'
import { el } from '../shared/dom.js'

const MAIN_KEYS = ['message', 'title', 'summary', 'text', 'description']
const LABELS: Record<string, string> = { severity: '级别', kind: '类型', code: '代码', rule: '规则', tableId: '表', rowId: '行', lines: '行号', expected: '应为', actual: '实为', difference: '差额' }

/** The checks the service ran on one document (GET /api/docs/:id/findings); any finding shape is shown field by field. */
export async function renderFindingsView(api: Api, docId: string, docLabel: string, onOpenTable: (tableId: string, rowId?: string) => void): Promise<HTMLElement> {
  const heading = el('h2', { tabindex: -1, text: `检查发现：${docLabel}` })
  const root = el('section', { class: 'findings', 'aria-label': '检查发现' }, heading)
  try {
    const { findings } = await api.findings(docId)
    if (!findings.length) root.appendChild(el('p', { class: 'muted', text: '这份文件没有发现问题。' }))
    else root.appendChild(el('ol', { class: 'finding-list' }, ...findings.map((f) => renderFinding(f, onOpenTable))))
  } catch (e) {
    const text = e instanceof ApiError && (e.status === 501 || e.status === 404) ? '检查功能尚未开放。' : (e as Error).message
    root.appendChild(el('p', { class: 'muted', text }))
  }
  return root
}

const isScalar = (v: unknown) => v !== null && v !== undefined && typeof v !== 'object'

function renderFinding(f: unknown, onOpenTable: (tableId: string, rowId?: string) => void): HTMLElement {
  if (!f || typeof f !== 'object') return el('li', { text: String(f) })
  const record = f as Record<string, unknown>
  const mainKey = MAIN_KEYS.find((k) => typeof record[k] === 'string')
  const details = Object.entries(record).filter(([k, v]) => k !== mainKey && (isScalar(v) || (Array.isArray(v) && v.every(isScalar))))
  const severity = typeof record.severity === 'string' ? record.severity : undefined
  const tableId = typeof record.tableId === 'string' ? record.tableId : typeof record.rowId === 'string' ? record.rowId.replace(/\/r\d+$/, '') : undefined
  const open = tableId ? el('button', { type: 'button', class: 'link', text: '打开表格' }) : null
  open?.addEventListener('click', () => onOpenTable(tableId!, typeof record.rowId === 'string' ? record.rowId : undefined))
  return el('li', { class: severity ? `finding sev-${severity.replace(/\W/g, '')}` : 'finding' },
    el('p', { class: 'finding-main', text: mainKey ? String(record[mainKey]) : '' }),
    el('dl', {}, ...details.flatMap(([k, v]) => [el('dt', { text: LABELS[k] ?? k }), el('dd', { text: Array.isArray(v) ? v.join('–') : String(v) })])),
    open)
}
