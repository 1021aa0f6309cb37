import { el, replaceChildren } from '../shared/dom.js'
import { statusText } from './draft-review.js'
import type { AuditEvent, Entry, StaffApi, UploadResult } from './staff-api.js'

/** Drop zone and file picker: one or many files; `replaces` set, the file becomes that document's next version. */
export function uploadZone(api: StaffApi, done: (results: UploadResult[]) => void): HTMLElement & { replace(id: string, label: string): void } {
  let replaces = ''
  const picker = el('input', { type: 'file', id: 'upload-files', multiple: true, accept: '.pdf,.html,.htm,.xlsx,.xls,.docx,.txt,.md' })
  const target = el('p', { class: 'staff-replace-note' })
  const status = el('p', { role: 'status' })
  const zone = el('div', { class: 'staff-drop', tabindex: 0 }, el('p', { text: '把文件拖到这里（PDF、HTML、XLSX、DOCX、TXT），或 ' }), el('label', { for: 'upload-files', class: 'secondary', text: '选择文件' }), picker, target, status)
  const send = (files: File[]) => {
    if (!files.length) return
    status.textContent = `正在上传并解析 ${files.length} 个文件…`
    api.upload(files, replaces || undefined).then(({ drafts }) => {
      status.textContent = drafts.map((d) => `${d.file}：${d.status === 'draft' ? '已解析为草稿' : `${statusText(d.status)} ${d.error ?? ''}`}`).join('；')
      replaces = ''
      target.textContent = ''
      done(drafts)
    }, (e: Error) => { status.textContent = `上传失败：${e.message}` })
  }
  picker.addEventListener('change', () => { send([...(picker.files ?? [])]); picker.value = '' })
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over') })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); send([...(e.dataTransfer?.files ?? [])]) })
  return Object.assign(zone, {
    replace(id: string, label: string) {
      replaces = id
      target.textContent = `下一个上传的文件将替换：${label}`
      picker.click()
    },
  })
}

/** Every document and version in the catalog, newest change first. */
export function entryList(entries: Entry[], open: (e: Entry) => void, replace: (e: Entry) => void): HTMLElement {
  return el('table', { class: 'staff-entries' },
    el('thead', {}, el('tr', {}, ...['文件', '单位', '年度', '版本', '状态', '更新', ''].map((h) => el('th', { text: h })))),
    el('tbody', {}, ...entries.map((e) => el('tr', { 'data-status': e.status },
      el('td', {}, el('button', { type: 'button', class: 'link', text: e.file, onclick: () => open(e) })),
      el('td', { text: e.org }), el('td', { text: e.year ? String(e.year) : '' }), el('td', { text: `v${e.version}` }),
      el('td', { text: statusText(e.status) }), el('td', { text: e.updatedAt ? `${e.updatedAt.slice(0, 16).replace('T', ' ')} ${e.updatedBy ?? ''}` : '' }),
      el('td', {}, e.status === 'published' ? el('button', { type: 'button', class: 'secondary', text: '上传新版本', onclick: () => replace(e) }) : null)))))
}

/** The audit log, with its CSV export. */
export async function auditView(api: StaffApi, into: HTMLElement): Promise<void> {
  const { events } = await api.audit()
  const row = (e: AuditEvent) => el('tr', {}, ...[e.at.replace('T', ' ').slice(0, 19), e.actor, e.action, e.docId ?? '', e.version ? `v${e.version}` : '', e.detail ?? ''].map((t) => el('td', { text: t })))
  replaceChildren(into, el('h2', { text: '操作记录' }), el('a', { href: '/api/staff/audit.csv', download: 'mingzhang-audit.csv', text: '导出 CSV' }),
    el('table', { class: 'staff-audit' }, el('thead', {}, el('tr', {}, ...['时间 (UTC)', '人员', '操作', '文件', '版本', '说明'].map((h) => el('th', { text: h })))), el('tbody', {}, ...events.slice(0, 200).map(row))))
}
