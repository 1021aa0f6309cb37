import { z } from 'zod'
import { AskRequest, AskResponse, BudgetDocument, Citation, Paragraph, Row, Table } from '../core/schema.js'
import { ErrorBodySchema, SearchQuery, UseChatBody } from '../http/api-schemas.js'

type JsonSchema = Record<string, unknown>

/** JSON Schemas of a set of zod schemas, cross-referenced under #/components/schemas. */
function componentSchemas(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id })
  const out = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }).schemas
  for (const s of Object.values(out)) {
    delete s.$schema
    delete s.$id
  }
  return out as Record<string, JsonSchema>
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })
const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
const errors = Object.fromEntries(
  [400, 404, 413, 415, 429, 500].map((s) => [String(s), json(ref('ErrorBody'), 'error: { code, message }')]),
)
const idParam = (example: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example, description: 'slashes may stay as path separators or be encoded as %2F' })

/** The OpenAPI 3.1 description of the API, generated from the same zod schemas that validate requests. */
export function openApiSpec(): JsonSchema {
  const searchProps = (z.toJSONSchema(SearchQuery, { io: 'input' }) as { properties: Record<string, JsonSchema>; required: string[] })
  const searchParams = Object.entries(searchProps.properties).map(([name, schema]) => ({ name, in: 'query', required: searchProps.required.includes(name), schema }))
  const doc = { type: 'object', properties: { id: { type: 'string' }, org: { type: 'string' }, year: { type: 'integer' }, title: { type: 'string' } } }
  const sourceLines = { type: 'array', items: { type: 'object', properties: { line: { type: 'integer' }, text: { type: 'string' } } } }
  return {
    openapi: '3.1.0',
    info: { title: '明账 API', version: '1', description: 'Questions about government department budgets, answered with the exact figure and the table row it came from.' },
    paths: {
      '/api/health': { get: { summary: 'Liveness: 200 once the corpus is loaded', responses: { 200: json({ type: 'object' }) } } },
      '/api/ask': { post: { summary: 'Answer one question (JSON)', requestBody: json(ref('AskRequest')), responses: { 200: json(ref('AskResponse')), ...errors } } },
      '/api/chat': {
        post: {
          summary: 'Answer as an AI SDK 6 UI message stream (useChat); data parts data-toolcalls, data-citations, data-chart, data-notes; finish.messageMetadata.mode',
          requestBody: { content: { 'application/json': { schema: { oneOf: [ref('AskRequest'), ref('UseChatBody')] } } } },
          responses: { 200: { description: 'SSE; header x-vercel-ai-ui-message-stream: v1', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors },
        },
      },
      '/api/search': { get: { summary: 'Full-text search over rows and paragraphs', parameters: searchParams, responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: { type: 'object' } } } }), ...errors } } },
      '/api/docs': { get: { summary: 'Every document with its tables', responses: { 200: json({ type: 'object', properties: { documents: { type: 'array', items: { type: 'object' } } } }) } } },
      '/api/docs/{id}': { get: { summary: 'One parsed document', parameters: [idParam('003_0fc2e566332e2aa9')], responses: { 200: json({ type: 'object', properties: { document: ref('BudgetDocument') } }), ...errors } } },
      '/api/coverage': { get: { summary: 'What is covered: organisations × years, each document with a link to its original; the data date; `allowed` for the calling Origin (readable from any origin)', parameters: [{ name: 'org', in: 'query', required: false, schema: { type: 'string' }, description: 'scope to one organisation (names and aliases as in questions)' }], responses: { 200: json({ type: 'object' }) } } },
      '/api/docs/{id}/original': { get: { summary: 'The document exactly as published (text and PDF inline; ?download for an attachment)', parameters: [idParam('003_0fc2e566332e2aa9')], responses: { 200: { description: 'the original bytes' }, ...errors } } },
      '/api/docs/{id}/findings': { get: { summary: 'Consistency findings of one document: kind, severity, figures, citations to both sides (501 when no checks are wired)', parameters: [idParam('003_0fc2e566332e2aa9')], responses: { 200: json({ type: 'object' }), 501: json(ref('ErrorBody')), ...errors } } },
      '/api/tables/{id}': { get: { summary: 'One table, all rows, with its source lines', parameters: [idParam('003_0fc2e566332e2aa9/t3')], responses: { 200: json({ type: 'object', properties: { table: ref('Table'), doc, sourceLines } }), ...errors } } },
      '/api/rows/{id}': { get: { summary: 'One row with its citation', parameters: [idParam('003_0fc2e566332e2aa9/t3/r5')], responses: { 200: json({ type: 'object', properties: { row: ref('Row'), citation: ref('Citation'), doc, sourceLines } }), ...errors } } },
      '/api/paragraphs/{id}': { get: { summary: 'One paragraph with its citation', parameters: [idParam('003_0fc2e566332e2aa9/p12')], responses: { 200: json({ type: 'object', properties: { paragraph: ref('Paragraph'), citation: ref('Citation'), doc, sourceLines } }), ...errors } } },
      '/api/openapi.json': { get: { summary: 'This description', responses: { 200: json({ type: 'object' }) } } },
    },
    components: {
      schemas: {
        ...componentSchemas({ AskRequest, UseChatBody }, 'input'),
        ...componentSchemas({ AskResponse, Citation, BudgetDocument, Table, Row, Paragraph, ErrorBody: ErrorBodySchema }, 'output'),
      },
    },
  }
}
