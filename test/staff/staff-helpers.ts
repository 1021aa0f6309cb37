import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '../../server/app.js'
import { createEngine } from '../../server/core/engine.js'
import type { ParseUpload } from '../../server/core/publish/parse-upload.js'
import { liveEngine } from '../../server/staff/live-engine.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { hashPassword } from '../../server/staff/password-hash.js'
import { newBearerToken } from '../../server/staff/staff-accounts.js'
import { createStaffWiring } from '../../server/staff/staff-wiring.js'
import { loadData } from '../server/helpers.js'

export const ROOT = join(import.meta.dirname, '..', '..')
export const HOLDOUT_A = readFileSync(join(ROOT, 'test', 'holdout', 'docs', 'holdout_a.md'))
export const SECRET = 'test-secret-test-secret-test-secret-0123'

let hashes: Promise<{ editor: string; publisher: string }> | undefined
const userHashes = () => (hashes ??= (async () => ({ editor: await hashPassword('edit-pw', 'pbkdf2'), publisher: await hashPassword('pub-pw') }))())

/** The app with staff publishing over a memory store; users ed (editor, edit-pw) and pub (publisher, pub-pw), a bot token (publisher). */
export async function staffApp(opts: { parse?: ParseUpload; env?: Record<string, string> } = {}) {
  const { corpus, indexJson } = loadData()
  const live = liveEngine(createEngine(corpus, indexJson))
  const store = createMemoryStore()
  const h = await userHashes()
  const bot = await newBearerToken('bot', 'publisher')
  const env = { STAFF_USERS: `ed:editor:${h.editor}, pub:publisher:${h.publisher}`, STAFF_TOKENS: bot.entry, STAFF_SESSION_SECRET: SECRET, ...opts.env }
  const wiring = createStaffWiring({ env, store, live, base: corpus.documents, parse: opts.parse })
  const app = createApp({ engine: live, env: {}, model: null, staff: wiring, documentVersion: wiring.desk.documentVersion })
  return { app, store, live, wiring, token: bot.token, baseCorpus: corpus }
}

export type StaffTestApp = Awaited<ReturnType<typeof staffApp>>

/** Signs in; returns the headers a browser would send on a write (cookie + CSRF token). */
export async function signIn(t: StaffTestApp, name: string, password: string) {
  const res = await t.app.request('/api/staff/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) })
  if (res.status !== 200) throw new Error(`sign-in ${res.status}`)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]
  const { csrf } = (await res.json()) as { csrf: string }
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } }
}

export function uploadBody(files: { name: string; bytes: Uint8Array | string }[], replaces?: string): FormData {
  const form = new FormData()
  for (const f of files) form.append('file', new File([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)], f.name))
  if (replaces) form.append('replaces', replaces)
  return form
}

export const jsonReq = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  ({ method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
