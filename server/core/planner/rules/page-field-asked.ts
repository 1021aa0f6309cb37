import type { BudgetDocument, Field, PageField, Paragraph, Table } from '../../schema.js'
import { fieldCitation, pageFieldCitation, paragraphCitation } from '../../tools/lib/citation.js'
import { verbatimQuote } from '../../tools/lib/verbatim.js'
import { PAGE_FIELD, PAGE_FIELD_KEYS } from '../../parse/grid-table.js'
import { BARE_DATE_KEY, LEADING_DATE } from '../../parse/page-lines.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `page-field-asked`: "索引号是多少", "哪天生成的", "哪个机构发布的" — a portal prints its 信息公开 fields above the
 * page (索引号, 文号, 生成日期, 发布机构 …; read into the fields of that box, rule page-fields). The field asked, as
 * printed and cited; a document whose page prints none says so. Asked by the field's own name or by what it tells.
 */
const ASKED: { asked: RegExp; keys: string[]; word: string; value?: RegExp }[] = [
  { asked: /索引号/, keys: ['索引号'], word: '索引号' },
  { asked: /文号|发文字号|文件编号/, keys: ['文号', '发文字号', '文件编号'], word: '文号' },
  { asked: /生成日期|哪天生成|什么时候生成|何时生成/, keys: ['生成日期'], word: '生成日期' },
  { asked: /成文日期|哪天成文/, keys: ['成文日期'], word: '成文日期' },
  // 什么时候发放/发生 asks of money or events, not of the page
  // (and asked after who published it: "是谁发布的，什么时候"; a page's bare 时间/日期 label and its unlabelled date stamp
  // last, rule page-lines)
  { asked: /发布日期|发布时间|发文日期|(?:公开|公布)(?:日期|时间)|(?:哪天|哪一天|哪日|几号|什么时候|啥时候|什么时间|何时)(?:发(?![放生展给行挥])|公开|公布|挂网|上网)|(?:发布|公开|公布)的?[，,、\s]*(?:是|在)?(?:哪天|哪一天|什么时候|啥时候|什么时间|何时)/, keys: ['发布日期', '发布时间', '发文日期', '生成日期', '时间', '日期'], word: '发布日期', value: /(?:19|20)\d{2}/ },
  // a page's 来源 names its publisher when it names a body (never a web address, nor the site itself: 本网, 本站)
  { asked: /发布机构|哪个(?:机构|单位|部门)发布|谁发布|由谁发布/, keys: ['发布机构', '发文机关', '所属机构', '发布单位', '信息来源', '文章来源', '来源'], word: '发布机构', value: /^(?!.*(?:https?:|www\.))(?!本网$|本站$)(?=.*\p{Script=Han})/iu },
  // (the date a document signs off with, under its organisation's name at its end: "落款日期是哪天", "哪天签发的")
  { asked: /落款|签发(?:日期|时间)?|(?:哪天|哪一天|什么时候|何时)(?:签发|印发)|(?:签发|印发)的?(?:是|在)?(?:哪天|哪一天|什么时候|何时)/, keys: ['落款日期', '签发日期', '印发日期'], word: '落款日期' },
  { asked: /所属机构/, keys: ['所属机构'], word: '所属机构' },
  { asked: /责任部门/, keys: ['责任部门'], word: '责任部门' },
  { asked: /公开方式/, keys: ['公开方式'], word: '公开方式' },
]
type Asked = (typeof ASKED)[number]

/** Every field a question asks, in the order of ASKED ("哪个单位发布的？什么时候发的？": 发布日期 and 发布机构). */
export function pageFieldsAsked(text: string): Asked[] {
  const asked = ASKED.filter((a) => a.asked.test(text))
  // 所属机构 asked by name is its own; asked as 发布机构 it is one of that field's keys
  return asked.filter((a, i) => asked.findIndex((b) => b.word === a.word) === i)
}

type Hit = { table: Table; field: Field } | { page: PageField } | { p: Paragraph; key: string; value: string; lines?: [number, number] } | { stamp: Paragraph; value: string }

