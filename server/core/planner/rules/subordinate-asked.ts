import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation, rowCitation } from '../../tools/lib/citation.js'
import { unitTables } from '../../tools/lib/member-units.js'
import type { HandlerOutput } from '../answer-types.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { abbreviatesUnit } from '../../tools/lib/unit-abbrev.js'
import { orgCore } from './member-unit-asked.js'

/** "下属林场", "所属的种苗站", "直属二级单位水文站": a unit under the organisation named, by the shape of its name */
/** The words a unit's name ends with, as a unit below an organisation is named. */
const UNIT_WORDS = '林场|农场|牧场|苗圃|站|所|队|中心|医院|卫生院|学校|中学|小学|幼儿园|馆|园|处|公司|基地|保护区'
/** An institution's name (卫生院, 学校): another organisation even after a place whose whole accounts are held. */
const INSTITUTION = /(?:卫生院|医院|学校|中学|小学|幼儿园)$/u
const SUBORDINATE = new RegExp(`(?:下属|所属|下辖|直属)(?:的)?(?:单位|二级单位|事业单位)?(?:的)?(\\p{Script=Han}{0,10}?(?:${UNIT_WORDS}))`, 'u')
/** How a document says its budget covers no unit below it */
const NO_MEMBERS = /无下属(?:预算)?单位|没有下属(?:预算)?单位|不含下属|只有.{0,24}本级|仅(?:包括|含|为).{0,24}本级/u

/** A unit named right after the organisation ("某委铁路护路联防办公室"): the shape of a unit's name, nothing between. */
// (a 卫生院 alone after a place, 某镇卫生院, 某镇中心卫生院, is a unit's whole name)
const UNIT_AFTER_ORG = new RegExp(`^的?(\\p{Script=Han}{2,14}?(?:办公室|${UNIT_WORDS})|(?:中心)?卫生院(?![\\p{Script=Han}]{0,3}(?:支出|科目)))`, 'u')
const UNIT_END = new RegExp(`(?:办公室|${UNIT_WORDS})$`, 'u')
/** How a document says its budget leaves a unit out: "(不含某办公室)", "不包括下属某中心": what follows is the unit. */
const LEFT_OUT = /(?:不含|不包含|不包括|未包含|未包括|未纳入)(?:下属|所属)?([^，,。；;）)、]{4,40})/gu

/** Units counted, never one unit's name: "四所中小学校", "两个站所", "3家医院". */
const COUNTED_UNITS = /^[一二三四五六七八九十两几\d]+(?:所|个|家|座|处|名)/u
/** Words of a question, not of a unit's name ("内设机构有哪些处"): the words after the organisation are no unit. */
// (a demonstrative, 那个/这个/该, points at a thing of the organisation, never opens a unit's name)
const ASKING = /[哪啥么多少几吗呢有是的和与及或那这该]|什么|怎样|如何/u

/** The longest tail of `asked` (4 characters at least) that `named` contains. */
function tailIn(asked: string, named: string): string | undefined {
  for (let i = 0; i + 4 <= asked.length; i++) if (named.includes(asked.slice(i))) return asked.slice(i)
  return undefined
}

/**
 * The sentence of a document that says its budget leaves out the unit asked (the tail of a name the question
 * writes, shaped as a unit's name and not the document's own organisation), with that unit.
 */
function leftOutIn(doc: BudgetDocument, asked: string[]) {
  for (const p of doc.paragraphs) {
    for (const s of clausesOf(p.text)) {
      for (const m of s.matchAll(LEFT_OUT)) {
        const unit = asked.map((a) => tailIn(a, compactText(m[1]))).find((u) => u && UNIT_END.test(u) && !compactText(doc.org).includes(u))
        if (unit) return { p, s: s.replace(/[。；;]\s*$/, '').trim(), unit }
      }
    }
  }
  return undefined
}

/** A paragraph's sentences, each with its closing 。 or ；. */
const clausesOf = (text: string) => text.split(/(?<=[。；;])/)

/** A row printed with exactly this name (综合医院, a subject of 卫生健康支出, never a unit of the hospital asked). */
const rowNamed = (doc: BudgetDocument, name: string) => doc.tables.some((t) => t.rows.some((r) => compactText(r.name).replace(/^\d+/u, '') === name))

const mentions = (doc: BudgetDocument, unit: string) =>
  doc.paragraphs.some((p) => p.text.includes(unit)) || doc.tables.some((t) => t.rows.some((r) => r.name.includes(unit)))

function scopeSentence(doc: BudgetDocument) {
  for (const p of doc.paragraphs) {
    const s = clausesOf(p.text).find((x) => NO_MEMBERS.test(x))?.replace(/[。；;]\s*$/, "")
    if (s) return { p, s: s.trim() }
  }
  return undefined
}

