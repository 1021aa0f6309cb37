import { el, type Child } from '../shared/dom.js'

/** The part of `text` to mark for `query`: the whole query where it occurs, else its longest run of 2+ characters found. */
export function matchSpan(text: string, query: string): [number, number] | undefined {
  const q = query.trim()
  if (!q || !text) return undefined
  const at = text.toLowerCase().indexOf(q.toLowerCase())
  if (at >= 0) return [at, at + q.length]
  for (let len = q.length - 1; len >= 2; len--) {
    for (let i = 0; i + len <= q.length; i++) {
      const j = text.indexOf(q.slice(i, i + len))
      if (j >= 0) return [j, j + len]
    }
  }
  return undefined
}

/** `text` with the match in a <mark> (text nodes only: never parsed as HTML). */
export function highlighted(text: string, query: string): Child[] {
  const span = matchSpan(text, query)
  if (!span) return [text]
  return [text.slice(0, span[0]), el('mark', { text: text.slice(span[0], span[1]) }), text.slice(span[1])]
}
