import type { Table, TableKind } from '../schema.js'
import { compactText, escapeRegExp } from '../search/normalize-text.js'
import { isUnitColumn, moneyColumns, unitTables } from '../tools/lib/member-units.js'
import { TOTAL_COLUMN } from '../tools/lib/figure.js'
import { proseUnitRows } from '../tools/lib/prose-unit-table.js'
import type { HandlerOutput } from './answer-types.js'
import { figureIn, figureText, joinSentences } from './compose.js'
import { HEADCOUNT, type QuestionFrame } from './question-frame.js'
import { deptShortAt, orgCore, unitForms, type MemberUnitHit } from './rules/member-unit-asked.js'
import type { ToolRunner } from './tool-runner.js'
import { paragraphCitation } from '../tools/lib/citation.js'
import { unitsStatement } from './units-statement.js'
import { operandOf } from './operands.js'
import { countOrInstead } from './rules/count-pair.js'
import { answerUnitProseSubject, proseOnlySubject } from './rules/unit-prose-subject.js'
import { unitProseColumns } from './rules/unit-prose-columns.js'
import { COLUMN_WORD } from './answer-row-columns.js'
import { unitLabelledRow } from './rules/unit-labelled-row.js'
import { unitSentence } from './rules/unit-sentence.js'

/** The unit's own whole asked as the base of its share: "占它总支出的多少", "占其支出合计" */
const OWN_WHOLE = /(?:它|其|自身|自己|本单位|该校|该单位)(?:自身)?的?(?:总支出|支出合计|总预算|预算总额|全部支出|总收入|收入合计|合计)/u

/** The per-unit table a question reads: 三公 words → the 三公 table, 支出 without 收入 → 支出总表, else 收入总表. */
function tableKindsAsked(text: string): { kinds: TableKind[]; subject: string } {
  if (/三公|公务用车|公务接待|因公出国|出国/.test(text)) return { kinds: ['three-public'], subject: '“三公”经费' }
  // (both sides asked together, "本年收入合计和本年支出合计分别多少": each side's table)
  if (/收入[^，,。？?]{0,8}(?:和|与|及|、)[^，,。？?]{0,6}支出|支出[^，,。？?]{0,8}(?:和|与|及|、)[^，,。？?]{0,6}收入/u.test(text)) return { kinds: ['income', 'spending'], subject: '预算' }
  if (/支出/.test(text) && !/收入/.test(text)) return { kinds: ['spending'], subject: '支出预算' }
  if (/收入/.test(text)) return { kinds: ['income'], subject: '收入预算' }
  return { kinds: ['income', 'spending'], subject: '预算' }
}

/** what a count question names: 编制 → the 编制人数 column, 实有/实际/在职 → 实有人数 */
const COUNT_WORDS: [RegExp, RegExp][] = [[/编制/, /编制/], [/实有|实际|在职|现有/, /实有|在职|现有/], [/退休/, /退休/]]

/**
 * The per-unit table's count columns (cells in 人 or 名) a count question names, by its words, in the order it names
 * them: a column whose own header says it (在职), else the columns under a group header that does (编制数（名） ›
 * 行政 | 事业: the unit's figure is in whichever it fills).
 */
function countColumnsAsked(hit: MemberUnitHit, text: string): { kind: TableKind; columns: string[] } | undefined {
  if (!/多少|几/.test(text) || !/人|编制/.test(text)) return undefined
  let kind: TableKind | undefined
  const columns: string[] = []
  const pairs = COUNT_WORDS.filter(([asked]) => asked.test(text)).sort((a, b) => text.search(a[0]) - text.search(b[0]))
  for (const [, label] of pairs) {
    const found: { leaf?: string; path: string }[] = []
    for (const u of unitTables(hit.doc)) {
      if (kind && u.table.kind !== kind) continue
      for (const c of moneyColumns(u.table)) {
        const people = u.rows.some((r) => r.cells.some((x) => x.column === c.index && x.amount && /^[人名]$/.test(x.amount.unit)))
        if (!people) continue
        const leaf = c.path[c.path.length - 1] ?? c.label
        if (label.test(leaf)) found.push({ leaf: compactText(leaf), path: compactText(c.path.join('')) })
        else if (c.path.slice(0, -1).some((p) => label.test(p))) found.push({ path: compactText(c.path.join('')) })
        if (found.length && !kind) kind = u.table.kind
      }
    }
    const own = found.filter((f) => f.leaf)
    columns.push(...(own.length ? [own[0].leaf!] : found.map((f) => f.path)))
  }
  const kept = [...new Set(columns)].filter((c) => c.length <= 30).slice(0, 6)
  return kind && kept.length ? { kind, columns: kept } : undefined
}

/** A count column as the answer names it: its own header, or its group's with it (编制数（事业）). */
function countLabel(column: string): string {
  const parts = column.split(' › ')
  return parts.length > 1 ? `${parts[0].replace(/[（(][^）)]*[）)]$/u, '')}（${parts[parts.length - 1]}）` : parts[0]
}

