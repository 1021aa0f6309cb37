/**
 * Rule meaning-in-doc: "某局预算说明中“部门综合预算”指什么", "某镇决算里“X”包括什么" — a meaning asked of a named
 * organisation's document. The operation rules leave these to lookups (an organisation named with 包括哪些 usually asks
 * for parts with figures); this rule takes them when the term is quoted, or asked with 指, or the question points at the
 * document's notes (说明, 名词解释, 口径), and only when that document defines the term (its 名词解释, a 说明 row).
 */
const ASK = /(?:具体)?(?:是)?指(?:的是)?(?:什么|哪些|啥)|是什么意思|什么意思|的?含义是?什么|(?:都|主要)?(?:包括|包含)(?:了)?(?:什么|哪些|啥)/
const INCLUDES = /^(?:都|主要)?(?:包括|包含)/
const NOTES = /说明|名词解释|口径|注释/
const QUOTED = /[“"「『]([^”"」』]{2,30})[”"」』]$/

/**
 * The term a meaning question asks about, or undefined when the question is not one. `asTyped` is the question with its
 * quotation marks (the frame's text has none); `text` and the concepts' positions are the frame's.
 */
export function meaningTermAsked(asTyped: string, text: string, concepts: readonly { surface: string; start: number }[]): string | undefined {
  const typed = ASK.exec(asTyped)
  const m = ASK.exec(text)
  if (!m || !typed) return undefined
  const before = text.slice(0, m.index).replace(/(?:具体|到底|究竟|是)$/, '')
  const quoted = QUOTED.exec(asTyped.slice(0, typed.index).replace(/(?:具体|到底|究竟|是)$/, ''))?.[1]
  if (INCLUDES.test(m[0]) && !quoted && !NOTES.test(before)) return undefined
  if (quoted) return quoted
  // "…说明里，公务接待费指什么": the last clause; else the recognised concept that ends right before the ask
  const clause = before.split(/[，,。；;：:？?]/).pop()!.replace(/^.*?(?:里|中|的)(?=[^里中的]{2,}$)/, '')
  const concept = [...concepts].reverse().find((c) => c.start + c.surface.length === before.length)
  return concept?.surface ?? (clause.length >= 2 && clause.length <= 30 ? clause : undefined)
}
