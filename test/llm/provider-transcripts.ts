/**
 * Streamed replies of OpenAI-compatible providers, in the shapes their recordings and documentation show, with our
 * tool names, arguments and Chinese text in place of the originals. Field sets, nulls, ordering, ids, where the
 * usage and the finish reason ride, comments and error bodies are each provider's own; nothing here is copied
 * from a recording, only its shape. Sources (read 2026-12):
 * - DeepSeek, api.deepseek.com: a recording of deepseek-v3.2 tool streaming (charmbracelet/fantasy
 *   providertests/testdata/TestOpenRouterCommon/deepseek/deepseek-v3.2/tool_streaming.yaml): text before the tool
 *   call, a tool-call id without `call_`, arguments "" then the rest in one piece, `{"content":"","role":"assistant"}`
 *   with the finish reason, usage alone in a last chunk with `choices: []`; api-docs.deepseek.com/quick_start/rate_limit:
 *   `: keep-alive` SSE comments while a busy server has not started; …/error_codes: 402 Insufficient Balance, 503
 *   Server Overloaded; usage fields prompt_cache_hit_tokens / prompt_cache_miss_tokens (the API reference).
 * - Qwen, DashScope compatible mode: the streamed function-calling example of Alibaba Cloud Model Studio's
 *   documentation (help.aliyun.com / alibabacloud.com "Function calling"): `usage: null` and
 *   `system_fingerprint: null` on every chunk, the first tool-call chunk carrying part of the arguments, later ones
 *   `"id":"","type":"function"`, a chunk whose choice has no finish_reason or logprobs key, one with `"function":{}`,
 *   the finish reason in a chunk of its own with `"delta":{}`; error codes (help.aliyun.com …/error-code):
 *   data_inspection_failed for input or output ("Output data may contain inappropriate content"), limit_requests.
 * - Zhipu GLM, open.bigmodel.cn / api.z.ai: a recording of glm-4.5 tool streaming (charmbracelet/fantasy
 *   providertests/testdata/TestOpenAICompatibleCommon/zai-glm-4.5/tool_streaming.yaml): no `object` field, a leading
 *   `"content":"\n"`, `reasoning_content` deltas, the whole tool call in one chunk that also carries
 *   `finish_reason: "tool_calls"`, then the finish reason again with the usage on a chunk that still has a choice.
 */

export type Dialect = 'deepseek' | 'qwen' | 'glm'

/** Pieces of at most n characters (code points), as a provider streams them. */
const pieces = (s: string, n: number) => {
  const chars = [...s]
  const out: string[] = []
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(''))
  return out.length ? out : ['']
}
const data = (x: unknown) => `data: ${JSON.stringify(x)}\n\n`
const DONE = 'data: [DONE]\n\n'
const CREATED = 1_764_000_000

// --- DeepSeek ----------------------------------------------------------------------------------------------------
const dsChunk = (model: string, delta: unknown, finish: string | null = null) => ({
  id: '5c4b0e3e-8e2f-4f5b-9d7a-1f0c2d3e4a5b', object: 'chat.completion.chunk', created: CREATED, model, system_fingerprint: 'fp_3a5770e1b4_prod0820_fp8_kvcache',
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
})
const dsUsage = (model: string) => ({
  id: '5c4b0e3e-8e2f-4f5b-9d7a-1f0c2d3e4a5b', object: 'chat.completion.chunk', created: CREATED, model, system_fingerprint: 'fp_3a5770e1b4_prod0820_fp8_kvcache', choices: [],
  usage: { prompt_tokens: 1210, completion_tokens: 38, total_tokens: 1248, prompt_tokens_details: { cached_tokens: 1152 }, prompt_cache_hit_tokens: 1152, prompt_cache_miss_tokens: 58 },
})

