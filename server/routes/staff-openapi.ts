import { z } from 'zod'
import { SignInBody } from './staff-session.js'
import { MetadataPatch } from './staff-schemas.js'

type JsonSchema = Record<string, unknown>

const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
const err = json({ $ref: '#/components/schemas/ErrorBody' }, 'error: { code, message }')
const errors = { 401: { ...err, description: 'no valid session or bearer token (or it expired)' }, 403: { ...err, description: 'CSRF token missing or forged, foreign origin, or a role below the route\'s' }, 404: err, 409: err }
const obj = { type: 'object' }
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'document id (a draft shares the id of the document it replaces)' }
const version = { name: 'version', in: 'query', required: false, schema: { type: 'integer', minimum: 1 }, description: 'a version; default: the open draft' }
const secured = (role: 'editor' | 'publisher') => ({ security: [{ staffBearer: [] }, { staffSession: [], csrfHeader: [] }], 'x-role': role })
const schemaOf = (s: z.ZodType) => { const j = z.toJSONSchema(s, { io: 'input' }) as JsonSchema; delete j.$schema; return j }

/** The /api/staff routes and their security schemes, merged into /api/openapi.json when staff publishing is on. */
export function staffOpenApi(): { paths: Record<string, unknown>; securitySchemes: Record<string, unknown> } {
  return {
    securitySchemes: {
      staffBearer: { type: 'http', scheme: 'bearer', description: 'a token from STAFF_TOKENS (`npm run staff:hash -- --token NAME ROLE`); no CSRF token needed' },
      staffSession: { type: 'apiKey', in: 'cookie', name: 'mz_staff', description: 'set by POST /api/staff/session; HttpOnly, SameSite=Strict' },
      csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'with a session, required on every write; returned by the sign-in and GET /api/staff/session' },
    },
    paths: {
      '/api/staff/session': {
        post: { summary: 'Sign in: sets the session cookie, returns the CSRF token', requestBody: json(schemaOf(SignInBody)), responses: { 200: json({ type: 'object', properties: { user: obj, csrf: { type: 'string' } } }), 401: err, 429: err } },
        get: { summary: 'Who is signed in, and the CSRF token', ...secured('editor'), responses: { 200: json(obj), ...errors } },
        delete: { summary: 'Sign out', ...secured('editor'), responses: { 200: json(obj), ...errors } },
      },
      '/api/staff/uploads': {
        post: {
          summary: 'Upload one or many files (PDF, HTML, XLSX, DOCX, TXT/MD; type by content): each becomes a draft, or a failed one with the reason. Field `replaces` = a published document id makes the file its next version.',
          ...secured('editor'),
          requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } }, replaces: { type: 'string' } } } } } },
          responses: { 200: json({ type: 'object', properties: { drafts: { type: 'array', items: { type: 'object', properties: { file: { type: 'string' }, id: { type: 'string' }, version: { type: 'integer' }, status: { type: 'string', enum: ['draft', 'failed', 'rejected'] }, error: { type: 'string' } } } } } }), 413: err, 415: err, ...errors },
        },
      },
      '/api/staff/drafts': { get: { summary: 'Every catalog entry (drafts, published, superseded, unpublished, failed)', ...secured('editor'), responses: { 200: json(obj), ...errors } } },
      '/api/staff/drafts/{id}': {
        get: { summary: 'Parse report of a draft (or ?version=N): entry, document, notes (error, problems, warnings), findings', ...secured('editor'), parameters: [id, version], responses: { 200: json(obj), ...errors } },
        patch: { summary: 'Correct organisation, region, year or kind of the open draft', ...secured('editor'), parameters: [id], requestBody: json(schemaOf(MetadataPatch)), responses: { 200: json(obj), 400: err, ...errors } },
      },
      '/api/staff/drafts/{id}/original': { get: { summary: 'The uploaded bytes (as an attachment)', ...secured('editor'), parameters: [id, version], responses: { 200: { description: 'the file', content: { 'application/octet-stream': {} } }, ...errors } } },
      '/api/staff/drafts/{id}/ask': { post: { summary: 'Ask a question of the draft alone (offline planner)', ...secured('editor'), parameters: [id, version], requestBody: json({ $ref: '#/components/schemas/AskRequest' }), responses: { 200: json({ $ref: '#/components/schemas/AskResponse' }), ...errors } } },
      '/api/staff/drafts/{id}/publish': { post: { summary: 'Publish the open draft: answerable at once; a published version before it is superseded (a replacement)', ...secured('publisher'), parameters: [id, version], responses: { 200: json(obj), ...errors } } },
      '/api/staff/docs/{id}/unpublish': { post: { summary: 'Take a document out of answers; it stays on record', ...secured('publisher'), parameters: [id], responses: { 200: json(obj), ...errors } } },
      '/api/staff/audit': { get: { summary: 'The audit log, newest first', ...secured('editor'), responses: { 200: json(obj), ...errors } } },
      '/api/staff/audit.csv': { get: { summary: 'The audit log as CSV', ...secured('editor'), responses: { 200: { description: 'CSV', content: { 'text/csv': {} } }, ...errors } } },
    },
  }
}
