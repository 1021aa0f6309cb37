import { decodeEntities } from '../../parse/html-table.js'

/** A node of a tolerant HTML tree: an element with its attributes and children, or a run of text. */
export type HtmlNode = HtmlElement | { kind: 'text'; text: string }
export interface HtmlElement { kind: 'element'; tag: string; attrs: Record<string, string>; children: HtmlNode[] }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements whose content is text to skip whole (never parsed as markup). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'xmp'])
/** An opening tag that closes an open element of these kinds first (an unclosed <p>, <li>, <td>, <tr>). */
const CLOSES: Record<string, string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'],
  tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], tbody: ['tbody', 'thead', 'tr', 'td', 'th'], thead: ['tbody', 'thead'], tfoot: ['tbody', 'thead'],
}
/** Block openers that close an open <p> (HTML's implied end of a paragraph). */
const CLOSES_P = new Set(['div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav', 'form', 'pre', 'blockquote', 'hr'])
/** Elements a closing or opening tag of another stops at: an unclosed cell never closes past its table. */
const SCOPE = new Set(['table', 'html', 'body'])

function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of s.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  return out
}

/** Parse a page into a tree, forgiving as browsers are: unclosed cells and paragraphs close themselves, stray end tags are dropped. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = () => stack[stack.length - 1]
  const closeTo = (tags: string[], stopAtScope: boolean) => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (tags.includes(stack[i].tag)) { stack.length = i; return }
      if (stopAtScope && SCOPE.has(stack[i].tag)) return
    }
  }
  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
  let at = 0
  for (let m: RegExpExecArray | null; (m = token.exec(html)); ) {
    if (m.index > at) top().children.push({ kind: 'text', text: html.slice(at, m.index) })
    at = token.lastIndex
    if (!m[2]) continue // comment, doctype, processing instruction
    const tag = m[2].toLowerCase()
    if (m[1]) { closeTo([tag], !SCOPE.has(tag)); continue }
    if (CLOSES[tag]) closeTo(CLOSES[tag], true)
    if (CLOSES_P.has(tag)) closeTo(['p'], true)
    const el: HtmlElement = { kind: 'element', tag, attrs: attrsOf(m[3]), children: [] }
    top().children.push(el)
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, at)
      const stop = end < 0 ? html.length : end
      el.children.push({ kind: 'text', text: html.slice(at, stop) })
      at = stop < html.length ? html.indexOf('>', stop) + 1 || html.length : html.length
      token.lastIndex = at
      continue
    }
    if (!VOID.has(tag) && !/\/\s*$/.test(m[3])) stack.push(el)
  }
  if (at < html.length) top().children.push({ kind: 'text', text: html.slice(at) })
  return root
}

/** The text of a subtree, entities decoded, whitespace runs kept as they are. */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return decodeEntities(node.text)
  if (node.tag === 'br') return '\n'
  if (RAW.has(node.tag)) return ''
  return node.children.map(textOf).join('')
}

/** Every element of a subtree (itself first) that satisfies `test`. */
export function findAll(node: HtmlNode, test: (el: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  if (node.kind !== 'element') return out
  if (test(node)) out.push(node)
  for (const c of node.children) findAll(c, test, out)
  return out
}