function deepseekTool(name: string, args: string, model: string): string {
  return [
    ': keep-alive\n\n',
    ': keep-alive\n\n',
    data(dsChunk(model, { role: 'assistant', content: '' })),
    ...pieces('我来查一下这一项。', 3).map((content) => data(dsChunk(model, { content }))),
    data(dsChunk(model, { content: null, role: 'assistant', tool_calls: [{ index: 0, id: '0f3c9a5be27d4c1e8a6b2d9f47e1c530', type: 'function', function: { name, arguments: '' } }] })),
    data(dsChunk(model, { content: null, role: 'assistant', tool_calls: [{ index: 0, function: { arguments: args } }] })),
    data(dsChunk(model, { content: '', role: 'assistant' }, 'tool_calls')),
    data(dsUsage(model)),
    DONE,
  ].join('')
}

function deepseekText(text: string, model: string, finish = 'stop'): string {
  return [
    data(dsChunk(model, { role: 'assistant', content: '' })),
    ...pieces(text, 2).map((content) => data(dsChunk(model, { content }))),
    data(dsChunk(model, { content: '' }, finish)),
    data(dsUsage(model)),
    DONE,
  ].join('')
}

// --- Qwen (DashScope compatible mode) ------------------------------------------------------------------------------
const QWEN_ID = 'chatcmpl-7d2e4f61-3b8a-9c05-a1e2-5f6b7c8d9e0a'
const qwChunk = (model: string, choice: Record<string, unknown>) => ({ choices: [choice], object: 'chat.completion.chunk', usage: null, created: CREATED, system_fingerprint: null, model, id: QWEN_ID })
const qwUsage = (model: string) => ({
  choices: [], object: 'chat.completion.chunk', usage: { prompt_tokens: 1342, completion_tokens: 29, total_tokens: 1371, prompt_tokens_details: { cached_tokens: 0 } },
  created: CREATED, system_fingerprint: null, model, id: QWEN_ID,
})

function qwenTool(name: string, args: string, model: string): string {
  const [first, ...rest] = pieces(args, 9)
  return [
    data(qwChunk(model, { delta: { content: null, tool_calls: [{ index: 0, id: 'call_8e1f0a2b3c4d5e6f7a8b9c', type: 'function', function: { name, arguments: first } }], role: 'assistant' }, finish_reason: null, index: 0, logprobs: null })),
    ...rest.map((a) => data(qwChunk(model, { delta: { tool_calls: [{ function: { arguments: a }, index: 0, id: '', type: 'function' }] }, index: 0 }))),
    data(qwChunk(model, { delta: { content: null, tool_calls: [{ function: {}, index: 0, id: '', type: 'function' }] }, finish_reason: null, index: 0, logprobs: null })),
    data(qwChunk(model, { finish_reason: 'tool_calls', delta: {}, index: 0, logprobs: null })),
    data(qwUsage(model)),
    DONE,
  ].join('')
}

function qwenText(text: string, model: string): string {
  return [
    data(qwChunk(model, { delta: { content: '', role: 'assistant' }, index: 0, logprobs: null, finish_reason: null })),
    ...pieces(text, 5).map((content) => data(qwChunk(model, { delta: { content }, finish_reason: null, index: 0, logprobs: null }))),
    data(qwChunk(model, { finish_reason: 'stop', delta: { content: '' }, index: 0, logprobs: null })),
    data(qwUsage(model)),
    DONE,
  ].join('')
}

/** Output moderation stopping a stream that had started: DashScope sends the error as a chunk of the stream. */
export function qwenOutputInspectionFailed(partial: string, model = 'qwen-plus'): string {
  return [
    data(qwChunk(model, { delta: { content: '', role: 'assistant' }, index: 0, logprobs: null, finish_reason: null })),
    ...pieces(partial, 5).map((content) => data(qwChunk(model, { delta: { content }, finish_reason: null, index: 0, logprobs: null }))),
    data({ error: { code: 'data_inspection_failed', param: null, message: 'Output data may contain inappropriate content.', type: 'data_inspection_failed' }, id: QWEN_ID, request_id: '7d2e4f61-3b8a-9c05-a1e2-5f6b7c8d9e0a' }),
  ].join('')
}

