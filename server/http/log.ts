/** An error as logged: a provider's HTTP status comes along (402 is an empty balance, 429 a rate limit, 503 overload). */
const errorFields = (e: Error) => {
  const status = (e as { statusCode?: unknown }).statusCode
  return { name: e.name, message: e.message, ...(typeof status === 'number' ? { status } : {}), stack: e.stack }
}

/** One JSON line per event on stderr; errors carry their stack here and nowhere else. */
export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): void {
  const out: Record<string, unknown> = { level, event, time: new Date().toISOString() }
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? errorFields(v) : v
  if (level === 'info') console.info(JSON.stringify(out))
  else console.error(JSON.stringify(out))
}
