/**
 * Names asked by a shortened or reworded form. A project's long name is said with words left out
 * ("农村饮水安全工程维修养护项目" asked as 农村饮水维修养护项目); an indicator's with its words in another order
 * ("维修更换入户水表数量" asked as 入户水表更换数量). Both are matched by runs of two or more of the name's own
 * characters, never by single characters.
 */

export interface Span { start: number; end: number }

/** The longest run at `text[j]` (2+ characters) that occurs in `name` at or after `from`; its place in the name. */
function runAt(name: string, text: string, j: number, from: number): { at: number; len: number } | undefined {
  for (let len = Math.min(name.length - from, text.length - j); len >= 2; len--) {
    const at = name.indexOf(text.slice(j, j + len), from)
    if (at >= 0) return { at, len }
  }
  return undefined
}

/**
 * Where `text` says `name` with words left out: its opening words, then up to two more runs of it in order, ending
 * with its last words (the generic word closing the name, 项目/工程, kept), covering at least 60% of it, with nothing
 * else between. Example: 农村饮水安全工程维修养护项目 in "…农村饮水维修养护项目年初预算…" → the span of 农村饮水维修养护项目.
 * The name said whole is found too (one run). Undefined when the text does not say it.
 */
export function abridgedNameSpan(name: string, text: string): Span | undefined {
  if (name.length < 6) return undefined
  let best: Span | undefined
  for (let i = text.indexOf(name.slice(0, 2)); i >= 0; i = text.indexOf(name.slice(0, 2), i + 1)) {
    let j = i
    let from = 0
    let runs = 0
    while (j < text.length && from < name.length && runs < 3) {
      const r = runAt(name, text, j, from)
      // the first run opens the name; later runs may skip words of it
      if (!r || (runs === 0 && r.at !== 0)) break
      from = r.at + r.len
      j += r.len
      runs++
    }
    if (runs >= 1 && from === name.length && (j - i) / name.length >= 0.6 && (!best || j - i > best.end - best.start)) best = { start: i, end: j }
  }
  return best
}

/**
 * Where `text` says `name` with its words reordered: one phrase of the text made only of runs (2+ characters) of the
 * name, each run used once, covering at least 75% of it. Example: 维修更换入户水表数量 in "入户水表更换数量为什么没完成" →
 * the span of 入户水表更换数量 (入户水表 + 更换 + 数量). Undefined when no such phrase exists.
 */
export function reorderedNameSpan(name: string, text: string, textBigrams: Map<string, number[]> = bigramPositions(text)): Span | undefined {
  if (name.length < 6) return undefined
  let best: Span | undefined
  // a phrase opens with a run of 2+ characters of the name, so with one of its bigrams: only the positions of the text
  // where one starts are tried (a 500-character question costs what its bigrams of the name cost, not its length
  // times the name's)
  const starts = new Set<number>()
  for (let k = 0; k + 1 < name.length; k++) for (const i of textBigrams.get(name.slice(k, k + 2)) ?? []) starts.add(i)
  for (const i of [...starts].sort((a, b) => a - b)) {
    const used = new Array<boolean>(name.length).fill(false)
    let j = i
    for (;;) {
      // the longest run at j that fits in a part of the name not used yet
      let hit: { at: number; len: number } | undefined
      for (let len = Math.min(name.length, text.length - j); len >= 2 && !hit; len--) {
        const piece = text.slice(j, j + len)
        for (let at = name.indexOf(piece); at >= 0; at = name.indexOf(piece, at + 1)) {
          if (!used.slice(at, at + len).some(Boolean)) { hit = { at, len }; break }
        }
      }
      if (!hit) break
      used.fill(true, hit.at, hit.at + hit.len)
      j += hit.len
    }
    const covered = used.filter(Boolean).length
    if (covered / name.length >= 0.75 && j - i >= 4 && (!best || j - i > best.end - best.start)) best = { start: i, end: j }
  }
  return best
}

/** Where each bigram of a text starts: read once per question, shared by the scans of every name near it. */
export function bigramPositions(text: string): Map<string, number[]> {
  const at = new Map<string, number[]>()
  for (let i = 0; i + 1 < text.length; i++) {
    const b = text.slice(i, i + 2)
    const list = at.get(b)
    if (list) list.push(i)
    else at.set(b, [i])
  }
  return at
}