/**
 * The field in the page's box, else among the page's particulars its reader set apart (rule page-lines: the first
 * key asked in the order of `keys`), else on a line of the page's head printed "发布日期: 2024-08-29 发布机构: 县财政局",
 * else in a box flattened to one label a line with its value on the next ("发布机构" / "云县财政局").
 */
function fieldIn(doc: BudgetDocument, a: Asked): Hit | undefined {
  const fits = (key: string, value: string) => a.keys.includes(key) && !!value.trim() && (!a.value || a.value.test(value))
  for (const table of doc.tables) {
    const field = table.fields.find((f) => fits(f.key, f.value))
    if (field) return { table, field }
  }
  for (const key of a.keys) {
    const page = doc.pageFields?.find((f) => f.key === key && fits(f.key, f.value))
    if (page) return { page }
  }
  const head = headOf(doc)
  // read where the meaning view names the key, quoted from the printed text (a Traditional page's 文号 as printed): a
  // line of keys and colons, then a box's cells joined with each field opened by its bullet ("• 发布机构开远市某局• 文号•")
  for (const shape of [LINE_FIELD, BULLET_FIELD]) {
    for (const p of head) {
      for (const m of p.text.matchAll(shape)) {
        const value = m[2].trim().replace(/[•·。，,；;]+$/u, '')
        if (!fits(m[1], value)) continue
        return { p, key: m[1], value: (verbatimQuote(p.printed ?? p.text, value) ?? value).replace(/^……|……$/g, '') }
      }
    }
  }
  // the page's date stamp left in its text, no label before it ("2025年06月23日", "2025年02月11日 |"): the date asked
  // when no field states it
  // (a sign-off's date is the one a line of its own prints among the document's last lines, rule sign-off-date)
  if (a.word === '落款日期') return signOffDate(doc.paragraphs.slice(-TAIL_PARAGRAPHS).reverse())
  return stackedField(head, fits) ?? (a.word === '发布日期' ? dateStamp(head) : undefined)
}

/** A head line that is a date alone (a clock time, a bar, or the page's other particulars after it). */
const DATE_STAMP = new RegExp(`${LEADING_DATE.source}\\s*[|｜]?\\s*(?:$|(?:${PAGE_FIELD_KEYS}|来源|作者|浏览|点击|阅读|编辑|字号)[^。；;]*$)`, 'u')
function dateStamp(head: Paragraph[]): Hit | undefined {
  for (const p of head) {
    const m = DATE_STAMP.exec(p.text)
    if (m) return { stamp: p, value: m[1].trim() }
  }
  return undefined
}
const BULLET_FIELD = new RegExp(`[•·▪●]\\s*(${PAGE_FIELD_KEYS})\\s*[:：]?\\s*([^•·▪●\\s][^•·▪●]{0,40}?)\\s*(?=[•·▪●])`, 'gu')

/** A label alone on its line ("文 号", "发布机构："), as the 信息公开 box's cells are when flattened one a line. */
// (a list's bullet before it too: "• 发布机构")
const labelOf = (text: string) => { const k = text.replace(/\s+/g, '').replace(/^[•·▪●◆■\-*]+/u, '').replace(/[:：]$/, ''); return PAGE_FIELD.test(k) ? k : undefined }

/** rule stacked-page-fields: a head line that is a field's label alone, its value the next line (unless that is a label) */
function stackedFields(head: Paragraph[]): { key: string; p: Paragraph; lines: [number, number] }[] {
  const out: { key: string; p: Paragraph; lines: [number, number] }[] = []
  for (let i = 0; i + 1 < head.length; i++) {
    const key = labelOf(head[i].text)
    const next = head[i + 1]
    if (key && !labelOf(next.text) && next.text.length <= 60 && next.lines[0] <= head[i].lines[1] + 2) out.push({ key, p: next, lines: [head[i].lines[0], next.lines[1]] })
  }
  return out
}

