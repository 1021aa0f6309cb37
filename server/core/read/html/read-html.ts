import { foldMeaning } from '../meaning-view.js'
import { decodeEntities } from '../../parse/html-table.js'
import { dateOfFurniture } from '../../parse/page-furniture.js'
import { EMPTY_CELL_LINE } from '../../parse/source-lines.js'
import type { ReadResult } from '../types.js'
import { decodeText, encodingOfLabel } from '../decode-text.js'
import { chromeLineRule, isChrome, isDecorativeImage } from './boilerplate.js'
import { findAll, parseHtml, textOf, type HtmlElement, type HtmlNode } from './html-dom.js'

/** Elements that start and end a line of text. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'center', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'tr', 'td', 'th', 'caption', 'body', 'html', 'figure', 'figcaption', 'address'])

/** "来源：某县民政局" / "发布机构：…" on the page's info line, cut before the next field. */
const PUBLISHER = /(?:^|\s)(?:信息来源|来源|发布机构|发文机关|发布单位)\s*[:：]\s*([\p{Script=Han}（）()]{4,40})/u
/** "索引号 | … | 发布机构 | 某街道办事处 |": the same field as a cell of the particulars' grid */
const PIPED_PUBLISHER = /(?:^|\|)\s*(?:发布机构|发文机关|发布单位)\s*\|\s*([\p{Script=Han}（）()]{4,40})\s*(?:\||$)/u
/** "版权所有：株洲市妇幼保健院 株洲市儿童医院": the site's owner, its first name */
const OWNER = /版权所有\s*[:：]?\s*(?:[©Ⓒ]\s*)?(?:\d{4}\s*)?([\p{Script=Han}（）()]{4,40})/u
/** "来源　某县水利局　发布时间　…": the same field set apart by spaces on a date-stamped line */
const SPACED_PUBLISHER = /^(?:信息来源|来源|发布机构|发布单位)\s+([\p{Script=Han}（）()]{4,40})\s/u

/** Collapse ASCII whitespace (full-width spaces are layout the parser reads: kept). */
const squash = (s: string) => s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()
const escapeCell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const ownRows = (table: HtmlElement) => findAll(table, (el) => el.tag === 'tr').filter((tr) => nearestTable(table, tr) === table)
const cellsOf = (tr: HtmlElement) => tr.children.filter((c): c is HtmlElement => c.kind === 'element' && (c.tag === 'td' || c.tag === 'th'))

/** The innermost table holding `target` under `root` (a row of a nested table is not the outer table's row). */
function nearestTable(root: HtmlElement, target: HtmlElement): HtmlElement | undefined {
  const walk = (el: HtmlElement, table: HtmlElement | undefined): HtmlElement | undefined => {
    if (el === target) return table
    for (const c of el.children) {
      if (c.kind !== 'element') continue
      const hit = walk(c, c.tag === 'table' ? c : table)
      if (hit) return hit
    }
    return undefined
  }
  return walk(root, root)
}

/** Running prose in a cell: a long text of sentences (an explanation row, a 备注), not a label. */
const isProseCell = (c: HtmlElement) => { const t = squash(textOf(c)); return t.length > 150 && /[。；]/.test(t) }

/**
 * A table used for page layout, not figures: it holds another table, has one column, or cells of running prose in
 * a table with fewer than three rows of figures (a data table may end with a row of explanation or a 备注).
 */
function isLayoutTable(table: HtmlElement): boolean {
  if (findAll(table, (el) => el.tag === 'table').length > 1) return true
  const rows = ownRows(table)
  if (!rows.length || rows.every((r) => cellsOf(r).length <= 1)) return true
  const figureRows = rows.filter((r) => cellsOf(r).some((c) => isFigure(cellText(c)))).length
  return figureRows < 3 && rows.some((r) => cellsOf(r).some(isProseCell))
}

class PageText {
  lines: string[] = []
  imageTables: NonNullable<ReadResult['imageTables']> = []
  dropped = new Map<string, number>()
  publisher: string | undefined
  /** the site's owner its footer names (版权所有：…) */
  owner: string | undefined
  /** the body a breadcrumb names as the page's section ("当前位置：首页 > 部门 > 某县林业局 > 财政预决算") */
  crumbOrg: string | undefined
  /** the date the page says it was published (from its dropped date line), "2025-09-12" */
  published: string | undefined
  /** documents the page links (附件：….pdf): the figures may be there rather than on the page */
  attachments: string[] = []
  /** the page's particulars on dropped lines (来源：…, 发布时间：…), each at the text line it was printed under */
  pageLines: { line: number; text: string }[] = []
  private current = ''
  /** inside <pre>: a line of spaces is a line (a table copied one cell per line keeps its empty cells so) */
  preformatted = false

