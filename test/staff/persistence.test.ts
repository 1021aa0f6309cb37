import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseUpload } from '../../server/core/publish/parse-upload.js'
import type { AskResponse, BudgetDocument } from '../../server/core/schema.js'
import { createNodeStoreApp } from '../../server/node-app.js'
import { HOLDOUT_A, jsonReq, staffEnv, uploadBody } from './staff-helpers.js'

const QUESTION = '武侯区教育局2025年教育支出预算是多少？'
const SEED_QUESTION = '南岸区医保局2024年2101501行政运行支出多少？'
const SEED_DOC = '004_8de5198946ae3720'

/** The Node service over a data directory, as `npm start` opens it with staff accounts (corpus.json imported). */
async function open(dir: string) {
  const env = await staffEnv()
  const { app, imported } = await createNodeStoreApp(env, dir, { importBuilt: true, parse: parseUpload })
  const signIn = async (name: string, password: string) => {
    const res = await app.request('/api/staff/session', jsonReq('POST', { name, password }))
    const cookie = res.headers.get('set-cookie')!.split(';')[0]
    const { csrf } = (await res.json()) as { csrf: string }
    return { cookie, headers: { cookie, 'x-csrf-token': csrf } }
  }
  const ask = async (question: string) => (await (await app.request('/api/ask', jsonReq('POST', { question }))).json()) as AskResponse
  return { app, imported, signIn, ask }
}

describe('Node: staff publications live in the data directory and survive a restart', () => {
  it('publish, replace, unpublish; a new app over the same directory answers from them, old versions and the audit log intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-staff-'))
    const a = await open(dir)
    expect(a.imported?.written.length).toBe(5)
    const pub = await a.signIn('pub', 'pub-pw')
    const up = async (name: string, bytes: string | Buffer, replaces?: string) => {
      const res = await a.app.request('/api/staff/uploads', { method: 'POST', headers: pub.headers, body: uploadBody([{ name, bytes }], replaces) })
      return ((await res.json()) as { drafts: { id: string; version: number; status: string }[] }).drafts[0]
    }
    const publish = (id: string) => a.app.request(`/api/staff/drafts/${id}/publish`, { method: 'POST', headers: pub.headers })

    // a new document, then its second version
    const d = await up('武侯区教育局2025.md', HOLDOUT_A)
    expect((await publish(d.id)).status).toBe(200)
    const v1 = (await a.ask(QUESTION)).citations.find((c) => c.docId === d.id && c.value === '185,439.68')!
    expect(v1).toMatchObject({ version: 1 })
    expect((await up('武侯区教育局2025-更正.md', HOLDOUT_A.toString('utf8').replaceAll('185,439.68', '185,500.00'), d.id)).version).toBe(2)
    expect((await publish(d.id)).status).toBe(200)
    // a seed replaced by staff; another seed unpublished by staff
    const seedText = (await (await a.app.request(`/api/docs/${SEED_DOC}/original`)).text()).replace('521.68', '521.99')
    expect((await up('南岸区医保局2024-更正.txt', seedText, SEED_DOC)).version).toBe(2)
    expect((await publish(SEED_DOC)).status).toBe(200)
    expect((await a.app.request('/api/staff/docs/000_2fddbe7bbff04751/unpublish', { method: 'POST', headers: pub.headers })).status).toBe(200)
    // an upload left as a draft
    const draft = await up('另一份.md', HOLDOUT_A.toString('utf8').replace('1,486.32', '1,486.33'))

    // restart: a new app over the same directory (the built corpus imported again, as `npm start` does)
    const b = await open(dir)
    expect(b.imported).toMatchObject({ written: [], heldByStaff: expect.arrayContaining([SEED_DOC, '000_2fddbe7bbff04751']) })
    const answer = await b.ask(QUESTION)
    expect(answer.answer).toContain('185,500.00')
    expect(answer.citations.find((c) => c.docId === d.id && c.value === '185,500.00')).toMatchObject({ version: 2, rowId: v1.rowId })
    // the old version stays readable at its address, with its own figure
    const old = await b.app.request(`/api/rows/${v1.rowId}?version=1`)
    expect(old.status).toBe(200)
    expect(JSON.stringify(await old.json())).toContain('185,439.68')
    expect(((await (await b.app.request(`/api/docs/${d.id}?version=1`)).json()) as { document: BudgetDocument }).document.version).toBe(1)
    // staff's replacement of a seed wins over the import; the unpublished seed and the draft stay out of answers
    expect((await b.ask(SEED_QUESTION)).answer).toContain('521.99')
    const docs = ((await (await b.app.request('/api/docs')).json()) as { documents: { id: string; version: number }[] }).documents
    expect(docs.map((x) => x.id)).not.toContain('000_2fddbe7bbff04751')
    expect(docs.map((x) => x.id)).not.toContain(draft.id)
    expect(docs.find((x) => x.id === SEED_DOC)?.version).toBe(2)
    expect((await b.app.request(`/api/docs/${draft.id}`)).status).toBe(404)

    // the audit log survived, in order, and exports as CSV
    const ed = await b.signIn('ed', 'edit-pw')
    const events = ((await (await b.app.request('/api/staff/audit', { headers: { cookie: ed.cookie } })).json()) as { events: { actor: string; action: string; docId?: string; version?: number }[] }).events
    const staff = events.filter((e) => e.actor === 'pub').reverse().map((e) => `${e.action}:${e.docId ?? ''}:${e.version ?? ''}`)
    expect(staff).toEqual([
      'sign-in::', `upload:${d.id}:1`, `publish:${d.id}:1`, `upload:${d.id}:2`, `replace:${d.id}:2`,
      `upload:${SEED_DOC}:2`, `replace:${SEED_DOC}:2`, 'unpublish:000_2fddbe7bbff04751:1', `upload:${draft.id}:1`,
    ])
    const csv = await (await b.app.request('/api/staff/audit.csv', { headers: { cookie: ed.cookie } })).text()
    expect(csv.split('\r\n').filter((l) => l.includes(',pub,')).length).toBe(staff.length)
    expect(csv).toContain(`,pub,replace,${d.id},2,replaces v1`)
    // the draft is still there for staff, with its parse
    const review = (await (await b.app.request(`/api/staff/drafts/${draft.id}`, { headers: { cookie: ed.cookie } })).json()) as { entry: { status: string }; document: BudgetDocument }
    expect(review.entry.status).toBe('draft')
    expect(review.document.org).toBe('成都市武侯区教育局')
  }, 180_000)
})