/** The money column of a per-unit table of no standard kind the question names: its leaf, or the leaf without 本年 and its unit. */
function otherUnitColumn(hit: MemberUnitHit, text: string, whole = false): string | undefined {
  const t = compactText(text)
  for (const u of unitTables(hit.doc)) {
    if (u.table.kind !== 'other') continue
    for (const c of moneyColumns(u.table)) {
      const leaf = compactText(c.path[c.path.length - 1] ?? c.label)
      const bare = leaf.replace(/[（(][^）)]*[）)]$/, '').replace(/^本年/, '')
      if (bare.length >= 2 && !/人数|编制|人员|人$/.test(bare) && (t.includes(leaf) || t.includes(bare))) return leaf
    }
  }
  // "某中心决算是多少", "花了多少", its share of the whole: the unit's whole, its 本年支出 when that is the table's one
  // spending column
  if (whole || WHOLE_ASKED.test(t)) {
    for (const u of unitTables(hit.doc)) {
      if (u.table.kind !== 'other') continue
      const spent = moneyColumns(u.table).filter((c) => /支出/.test(c.path[c.path.length - 1] ?? '') && !/人/.test(c.label))
      if (spent.length === 1) return compactText(spent[0].path[spent[0].path.length - 1] ?? spent[0].label)
      // a table of each unit's budget by source (合计 | 一般公共预算拨款 | …): the unit's whole is its 合计
      const total = spent.length ? undefined : moneyColumns(u.table).find((c) => c.role === 'total' && !/人/.test(c.label))
      if (total) return compactText(total.path[total.path.length - 1] ?? total.label)
    }
  }
  return undefined
}

/** the unit's whole asked, no column named: 决算/预算是多少, 花了多少, 支出多少 */
const WHOLE_ASKED = /(?:决算|预算)(?:数|总额)?(?:是|为|有)?多少|花了?多少|支出(?:了)?多少|用了多少钱/

/** What a per-unit row answers: its figures, or its share of the 合计 row. */
const READS_ROW = new Set<QuestionFrame['op']>(['lookup', 'share', 'compare', 'rank', 'sum'])
const TOTAL_WORD = /合计|总计|总额|一共|总共/
const stem = (s: string) => s.replace(/(?:拨款)?(?:收入|资金)$/, '')

/** Column headers of the per-unit tables of these kinds the question names, in the order it names them. */
function columnsAsked(hit: MemberUnitHit, kinds: TableKind[], text: string): string[] {
  const leaves = new Set<string>()
  for (const u of unitTables(hit.doc)) {
    if (!kinds.includes(u.table.kind)) continue
    for (const c of moneyColumns(u.table)) if (c.role !== 'prior') leaves.add(compactText(c.path[c.path.length - 1] ?? c.label))
  }
  const at = (header: string) => {
    // "其中：财政拨款" is asked by its own words (财政拨款)
    const l = header.replace(/^其中[:：]?/u, '')
    if (/^(?:合计|小计|总计)$/.test(l) || l.length < 2) return -1
    const i = text.indexOf(l)
    // (政府性基金拨款 said for 政府性基金预算拨款)
    const said = saidWithoutBudget(l)
    // (…and a fund's income said by the fund's name: 政府性基金收入, 一般公共预算收入 for …预算拨款收入)
    const short = saidByFund(l)
    const j = [said, short].filter((x) => x !== l).map((x) => text.indexOf(x)).find((x) => x >= 0) ?? -1
    // (公务接待费 said as 接待费 beside 公务用车运行费: the 公务 of a 三公 item shared)
    const k = i < 0 && j < 0 && /^公务\p{Script=Han}{3,}/u.test(l) ? text.indexOf(l.slice(2)) : -1
    return i >= 0 ? i : j >= 0 ? j : k >= 0 ? k : stem(l).length >= 4 ? text.indexOf(stem(l)) : -1
  }
  // a group's own 小计 asked by the group's name ("财政拨款收入 › 小计" of "本级拿了多少财政拨款"): that column, by its whole path
  const groups = new Map<string, string>()
  for (const u of unitTables(hit.doc)) {
    if (!kinds.includes(u.table.kind)) continue
    for (const c of moneyColumns(u.table)) if (c.path.length >= 2 && /^(?:小计|合计)$/u.test(compactText(c.path[c.path.length - 1]))) groups.set(compactText(c.path[c.path.length - 2]), compactText(c.path.join('')))
  }
  const groupAt = (g: string) => [g, g.replace(/(?:收入|支出)$/u, '')].filter((w) => w.length >= 4).map((w) => text.indexOf(w)).find((x) => x >= 0) ?? -1
  let found = [...[...leaves].map((l) => ({ l, i: at(l) })), ...[...groups].map(([g, l]) => ({ l, i: groupAt(g) }))].filter((x) => x.i >= 0)
  // "公务用车购置费" also lies inside "公务用车购置及运行费": the longer header named wins
  found = found.filter((x) => !found.some((y) => y !== x && y.l.includes(x.l) && y.i <= x.i && y.i + y.l.length >= x.i + x.l.length))
  const named = found.sort((a, b) => a.i - b.i).map((x) => x.l)
  const totalAt = text.search(TOTAL_WORD)
  if (!named.length) return groupAsked(hit, kinds, text)?.paths ?? []
  if (totalAt >= 0) return totalAt < text.indexOf(named[0]) ? ['', ...named] : [...named, '']
  return named
}

/**
 * A group of columns the question names by its header ("基本支出" over 人员经费 | 公用经费, "项目支出" over one column
 * per fund) where no column is headed by those words alone: its columns, by their whole header, to be summed.
 */
