import { Hono } from 'hono'
import type { HonoEnv } from '../http/types.js'
import { openApiSpec } from './openapi-spec.js'

/** GET /api/openapi.json, generated once per app. */
export function openApiRoutes() {
  let spec: ReturnType<typeof openApiSpec> | undefined
  return new Hono<HonoEnv>().get('/openapi.json', (c) => c.json((spec ??= openApiSpec())))
}
