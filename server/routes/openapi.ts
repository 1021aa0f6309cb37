import { Hono } from 'hono'
import type { HonoEnv } from '../http/types.js'
import { openApiSpec } from './openapi-spec.js'
import { staffOpenApi } from './staff-openapi.js'

/** The staff routes and their security schemes, when the app serves them. */
function withStaffRoutes(spec: Record<string, unknown>, withStaff: boolean): Record<string, unknown> {
  if (!withStaff) return spec
  const staff = staffOpenApi()
  const components = spec.components as Record<string, unknown>
  return { ...spec, paths: { ...(spec.paths as object), ...staff.paths }, components: { ...components, securitySchemes: staff.securitySchemes } }
}

/** GET /api/openapi.json, generated once per app. */
export function openApiRoutes(withStaff = false) {
  let spec: ReturnType<typeof openApiSpec> | undefined
  return new Hono<HonoEnv>().get('/openapi.json', (c) => c.json((spec ??= withStaffRoutes(openApiSpec(), withStaff))))
}