export function groupAsked(hit: MemberUnitHit, kinds: TableKind[], text: string): { group: string; paths: string[] } | undefined {
  for (const u of unitTables(hit.doc)) {
    if (!kinds.includes(u.table.kind)) continue
    const cols = moneyColumns(u.table).filter((c) => c.role !== 'prior')
    for (const g of new Set(cols.filter((c) => c.path.length >= 2).map((c) => compactText(c.path[0])))) {
      // (the group's word inside a column the question names, 支出 of 基本支出, asks that column, not the group)
      const leafOf = (c: { path: string[] }) => compactText(c.path[c.path.length - 1] ?? '')
      if (g.length < 2 || !text.includes(g) || cols.some((c) => leafOf(c) === g || (leafOf(c).includes(g) && text.includes(leafOf(c))))) continue
      const paths = cols.filter((c) => c.path.length >= 2 && compactText(c.path[0]) === g).map((c) => compactText(c.path.join('')))
      // a group printing its own total (支出 › 合计) is read from that column, never summed over it
      const totalled = cols.some((c) => c.path.length >= 2 && compactText(c.path[0]) === g && /^(?:合计|小计|总计)$/u.test(leafOf(c)))
      if (!totalled && paths.length >= 2 && paths.length <= 6 && paths.every((p) => p.length <= 30)) return { group: g, paths }
    }
  }
  return undefined
}

/**
 * The columns of a 分单位收支表 asked: those the question names (基本支出, 项目支出, 财政拨款收入), else the total of
 * the side asked (本年支出合计 for 支出, 本年收入合计 for 收入); nothing when the side is not said (both sides total alike).
 */
function summaryColumns(hit: MemberUnitHit, kinds: TableKind[], text: string): string[] {
  // a bare 合计 names no column here: each side has its own
  const named = columnsAsked(hit, ['summary'], text).filter(Boolean)
  if (named.length) return named
  const side = kinds.length === 1 ? (kinds[0] === 'spending' ? /支出(?:合计|总计)$/u : kinds[0] === 'income' ? /收入(?:合计|总计)$/u : undefined) : undefined
  const table = unitTables(hit.doc).find((u) => u.table.kind === 'summary')?.table
  // (a side's total printed as 合计 under its group, 支出 › 合计, is read by its whole path)
  const total = side && table ? moneyColumns(table).map((c) => [compactText(c.path[c.path.length - 1] ?? c.label), compactText(c.path.join(''))]).flatMap(([leaf, whole]) => (side.test(leaf) ? [leaf] : side.test(whole) ? [whole] : [])).find(Boolean) : undefined
  return total ? [total] : []
}

/** Words of money in a question: what a unit's row of figures can answer */
const MONEY_ASKED = /钱|元|预算|决算|支出|收入|经费|资金|拨款|费|合计|总额|开支|花|安排/u

/** A stage's column printed alone, no group over it: 预算数, 决算数, 2024年决算数, 全年执行数. */
const STAGE_ALONE = /^(?:(?:19|20)\d{2}年度?)?(?:年初|全年)?(?:预算|决算|执行|实际支出)数?$/u

/**
 * Rule `staged-unit-total`: a per-unit table printing its 合计 under each stage ("预算数 › 合计 … 决算数 › 合计", the 三公 by
 * unit of a 决算): the stage the question says (预算 → 预算数), else the document's own (a 决算's 决算数); its whole path.
 */
function stagedTotal(hit: MemberUnitHit, kind: TableKind, text: string): string[] | undefined {
  const table = unitTables(hit.doc).find((u) => u.table.kind === kind)?.table
  if (!table) return undefined
  // (a group's 合计 under its stage, or a stage's column alone: 预算数 | 决算数)
  const totals = moneyColumns(table).filter((c) => (c.path.length >= 2 && /^(?:合计|小计)$/u.test(compactText(c.path[c.path.length - 1]))) || (c.path.length === 1 && STAGE_ALONE.test(compactText(c.path[0]))))
  const stageOfCol = (c: { path: string[] }) => (/决算|执行|实际/u.test(c.path[0]) ? '决算' : /预算/u.test(c.path[0]) ? '预算' : undefined)
  if (totals.length < 2 || totals.some((c) => !stageOfCol(c))) return undefined
  const said = /决算|花了|实际|执行/u.test(text) ? '决算' : /预算/u.test(text) ? '预算' : hit.doc.scope.includes('决算') ? '决算' : '预算'
  const staged = totals.filter((x) => stageOfCol(x) === said)
  // (a stage printed per year, "2024年预算数 | 2025年预算数": the years the question names, else the document's own)
  const yearOf = (c: { path: string[] }) => /((?:19|20)\d{2})年/u.exec(c.path[0])?.[1]
  const asked = staged.filter((x) => yearOf(x) && text.includes(`${yearOf(x)}年`))
  const own = staged.filter((x) => !yearOf(x) || yearOf(x) === String(hit.doc.year))
  const picked = asked.length ? asked : own.length ? own.slice(0, 1) : staged.slice(0, 1)
  return picked.length ? picked.map((c) => compactText(c.path.join(''))) : undefined
}

/**
 * A member unit's figure from its department's per-unit table: the unit's row × the column asked (合计 when none),
 * its share of the 合计 row when a share is asked. A subject the document gives only for the whole department is
 * said to be so; the department's figure is never given as the unit's.
 */
