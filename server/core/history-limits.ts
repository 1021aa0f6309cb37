/**
 * How much conversation a request may carry (issue 12: bounded work per request). The planner reads the last 3 user
 * turns within 600 characters and the model the last 6 messages within 4,000, so more history only costs decoding.
 * Zod-free, so the widget keeps its history within the same budget (clipHistory) without pulling in the schemas.
 */
export const HISTORY_LIMITS = { messages: 20, messageChars: 4000, totalChars: 8000 } as const

export interface HistoryTurn { role: 'user' | 'assistant'; content: string }

/** The newest whole messages (each clipped to messageChars) that fit the total; older ones are dropped. */
export function clipHistory<T extends HistoryTurn>(messages: readonly T[]): T[] {
  let left = HISTORY_LIMITS.totalChars
  const kept: T[] = []
  for (const m of messages.slice(-HISTORY_LIMITS.messages).reverse()) {
    const content = m.content.slice(0, HISTORY_LIMITS.messageChars)
    if (content.length > left) break
    kept.push({ ...m, content })
    left -= content.length
  }
  return kept.reverse()
}
