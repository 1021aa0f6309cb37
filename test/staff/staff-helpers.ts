import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '../../server/app.js'
import { importCorpus } from '../../server/core/corpus/ingest-to-store.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import type { ParseUpload } from '../../server/core/publish/parse-upload.js'
import type { Store } from '../../server/core/store/port.js'
import { hashPassword } from '../../server/staff/password-hash.js'
import { newBearerToken } from '../../server/staff/staff-accounts.js'
import { createStaffWiring } from '../../server/staff/staff-wiring.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { loadData } from '../server/helpers.js'

export const ROOT = join(import.meta.dirname, '..', '..')
export const HOLDOUT_A = readFileSync(join(ROOT, 'test', 'holdout', 'docs', 'holdout_a.md'))
export const SECRET = 'test-secret-test-secret-test-secret-0123'

let hashes: Promise<{ editor: string; publisher: string }> | undefined
const userHashes = () => (hashes ??= (async () => ({ editor: await hashPassword('edit-pw', 'pbkdf2'), publisher: await hashPassword('pub-pw') }))())

let seeded: Promise<Store> | undefined
/** data/corpus.json imported into a memory store once per test file (shards, subject index), copied per app. */
async function seededStore(): Promise<Store> {
  const template = await (seeded ??= (async () => {
    const store = createMemoryStore()
    await importCorpus(store, loadData().corpus.documents, { original: async (d) => new Uint8Array(readFileSync(join(ROOT, 'seeds', d.file))), now: () => '2026-01-01T00:00:00.000Z' })
    return store
  })())
  const copy = createMemoryStore()
  for (const k of await template.blobs.list('')) await copy.blobs.put(k, (await template.blobs.get(k))!)
  for (const e of await template.catalog.list({ status: ['draft', 'published', 'unpublished', 'superseded', 'failed'] })) await copy.catalog.put(e)
  for (const e of await template.audit.list()) await copy.audit.append(e)
  return copy
}

/** The users of staffApp: ed (editor, edit-pw) and pub (publisher, pub-pw), and STAFF_SESSION_SECRET. */
export async function staffEnv(): Promise<Record<string, string>> {
  const h = await userHashes()
  return { STAFF_USERS: `ed:editor:${h.editor}, pub:publisher:${h.publisher}`, STAFF_SESSION_SECRET: SECRET }
}

/**
 * The app with staff publishing over a store (default: a memory store holding the seeds as `npm run ingest` built
 * them), citizens served from the same store; users ed and pub (staffEnv), a bot token (publisher).
 */
export async function staffApp(opts: { parse?: ParseUpload; env?: Record<string, string>; store?: Store } = {}) {
  const store = opts.store ?? (await seededStore())
  const engine = await createShardedEngine(store)
  const bot = await newBearerToken('bot', 'publisher')
  const env = { ...(await staffEnv()), STAFF_TOKENS: bot.entry, ...opts.env }
  const wiring = createStaffWiring({ env, store, engine, parse: opts.parse })
  const app = createApp({ engine, env: {}, model: null, staff: wiring, documentVersion: engine.documentAt, readSource: engine.readSource, readOriginal: engine.readOriginal })
  return { app, store, engine, wiring, token: bot.token }
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