export function answerMemberUnit(run: ToolRunner, frame: QuestionFrame, hit: MemberUnitHit, before?: string): HandlerOutput {
  const text = frame.text
  // (a follow-up, "那某站呢", asks what the turn before asked: the subjects it inherited name the tables)
  const inherited = frame.concepts.map((c) => c.surface).filter((w) => w && !text.includes(compactText(w))).join('，')
  const asked = tableKindsAsked([text, inherited, before ?? ''].filter(Boolean).join('，'))
  // a per-unit table of no standard kind (单位名称 | 编制人数 | 实有人数 | 本年支出): read only by a money column the
  // question names ("本年支出", or 支出 said alone), never by its first column
  const otherColumn = asked.kinds.includes('three-public') ? undefined : otherUnitColumn(hit, text, frame.op === 'share' && /预算|决算|支出/.test(text))
  // a 分单位收支表 (one row per unit: 本年收入合计 … 本年支出合计, 基本支出, 项目支出) holds both sides when no per-unit
  // table of the side asked is printed (rule unit-summary)
  const perUnit = unitTables(hit.doc)
  const summary = !asked.kinds.includes('three-public') && !perUnit.some((u) => asked.kinds.includes(u.table.kind)) && perUnit.some((u) => u.table.kind === 'summary')
  // (a column of such a table the question names by its own words, no side named, "某院资产总额是多少": that column
  // alone, never the unit's income row read first)
  const otherOnly = !!otherColumn && !/收入|支出|预算|决算/u.test(text) && otherUnitColumn(hit, text) === otherColumn
  const kinds: TableKind[] = otherOnly ? ['other'] : [...asked.kinds, ...(otherColumn ? ['other' as const] : []), ...(summary ? ['summary' as const] : [])]
  const subject = asked.subject
  const cols = summary ? summaryColumns(hit, asked.kinds, text) : columnsAsked(hit, asked.kinds, text)
  const who = `${hit.unit}${hit.doc.year}年`
  // "某中心有多少编制", "实有多少人": a per-unit table's count column the question names (编制人数, 实有人数)
  const counted = countColumnsAsked(hit, text)
  if (counted) {
    const r = run.run('get-unit-figure', { docId: hit.doc.id, unit: hit.unit, tableKind: counted.kind, columns: counted.columns })
    if (r.ok) {
      run.cite(...r.figures.map((f) => f.figure.citation))
      // (a column of a group the unit leaves blank, 编制数 › 行政 of a 事业单位, is no figure of it: not said)
      return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}中，${who}${r.figures.map((f) => `${countLabel(f.figure.column ?? '')}为${figureText(f.figure)}`).join('，')}`]) }
    }
  }
  // rule member-counts: counts of the unit (编制, 实有人员) its department's prose states in the unit's own sentence
  // ("2. 某县疾病预防控制中心，公益一类事业单位，编制26名，年末实有在职人员24人")
  const counts = frame.op === 'count' ? memberCounts(run, frame, hit) : undefined
  if (counts) return counts
  // (nothing of money asked, "光荣院集中供养了多少优抚对象": the unit's money row answers nothing asked)
  if (!READS_ROW.has(frame.op) || (!frame.concepts.length && !MONEY_ASKED.test(text))) {
    // (the department's prose on the unit, when a sentence naming it says what was asked: rule unit-sentence)
    const said = unitSentence(run, hit, text)
    if (said) return said
    return { answer: `${hit.doc.org}${hit.doc.year}年${hit.doc.scope}只在各单位的收支表中列出${hit.unit}的数字，没有单独说明所问的内容。`, notFound: true }
  }
  // a subject row asked ("行政运行", "工资福利支出") that no column of the per-unit tables names: not the unit's total
  // (words of the unit's own name as asked, "城管执法" of 城管执法大队, are no subject)
  const ofUnit = (w: string) => compactText(hit.unit).includes(w) || w.includes(hit.form) || hit.form.includes(w)
  const headers = [
    ...unitTables(hit.doc).filter((u) => kinds.includes(u.table.kind)).flatMap((u) => moneyColumns(u.table).flatMap((c) => c.path.map(compactText))),
    ...proseUnitRows(hit.doc).map((r) => compactText(r.header)),
  ]
  const uncovered = frame.concepts.find((c) => c.kind === 'row' && !ofUnit(compactText(c.surface)) && !headers.some((l) => l && covers(l, compactText(c.surface))))
  if (uncovered) {
    const under = subjectUnderUnit(run, hit, kinds, uncovered, cols)
    return under ?? unitLabelledRow(run, hit, uncovered) ?? unitColumnFigure(run, hit, kinds, uncovered) ?? notPerUnit(hit, kinds, text, compactText(uncovered.surface), true)
  }
  // columns no per-unit table prints (人员经费, 公用经费 of one school): the prose's clause on the unit (rule unit-prose-columns)
  const roles = [...new Set([...frame.concepts.filter((c) => c.kind === 'column' && c.role && c.role !== 'basic').map((c) => c.role!), ...frame.columns.filter((r) => r === 'personnel' || r === 'public')])]
  const unprinted = roles.filter((r) => !headers.some((l) => l && covers(l, COLUMN_WORD[r] ?? r)))
  if (unprinted.length && unprinted.length === roles.length) {
    const inProse = unitProseColumns(run, hit, roles)
    if (inProse) return inProse
  }
  // a subject only the prose states (机关运行经费) is never the unit's row total (rule unit-prose-subject)
  const proseOnly = proseOnlySubject(run.vocabulary, frame, ofUnit)
  if (proseOnly) return answerUnitProseSubject(run, hit, proseOnly)
  // words the vocabulary does not know ("门票收入"): no column of the unit's row is that
  // a stage word left over ("决算是多少") names no subject
  const unknown = frame.unknown && !/^(?:决算|预算)数?$/.test(compactText(frame.unknown)) ? compactText(frame.unknown) : undefined
  if (unknown && !ofUnit(unknown) && !deptWords(unknown, compactText(hit.doc.org)) && !glossOfNamed(text, unknown, cols) && !headers.some((l) => l && covers(l, unknown))) return notPerUnit(hit, kinds, text, unknown, true)
  // (several kinds asked at once, "本年收入合计和本年支出合计分别多少": each kind's figure, said together)
  const together: { parts: string[]; missing?: string }[] = []
  const saidTogether = () => joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}中，${who}${[...new Set(together.flatMap((t) => t.parts))].join('，')}`, ...together.flatMap((t) => t.missing ?? [])])
  for (const tableKind of kinds) {
    const staged = cols.every((c) => !c) ? stagedTotal(hit, tableKind, text) : undefined
    const columns = tableKind === 'other' ? [otherColumn!] : staged ? staged : cols.length ? cols.map((c) => c || '合计') : undefined
    const r = run.run('get-unit-figure', { docId: hit.doc.id, unit: hit.unit, tableKind, ...(columns ? { columns } : {}) })
    if (!r.ok) continue
    if (frame.op === 'share') {
      const f0 = r.figures[0]
      // rule unit-own-whole: "项目支出占它总支出的多少": the unit's own total (its row's 合计), not the department's
      const ownWhole = OWN_WHOLE.test(text) ? run.run('get-unit-figure', { docId: hit.doc.id, unit: hit.unit, tableKind, columns: ['合计'] }) : undefined
      const ownTotal = ownWhole?.ok && ownWhole.figures[0].figure.rowId === f0.figure.rowId && ownWhole.figures[0].figure.column !== f0.figure.column ? ownWhole.figures[0].figure : undefined
      const f = ownTotal ? { ...f0, total: ownTotal } : f0
      if (!f.total) break
      const c = run.run('compute', { op: 'share', operands: [operandOf(f.figure), operandOf(f.total)] })
      if (!c.ok) break
      run.cite(...c.citations)
      const u = f.figure.amount.unit
      const what = leafOf(f.figure.column) || subject
      const whole = ownTotal ? `${hit.unit}自身的${leafOf(ownTotal.column) || '合计'}` : `${hit.doc.org}${hit.doc.scope}${hit.doc.scope.endsWith(what) ? '' : what}${/合计$/.test(what) ? '' : '合计'}`
      return { answer: joinSentences([`${who}${what}${figureText(f.figure)}，占${whole}${figureIn(f.total, u)}的${c.result.text}（${figureIn(f.figure, u, false)} ÷ ${figureIn(f.total, u, false)}）`]) }
    }
    run.cite(...r.figures.map((f) => f.figure.citation))
    // (two words of the question naming one column, 本年支出合计 and 合计: said once)
    const parts = [...new Set(r.figures.map((f) => `${leafLabel(f.figure.column, subject)}为${figureIn(f.figure, '万元')}`))]
    const missing = joinSentences([r.missing.length ? `${r.missing.join('、')}一栏${hit.unit}没有填列金额` : '', r.absent?.length ? `表中没有${r.absent.join('、')}一栏` : ''].filter(Boolean)) || undefined
    // a group asked by its header (基本支出 over 人员经费 | 公用经费): its columns' sum, computed, with its parts
    // (a column of the group left blank for the unit adds nothing, and is said to be blank)
    const group = tableKind !== 'other' ? groupAsked(hit, [tableKind], text) : undefined
    const sum = group && r.figures.length >= 2 ? run.run('compute', { op: 'sum', operands: r.figures.map((f) => ({ rowId: f.figure.rowId!, columnLabel: f.figure.column })) }) : undefined
    const whole = group && (sum?.ok ? sum.result.text : r.figures.length === 1 ? figureIn(r.figures[0].figure, '万元') : undefined)
    if (group && whole) {
      const how = r.figures.length >= 2 ? `由各栏相加计算得出：${parts.join('，')}` : `只有${parts.join('')}一栏填列金额`
      return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}中，${who}${group.group}为${whole}（表中没有${group.group}合计一栏，${how}）`, missing]) }
    }
    if (kinds.length > 1 && asked.kinds.length > 1 && tableKind !== 'other') { together.push({ parts, ...(missing ? { missing } : {}) }); continue }
    if (together.length) return { answer: saidTogether() }
    // (columns headed with their own year, "2024年预算数", say the year themselves)
    const whoSaid = parts.every((x) => /^(?:19|20)\d{2}年/u.test(x)) ? hit.unit : who
    return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}中，${whoSaid}${parts.join('，')}`, missing]) }
  }
  if (together.length) return { answer: saidTogether() }
  const named = frame.concepts.find((c) => c.kind === 'row' || c.kind === 'lexicon')
  return (named ? unitColumnFigure(run, hit, kinds, named) : undefined) ?? unitColumnFigure(run, hit, kinds) ?? balancedBudget(run, hit, asked.kinds, cols) ?? withUnitsStatement(run, hit, kinds, notPerUnit(hit, kinds, text, subject))
}

