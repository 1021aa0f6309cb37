import { z } from 'zod'
import { Scope } from '../core/schema.js'

/**
 * The staff routes' request bodies, apart from their handlers: the OpenAPI document describes them without importing
 * the handlers (a draft's handlers reach the parser, which the citizens' Worker never runs).
 */
export const MetadataPatch = z.object({
  org: z.string().trim().min(2).max(100).optional(),
  region: z.string().trim().min(1).max(50).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  scope: Scope.optional(),
}).strict()