function stackedField(head: Paragraph[], fits: (key: string, value: string) => boolean): Hit | undefined {
  const hit = stackedFields(head).find((f) => fits(f.key, f.p.text))
  return hit && { p: hit.p, key: hit.key, value: (hit.p.printed ?? hit.p.text).trim(), lines: hit.lines }
}

const headOf = (doc: BudgetDocument) => doc.paragraphs.filter((x) => x.lines[0] <= HEAD_LINES)
/** How many of a document's last paragraphs its sign-off is looked for in (the name, the date, an archive's remark). */
const TAIL_PARAGRAPHS = 6
/** A date closing a paragraph (a sign-off's date, joined or not to the lines above it): "…山东某学院 2022年4月14日". */
const CLOSING_DATE = /((?:19|20)\d{2}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?)\s*$/u
function signOffDate(tail: Paragraph[]): Hit | undefined {
  for (const p of tail) {
    const m = CLOSING_DATE.exec(p.text)
    if (m) return { stamp: p, value: m[1].trim() }
  }
  return undefined
}

/** How far down a page its 信息公开 lines are looked for. */
const HEAD_LINES = 40
/** "发布日期: 2024-08-29 发布机构: 县财政局": each key's value runs to the next key (lines run together keep no space) */
// (a date's bare label too, "时间: 2021/09/01/ 09:20", after every longer key)
const LINE_KEYS = `${PAGE_FIELD_KEYS}|${BARE_DATE_KEY}`
const LINE_FIELD = new RegExp(`(${LINE_KEYS})\\s*[:：]\\s*((?:(?!(?:${LINE_KEYS})\\s*[:：])[^\\s•·。；;，,])+(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)`, 'gu')

/** A page's 信息公开 box: a table of fields only (no columns), or two fields or more flattened one label a line. */
const fieldBox = (doc: BudgetDocument) => doc.tables.some((t) => !t.columns.length && !t.rows.length && t.fields.length >= 2) || stackedFields(headOf(doc)).length >= 2

/** The field a question asks of each target's page; undefined when no field is asked or no target's page prints fields. */
export function answerPageField(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const asked = pageFieldsAsked(text)
  if (!asked.length || !targets.length) return undefined
  const hits = targets.slice(0, 6).map((t) => ({ t, each: asked.map((a) => ({ a, hit: fieldIn(t.doc, a) })) }))
  // no page's fields at all: another rule's question (文号 of a prose reference, say)
  if (!hits.some((h) => h.each.some((x) => x.hit) || fieldBox(h.t.doc))) return undefined
  const outs = hits.map(({ t, each }) => {
    const said = each.map(({ a, hit }) => {
      if (!hit) return `页面${fieldBox(t.doc) ? '信息栏' : ''}没有填写${a.word}`
      if ('field' in hit) { run.cite(fieldCitation(t.doc, hit.table, hit.field)); return `“${hit.field.key}”一栏为：${hit.field.value}` }
      if ('page' in hit) { run.cite(pageFieldCitation(t.doc, hit.page)); return hit.page.key === '日期' && LEADING_DATE.test(hit.page.printed) ? `页面所印日期为：${hit.page.value}` : `“${hit.page.key}”为：${hit.page.value}` }
      if ('stamp' in hit) { run.cite(paragraphCitation(t.doc, hit.stamp, hit.value)); return `${a.word === '落款日期' ? '文末落款的日期为' : '页面所印日期为'}：${hit.value}` }
      const c = paragraphCitation(t.doc, hit.p, `${hit.key}`)
      run.cite({ ...c, text: hit.p.printed ?? hit.p.text, ...(hit.lines ? { lines: hit.lines, rowName: hit.key } : {}) })
      return `“${hit.key}”为：${hit.value}`
    })
    return `${t.doc.org}${t.doc.year}年${t.doc.scope}的公开页面上，${said.join('；')}。`
  })
  return { answer: outs.join(''), notFound: hits.every((h) => h.each.every((x) => !x.hit)) }
}