/**
 * Rule `balanced-unit-budget`: a unit's whole 支出预算 asked where only the 收入总表 lists each unit: a budget balances
 * (收支平衡), so the unit's income 合计 is its whole budget, said as the income table's figure (never for a 决算, whose
 * income and spending differ).
 */
function balancedBudget(run: ToolRunner, hit: MemberUnitHit, kinds: TableKind[], cols: string[]): HandlerOutput | undefined {
  if (kinds.length !== 1 || kinds[0] !== 'spending' || cols.some(Boolean) || /决算/.test(hit.doc.scope)) return undefined
  const income = unitTables(hit.doc).find((u) => u.table.kind === 'income')
  if (!income) return undefined
  const r = run.run('get-unit-figure', { docId: hit.doc.id, unit: hit.unit, tableKind: 'income' })
  if (!r.ok || !r.figures.length) return undefined
  run.cite(...r.figures.map((f) => f.figure.citation))
  const f = r.figures[0].figure
  return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}的支出表没有单列${hit.unit}；《${income.table.title}》中${hit.unit}${hit.doc.year}年收入合计为${figureIn(f, '万元')}，预算收支平衡，即其预算总额`]) }
}

/** Words naming the department itself, short ("城管局全部门" of 某县城市管理局): the whole a unit's share is of, no subject. */
function deptWords(word: string, org: string): boolean {
  const j = deptShortAt(word, orgCore(org))
  return j !== undefined && /^(?:全|全部|全部门|整体|的)?$/u.test(word.slice(j))
}

/** A whole's column printed beside its units' own (部门合计, 合计, 汇总: rule units-total-column's). */
const besideWhole = (t: Table) => t.columns.some((c) => c.path.length === 1 && TOTAL_COLUMN.test(compactText(c.label)))

/** "其中：镇本级", "其中：农业农村综合服务中心": a column of a department's table that is one unit's share */
const UNIT_COLUMN = /^其中[:：]?\s*/

/**
 * Rule `unit-column`: a department's table of the kind asked printing a column per unit ("合计 | 决算数 | 其中：镇本级 |
 * 其中：某中心") answers a unit's figure from that unit's column: the row asked (its total row when none is named),
 * read by get-figure and cited. The unit is the column's when its name ends with the column's words, or when both
 * are the department's own office (本级).
 */
function unitColumnFigure(run: ToolRunner, hit: MemberUnitHit, kinds: TableKind[], asked?: QuestionFrame['concepts'][number]): HandlerOutput | undefined {
  const unit = compactText(hit.unit)
  // (the tables of the kinds asked first; a 分单位 table of another kind printing the unit's column after them)
  const tables = [...hit.doc.tables.filter((t) => kinds.includes(t.kind)), ...hit.doc.tables.filter((t) => !kinds.includes(t.kind) && t.kind !== 'three-public')]
  for (const t of tables) {
    const col = moneyColumns(t).find((c) => {
      const words = compactText(c.path[c.path.length - 1] ?? '')
      // "其中：某中心" in one cell, or 其中 over the unit's name (rule unit-columns), or a unit's own column beside their
      // whole's (局机关 | 某中心 | 部门合计, rule units-total-column)
      if (!UNIT_COLUMN.test(words) && !isUnitColumn(t, c) && !(c.path.length === 1 && besideWhole(t) && !TOTAL_COLUMN.test(words))) return false
      const w = words.replace(UNIT_COLUMN, '')
      return w.length >= 2 && (unit.endsWith(w) || (/本级$/.test(w) && /本级/.test(unit)))
    })
    if (!col) continue
    // (a table of indicators side by side has no total row to read for a subject not named to it)
    if (besideWhole(t) && !asked) continue
    const rows = run.run('find-rows', { docId: hit.doc.id, tableId: t.id, ...(asked ? { name: asked.surface || asked.name } : { totalOnly: true }), limit: 1 })
    // (a concept no row of the table is named by, 三公经费 of a 三公 table: its total row)
    // (…never in a table of indicators side by side, 收入合计 | “三公”经费 | 资产总额: its first line is no total of them; there
    // the row printed with the asked words, its quotes aside)
    const mixed = besideWhole(t)
    const whole = !(rows.ok && rows.rows.length) && asked?.kind === 'lexicon' && !mixed ? run.run('find-rows', { docId: hit.doc.id, tableId: t.id, totalOnly: true, limit: 1 }) : undefined
    const bare = (x: string) => compactText(x).replace(/[“”"‘’'「」]/gu, '')
    const words = asked ? bare(asked.surface || asked.name) : ''
    const found = rows.ok && rows.rows.length && (!mixed || bare(rows.rows[0].name).includes(words)) ? rows.rows[0] : undefined
    const quoted = mixed && asked && !found ? t.rows.findIndex((r) => bare(r.name) === words) : -1
    const printed = quoted >= 0 ? { rowId: `${t.id}/r${quoted}`, name: t.rows[quoted].name } : undefined
    const row = found ?? (whole?.ok ? whole.rows[0] : printed)
    if (!row) continue
    const r = run.run('get-figure', { rowId: row.rowId, columnLabel: col.label })
    const f = r.ok ? r.figures[0] : undefined
    if (!f || f.citation.column !== col.label) continue
    run.cite(f.citation)
    return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}《${t.title}》中，${hit.unit}（“${col.path[col.path.length - 1]}”一栏）${row.name.replace(/^\s*(?:[\d一二三四五六七八九十]+[.、．]|[（(][\d一二三四五六七八九十]+[)）])\s*/, '')}为${figureIn(f, '万元')}`]) }
  }
  return undefined
}

