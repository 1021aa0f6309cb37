import { zValidator } from '@hono/zod-validator'
import type { MiddlewareHandler, ValidationTargets } from 'hono'
import type { z } from 'zod'
import { AppError } from './errors.js'

const FIELD_NAMES: Record<string, string> = {
  question: '问题', history: '历史消息', org: '单位', messages: '消息', q: '搜索词', year: '年份', table: '表格', limit: '条数',
  content: '内容', role: '角色', parts: '消息内容',
}

const fieldName = (path: PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 条` : FIELD_NAMES[String(p)] ?? String(p))).join(' › ') || '请求'

/** One zod issue as a Chinese sentence a citizen can act on: 问题超过 500 个字。 */
function issueSentence(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path)
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${field}超过 ${issue.maximum} 个字。`
      return issue.origin === 'array' ? `${field}最多 ${issue.maximum} 条。` : `${field}不能大于 ${issue.maximum}。`
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) <= 1) return `${field}不能为空。`
      if (issue.origin === 'string') return `${field}至少 ${issue.minimum} 个字。`
      return issue.origin === 'array' ? `${field}至少 ${issue.minimum} 条。` : `${field}不能小于 ${issue.minimum}。`
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? `缺少${field}。` : `${field}的类型不对（应为 ${issue.expected}）。`
    case 'invalid_value':
      return `${field}的取值不对。`
    case 'custom':
      return `${field}${issue.message}。`
    case 'unrecognized_keys':
      return `${field}有不认识的字段：${issue.keys.join(', ')}。`
    default:
      return `${field}不对：${issue.message}`
  }
}

/** A 400 that says what is wrong: the first issue in Chinese, every issue with its path for developers. */
export function validationError(error: { issues: z.core.$ZodIssue[] }): AppError {
  const issues = error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  return new AppError('bad_request', issueSentence(error.issues[0]), { issues })
}

/** @hono/zod-validator with failures routed through the error funnel. */
export function valid<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw validationError(result.error)
  })
}

/** 415 for a body that is not declared as JSON (an empty body without Content-Type falls through to the schema). */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type && !/^application\/([\w.-]+\+)?json$/.test(type)) throw new AppError('unsupported_media_type')
  await next()
}