/**
 * Rule `subordinate-asked`: a unit under the organisation named ("…局下属林场") that no held document and no per-unit
 * row names (the member-unit rule found none): not found, with the document's own statement of what its budget
 * covers when it makes one ("纳入编制范围的只有…本级，无下属预算单位"). Never the organisation's own total instead.
 */
export function subordinateNotHeld(run: ToolRunner, own: QuestionFrame, targets: Target[]): HandlerOutput | undefined {
  if (own.orgs.length !== 1 || !targets.length) return undefined
  // rule left-out-unit: a unit the document says its budget leaves out ("不含某办公室"), asked by its name (the
  // organisation's name with the unit's after it) or as a 下属: not held, with that statement, never the organisation's figure
  const o = own.orgs[0]
  const after = own.text.slice(o.end)
  const asked = [own.text.slice(o.start, o.end), own.text.slice(o.start, o.end) + (UNIT_AFTER_ORG.exec(after)?.[1] ?? ''), SUBORDINATE.exec(after)?.[1] ?? '']
  const left = targets.map((t) => ({ t, said: leftOutIn(t.doc, asked.filter(Boolean)) })).find((x) => x.said)
  if (left?.said) {
    const c = paragraphCitation(left.t.doc, left.said.p, left.said.s)
    run.cite(c)
    return { answer: `没有找到“${left.said.unit}”的数字：所收录的${left.t.doc.org}${left.t.doc.year}年${left.t.doc.scope}不含这一单位，文件写明“${c.text ?? left.said.s}”。`, notFound: true }
  }
  // rule unit-not-listed: a unit's name right after the organisation's ("某街道社区卫生服务中心") that is not the
  // organisation's own name, and that no held document names: not held, never the organisation's own figure
  const named = UNIT_AFTER_ORG.exec(after)?.[1]
  // …a unit, not the start of a subject's name ("政府办公室及相关机构事务"), asked of a department, not of a
  // place's whole government (whose subjects are named so)
  // (or a subject given its code, "综合医院（2100201）": a 功能分类 line, not a unit; or one inside a fund, "一般公共预算里乡镇
  // 卫生院这个科目")
  // (…or a row asked as a subject, "图书馆科目", or inside a table named before it, "支出总表里博物馆")
  const subjectName = named !== undefined && (/^(?:及|和|与|、|相关|事务|(?:这个|该|这一)?科目|[（(]\d{3,7}[)）])/.test(after.slice(after.indexOf(named) + named.length)) || /表(?:里|中|内|上)|(?:预算|基金|拨款|支出)(?:里|中|内)/u.test(named))
  const placeWide = targets.some((t) => /财政|政府/.test(t.doc.scope))
  // (an institution named after a place, "某镇卫生院", is that institution, not the place, unless the document names that
  // very institution (its 乡镇卫生院 subject row names no one) or prints a row of exactly that name (综合医院, a subject))
  // (…nor a short form of the organisation's own name after its place, "琼中县重大项目中心" of 琼中县重大项目推进协调服务中心)
  const whole = named ? own.text.slice(o.start, o.end) + named : ''
  const institution = !!named && INSTITUTION.test(named)
  if (named && !subjectName && !COUNTED_UNITS.test(named) && (!placeWide || institution) && !ASKING.test(named) && !SUBORDINATE.test(after) && !targets.some((t) => compactText(t.doc.org).includes(compactText(whole)) || compactText(t.doc.org).endsWith(named) || abbreviatesUnit(named, orgCore(compactText(t.doc.org))) || mentions(t.doc, institution && !rowNamed(t.doc, named) ? whole : named))) {
    return notHeldAnswer(run, targets, named)
  }
  const m = SUBORDINATE.exec(own.text)
  if (!m || m.index < own.orgs[0].end) return undefined
  // a unit the documents do name (a member row, the 机构设置) is another rule's to read, not a not-found
  if (targets.some((t) => mentions(t.doc, m[1]))) return undefined
  return notHeldAnswer(run, targets, m[1])
}

function notHeldAnswer(run: ToolRunner, targets: Target[], unit: string): HandlerOutput {
  const outs = targets.slice(0, 6).map((t) => {
    const said = scopeSentence(t.doc)
    const head = `没有找到${t.doc.org}下属“${unit}”的预算：所收录的${t.doc.org}${t.doc.year}年${t.doc.scope}中没有这一单位的数字`
    // the units its per-unit table does list, that table cited (its 合计 row)
    const listed = unitTables(t.doc)[0]
    if (!said && listed) {
      run.cite(rowCitation(t.doc, listed.table, listed.total))
      return `${head}，${listed.table.title ? `《${listed.table.title}》` : '其分单位表格'}列出的单位为：${listed.rows.map((r) => r.name).join('、')}。`
    }
    if (!said) return `${head}。`
    const c = paragraphCitation(t.doc, said.p, said.s)
    run.cite(c)
    return `${head}，文件写明“${c.text ?? said.s}”。`
  })
  return { answer: outs.join(''), notFound: true }
}