/**
 * A subject row asked of a unit ("某医院的行政运行基本支出") read from a table grouped by unit: the row of that code or
 * name printed under the unit's row, never the department's row of the same subject. Undefined when no grouped
 * table of the kinds asked exists; a grouped table without that subject under the unit says so.
 */
function subjectUnderUnit(run: ToolRunner, hit: MemberUnitHit, kinds: TableKind[], concept: QuestionFrame['concepts'][number], cols: string[]): HandlerOutput | undefined {
  const grouped = unitTables(hit.doc).filter((u) => u.groups && (kinds.includes(u.table.kind) || kinds.length > 1))
  if (!grouped.length) return undefined
  const subjects = [concept.code, concept.surface, concept.name].filter((s): s is string => !!s && s.length >= 2)
  for (const u of grouped) {
    for (const subject of subjects) {
      const r = run.run('get-unit-figure', { docId: hit.doc.id, unit: hit.unit, tableKind: u.table.kind, subject, ...(cols.length ? { columns: cols.map((c) => c || '合计') } : {}) })
      if (!r.ok) continue
      run.cite(...r.figures.map((f) => f.figure.citation))
      const f0 = r.figures[0].figure
      const parts = r.figures.map((f) => `${leafOf(f.figure.column) || '合计'}为${figureIn(f.figure, '万元')}`)
      const missing = r.missing.length ? `${r.missing.join('、')}一栏没有填列金额` : undefined
      return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}《${r.tableTitle}》中，${hit.unit}名下${f0.code ? `${f0.code} ` : ''}${f0.label}${parts.join('，')}`, missing]) }
    }
  }
  const title = grouped[0].table.title
  return { answer: joinSentences([`没有找到${hit.unit}的${concept.surface}数字`, `《${title}》按单位列出科目，${hit.unit}名下没有${concept.surface}一行`]), notFound: true }
}

/**
 * A subject the per-unit tables leave out, which the prose says the member units do not have ("所属学校未安排“三公”
 * 经费", "下属单位无政府采购"): the sentence is quoted and cited after the not-found answer.
 */
function withUnitsStatement(run: ToolRunner, hit: MemberUnitHit, kinds: TableKind[], out: HandlerOutput): HandlerOutput {
  const said = unitsStatement(hit, kinds)
  if (!said) return out
  run.cite(paragraphCitation(hit.doc, said.paragraph, said.sentence))
  return { ...out, answer: joinSentences([out.answer, `原文：${said.sentence}`]) }
}

/** "财政专户管理资金收入（学费）": words in brackets right after a column the question names gloss it, they ask nothing else. */
const glossOfNamed = (text: string, word: string, cols: string[]) =>
  cols.some((c) => c && new RegExp(`${escapeRegExp(c)}[（(][^）)]*${escapeRegExp(word)}[^）)]*[）)]`).test(text))

/** A fund's 拨款 as people say it, without its 预算: 政府性基金拨款 of 政府性基金预算拨款. */
const saidWithoutBudget = (header: string) => header.replace(/预算(?=拨款)/u, '')
/** A fund's 拨款收入 said by the fund's own name: 政府性基金预算拨款收入 → 政府性基金收入, 一般公共预算拨款收入 → 一般公共预算收入. */
const saidByFund = (header: string) => header.replace(/(政府性基金|国有资本经营)预算拨款(?=收入$)/u, '$1').replace(/(一般公共预算)拨款(?=收入$)/u, '$1')
const covers = (leaf: string, asked: string) => asked.includes(leaf) || leaf.includes(asked) || stem(leaf) === stem(asked) || saidWithoutBudget(leaf) === asked || saidByFund(leaf) === asked

/** The subject is not in the per-unit tables: said so, with where the document gives it only for the whole department. */
function notPerUnit(hit: MemberUnitHit, kinds: TableKind[], text: string, subject: string, row = false): HandlerOutput {
  const perUnit = unitTables(hit.doc).some((u) => kinds.includes(u.table.kind))
  const wide = perUnit ? undefined : hit.doc.tables.find((t) => kinds.includes(t.kind))
  const words = wide ? [...wide.columns.map((c) => c.path[c.path.length - 1] ?? ''), ...wide.rows.map((r) => r.name)].map(compactText) : []
  // (the unit's own name, printed as a row of that table, is never what was asked of it)
  const unitName = compactText(hit.unit)
  const what = row ? subject : words.filter((w) => w.length >= 3 && text.includes(w) && !unitName.includes(w)).sort((a, b) => b.length - a.length)[0] ?? subject
  const where = wide
    ? `《${wide.title}》只列出${hit.doc.org}全部门的数字，没有单列${hit.unit}`
    : `${hit.doc.org}${hit.doc.year}年${hit.doc.scope}的分单位表格没有列出${hit.unit}的${what}`
  return { answer: joinSentences([`没有找到${hit.unit}单独的${what}数字`, where]), notFound: true }
}

const leafOf = (label?: string) => label?.split(' › ').pop()?.replace(/^(?:合计|小计)$/, '').replace(/^其中[:：]\s*/u, '') ?? ''
/** (a total under a stage's group, "决算数 › 合计", says its stage: "“三公”经费决算数合计") */
const stageGroupOf = (label?: string) => { const p = label?.split(' › ') ?? []; return p.length >= 2 && /^(?:预算|决算)数?$/u.test(p[0]) ? p[0] : '' }
/** (a 小计 under a money group of its own, "财政拨款收入 › 小计", is that group's: 财政拨款收入) */
const moneyGroupOf = (label?: string) => { const p = label?.split(' › ') ?? []; return p.length >= 2 && /^(?:合计|小计)$/u.test(p[p.length - 1]) && !/^(?:预算|决算)数?$/u.test(p[p.length - 2]) && /收入|支出|拨款|经费|费$/u.test(p[p.length - 2]) ? p[p.length - 2] : '' }
const leafLabel = (label: string | undefined, subject: string) => leafOf(label) || moneyGroupOf(label) || `${subject}${stageGroupOf(label)}合计`

/**
 * Rule unit-before-count: a count read for a unit is the unit's only when the unit is named before it in its sentence
 * with no other count between ("其中：局本级行政编制28名，某中学事业编制196名" gives the school 196, never the
 * department's "核定编制316名" printed before the unit's name).
 */
function unitBeforeCount(text: string, unit: string, value: string | undefined): boolean {
  if (!value) return text.includes(unit)
  const at = text.search(new RegExp(`(?<![\\d.])${escapeRegExp(value)}(?![\\d.])`, 'u'))
  if (at < 0) return text.includes(unit)
  const named = text.lastIndexOf(unit, at)
  return named >= 0 && !/\d+\s*[名人个]/u.test(text.slice(named + unit.length, at))
}

/**
 * Rule `unit-clause-count`: a unit's count printed right after its name in a list of the department's units ("其中：局
 * 本级行政编制28名，某中学事业编制196名"): the count of the keyword asked within the unit's own clause, quoted.
 */
function unitClauseCount(run: ToolRunner, hit: MemberUnitHit, asked: string[]): HandlerOutput | undefined {
  const forms = unitForms(hit)
  for (const id of asked) {
    const c = run.vocabulary.lexicon.counts.find((x) => x.id === id)
    const words = [...new Set([...(c?.keywords ?? []), ...(c?.aliases ?? [])])].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)
    if (!words.length) continue
    const units = (c?.units ?? ['名', '人']).map(escapeRegExp).join('|')
    for (const p of hit.doc.paragraphs) {
      const t = compactText(p.text)
      for (const form of forms) {
        const m = new RegExp(`${escapeRegExp(form)}[^，,；;。、\\d]{0,8}?(?:${words.map(escapeRegExp).join('|')})[^\\d，,；;。]{0,4}?(\\d+)(${units})`, 'u').exec(t)
        if (!m) continue
        const cite = paragraphCitation(hit.doc, p, m[0])
        run.cite(cite)
        return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}写明${hit.unit}${c?.label ?? id}${m[1]}${m[2]}`, `原文：${cite.text ?? m[0]}`]) }
      }
    }
  }
  return undefined
}

