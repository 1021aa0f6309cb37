import type { AnswerState } from '../shared/ui-stream.js'

/** A finished turn as kept in sessionStorage: the question and the answer as it was shown. */
export interface SavedTurn {
  question: string
  state: AnswerState
}

const MAX_TURNS = 20

/** The conversation of one tab, kept across page loads (sessionStorage; silently nothing where storage is blocked). */
export function conversationStore(key: string) {
  const storage = (): Storage | undefined => {
    try {
      return window.sessionStorage
    } catch {
      return undefined
    }
  }
  return {
    load(): SavedTurn[] {
      try {
        const raw = storage()?.getItem(key)
        const turns = raw ? (JSON.parse(raw) as unknown) : []
        return Array.isArray(turns) ? turns.filter((t) => t && typeof t.question === 'string' && t.state && typeof t.state.text === 'string') : []
      } catch {
        return []
      }
    },
    save(turns: SavedTurn[]): void {
      try {
        storage()?.setItem(key, JSON.stringify(turns.slice(-MAX_TURNS)))
      } catch {
        // full or blocked: the conversation just won't survive a reload
      }
    },
    clear(): void {
      try {
        storage()?.removeItem(key)
      } catch {
        // blocked: nothing was kept
      }
    },
  }
}
