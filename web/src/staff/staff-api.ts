/** The staff API from the page: same-origin cookie, the CSRF token on every write, errors as thrown messages. */
export interface StaffUser { name: string; role: 'editor' | 'publisher' }
export interface Entry {
  id: string; version: number; status: 'draft' | 'published' | 'unpublished' | 'superseded' | 'failed'
  org: string; year: number; scope: string; file: string; updatedAt: string; updatedBy?: string
  tables: { id: string; kind: string; title: string; rows: number }[]; metadataNeeded?: string[]
}
export interface AuditEvent { at: string; actor: string; action: string; docId?: string; version?: number; detail?: string }
export interface UploadResult { file: string; id?: string; version?: number; status: string; error?: string }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message) }
}

export function createStaffApi() {
  let csrf = ''
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {}
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf
    let payload: BodyInit | undefined
    if (body instanceof Blob) { headers['content-type'] = 'application/octet-stream'; payload = body }
    else if (body !== undefined) { headers['content-type'] = 'application/json'; payload = JSON.stringify(body) }
    const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw new ApiError(res.status, (data as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`)
    return data as T
  }
  return {
    async session(): Promise<StaffUser | undefined> {
      try {
        const r = await call<{ user: StaffUser; csrf?: string }>('GET', '/api/staff/session')
        csrf = r.csrf ?? ''
        return r.user
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return undefined
        throw e
      }
    },
    async signIn(name: string, password: string): Promise<StaffUser> {
      const r = await call<{ user: StaffUser; csrf: string }>('POST', '/api/staff/session', { name, password })
      csrf = r.csrf
      return r.user
    },
    signOut: () => call('DELETE', '/api/staff/session').finally(() => { csrf = '' }),
    /** One request per file, the file as the raw body: no multipart parsing on the server, one result per file as it lands. */
    upload: async (files: File[], replaces?: string) => {
      const drafts: UploadResult[] = []
      for (const f of files) {
        const q = new URLSearchParams({ name: f.name, ...(replaces ? { replaces } : {}) })
        try {
          drafts.push(...(await call<{ drafts: UploadResult[] }>('POST', `/api/staff/uploads?${q}`, f)).drafts)
        } catch (e) {
          drafts.push({ file: f.name, status: 'rejected', error: (e as Error).message })
        }
      }
      return { drafts }
    },
    entries: () => call<{ entries: Entry[] }>('GET', '/api/staff/drafts'),
    draft: (id: string, version?: number) => call<DraftReport>('GET', `/api/staff/drafts/${encodeURIComponent(id)}${version ? `?version=${version}` : ''}`),
    edit: (id: string, patch: Record<string, unknown>) => call<DraftReport>('PATCH', `/api/staff/drafts/${encodeURIComponent(id)}`, patch),
    ask: (id: string, question: string, version?: number) => call<{ answer: string; citations: { tableTitle?: string; rowName?: string; value?: string; unit?: string; lines: [number, number] }[] }>('POST', `/api/staff/drafts/${encodeURIComponent(id)}/ask${version ? `?version=${version}` : ''}`, { question }),
    publish: (id: string, version?: number) => call<{ entry: Entry; ms: number }>('POST', `/api/staff/drafts/${encodeURIComponent(id)}/publish${version ? `?version=${version}` : ''}`),
    unpublish: (id: string) => call<{ entry: Entry }>('POST', `/api/staff/docs/${encodeURIComponent(id)}/unpublish`),
    audit: () => call<{ events: AuditEvent[] }>('GET', '/api/staff/audit'),
  }
}

export interface DraftReport {
  entry: Entry
  notes: { error?: string; problems?: { line?: number; message: string }[]; warnings?: string[]; ms?: number }
  document?: {
    id: string; org: string; region?: string; year: number; scope: string; title: string; version?: number
    tables: { id: string; number?: string; title: string; kind: string; unit?: string; reconciled?: string; rows: { id: string; code?: string; name: string; cells: { text: string }[] }[] }[]
    unparsed: { line: number; text: string; reason: string }[]
    imageTables?: { page?: number; line?: number; note: string }[]
  }
  findings: { kind?: string; severity?: string; message?: string; text?: string }[]
}

export type StaffApi = ReturnType<typeof createStaffApi>
