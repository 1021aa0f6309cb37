/** One JSON line per event on stderr; errors carry their stack here and nowhere else. */
export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): void {
  const out: Record<string, unknown> = { level, event, time: new Date().toISOString() }
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v
  if (level === 'info') console.info(JSON.stringify(out))
  else console.error(JSON.stringify(out))
}
