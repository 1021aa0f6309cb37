import { beforeAll, describe, expect, it } from 'vitest'
import { sessionKeys } from '../../server/staff/session-token.js'
import { HOLDOUT_A, SECRET, signIn, staffApp, uploadBody, type StaffTestApp } from './staff-helpers.js'

/** Everything citizens could see and everything the store holds, as bytes. */
async function snapshot(t: StaffTestApp): Promise<string> {
  const keys = await t.store.blobs.list('')
  const blobs = await Promise.all(keys.map(async (k) => [k, Buffer.from((await t.store.blobs.get(k))!).toString('base64')]))
  const catalog = await t.store.catalog.list({ status: ['draft', 'published', 'unpublished', 'superseded', 'failed'] })
  return JSON.stringify({ corpus: t.engine.corpus, blobs, catalog })
}

describe('staff guard: every corpus-changing route refuses without valid credentials, and nothing changes', () => {
  let t: StaffTestApp
  let draftId: string
  let publishedId: string
  let ed: Awaited<ReturnType<typeof signIn>>
  let pub: Awaited<ReturnType<typeof signIn>>
  const bodies: Record<string, () => BodyInit> = {}

  beforeAll(async () => {
    t = await staffApp()
    const auth = { authorization: `Bearer ${t.token}` }
    const a = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'a.md', bytes: HOLDOUT_A }]) })
    publishedId = ((await a.json()) as { drafts: { id: string }[] }).drafts[0].id
    await t.app.request(`/api/staff/drafts/${publishedId}/publish`, { method: 'POST', headers: auth })
    const b = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'b.md', bytes: HOLDOUT_A.toString().replace('1,486.32', '1,486.33') }]) })
    draftId = ((await b.json()) as { drafts: { id: string }[] }).drafts[0].id
    ed = await signIn(t, 'ed', 'edit-pw')
    pub = await signIn(t, 'pub', 'pub-pw')
    bodies.upload = () => uploadBody([{ name: 'c.md', bytes: HOLDOUT_A.toString().replace('1,486.32', '9,999.99') }])
  }, 60_000)

  const routes = () => [
    { name: 'upload', method: 'POST', path: '/api/staff/uploads', body: bodies.upload, role: 'editor' },
    { name: 'edit', method: 'PATCH', path: `/api/staff/drafts/${draftId}`, json: { year: 2030 }, role: 'editor' },
    { name: 'ask draft', method: 'POST', path: `/api/staff/drafts/${draftId}/ask`, json: { question: '教育支出多少？' }, role: 'editor' },
    { name: 'publish', method: 'POST', path: `/api/staff/drafts/${draftId}/publish`, role: 'publisher' },
    { name: 'replace (publish v2 upload)', method: 'POST', path: '/api/staff/uploads', body: () => { const f = bodies.upload() as FormData; f.append('replaces', publishedId); return f }, role: 'editor' },
    { name: 'unpublish', method: 'POST', path: `/api/staff/docs/${publishedId}/unpublish`, role: 'publisher' },
    { name: 'sign out', method: 'DELETE', path: '/api/staff/session', role: 'editor' },
  ]

  const send = (r: ReturnType<typeof routes>[number], headers: Record<string, string>) =>
    t.app.request(r.path, {
      method: r.method,
      headers: r.json ? { 'content-type': 'application/json', ...headers } : headers,
      body: r.json ? JSON.stringify(r.json) : r.body?.(),
    })

  it('401 without credentials, with a garbage or foreign-signed cookie, an expired session, a wrong bearer token', async () => {
    const before = await snapshot(t)
    const foreign = await sessionKeys('another-secret-another-secret-another').issue({ name: 'pub', role: 'publisher' }, 3600_000)
    const expired = await sessionKeys(SECRET).issue({ name: 'pub', role: 'publisher' }, 1000, Date.now() - 60_000)
    const cases: [string, Record<string, string>][] = [
      ['none', {}],
      ['garbage cookie', { cookie: 'mz_staff=abc.def', 'x-csrf-token': 'x' }],
      ['foreign-signed cookie', { cookie: `mz_staff=${foreign.cookie}`, 'x-csrf-token': foreign.csrf }],
      ['expired session', { cookie: `mz_staff=${expired.cookie}`, 'x-csrf-token': expired.csrf }],
      ['wrong bearer', { authorization: 'Bearer mz_notarealtokennotarealtoken' }],
      ['bearer with a password', { authorization: 'Bearer pub-pw-pub-pw' }],
    ]
    for (const r of routes()) {
      for (const [label, headers] of cases) {
        const res = await send(r, headers)
        expect(res.status, `${r.name} / ${label}`).toBe(401)
      }
    }
    expect(await snapshot(t)).toBe(before)
  })

  it('403 with a session but a forged, missing or other session\'s CSRF token, or from another origin', async () => {
    const before = await snapshot(t)
    for (const r of routes()) {
      for (const [label, headers] of [
        ['no token', { cookie: pub.cookie }],
        ['forged token', { cookie: pub.cookie, 'x-csrf-token': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
        ["the editor's token", { cookie: pub.cookie, 'x-csrf-token': ed.csrf }],
        ['foreign origin', { ...pub.headers, origin: 'https://evil.example' }],
      ] as [string, Record<string, string>][]) {
        expect((await send(r, headers)).status, `${r.name} / ${label}`).toBe(403)
      }
    }
    expect(await snapshot(t)).toBe(before)
  })

  it('403 for an editor on publisher routes', async () => {
    const before = await snapshot(t)
    for (const r of routes().filter((x) => x.role === 'publisher')) expect((await send(r, ed.headers)).status, r.name).toBe(403)
    expect(await snapshot(t)).toBe(before)
  })

  it('reads need a session too; citizens\' routes stay open', async () => {
    for (const path of ['/api/staff/drafts', `/api/staff/drafts/${draftId}`, '/api/staff/audit', '/api/staff/audit.csv', `/api/staff/drafts/${draftId}/original`]) {
      expect((await t.app.request(path)).status, path).toBe(401)
    }
    expect((await t.app.request('/api/health')).status).toBe(200)
    expect((await t.app.request(`/api/docs/${publishedId}`)).status).toBe(200)
    expect((await t.app.request(`/api/docs/${draftId}`)).status).toBe(404)
  })

  it('a signed-out session is refused afterwards', async () => {
    const s = await signIn(t, 'ed', 'edit-pw')
    expect((await t.app.request('/api/staff/session', { method: 'DELETE', headers: s.headers })).status).toBe(200)
    expect((await t.app.request('/api/staff/session', { headers: { cookie: s.cookie } })).status).toBe(401)
    expect((await t.app.request(`/api/staff/drafts/${draftId}`, { method: 'PATCH', headers: { ...s.headers, 'content-type': 'application/json' }, body: '{"year":2031}' })).status).toBe(401)
  })

  it('the session cookie is HttpOnly and SameSite=Strict, Secure over https', async () => {
    const res = await t.app.request('https://staff.example/api/staff/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ed', password: 'edit-pw' }) })
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).toMatch(/Secure/)
    const wrong = await t.app.request('/api/staff/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ed', password: 'nope' }) })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })
})