  inline(s: string) { this.current += s }
  flush() {
    // the line breaks right after <pre> and before </pre> are not content (as browsers read them)
    const text = this.preformatted ? this.current.replace(/^\r?\n/, '').replace(/\r?\n$/, '') : this.current
    if (this.preformatted && !text) { this.current = ''; return }
    for (const part of text.split('\n')) {
      const line = squash(part)
      if (!line) { if (this.preformatted) this.lines.push(''); continue }
      // (a page mirrored in Traditional, glossed in pinyin, "發(fā)布時間:…", "版權所有:…", has the same furniture: read
      // through the meaning view)
      const meaning = foldMeaning(line)
      const rule = chromeLineRule(meaning)
      if (rule) {
        this.dropped.set(rule.name, (this.dropped.get(rule.name) ?? 0) + 1)
        this.publisher ??= PUBLISHER.exec(meaning)?.[1] ?? SPACED_PUBLISHER.exec(meaning.replace(/\u3000/g, ' '))?.[1] ?? PIPED_PUBLISHER.exec(meaning)?.[1]
        if (rule.name.startsWith('breadcrumb')) this.crumbOrg ??= breadcrumbOrg(meaning)
        if (rule.name === 'site-footer') this.owner ??= OWNER.exec(meaning)?.[1]
        this.published ??= dateOfFurniture(meaning)
        if (rule.particulars) this.pageLines.push({ line: this.lastFilled(), text: line })
        continue
      }
      this.lines.push(line)
    }
    this.current = ''
  }
  push(line: string) { this.flush(); this.lines.push(line) }
  /** the last line of text so far that is not blank (1 before any) */
  private lastFilled() {
    let n = this.lines.length
    while (n > 1 && !this.lines[n - 1].trim()) n--
    return Math.max(1, n)
  }
}

const cellText = (c: HtmlElement) => squash(textOf(c).replace(/\n/g, ' '))
const isFigure = (s: string) => /^[-+]?[\d,]+(?:\.\d+)?%?$/.test(s)

/**
 * A row that captions the table rather than holding cells: one text across the table (its title), or the 单位：
 * line beside the department's name; at the end, a note (注：…). Such rows are written above or below the table.
 */
