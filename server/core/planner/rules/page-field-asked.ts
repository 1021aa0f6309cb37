import type { BudgetDocument, Field, Table } from '../../schema.js'
import { fieldCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `page-field-asked`: "索引号是多少", "哪天生成的", "哪个机构发布的" — a portal prints its 信息公开 fields above the
 * page (索引号, 文号, 生成日期, 发布机构 …; read into the fields of that box, rule page-fields). The field asked, as
 * printed and cited; a document whose page prints none says so. Asked by the field's own name or by what it tells.
 */
const ASKED: { asked: RegExp; keys: RegExp; word: string }[] = [
  { asked: /索引号/, keys: /^索引号$/, word: '索引号' },
  { asked: /文号|发文字号/, keys: /^(?:文号|发文字号)$/, word: '文号' },
  { asked: /生成日期|哪天生成|什么时候生成|何时生成/, keys: /^生成日期$/, word: '生成日期' },
  { asked: /成文日期|哪天成文/, keys: /^成文日期$/, word: '成文日期' },
  { asked: /发布日期|发布时间|哪天发布|什么时候发布|何时发布|哪天公开|什么时候公开/, keys: /^(?:发布日期|发布时间|发文日期|生成日期)$/, word: '发布日期' },
  { asked: /发布机构|哪个(?:机构|单位|部门)发布|谁发布/, keys: /^(?:发布机构|发文机关|所属机构)$/, word: '发布机构' },
  { asked: /所属机构/, keys: /^所属机构$/, word: '所属机构' },
  { asked: /责任部门/, keys: /^责任部门$/, word: '责任部门' },
  { asked: /公开方式/, keys: /^公开方式$/, word: '公开方式' },
]

export function pageFieldAsked(text: string): (typeof ASKED)[number] | undefined {
  return ASKED.find((a) => a.asked.test(text))
}

function fieldIn(doc: BudgetDocument, keys: RegExp): { table: Table; field: Field } | undefined {
  for (const table of doc.tables) {
    const field = table.fields.find((f) => keys.test(f.key) && f.value.trim())
    if (field) return { table, field }
  }
  return undefined
}

/** A page's 信息公开 box: a table of fields only (no columns). */
const fieldBox = (doc: BudgetDocument) => doc.tables.some((t) => !t.columns.length && !t.rows.length && t.fields.length >= 2)

/** The field a question asks of each target's page; undefined when no field is asked or no target's page prints fields. */
export function answerPageField(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const asked = pageFieldAsked(text)
  if (!asked || !targets.length) return undefined
  const hits = targets.slice(0, 6).map((t) => ({ t, hit: fieldIn(t.doc, asked.keys) }))
  // no page's box of fields at all: another rule's question (文号 of a prose reference, say)
  if (!hits.some((h) => h.hit || fieldBox(h.t.doc))) return undefined
  const outs = hits.map(({ t, hit }) => {
    if (!hit) return `${t.doc.org}${t.doc.year}年${t.doc.scope}的页面${fieldBox(t.doc) ? '信息栏' : ''}没有填写${asked.word}。`
    run.cite(fieldCitation(t.doc, hit.table, hit.field))
    return `${t.doc.org}${t.doc.year}年${t.doc.scope}的公开页面上，“${hit.field.key}”一栏为：${hit.field.value}。`
  })
  return { answer: outs.join(''), notFound: hits.every((h) => !h.hit) }
}
