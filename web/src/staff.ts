import { el, replaceChildren } from './shared/dom.js'
import { auditView, entryList, uploadZone } from './staff/desk-views.js'
import { draftReview } from './staff/draft-review.js'
import { createStaffApi, type Entry, type StaffUser } from './staff/staff-api.js'

/** /staff: sign in, upload, review and correct drafts, ask them, publish, replace, unpublish, read the audit log. */
const mount = document.getElementById('staff')
if (mount) {
  const api = createStaffApi()
  const status = el('p', { role: 'status', class: 'staff-status' })

  const showSignIn = () => {
    const name = el('input', { id: 'staff-name', autocomplete: 'username', required: true })
    const password = el('input', { id: 'staff-password', type: 'password', autocomplete: 'current-password', required: true })
    const form = el('form', { class: 'staff-signin' }, el('h2', { text: '工作人员登录' }),
      el('label', { for: 'staff-name', text: '用户名' }), name, el('label', { for: 'staff-password', text: '密码' }), password,
      el('button', { type: 'submit', text: '登录' }), status)
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      api.signIn(name.value.trim(), password.value).then(showDesk, (err: Error) => { status.textContent = err.message })
    })
    replaceChildren(mount, form)
    name.focus()
  }

  const showDesk = (user: StaffUser) => {
    const list = el('div', { class: 'staff-list' })
    const review = el('div', { class: 'staff-review-pane' })
    const audit = el('div', { class: 'staff-audit-pane' })
    const open = (e: Entry) => {
      api.draft(e.id, e.version).then((r) => replaceChildren(review, draftReview(api, user, r, refresh)), (err: Error) => replaceChildren(review, el('p', { text: err.message })))
    }
    const refresh = () => {
      api.entries().then(({ entries }) => {
        replaceChildren(list, el('h2', { text: '文件' }), entryList(entries, open, (e) => upload.replace(e.id, `${e.org} ${e.year}（v${e.version}）`)))
      }, () => undefined)
      auditView(api, audit).catch(() => undefined)
    }
    const upload = uploadZone(api, (results) => {
      refresh()
      const first = results.find((r) => r.id)
      if (first?.id) api.draft(first.id, first.version).then((r) => replaceChildren(review, draftReview(api, user, r, refresh)), () => undefined)
    })
    const signOut = el('button', { type: 'button', class: 'secondary', text: '退出登录', onclick: () => api.signOut().then(showSignIn, showSignIn) })
    replaceChildren(mount, el('div', { class: 'staff-bar' }, el('span', { text: `${user.name}（${user.role === 'publisher' ? '发布人' : '编辑'}）` }), signOut), upload, list, review, audit)
    refresh()
  }

  api.session().then((u) => (u ? showDesk(u) : showSignIn()), showSignIn)
}
