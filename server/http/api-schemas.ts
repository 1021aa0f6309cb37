import { z } from 'zod'

/** Query of GET /api/search: short enough to run on every keystroke. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(100, 'q is longer than 100 characters').describe('search text: 科目名称, 编码 or words'),
  org: z.string().trim().max(100).optional().describe('part of the organisation name, e.g. 江北区'),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('document year, e.g. 2025'),
  table: z.string().max(200).optional().describe('table id, e.g. 003_0fc2e566332e2aa9/t3'),
  doc: z.string().max(100).optional().describe('document id'),
  kind: z.enum(['row', 'paragraph']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type SearchQuery = z.infer<typeof SearchQuery>

/** A corpus id in a path: <docId>, <docId>/t3, <docId>/t3/r5, <docId>/p12. */
export const CorpusId = z.string().min(1).max(200).regex(/^[\w.-]+(?:\/[\w.-]+){0,2}$/, 'not a corpus id')

const UIPart = z.object({ type: z.string().max(100), text: z.string().optional() })

/** The body useChat (AI SDK 6 DefaultChatTransport) sends; only text parts are read. */
export const UseChatBody = z.object({
  messages: z
    .array(z.object({ role: z.enum(['user', 'assistant', 'system']), parts: z.array(UIPart).max(100) }))
    .min(1, 'messages must not be empty')
    .max(200, 'messages holds at most 200 entries'),
  org: z.string().max(100).optional(),
})
export type UseChatBody = z.infer<typeof UseChatBody>

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('a sentence fit to show a citizen'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})
