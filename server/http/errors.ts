import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { logEvent } from './log.js'

/** The error taxonomy: every failure the API reports has one of these codes. */
export const ERRORS = {
  bad_request: { status: 400, message: '请求的内容不对。' },
  bad_json: { status: 400, message: '请求不是有效的 JSON。' },
  unauthorized: { status: 401, message: '需要工作人员凭证。' },
  origin_not_allowed: { status: 403, message: '这个网站暂未开通问答服务。' },
  forbidden: { status: 403, message: '没有权限做这件事。' },
  not_found: { status: 404, message: '没有找到。' },
  conflict: { status: 409, message: '这份文件现在的状态不允许这样操作。' },
  method_not_allowed: { status: 405, message: '这个地址不支持这种请求方法。' },
  payload_too_large: { status: 413, message: '请求太大了。' },
  unsupported_media_type: { status: 415, message: '请用 JSON 发送请求（Content-Type: application/json）。' },
  rate_limited: { status: 429, message: '提问太频繁了，请稍等片刻再试。' },
  internal: { status: 500, message: '服务暂时出了问题，请稍后再试。' },
  not_implemented: { status: 501, message: '这项功能还没有开通。' },
  not_ready: { status: 503, message: '数据还在加载，请稍后再试。' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] }
}

/** An expected failure: carries its code, a citizen-safe message, and optional response headers (Retry-After). */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { headers?: Record<string, string>; issues?: ErrorBody['error']['issues'] } = {},
  ) {
    super(message ?? ERRORS[code].message)
    this.status = ERRORS[code].status
  }
}

/** Hono's own exceptions (malformed JSON, wrong content type) mapped onto the taxonomy. */
function fromHttpException(e: HTTPException): AppError {
  if (e.status === 400 && /json/i.test(e.message)) return new AppError('bad_json')
  if (e.status === 400 && /content-type/i.test(e.message)) return new AppError('unsupported_media_type')
  const code = (Object.keys(ERRORS) as ErrorCode[]).find((k) => ERRORS[k].status === e.status) ?? 'internal'
  return new AppError(code)
}

export function errorResponse(c: Context, err: AppError): Response {
  const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.extra.issues ? { issues: err.extra.issues } : {}) } }
  return c.json(body, err.status as 400, err.extra.headers)
}

/** The one error funnel: expected errors keep their code; anything else is a 500 whose stack goes only to the log. */
export function handleError(err: unknown, c: Context): Response {
  if (err instanceof AppError) return errorResponse(c, err)
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err))
  logEvent('error', 'unhandled', { method: c.req.method, path: c.req.path, error: err })
  return errorResponse(c, new AppError('internal'))
}

export const notFound = (c: Context) => errorResponse(c, new AppError('not_found'))
