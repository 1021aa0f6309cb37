import { clipHistory } from '../core/history-limits.js'
import { AskRequest, type ChatMessage } from '../core/schema.js'
import { UseChatBody } from './api-schemas.js'
import { AppError } from './errors.js'
import { validationError } from './validate.js'

const textOf = (parts: UseChatBody['messages'][number]['parts']) =>
  parts.flatMap((p) => (p.type === 'text' && typeof p.text === 'string' ? [p.text] : [])).join('')

/**
 * POST /api/chat accepts useChat's `{ messages: UIMessage[] }` or the plain `{ question, history, org }`.
 * From useChat, the last message is the question and the earlier ones (text only, the newest within
 * HISTORY_LIMITS) the history: a long conversation keeps working instead of failing the history limit.
 */
export function chatRequestFrom(body: unknown): AskRequest {
  const isUseChat = !!body && typeof body === 'object' && 'messages' in body
  if (!isUseChat) return parseAsk(body)
  const parsed = UseChatBody.safeParse(body)
  if (!parsed.success) throw validationError(parsed.error)
  const { messages, org } = parsed.data
  const last = messages[messages.length - 1]
  if (last.role !== 'user') throw new AppError('bad_request', '最后一条消息应当是用户的问题。')
  const history: ChatMessage[] = clipHistory(
    messages
      .slice(0, -1)
      .flatMap((m) => (m.role === 'system' ? [] : [{ role: m.role, content: textOf(m.parts) }]))
      .filter((m) => m.content.trim()),
  )
  return parseAsk({ question: textOf(last.parts), history, org })
}

function parseAsk(body: unknown): AskRequest {
  const parsed = AskRequest.safeParse(body)
  if (!parsed.success) throw validationError(parsed.error)
  return parsed.data
}