/** Each count asked of a member unit, read only from a sentence of the department's prose that names the unit. */
function memberCounts(run: ToolRunner, frame: QuestionFrame, hit: MemberUnitHit): HandlerOutput | undefined {
  const names = [...new Set(frame.concepts.filter((c) => c.kind === 'count' && c.name !== HEADCOUNT).map((c) => c.name))]
  const asked = names.length ? names : frame.concepts.some((c) => c.name === HEADCOUNT) ? ['staffing', 'staff-actual'] : []
  const unit = compactText(hit.unit)
  const read = (n: string) => {
    const r = run.run('find-prose-figure', { docId: hit.doc.id, name: n, kind: 'count', near: [hit.unit] })
    const f = r.ok ? r.figures[0] : undefined
    return f && unitBeforeCount(compactText(f.citation.text ?? ''), unit, f.citation.value) ? f : undefined
  }
  // (a count the prose states in its own terms instead, 实有人数 as 实有在职人员, under that label)
  const found = asked.flatMap((n) => { const got = countOrInstead(run, n, asked, read); return got ? [{ n: got.id, f: got.f }] : [] })
  if (!found.length) return unitClauseCount(run, hit, asked)
  run.cite(...found.map((x) => x.f.citation))
  const label = (n: string) => run.vocabulary.lexicon.counts.find((c) => c.id === n)?.label ?? n
  const quotes = [...new Set(found.map((x) => x.f.citation.text?.replace(/[:：,，、;；]+$/, '')))]
  return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}写明${hit.unit}${found.map((x) => `${label(x.n)}${figureText(x.f)}`).join('，')}`, `原文：${quotes.join('……')}`]) }
}
