import { el, replaceChildren } from '../shared/dom.js'
import type { DraftReport, StaffApi, StaffUser } from './staff-api.js'

const SCOPES = ['部门预算', '单位预算', '部门决算', '单位决算', '三公经费预算', '三公经费决算', '绩效自评', '财政预算', '财政决算']
const STATUS: Record<string, string> = { draft: '草稿', published: '已发布', unpublished: '已撤下', superseded: '已被替换', failed: '解析失败' }
const RECONCILED: Record<string, string> = { ok: '核对一致', mismatch: '合计不符', unchecked: '未核对' }

export const statusText = (s: string) => STATUS[s] ?? s

/** One version's parse report: what was read (editable), tables with their rows, findings, lines not placed; ask it; publish it. */
export function draftReview(api: StaffApi, user: StaffUser, r: DraftReport, changed: () => void): HTMLElement {
  const { entry, document: doc, notes } = r
  const status = el('p', { class: 'staff-status', role: 'status' })
  const say = (text: string) => { status.textContent = text }
  const fail = (e: unknown) => say(`出错：${(e as Error).message}`)
  // after a change: this pane shows the new state, the list and the audit log catch up
  const rerender = (next: DraftReport, message: string) => {
    const fresh = draftReview(api, user, next, changed)
    fresh.querySelector('.staff-status')!.textContent = message
    root.replaceWith(fresh)
    changed()
  }
  const reopen = (message: string) => api.draft(entry.id, entry.version).then((next) => rerender(next, message), fail)
  const root = el('section', { class: 'staff-review', 'aria-label': '草稿审阅' },
    el('h2', { text: `${entry.file} · 第 ${entry.version} 版 · ${statusText(entry.status)}` }),
    el('p', {}, el('a', { href: `/api/staff/drafts/${encodeURIComponent(entry.id)}/original?version=${entry.version}`, text: '下载原件' }), ` 编号 ${entry.id}`),
    status)
  if (notes.error) root.append(el('p', { class: 'staff-error', text: `解析失败：${notes.error}` }))
  if (!doc) return root

  const editable = entry.status === 'draft'
  const org = el('input', { id: 'meta-org', value: doc.org, disabled: !editable })
  const region = el('input', { id: 'meta-region', value: doc.region ?? '', disabled: !editable })
  const year = el('input', { id: 'meta-year', type: 'number', value: String(doc.year), min: 1990, max: 2100, disabled: !editable })
  const scope = el('select', { id: 'meta-scope', disabled: !editable }, ...SCOPES.map((s) => el('option', { value: s, text: s, selected: s === doc.scope })))
  const save = el('button', { type: 'submit', text: '保存更正', disabled: !editable })
  const meta = el('form', { class: 'staff-meta' },
    el('label', { for: 'meta-org', text: '单位' }), org, el('label', { for: 'meta-region', text: '区县' }), region,
    el('label', { for: 'meta-year', text: '年度' }), year, el('label', { for: 'meta-scope', text: '类别' }), scope, save)
  meta.addEventListener('submit', (e) => {
    e.preventDefault()
    const patch: Record<string, unknown> = {}
    if (org.value.trim() !== doc.org) patch.org = org.value.trim()
    if (region.value.trim() && region.value.trim() !== (doc.region ?? '')) patch.region = region.value.trim()
    if (Number(year.value) !== doc.year) patch.year = Number(year.value)
    if (scope.value !== doc.scope) patch.scope = scope.value
    api.edit(entry.id, patch).then((next) => { rerender(next, '已保存。') }, fail)
  })

  const actions = el('div', { class: 'staff-actions' })
  if (user.role === 'publisher' && (entry.status === 'draft' || entry.status === 'unpublished')) {
    actions.append(el('button', { type: 'button', id: 'publish', text: entry.version > 1 ? '发布（替换旧版）' : '发布', onclick: () => {
      api.publish(entry.id, entry.version).then((p) => reopen(`已发布（用时 ${p.ms} 毫秒），市民现在就能问到。`), fail)
    } }))
  }
  if (user.role === 'publisher' && entry.status === 'published') {
    actions.append(el('button', { type: 'button', class: 'secondary', text: '撤下', onclick: () => api.unpublish(entry.id).then(() => reopen('已撤下。'), fail) }))
  }

  const question = el('input', { id: 'draft-question', placeholder: '向这份草稿提问，例如：2025年基本支出多少？', maxlength: 500 })
  const answer = el('div', { class: 'staff-answer', 'aria-live': 'polite' })
  const ask = el('form', { class: 'staff-ask' }, el('label', { for: 'draft-question', text: '向草稿提问' }), question, el('button', { type: 'submit', text: '提问' }), answer)
  ask.addEventListener('submit', (e) => {
    e.preventDefault()
    if (!question.value.trim()) return
    api.ask(entry.id, question.value.trim(), entry.version).then((a) => {
      replaceChildren(answer, el('p', { text: a.answer }), el('ul', {}, ...a.citations.slice(0, 5).map((c) =>
        el('li', { text: `${c.tableTitle ?? '正文'} · ${c.rowName ?? ''} ${c.value ?? ''}${c.unit ?? ''}（第 ${c.lines[0]} 行）` }))))
    }, fail)
  })

  const tables = el('details', { open: true }, el('summary', { text: `表格 ${doc.tables.length} 张` }),
    el('table', { class: 'staff-tables' },
      el('thead', {}, el('tr', {}, ...['表号', '标题', '类型', '行数', '核对'].map((h) => el('th', { text: h })))),
      el('tbody', {}, ...doc.tables.map((t) => el('tr', {},
        el('td', { text: t.number ?? '' }), el('td', {}, el('details', {}, el('summary', { text: t.title }),
          el('ul', {}, ...t.rows.slice(0, 200).map((row) => el('li', { text: `${row.code ?? ''} ${row.name}  ${row.cells.map((c) => c.text).join(' | ')}` }))))),
        el('td', { text: t.kind }), el('td', { text: String(t.rows.length) }),
        el('td', { class: `rec-${t.reconciled ?? 'unchecked'}`, text: RECONCILED[t.reconciled ?? 'unchecked'] }))))))
  const listOf = (title: string, items: string[]) => el('details', { open: items.length > 0 && items.length < 20 }, el('summary', { text: `${title} ${items.length}` }), el('ul', {}, ...items.map((t) => el('li', { text: t }))))
  root.append(
    el('p', { text: doc.title }),
    meta, actions, ask, tables,
    listOf('一致性检查发现', r.findings.map((f) => `${f.severity ?? ''} ${f.message ?? f.text ?? f.kind ?? ''}`)),
    listOf('未能归位的行', doc.unparsed.map((u) => `第 ${u.line} 行：${u.text}（${u.reason}）`)),
    listOf('以图片发布的表格', (doc.imageTables ?? []).map((t) => `${t.page ? `第 ${t.page} 页` : `第 ${t.line} 行`}：${t.note}`)),
    listOf('解析提示', [...(notes.problems ?? []).map((p) => `${p.line ? `第 ${p.line} 行：` : ''}${p.message}`), ...(notes.warnings ?? [])]),
  )
  return root
}
