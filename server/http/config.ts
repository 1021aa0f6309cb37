/** The environment variables and bindings the app reads (strings on Node, vars + bindings on Workers). */
export interface AppEnv {
  OPENAI_API_KEY?: string
  OPENAI_BASE_URL?: string
  OPENAI_MODEL?: string
  MODEL_TIMEOUT_MS?: string
  ALLOWED_ORIGINS?: string
  RATE_LIMIT_PER_MIN?: string
  MAX_BODY_BYTES?: string
  MODEL_CONCURRENCY?: string
  MODEL_REQUESTS_PER_MIN?: string
  TRUST_PROXY?: string
  /** Workers rate-limiting binding (wrangler.toml [[ratelimits]]); preferred over the in-memory limiter. */
  RATE_LIMITER?: RateLimitBinding
  /** Workers static assets binding (wrangler.toml [assets]). */
  ASSETS?: { fetch(req: Request): Promise<Response> }
}

export interface RateLimitBinding {
  limit(opts: { key: string }): Promise<{ success: boolean }>
}

export interface Config {
  /** Origins allowed to call the API cross-origin and to frame /embed, e.g. https://ybq.example.gov.cn */
  allowedOrigins: string[]
  /** Questions per client IP per minute on /api/ask and /api/chat; 0 disables the limiter. */
  rateLimitPerMin: number
  maxBodyBytes: number
  modelTimeoutMs: number
  /** model turns at once, and started per minute, for the whole process; past either the offline answer is given */
  modelConcurrency: number
  modelPerMin: number
  /** reverse proxies in front of the app (Node): the client is the address that many hops back in X-Forwarded-For */
  trustProxyHops: number
  openai?: { apiKey: string; baseURL?: string; model: string }
}

const int = (v: string | undefined, fallback: number, min = 0) => {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v)
  return Number.isInteger(n) && n >= min ? n : fallback
}

const origins = (v: string | undefined) =>
  (v ?? '').split(/[\s,]+/).map((o) => o.trim().replace(/\/+$/, '')).filter((o) => /^https?:\/\/[^/\s]+$/.test(o))

/** Reads the config once; a malformed number falls back to its default rather than failing start-up. */
export function readConfig(env: AppEnv): Config {
  const key = env.OPENAI_API_KEY?.trim()
  return {
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    rateLimitPerMin: int(env.RATE_LIMIT_PER_MIN, 30),
    maxBodyBytes: int(env.MAX_BODY_BYTES, 256 * 1024, 1024),
    modelTimeoutMs: int(env.MODEL_TIMEOUT_MS, 20_000, 100),
    modelConcurrency: int(env.MODEL_CONCURRENCY, 4, 1),
    modelPerMin: int(env.MODEL_REQUESTS_PER_MIN, 60, 1),
    trustProxyHops: Math.min(int(env.TRUST_PROXY, 0), 10),
    openai: key ? { apiKey: key, baseURL: env.OPENAI_BASE_URL?.trim() || undefined, model: env.OPENAI_MODEL?.trim() || 'gpt-4o-mini' } : undefined,
  }
}