function captionRow(tr: HtmlElement, at: 'head' | 'tail'): string | undefined {
  const cells = cellsOf(tr).map(cellText).filter(Boolean)
  if (!cells.length || cells.some(isFigure)) return undefined
  // at the end: a note (注：…), or a row of running prose under its label ("三、增减变化原因说明 | 2024年…。"), written
  // below the table as the text it is
  if (at === 'tail') {
    if (cells.length === 1 && /^[（(]?\s*(?:注|备注|说明)\s*[:：]/.test(cells[0])) return cells[0]
    const last = cellsOf(tr).filter((c) => cellText(c)).pop()
    return cells.length <= 2 && last && (isProseCell(last) || /[。；]$/.test(cells[cells.length - 1])) && cells[cells.length - 1].length > 40 ? cells.join('：').replace(/[:：]：/, '：') : undefined
  }
  if (cells.length === 1 && cellsOf(tr).length === 1) return cells[0]
  return cells.some((c) => /单位\s*[:：]/.test(c)) ? cells.join('\t') : undefined
}

/** Rows whose cells alternate a label ending in ：and its value, with no figure column: a form, not a table. */
function isLabelForm(rows: HtmlElement[]): boolean {
  const cells = rows.flatMap((tr) => cellsOf(tr).map(cellText))
  const labels = cells.filter((c) => /[:：]$/.test(c)).length
  return rows.length > 0 && labels >= 2 && labels * 2 >= cells.filter(Boolean).length && !rows.some((tr) => cellsOf(tr).map(cellText).some((c) => /^[-+]?[\d,]+\.\d{2}$/.test(c)))
}

/**
 * Rowspans with the empty rows taken out: an empty `<tr></tr>` (editors leave one under a three-level header) is not
 * written, so a cell spanning it spans one row less; otherwise it would reach down over the first data row.
 */
function rowspansOver(rows: HtmlElement[]): Map<HtmlElement, number> {
  const out = new Map<HtmlElement, number>()
  rows.forEach((tr, i) => {
    if (cellsOf(tr).length) return
    for (let j = 0; j < i; j++) {
      for (const c of cellsOf(rows[j])) {
        const span = Number(c.attrs.rowspan) || 1
        if (j + span > i) out.set(c, (out.get(c) ?? span) - 1)
      }
    }
  })
  return out
}

/** A data table as markup the parser reads (`<table>`, one `<tr>` per line, spans kept, cell text only). */
function renderTable(table: HtmlElement, out: PageText) {
  const caption = table.children.find((c): c is HtmlElement => c.kind === 'element' && c.tag === 'caption')
  if (caption) { out.inline(textOf(caption)); out.flush() }
  const rows = ownRows(table)
  let first = 0
  let end = rows.length
  for (let t: string | undefined; first < end && (t = captionRow(rows[first], 'head')) !== undefined; first++) out.push(t)
  const notes: string[] = []
  for (let t: string | undefined; end > first + 1 && (t = captionRow(rows[end - 1], 'tail')) !== undefined; end--) notes.unshift(t)
  // a borderless table that only held the caption (单位名称：… 表三 单位：元) leaves no table behind
  if (first >= end) { for (const n of notes) out.push(n); return }
  // a form of labels and values without a figure (索引号： … 发布机构： …): the page's particulars, read as lines
  if (isLabelForm(rows.slice(first, end))) {
    for (const tr of rows.slice(first, end)) out.push(cellsOf(tr).map(cellText).filter(Boolean).join(' ').replace(/([:：])\s+/g, '$1'))
    return
  }
  out.push('<table>')
  const rowspan = rowspansOver(rows.slice(first, end))
  for (const tr of rows.slice(first, end)) {
    const cells = cellsOf(tr).map((c) => {
      const spans: Record<string, number> = { colspan: Number(c.attrs.colspan), rowspan: rowspan.get(c) ?? Number(c.attrs.rowspan) }
      const span = ['colspan', 'rowspan'].filter((a) => spans[a] > 1).map((a) => ` ${a}="${spans[a]}"`).join('')
      return `<${c.tag}${span}>${escapeCell(cellText(c))}</${c.tag}>`
    })
    if (cells.length) out.push(`<tr>${cells.join('')}</tr>`)
  }
  out.push('</table>')
  for (const n of notes) out.push(n)
}

/** A body with its place spelled out: 某县林业局, 某市某区人民政府办公室, 某镇人民政府. */
const PLACED_BODY = /^\p{Script=Han}{2,12}?(?:省|市|县|区|旗|州|盟|镇|乡)\p{Script=Han}{1,16}?(?:局|委员会|委|办公室|中心|人民政府|政府|院|所|站|馆|队|办)$/u

/**
 * Rule `breadcrumb-org`: the last place of a page's breadcrumb that names a body with its place ("当前位置：首页 > 部门
 * 信息公开 > 乐水县林业局 > 财政预决算"): the body whose section the page is, read as its publisher when the page says
 * no 来源 (the title and the page's own words still come first).
 */
function breadcrumbOrg(line: string): string | undefined {
  const parts = line.replace(/^[^:：]*[:：]/u, '').split(/\s*(?:[>›»＞/]|&gt;)+\s*/u).map((x) => x.trim()).filter(Boolean)
  return parts.reverse().find((x) => PLACED_BODY.test(x))
}

/** Inline elements a page may print a table's cells as. */
const INLINE_CELL = new Set(['span', 'font', 'b', 'strong', 'em', 'i', 'label'])
/** A figure as a cell prints it: 1,300.00, -25.5, 12.30%. */
const FIGURE_CELL = /^[-－]?\d[\d,]*(?:\.\d+)?[%％]?$/u
/** A label cell: a short name with no sentence's punctuation. */
const LABEL_CELL = /^[^。，；：！？、,;:!?]{1,30}$/u
/** Words only a table's header row prints. */
const HEADER_WORDS = /合计|小计|总计|项目|科目|单位名称|预算数|决算数|金额|编码/u

/**
 * The cells of a block whose children are all inline elements, three or more, each a figure or a short label, and
 * either two of them figures (a row) or its labels a header's (合计, 科目, 单位名称…); undefined otherwise (prose in
 * styled runs keeps its words as they run).
 */
function spanCells(node: HtmlElement): string[] | undefined {
  const kids = node.children.filter((c) => c.kind !== 'text' || textOf(c).trim() !== '')
  if (kids.length < 3 || !kids.every((c) => c.kind === 'element' && INLINE_CELL.has(c.tag))) return undefined
  const texts = kids.map((c) => squash(textOf(c)))
  // (an empty cell is a span of no-break spaces: "<span>&nbsp;</span>" where a row has no figure or no code)
  if (texts.filter(Boolean).length < 2 || !texts.every((t, i) => (t ? FIGURE_CELL.test(t) || LABEL_CELL.test(t) : isEmptyCell(kids[i])))) return undefined
  const figures = texts.filter((t) => FIGURE_CELL.test(t)).length
  return figures >= 2 || (figures === 0 && HEADER_WORDS.test(texts.join(''))) ? texts : undefined
}

/** An element printing only spaces (&nbsp;, decoded as a space): an empty cell as an editor writes it. */
const isEmptyCell = (node: HtmlNode) => { const t = textOf(node); return t !== '' && t.trim() === '' }

function render(node: HtmlNode, out: PageText) {
  if (node.kind === 'text') { out.inline(textOf(node)); return }
  if (isChrome(node)) return
  if (node.tag === 'br') { out.inline('\n'); return }
  if (node.tag === 'img') {
    if (isDecorativeImage(node)) return
    out.flush()
    const what = node.attrs.alt || node.attrs.title || (node.attrs.src?.startsWith('data:') ? '' : node.attrs.src?.replace(/^.*\//, '')) || 'embedded image'
    out.imageTables.push({ line: Math.max(1, out.lines.length), note: `table published as an image (${what}): not read` })
    return
  }
  if (node.tag === 'a' && /\.(?:pdf|xlsx?|docx?|wps|et|zip|rar)(?:$|[?#])/i.test(node.attrs.href ?? '')) out.attachments.push(node.attrs.href!)
  if (node.tag === 'table' && !isLayoutTable(node)) { renderTable(node, out); return }
  const block = BLOCK.has(node.tag)
  if (block) out.flush()
  // rule cell-spans: a table's row printed as a block of inline cells with nothing between them
  // ("<p><span>合计</span><span>1,300.00</span><span>1,234.56</span></p>"): its cells set apart, never run together
  const cells = block ? spanCells(node) : undefined
  // (written tab-separated, so an empty cell keeps its column)
  if (cells) { out.push(cells.join('\t')); return }
  // rule empty-cell-paragraph: "<p>&nbsp;</p>" among a table's cells printed one per paragraph is that row's empty
  // cell; kept as a line of its own (blank to prose) so the cells after it stay in their columns
  if (node.tag === 'p' && isEmptyCell(node)) { out.push(EMPTY_CELL_LINE); return }
  const pre = node.tag === 'pre' && !out.preformatted
  if (pre) out.preformatted = true
  for (const c of node.children) render(c, out)
  if (block) out.flush()
  if (pre) out.preformatted = false
}

/** The charset a page declares in its first bytes (`<meta charset>` or the http-equiv content type). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
}

/** A web page as published: its text in reading order, site chrome dropped, data tables as markup, image tables noted. */
export function readHtmlText(html: string): Omit<ReadResult, 'format'> {
  const root = parseHtml(html)
  const titleEl = findAll(root, (el) => el.tag === 'title')[0]
  // <title> holds raw text (textOf skips raw elements): its one text child is the title
  const title = squash(titleEl ? titleEl.children.map((c) => (c.kind === 'text' ? decodeEntities(c.text) : '')).join('') : '') || undefined
  const out = new PageText()
  const body = findAll(root, (el) => el.tag === 'body')[0] ?? root
  render(body, out)
  out.flush()
  const warnings = [
    ...[...out.dropped].map(([rule, n]) => `dropped ${n} line(s) of site chrome (${rule})`),
    ...out.attachments.map((href) => `the page links an attachment that may hold the tables: ${href}`),
  ]
  return {
    text: out.lines.join('\n'), origins: undefined, imageTables: out.imageTables, warnings,
    ...(title ? { title } : {}), ...(out.publisher ?? out.crumbOrg ? { publisher: out.publisher ?? out.crumbOrg } : {}),
    ...(out.published ? { published: out.published } : {}),
    ...(out.owner ? { siteOwner: out.owner } : {}),
    ...(out.pageLines.length ? { pageLines: out.pageLines } : {}),
  }
}

/** Reader for `.html`/`.htm` pages: decoded by BOM, declared charset or content (GBK pages are common), then read. */
export async function readHtml(_name: string, bytes: Uint8Array): Promise<ReadResult> {
  const { text } = decodeText(bytes, encodingOfLabel(declaredCharset(bytes)))
  return { format: 'html', ...readHtmlText(text) }
}