// --- Zhipu GLM ------------------------------------------------------------------------------------------------------
const GLM_ID = '2026120108431566d2a1b0c9e84f37'
const glChunk = (model: string, choice: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ id: GLM_ID, created: CREATED, model, choices: [{ index: 0, ...choice }], ...extra })
const glUsage = { prompt_tokens: 1288, completion_tokens: 61, total_tokens: 1349, prompt_tokens_details: { cached_tokens: 512 } }

function glmTool(name: string, args: string, model: string): string {
  return [
    data(glChunk(model, { delta: { role: 'assistant', content: '\n' } })),
    ...pieces('用户问的是一个科目的预算数，应当查表。', 4).map((r) => data(glChunk(model, { delta: { role: 'assistant', reasoning_content: r } }))),
    data(glChunk(model, { delta: { role: 'assistant', content: '\n' } })),
    data(glChunk(model, { finish_reason: 'tool_calls', delta: { tool_calls: [{ id: 'call_-8512743306582318914', index: 0, type: 'function', function: { name, arguments: args } }] } })),
    data(glChunk(model, { finish_reason: 'tool_calls', delta: { role: 'assistant', content: '' } }, { usage: glUsage })),
    DONE,
  ].join('')
}

function glmText(text: string, model: string): string {
  return [
    data(glChunk(model, { delta: { role: 'assistant', content: '\n' } })),
    ...pieces('表中有这一行。', 3).map((r) => data(glChunk(model, { delta: { role: 'assistant', reasoning_content: r } }))),
    ...pieces(text, 3).map((content) => data(glChunk(model, { delta: { role: 'assistant', content } }))),
    data(glChunk(model, { finish_reason: 'stop', delta: { role: 'assistant', content: '' } }, { usage: glUsage })),
    DONE,
  ].join('')
}

const MODELS: Record<Dialect, string> = { deepseek: 'deepseek-chat', qwen: 'qwen-plus', glm: 'glm-4.5' }

/** A streamed tool call in the dialect's shape. */
export function toolCallStream(dialect: Dialect, name: string, args: string): string {
  const model = MODELS[dialect]
  return dialect === 'deepseek' ? deepseekTool(name, args, model) : dialect === 'qwen' ? qwenTool(name, args, model) : glmTool(name, args, model)
}

/** A streamed answer in the dialect's shape; DeepSeek may end with another finish reason (length, content_filter, insufficient_system_resource). */
export function textStream(dialect: Dialect, text: string, finish = 'stop'): string {
  const model = MODELS[dialect]
  return dialect === 'deepseek' ? deepseekText(text, model, finish) : dialect === 'qwen' ? qwenText(text, model) : glmText(text, model)
}

/** Error bodies as the providers send them, with their HTTP status. */
export const ERROR_BODIES = {
  deepseekInsufficientBalance: { status: 402, body: { error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' } } },
  deepseekOverloaded: { status: 503, body: { error: { message: 'Server Overloaded', type: 'server_error', param: null, code: 'server_overloaded' } } },
  qwenRateLimited: { status: 429, body: { error: { message: 'Requests rate limit exceeded, please try again later.', type: 'limit_requests', param: null, code: 'limit_requests' }, id: QWEN_ID, request_id: '7d2e4f61-3b8a-9c05-a1e2-5f6b7c8d9e0a' } },
  qwenInputInspectionFailed: { status: 400, body: { error: { code: 'data_inspection_failed', param: null, message: 'Input data may contain inappropriate content.', type: 'data_inspection_failed' }, id: QWEN_ID, request_id: '7d2e4f61-3b8a-9c05-a1e2-5f6b7c8d9e0a' } },
} as const
