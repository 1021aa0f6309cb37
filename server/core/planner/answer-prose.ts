import { countOrInstead, countPair } from './rules/count-pair.js'
import { noneStated } from './rules/none-stated.js'
import { foldMeaning } from '../read/meaning-view.js'
import { afterEventWords } from './rules/after-event.js'
import { ABROAD_WORDS, asksAbroad } from './rules/abroad-clause.js'
import { proseOnly, stageOf } from '../schema.js'
import type { BudgetDocument, Citation } from '../schema.js'
import { HEADCOUNT, type ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'
import type { ToolResult } from '../tools/types.js'
import { listedOffices } from './rules/listed-offices.js'
import type { Explanation } from '../tools/explain-figure.js'
import { fundsIn, otherFundOnly } from '../lexicon/fund-names.js'
import { sentenceFigure, type Figure } from '../tools/lib/figure.js'
import { compactText, escapeRegExp } from '../search/normalize-text.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { sentencesOf } from '../tools/lib/prose.js'
import { WORD_START } from '../tools/lib/resolve-prose.js'
import { paragraphCitation } from '../tools/lib/citation.js'
import { meaningParagraphs } from '../tools/lib/prose-may-hold.js'
import { askedName } from './answer-lookup.js'
import { figureText, joinSentences, labelOf, orgYear, stageWord, quoteOf } from './compose.js'
import { explanationFor, figureFor, figureInput, tablesOnly } from './figure-for.js'
import { tableDisagrees, writtenFigure, writtenForm } from './rules/stated-change.js'
import { answerStatedCounts, statedCountsAsked } from './answer-stated-count.js'
import { eventsAsked } from '../tools/lib/counted-event.js'
import { itemsOfTotal } from './rules/total-items.js'
import { costliestItem, itemRankAsked } from './rules/costliest-item.js'
import { carryOverProjects, isCarryOver } from './rules/carry-over-projects.js'
import { countRankLead } from './rules/count-rank.js'
import { asksAgainstBudget } from './rules/against-budget.js'
import { changeRestated } from './rules/reason-restated.js'
import { operandOf } from './operands.js'
import { phraseQualifier } from './rules/phrase-qualifier.js'

const MOVE_WORD = { up: '增加', down: '减少', flat: '持平' } as const

/**
 * 为什么: the figure, then the document's own sentence with its change and 主要原因. "为什么…减少了" speaks only of
 * units whose figure moved that way: with no organisation named the others are left out; a named one whose figure
 * did not move so is told so, with the document's sentence.
 */
export function answerReason(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const subject = frame.concepts[0]
  const asked = frame.direction === 'up' || frame.direction === 'down' ? frame.direction : undefined
  const single = scope.targets.length === 1
  const againstBudget = asksAgainstBudget(frame.text)
  const outs = scope.targets.slice(0, 6).map((t) => {
    const read = figureFor(run, t, subject, frame.columns[0])
    // (rule budget-gap-row: a 决算 asked against its 年初预算 is read where both are printed, beside each other)
    const budgeted = againstBudget && read.figure ? budgetedRow(run, t, subject, read.figure) : undefined
    const cur = budgeted ? { ...read, figure: budgeted.final } : read
    const why = explanationFor(run, t, subject.name, cur.figure?.fen, false, writtenForm(run.vocabulary, subject), cur.figure?.rowId, againstBudget)
    const moved = why?.e.change?.direction
    if (asked && !single && moved !== asked) return { text: '', found: false, skipped: true }
    // the prose may speak of the same subject in another table (一般公共预算 vs all funds): show the figure it states
    const other = why && !why.e.anchored && cur.figure ? figureStated(run, t, subject, why.e.statedFen) : undefined
    // asked in its own words (财政拨款收入), stated by the prose but printed in no table: the figure the sentence states
    const own = why && !why.e.anchored && !other ? writtenFigure(run.vocabulary, t, subject, why.e) : undefined
    const f = other ?? (own ? undefined : cur.figure)
    const head = own ?? (f ? `${orgYear(t)}${labelOf(f, subject.name)}${stageWord(t, labelOf(f, subject.name))}为${figureText(f)}${budgeted && f === budgeted.final ? `，年初预算为${figureText(budgeted.initial)}（${budgeted.initial.citation.tableTitle ?? '同表'}）` : ''}` : undefined)
    if (f) run.cite(f.citation)
    if (budgeted && f === budgeted.final) run.cite(budgeted.initial.citation)
    if (!why?.e.reason && !why?.e.change) return { text: joinSentences([head, `文件中没有说明${orgYear(t)}“${askedName(subject)}”变化的原因`]), found: false }
    run.cite(why.c, ...why.more)
    if (asked && moved && moved !== asked) {
      return { text: joinSentences([head, `文件写明是${MOVE_WORD[moved]}，并没有${MOVE_WORD[asked]}`, `文件说明：${quoteOf(why.e)}`]), found: false }
    }
    // rule reason-restated: the change the reason explains, said with its amount before the document's sentence
    const restated = changeRestated(why.e.sentence, againstBudget)
    const said = restated && !head?.includes(restated) ? (head ? `${head}，${restated}` : `${orgYear(t)}${askedName(subject)}${restated}`) : head
    // (the sentence states the subject at another amount than the table: both said, as a stated change's answer does)
    return { text: joinSentences([said, `文件说明：${quoteOf(why.e)}`, ...tableDisagrees(why.e, f, subject.name)]), found: true }
  })
  const said = outs.filter((o) => !('skipped' in o))
  if (!said.length) return { answer: `所收录的文件中没有${askedName(subject)}${MOVE_WORD[asked!]}的单位。`, notFound: true }
  return { answer: said.map((o) => o.text).join(''), notFound: said.every((o) => !o.found) }
}

/**
 * Rule `budget-gap-row`: a 决算 asked against its own 年初预算 ("住房公积金决算为啥比年初预算少") of a subject read from a
 * table with no 年初预算 column (the 支出决算表 of all funds): the same subject's row in the table that prints both
 * (一般公共预算财政拨款支出决算表), its 决算数 and 年初预算数. Undefined when the figure read already has that column.
 */
function budgetedRow(run: ToolRunner, t: Target, subject: ConceptHit, f: Figure): { final: Figure; initial: Figure } | undefined {
  const table = t.doc.tables.find((x) => x.id === f.citation.tableId)
  if (!table || table.columns.some((c) => c.role === 'initial')) return undefined
  const initial = run.run('get-figure', { ...figureInput(t, subject), column: 'initial' })
  const i = initial.ok ? initial.figures[0] : undefined
  if (!i?.rowId) return undefined
  const final = run.run('get-figure', { rowId: i.rowId, column: 'final' })
  return final.ok && final.figures[0].rowId === i.rowId ? { final: final.figures[0], initial: i } : undefined
}

const OTHER_TABLES = ['general-spending', 'spending', 'basic-spending', 'project-spending', 'fiscal-summary'] as const

/** The table figure of a subject whose amount equals what the prose states, if another table prints it. */
function figureStated(run: ToolRunner, t: Target, subject: ConceptHit, fen: number | undefined): Figure | undefined {
  if (fen === undefined || t.year !== t.doc.year) return undefined
  for (const tableKind of OTHER_TABLES) {
    const r = run.run('get-figure', { docId: t.doc.id, name: subject.code ? undefined : subject.name, code: subject.code, tableKind })
    if (r.ok && r.figures[0].fen === fen) return r.figures[0]
  }
  return undefined
}

/** Words of counting alone: 人数, 数量, 个数, 名额, 数 */
const COUNT_WORDS = /^(?:人数|数量|个数|名额|数|总数|人)$/u

/** 主要用于什么: the figure, then what the document says it is for. */
export function answerUsage(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const subject = frame.concepts[0]
  const outs = scope.targets.slice(0, 6).map((t) => {
    const f = figureFor(run, t, subject, frame.columns[0]).figure
    if (f) run.cite(f.citation)
    const head = f ? `${orgYear(t)}${labelOf(f, subject.name)}${stageWord(t, labelOf(f, subject.name))}为${figureText(f)}` : undefined
    // "买什么设备最贵": the total's rows ranked, not its use
    const order = itemRankAsked(frame.text)
    const top = f && order && costliestItem(run, t, f, order, frame.text)
    if (top) return { text: joinSentences([top]), found: true }
    // (a subject asked by its code is written in the prose by its name: the row's)
    const named = subject.code && f?.label && !/^\d+$/.test(f.label) ? f.label : subject.name
    let r = run.run('explain-figure', { docId: t.doc.id, name: named, fen: f?.fen, about: 'usage' })
    // a tables-only 部门预算: its explanation is the prose of the 单位预算 of the same organisation and year
    if (!r.ok && tablesOnly(t)) r = siblingUsage(run, t, subject.name, f?.fen)
    const usage = r.ok ? r.explanations[0].usage : undefined
    const nature = r.ok ? r.explanations[0].nature : undefined
    if (!usage && !nature) {
      // "上年结转结余用于哪个项目": the rows its tables fund with it
      const funded = isCarryOver(subject.name) ? carryOverProjects(run, t) : undefined
      if (funded) return { text: joinSentences([head, funded]), found: true }
      const items = f && itemsOfTotal(run, t, f)
      if (items) return { text: joinSentences([head, items]), found: true }
      return { text: joinSentences([head, `文件中没有说明${orgYear(t)}“${askedName(subject)}”的具体用途`]), found: false }
    }
    run.cite(r.citations[0])
    // "…18.75万元，为…结转资金": what the money is, in the document's words
    if (r.ok && !usage && nature) return { text: joinSentences([head, `文件说明：${quoteOf(r.explanations[0])}`]), found: true }
    return { text: joinSentences([head, `文件说明其用于${usage}`]), found: true }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}

function siblingUsage(run: ToolRunner, t: Target, name: string, fen?: number): ToolResult<{ explanations: Explanation[] }> {
  const r = run.run('explain-figure', { org: t.doc.org, year: t.doc.year, name, fen, about: 'usage' })
  if (!r.ok) return r
  const i = r.explanations.findIndex((e) => e.docId !== t.doc.id && e.org === t.doc.org && e.year === t.doc.year && e.usage)
  return i < 0 ? { ok: false, error: 'no sibling document states its use', citations: [] } : { ok: true, explanations: [r.explanations[i]], citations: [r.citations[i]] }
}

/**
 * 什么是…: the documents' own definition (专业性名词解释). `asked` is the term a rule read from the question; then only
 * the named document's own definition answers, quoted as printed with where it stands (its section).
 */
export function answerDefine(inp: HandlerInput, asked?: string): HandlerOutput {
  const { run, frame, scope } = inp
  const term = asked ?? (frame.concepts[0]?.surface || frame.concepts[0]?.name || frame.unknown)
  if (!term) return { answer: '没有识别出要解释的名词，请说明想了解哪个名词，例如“什么是项目支出”。', notFound: true }
  const docId = scope.named && scope.targets.length === 1 ? scope.targets[0].doc.id : undefined
  const r = run.run('define-term', { term, docId })
  if (!r.ok) return { answer: `所收录文件的名词解释中没有“${term}”。`, notFound: true }
  if (asked && r.definitions[0].depth === 'listed') return { answer: `${orgYear(scope.targets[0])}文件没有解释“${term}”。`, notFound: true }
  run.cite(r.citations[0])
  if (asked) {
    const c = r.citations[0]
    // the definition's own sentence: a second term defined after "；" is cut, the cut marked
    const quote = (c.text ?? r.definitions[0].text).replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/, '').replace(/([。；;]).+$/s, (_, p: string) => (p === '。' ? '。……' : '……'))
    return { answer: `${orgYear(scope.targets[0])}文件${c.section ? `“${c.section.split(' › ').pop()}”` : ''}中的解释：“${quote}”` }
  }
  const d = r.definitions[0]
  const text = d.text.replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.])\s*/, '')
  const [head, ...rest] = text.replace(/其中[，,]/g, '').split(/(?<=[。；;])/).map((x) => x.trim().replace(/[；;]$/, '')).filter(Boolean)
  const parts = rest.flatMap((c) => /^([^:：，,。；;、]{2,20}?)(?:是指|系指|反映|主要包括|包括)/.exec(c)?.[1] ?? [])
  if (d.depth === 'listed') {
    const where = rest.find((c) => compactText(c).includes(compactText(term)))
    return { answer: joinSentences([`预算文件的名词解释没有单独解释“${term}”，它出现在“${d.term}”的解释中：${head}`, where]) }
  }
  return { answer: joinSentences([`按预算文件的名词解释，${head}`, parts.length ? `其中${parts.join('、')}另有逐项解释` : undefined]) }
}

/** The words a kind of body named adds to a count's search (中心, 局). */
const TYPE_NEAR = new Set(['中心', '局'])

/** Units a count is asked in that the usual people/unit counts do not use: read in that unit only. */
const OWN_COUNT_UNIT = /^(?:场|期)$/
const OTHER_COUNT_UNIT = /^(?:台|家|所|座|套|批|张|间)$/

/** 编制/科室/车辆…: a count stated in prose; words of the question that are not the subject pick among several. */
export function answerCount(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const stated = statedCountsAsked(inp)
  if (stated.length) return answerStatedCounts(inp, stated)
  const hit = [...frame.concepts].reverse().find((c) => c.kind === 'count')
  const name = hit?.name ?? frame.countNoun?.noun
  if (!name) return { answer: '无法识别要统计的对象。', notFound: true }
  // rule named-people: "退休人员多少人" names whose count (a group no count of the vocabulary is): that group's count
  // as printed under its own name, else not stated — never the 编制 or 实有人员 a bare 多少人 reads
  // (学生, 教师, 医生: people too; 校生 of 在校生 left by the reading, its 在 taken back by namedPeople)
  // (a status said alone, "退休的有几个人", names its people: 退休人员, 退休人数 as printed)
  const group = name === HEADCOUNT && frame.unknown && (/(?:人员|职工|员工|人)$/u.test(frame.unknown) && frame.unknown.length >= 3 || /(?:学生|生|教师|医生|护士)$/u.test(frame.unknown) && frame.unknown.length >= 2 || PEOPLE_STATUS.test(frame.unknown)) ? frame.unknown : undefined
  if (group) return namedPeople(inp, group)
  // rule other-people-asked: "某项目65岁以上老人健康管理要管多少人" counts people of something the question names at
  // length (no staff word among its words): never the body's own 编制 or 实有人员; that thing's people where printed so
  if (name === HEADCOUNT && frame.unknown && !(hit && STAFF_WORD.test(hit.surface)) && [...frame.unknown.matchAll(/\p{Script=Han}/gu)].length >= 6 && !STAFF_WORD.test(frame.unknown)) return namedPeople(inp, frame.unknown)
  // "全民阅读推广要办多少场活动": the subject row named before the count says whose count it is, in its own unit
  const unit = hit ? undefined : OWN_COUNT_UNIT.exec(frame.countNoun?.unit ?? '')?.[0]
  const subjectWords = unit ? frame.concepts.filter((c) => c.kind === 'row' || c.kind === 'project').map((c) => c.surface || c.name) : []
  const qualifier = hit ? undefined : frame.countNoun?.qualifier ?? subjectWords[0]
  const label = run.vocabulary.lexicon.counts.find((c) => c.id === name)?.label ?? (qualifier ? `${qualifier}${frame.countNoun?.qualifier ? '的' : ''}${name}` : name)
  // a word no term matched picks among counts only when it is said in the same ask as the counted noun ("编制床位有多少张？
  // 实际开放了多少张？": 实际开放 belongs to the second ask, never to the 编制床位 read for the first)
  const sameAsk = !frame.unknown || !frame.countNoun || frame.text.split(/[？?。；;！!]/u).some((ask) => ask.includes(frame.unknown!) && ask.includes(frame.countNoun!.noun))
  // (a bare word of counting left over, 人数 of "在职人数", says no whose: it is the count's own word)
  const nearWord = frame.unknown && sameAsk && !COUNT_WORDS.test(frame.unknown) ? frame.unknown : undefined
  // (a unit named whole, read through the department whose prose names it: its name draws its own line, rule
  // unit-part-count; the department's own name is no such word, see nearOf)
  const near = [...(qualifier ? [qualifier] : nearWord ? [nearWord] : []), ...frame.orgs.flatMap((m) => (m.type === 'center' ? ['中心'] : m.type === 'bureau' ? ['局'] : []))]
  const unitNear = frame.orgs.filter((m) => m.unit && m.text.length >= 4).map((m) => m.text)
  // "有多少人": how many people, which documents state as 编制 and as 实有人员; both are answered where stated.
  // "实有多少人？在职几人？": every count the question names, in its order
  const asked = [...new Set(frame.concepts.filter((c) => c.kind === 'count' && c.name !== HEADCOUNT).map((c) => c.name))]
  const counts = name === HEADCOUNT ? ['staffing', 'staff-actual'] : asked.length > 1 ? asked : [name]
  // (…and the retired, asked beside the staff: "编制多少人，实有多少，退休多少")
  const names = counts.some((n) => n === 'staffing' || n === 'staff-actual') && !counts.includes('retired') && /(?<!离)退休/u.test(frame.text) ? [...counts, 'retired'] : counts
  const labelOf = (n: string) => (name === HEADCOUNT || names.length > 1 ? run.vocabulary.lexicon.counts.find((c) => c.id === n)?.label ?? n : label)
  const counted: { org: string; value: number; shown: string }[] = []
  // rule counted-event: "今年购置了几辆车" reads the 购置 clause; any other question passes such clauses over
  // rule abroad-clause: "接待境外来访多少批" prefers the 国（境）外 line of the prose
  const nearAsked = [...(asksAbroad(frame.text) ? ABROAD_WORDS : []), ...eventsAsked(frame.text), ...(scope.typeFallback ? near : near.slice(0, 1)), ...unitNear]
  // a count asked in a unit the usual ones (名, 人, 个, 辆, 项) leave out ("编制有几台", "几家企业"): read in that unit
  // (people asked of a noun the vocabulary does not count, "…的目标是多少人": read in 人, never a count of 个)
  const ownUnit = unit ?? (hit ? undefined : OTHER_COUNT_UNIT.exec(frame.countNoun?.unit ?? '')?.[0] ?? (/^[人名]$/u.test(frame.countNoun?.unit ?? '') ? '人' : undefined))
  // (a kind of body named, 中心 or 局, prefers its sentences only in a document of that kind: "某中心和某县残联的编制" reads
  // 残联's own count, never its 综合服务中心's)
  const nearOf = (org: string) => nearAsked.filter((w) => (!TYPE_NEAR.has(w) || org.includes(w)) && !(w.length >= 4 && (org.includes(w) || w.includes(org))))
  // (a count read near the question's other words is kept only when its own clause names the count: "行政人员426人" read
  // for 退休人员 because 行政人员 was asked beside it is another count, and the count is read without those words)
  const read = (t: Target, n: string) => {
    const near = nearOf(t.doc.org)
    const r = run.run('find-prose-figure', { docId: t.doc.id, name: n, kind: 'count', near, ...(ownUnit ? { unit: ownUnit } : {}) })
    const f = r.ok ? r.figures[0] : undefined
    const keys = run.vocabulary.countOf(n)?.keywords ?? []
    const clause = f ? (f.citation.text ?? '').replace(/,(?=\d{3})/gu, '').split(/[，,；;。]/u).find((c) => new RegExp(`(?<![\\d.])${f.amount.value}\\s*(?:${f.amount.unit})`, 'u').test(c)) : undefined
    if (!near.length || !f || !clause || !keys.length || keys.some((k) => clause.includes(k))) return r
    const plain = run.run('find-prose-figure', { docId: t.doc.id, name: n, kind: 'count', near: [], ...(ownUnit ? { unit: ownUnit } : {}) })
    return plain.ok ? plain : r
  }
  // rule count-parts: parts of one count the question names by a qualifier (行政编制, 事业编制 of 编制): each read where
  // the prose prints it as a name of its own; "行政编制占编制总数的比例" sets the part against the count's whole
  // (or by another word with the count's head noun, 在编职工 beside 在职职工, that the vocabulary does not know)
  const parts = hit && names.length === 1 && scope.targets.length === 1 ? [...qualifiedParts(frame.text, hit.surface, frame.orgs.map((o) => o.end)), ...otherHeadWord(frame.text, frame.unknown, hit.surface)] : []
  if (hit && parts.length) {
    const t = scope.targets[0]
    const one = (near: string[]) => { const r = run.run('find-prose-figure', { docId: t.doc.id, name: names[0], kind: 'count', near }); return r.ok ? r.figures[0] : undefined }
    const w = one([])
    const read = parts.map((words) => ({ words, f: one([words]) })).filter((x): x is { words: string; f: Figure } => !!x.f && x.f.amount.value !== w?.amount.value)
    if (w && read.length) {
      const pair = read.length === 1 ? countPair(run, frame.text, { f: read[0].f, label: read[0].words }, { f: w, label: `${label}总数` }) : undefined
      run.cite(w.citation, ...read.map((x) => x.f.citation))
      const quotes = [...new Set([w, ...read.map((x) => x.f)].map((f) => f.citation.text?.replace(/[:：,，、;；]+$/, '')))]
      return { answer: joinSentences([`${t.doc.org}（${t.doc.year}年${t.doc.scope}文件）${label}：${figureText(w)}；${read.map((x) => `${x.words}：${figureText(x.f)}`).join('；')}`, pair, `原文：${quotes.join('……')}`]) }
    }
  }
  const outs = scope.targets.slice(0, 6).map((t) => {
    const each = names.map((n) => {
      // a count the document does not state, stated in its own terms instead (实有人数 → 实有在职人员), under that label
      const got = countOrInstead(run, n, names, (id) => { const r = read(t, id); return r.ok ? r.figures[0] : undefined })
      if (!got) return { n }
      // (the retired asked, only 离退休人员 printed: that count under its own name, and said to be no count of the retired alone)
      const instead = run.vocabulary.countOf(got.id)?.label ?? got.id
      return { n, f: got.f, label: got.id === n ? labelOf(n) : n === 'retired' ? `${instead}（文件没有单列${labelOf(n)}，离退休人员含离休人员）` : instead }
    })
    const found = each.flatMap((x) => (x.f ? [{ f: x.f, label: x.label }] : []))
    const what = name === HEADCOUNT ? '人员' : label
    if (!found.length) {
      // rule listed-count: no number stated, the offices listed by name are counted (and named)
      const listed = names.length === 1 && names[0] === 'sections' ? listedOffices(t.doc) : undefined
      if (listed) {
        run.cite(paragraphCitation(t.doc, listed.p, listed.sentence))
        return { text: joinSentences([`${t.doc.org}（${t.doc.year}年${t.doc.scope}文件）列出${label}${listed.names.length}个：${listed.names.join('、')}（文件未写总数，按所列名称计）`, `原文：${listed.sentence}`]), found: true }
      }
      // rule none-stated: "没有下属单位" answers a count of them (none)
      const none = names.length === 1 ? noneStated(t.doc, label) : undefined
      if (none) {
        run.cite(paragraphCitation(t.doc, none.p, none.clause))
        return { text: joinSentences([`${t.doc.org}（${t.doc.year}年${t.doc.scope}文件）写明“${none.clause}”`]), found: true }
      }
      return { text: `没有找到${t.doc.org}文件中关于${what}数量的表述。`, found: false }
    }
    // several counts asked: one the document does not state is said to be missing, never left out in silence
    const missing = name === HEADCOUNT ? [] : each.filter((x) => !x.f).map((x) => labelOf(x.n))
    for (const x of found) run.cite(x.f.citation)
    if (found.length === 1 && Number.isFinite(Number(found[0].f.amount.value))) counted.push({ org: t.doc.org, value: Number(found[0].f.amount.value), shown: figureText(found[0].f) })
    // (a sentence printing a longer name that holds the label, 离退休人员415人 beside 退休412人, is quoted by the clause
    // stating the count read: the longer name's count is not the one asked)
    const clauseOf = (f: Figure, label: string) => {
      const text = f.citation.text ?? ''
      const own = text.includes(`离${label.replace(/(?:人员|人数)$/u, '')}`) ? text.split(/[，,；;。:：()（）]/u).find((c) => new RegExp(`(?<![\\d.])${f.amount.value}\\s*(?:人|名)`, 'u').test(c.replace(/,(?=\d{3})/g, ''))) : undefined
      return (own?.trim() || text).replace(/[:：,，、;；]+$/, '')
    }
    const sentences = [...new Set(found.map((x) => clauseOf(x.f, x.label)))]
    // two counts asked for their share or difference (rule count-pair)
    const pair = found.length === 2 && names.length === 2 && name !== HEADCOUNT ? countPair(run, frame.text, found[0], found[1]) : undefined
    return {
      text: joinSentences([`${t.doc.org}（${t.doc.year}年${t.doc.scope}文件）${found.map((x) => `${x.label}：${figureText(x.f)}`).join('；')}`, pair, `原文：${sentences.join('……')}`, missing.length ? `文件中没有关于${missing.join('、')}的表述` : undefined]),
      found: true,
    }
  })
  const lead = countRankLead(frame.text, counted, name === HEADCOUNT ? '人员' : label)
  return { answer: joinSentences([lead, outs.map((o) => o.text).join('')]), notFound: outs.every((o) => !o.found) }
}

/** "行政编制和事业编制各几个": the counted word with two characters of its own before it, each time it is written. */
function qualifiedParts(text: string, surface: string, orgEnds: number[] = []): string[] {
  const out: string[] = []
  // (a count asked by its unit, 几辆 / 多少人, names no noun to qualify)
  if (/几|多少/u.test(surface) || surface.length < 2) return out
  for (let at = text.indexOf(surface); at >= 2; at = text.indexOf(surface, at + 1)) {
    // (the organisation's own name right before it is no qualifier: 某县卫生健康局编制)
    if (orgEnds.includes(at)) continue
    const q = text.slice(at - 2, at)
    if (/^\p{Script=Han}{2}$/u.test(q) && !/[的和与及是有在各占比]/u.test(q) && !out.includes(q + surface)) out.push(q + surface)
  }
  return out
}

/** The body the group belongs to, said before it: 医院在岗职工, 全院女职工, 本校教职工. */
const OWNER_BEFORE = '(?:(?:本|全|我|该)(?:院|校|局|所|站|中心|单位)|医院|学校|单位)?'

/** Words of a body's own people: its 编制, its staff, its retirees. */
const STAFF_WORD = /编制|人员|职工|员工|干部|在职|在编|实有|退休|离休|工作人员|人数/u

/** A status of people said alone ("退休的有几个人"): its people are printed as 退休人员, 退休人数. */
const PEOPLE_STATUS = /^(?:退休|离休|离退休|退职|在职|在编|在岗|遗属|聘用|编外)$/u

/** …or the time it is counted at: 秋季学期在校学生, 年末在职职工. */
const TIME_BEFORE = '(?:学期|年末|年底|期末|月底|目前|现有)'

/** A group of people the question names, counted where the prose prints it under that very name (not inside a longer one). */
function namedPeople(inp: HandlerInput, asked: string): HandlerOutput {
  const { run, scope } = inp
  // (a character the question's reading left out as a word of its own is the group's when the prose prints it so:
  // 在 of 在岗职工, 女 of 女职工)
  const at = inp.frame.text.indexOf(asked)
  const before = at > 0 ? inp.frame.text[at - 1] : ''
  // (never the last character of an organisation's name the question opens with: 室 of 史志研究室)
  const ofOrg = inp.frame.orgs.some((o) => o.start <= at - 1 && at - 1 < o.end)
  const written = [...(/^\p{Script=Han}$/u.test(before) && !/[的和与及占是有各]/u.test(before) && !ofOrg ? [before + asked] : []), asked]
  // (…and a student said short as 生 is printed 学生 too: 在校生 → 在校学生)
  const groups = written.flatMap((g) => (/[^学]生$/u.test(g) ? [g, `${g.slice(0, -1)}学生`] : PEOPLE_STATUS.test(g) ? [`${g}人员`, `${g}人数`, `${g}职工`] : [g]))
  const outs = scope.targets.slice(0, 6).map((t) => {
    for (const group of groups) {
      // (a form's line prints a 人数 bare, its unit once at the list's end: "退休人数13;退职人数0")
      const unit = /人数$/u.test(group) ? '(人|名)?(?=[、，,。；;）)]|人|名|$)' : '(人|名)'
      // (a form's line may print its 小计 after the name: "退休人数小计11人")
      const re = new RegExp(`(?:${WORD_START}${OWNER_BEFORE}|${TIME_BEFORE})${group}(?:小计|合计|共计|总数)?(?:共|为|有|计)?[:：]?(\\d[\\d,]*)${unit}`, 'u')
      for (const p of t.doc.paragraphs) {
        for (const s of sentencesOf(p.text)) {
          const m = re.exec(compactText(s.text)) ?? re.exec(s.text)
          if (!m) continue
          const c = paragraphCitation(t.doc, p, s.text.trim())
          run.cite(c)
          return `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明${group}${m[1]}${m[2] ?? '人'}。原文：“${c.text}”`
        }
      }
    }
    const group = groups[0]
    return `没有找到${t.doc.org}${t.doc.year}年${t.doc.scope}文件中关于${group}人数的表述。`
  })
  return { answer: outs.join(''), notFound: outs.every((o) => o.startsWith('没有找到')) }
}

/** The unknown words of the question when they end with the count's head noun ("编职工" of 在编职工 beside 在职职工), whole as written. */
function otherHeadWord(text: string, unknown: string | undefined, surface: string): string[] {
  const head = surface.slice(-2)
  if (/几|多少/u.test(surface) || !unknown || unknown.length < 2 || !unknown.endsWith(head) || surface.includes(unknown)) return []
  const at = text.indexOf(unknown)
  const before = at > 0 ? text[at - 1] : ''
  return [/^\p{Script=Han}$/u.test(before) && !/[的和与及占是有各]/u.test(before) ? before + unknown : unknown]
}

/** Words after a phrase's subject that a sentence may leave out: 纪检监察事务(支出). */
const PHRASE_TAIL = /(?:支出|收入|经费|资金|金额|费用)$/u

/**
 * A phrase no table or lexicon names ("纳入一般绩效评价的项目金额"), read where the prose states money right after
 * those very words; undefined when no document in scope does.
 */
/** A rate of completion asked: "完成预算多少", "完成调整预算的百分之几", 完成率. */
// (and "决算为调整预算数的百分之多少": the same rate said as the 决算's share of the budget)
const COMPLETION_ASKED = /完成.{0,6}预算.{0,4}(?:百分之几|多少|几成|比例|[%％])|完成率|(?:决算|执行)数?为(?:年初|调整后?|全年)?预算数?的?(?:百分之|比例|[%％])/u

/** A rate asked: 百分之几, 比例, 比重, 完成率, %. */
const RATE_ASKED = /百分之|百分比|比例|比重|占比|[%％]|完成率|几成/u

export function answerProsePhrase(inp: HandlerInput, asked: string): HandlerOutput | undefined {
  const { run, scope } = inp
  // "本级一般公共预算收入有多少": the side word written right after the words is part of what is asked (the prose's
  // 本级一般公共预算支出 is another subject)
  const text = compactText(inp.frame.text)
  const at = text.indexOf(compactText(asked))
  // (a year between is no part of either: "…养老保险基金24年支出预算")
  const side = at >= 0 ? /^(?:(?:19|20)?\d{2}年度?)?(收入|支出)/u.exec(text.slice(at + compactText(asked).length))?.[1] : undefined
  const phrase = side && !asked.endsWith(side) ? asked + side : asked
  // rule phrase-stage: one stage asked of the words ("一般公共预算收入年初预算", "…最后实际完成了多少") in a report of
  // prose only: the figure the prose states for that stage, else a plain not-stated; never another stage's figure
  const col = inp.frame.columns.length === 1 ? inp.frame.columns[0] : undefined
  const stage = col === 'initial' || col === 'adjusted' || col === 'final' ? col : undefined
  // (the stage's own words are no part of the subject: "一般公共预算收入最后实际完成了")
  const subject = stage ? phrase.replace(STAGE_TAIL, '') || phrase : phrase
  let unstated = 0
  // rule phrase-completion: the rate of completion asked of the words ("上级补助收入完成预算多少"): the rate the prose
  // states right after the figure ("…241230万元,完成预算的128.65%"), with that figure
  if (COMPLETION_ASKED.test(compactText(inp.frame.text))) {
    const name = phrase.replace(/完成.*$/u, '') || phrase
    const rates = scope.targets.slice(0, 6).flatMap((t) => {
      const r = run.run('find-prose-figure', { docId: t.doc.id, name, column: 'completion' })
      if (!r.ok) return []
      const f = r.figures[0]
      run.cite(f.citation)
      return [joinSentences([`${orgYear(t)}${stageOf(t.doc.scope)}文件写明“${name}”完成预算的${figureText(f)}`, `原文：${f.citation.text}`])]
    })
    if (rates.length) return { answer: rates.join('') }
  }
  // (a rate asked, "…决算为调整预算数的百分之多少", is never answered with the words' amount)
  if (RATE_ASKED.test(compactText(inp.frame.text))) return undefined
  const outs = scope.targets.slice(0, 6).flatMap((t) => {
    // "里街道办" left over from "万里街道办": words of the organisation's own name are not a subject; a year before the
    // document's is not what its prose states for its own year
    if (compactText(t.doc.org).includes(compactText(phrase)) || t.year !== t.doc.year) return []
    if (stage && proseOnly(t.doc)) {
      const staged = run.run('find-prose-figure', { docId: t.doc.id, name: subject, kind: 'money', column: stage })
      if (!staged.ok) {
        unstated++
        return [`${orgYear(t)}${stageOf(t.doc.scope)}文件没有写明“${subject}”的${STAGE_NAMES[stage]}。`]
      }
      const f = staged.figures[0]
      run.cite(f.citation)
      return [joinSentences([`${orgYear(t)}${stageOf(t.doc.scope)}文件写明“${subject}”的${STAGE_NAMES[stage]}为${figureText(f)}`, `原文：${f.citation.text}`])]
    }
    // rule after-event: words asked as they stand after an event of the year ("增加后的一般债务限额", "调整后的…") are read
    // in the sentence stating that event's outcome ("增加后,政府债务限额为…,其中一般债务限额…"), where one does
    const after = afterEventWords(compactText(inp.frame.text))
    // (words asked right before the phrase that the prose writes there too, "合计批复总投资": that clause, rule phrase-qualifier)
    const qualified = phraseQualifier(inp.frame.text, phrase, t.doc)
    const rq = qualified ? run.run('find-prose-figure', { docId: t.doc.id, name: qualified, kind: 'money', ...(after ? { near: [after] } : {}) }) : undefined
    const said = rq?.ok ? qualified! : phrase
    const r = rq?.ok ? rq : run.run('find-prose-figure', { docId: t.doc.id, name: phrase, kind: 'money', ...(after ? { near: [after] } : {}) })
    if (!r.ok) return []
    // rule phrase-fund: a question naming one fund ("政府性基金预算收入实际完成多少") is never answered with the words'
    // figure in a sentence of another fund only ("一般公共预算收入预算数为…,实际完成15.39亿元")
    // (a sentence naming no fund is of the fund its paragraph spoke of last before it: "…政府性基金收入总计…。收支相抵,
    // 年终结转5527万元")
    const ofFund = (x: Figure) => !otherFundOnly(inp.frame.text, fundContext(t.doc, x.citation))
    // (the first reading another fund's: the words read again in each paragraph speaking of the fund asked)
    const f0 = r.figures.find(ofFund) ?? fundParagraphs(t.doc, inp.frame.text).map((pid) => run.run('find-prose-figure', { docId: t.doc.id, name: said, kind: 'money', paragraphId: pid })).flatMap((x) => (x.ok ? x.figures : [])).find(ofFund)
    // (the words read where a qualifier the question does not say stands before them, "新增地方政府债务限额705900万元", or
    // another year, "2019地方政府债务限额": the one place they stand unqualified, of the year asked, rule unasked-qualifier)
    const f = f0 && !rq?.ok ? plainOccurrence(t.doc, said, inp.frame.text, t.year, f0) ?? f0 : f0
    if (!f) return []
    // the answer says the document writes these words: its sentence must (纪检监察事务 of 纪检监察事务支出), never a
    // concept they might stand for elsewhere (全年预算 is no 财政拨款支出)
    const bare = (x: string) => compactText(x).replace(/[()（）]/gu, '')
    // (an item of a list read with its lead, rule lead-item, prints the words split between the two)
    if (!f.lead && !bare(foldMeaning(f.citation.text ?? '')).includes(bare(phrase).replace(PHRASE_TAIL, ''))) return []
    // (a side asked after the words is the sentence's side too: "…基金支出" is never read from "…基金收入预算为")
    if (side && !asked.endsWith(side) && !bare(foldMeaning(f.citation.text ?? '')).includes(bare(phrase))) return []
    run.cite(...(f.lead ? [f.lead] : []), f.citation)
    // a place's report says which account (区本级, 全区) the figure is of
    const account = f.account && !said.includes(f.account) ? `${f.account}的` : ''
    // (the fund its paragraph speaks of, where its sentence names none: said before the words)
    const fundWord = FUND_WORD.exec(compactText(inp.frame.text))?.[0]
    const fundSaid = fundWord && !compactText(f.citation.text ?? '').includes(fundWord) && !said.includes(fundWord) ? `${fundWord}的` : ''
    const quote = f.lead ? `${f.lead.text}……${f.citation.text}` : f.citation.text
    return [joinSentences([`${orgYear(t)}${stageOf(t.doc.scope)}文件写明${account}${fundSaid}“${said}”的金额为${figureText(f)}`, `原文：${quote}`])]
  })
  return outs.length ? { answer: outs.join(''), ...(unstated === outs.length ? { notFound: true } : {}) } : undefined
}

/**
 * Rule `phrase-adjustment`: "…收入预算从年初到调整后调减了多少" of a report in prose only: the budget as set and as
 * adjusted, as the prose states them, and their difference computed; both must be stated, else undefined.
 */
export function answerPhraseAdjustment(inp: HandlerInput, asked: string): HandlerOutput | undefined {
  const { run, scope } = inp
  if (!ADJUSTMENT_ASKED.test(compactText(inp.frame.text))) return undefined
  const subject = asked.replace(STAGE_TAIL, '').replace(/(?:预算)?从.*$/u, '').replace(/预算$/u, '') || asked
  const adjusted = scope.targets.slice(0, 3).flatMap((t) => {
    if (!proseOnly(t.doc)) return []
    const a = run.run('find-prose-figure', { docId: t.doc.id, name: subject, kind: 'money', column: 'initial' })
    const b = run.run('find-prose-figure', { docId: t.doc.id, name: subject, kind: 'money', column: 'adjusted' })
    if (!a.ok || !b.ok) return []
    const [fa, fb] = [a.figures[0], b.figures[0]]
    const d = run.run('compute', { op: 'change', operands: [operandOf(fb), operandOf(fa)] })
    if (!d.ok) return []
    run.cite(fa.citation, fb.citation, ...d.citations)
    const down = d.result.text.startsWith('-')
    return [joinSentences([`${orgYear(t)}${stageOf(t.doc.scope)}文件写明“${subject}”年初预算为${figureText(fa)}，调整后为${figureText(fb)}，调整后比年初${down ? '调减' : '调增'}${d.result.text.replace(/^-/, '')}（${fb.amount.text}${fb.amount.unit} − ${fa.amount.text}${fa.amount.unit}）`, `原文：${quotesOnce(fa.citation.text, fb.citation.text)}`])]
  })
  return adjusted.length ? { answer: adjusted.join('') } : undefined
}

/** Two quotes, the one the other holds said once. */
const quotesOnce = (a = '', b = '') => (b.replace(/……/gu, '').includes(a.replace(/……/gu, '')) ? b : a.replace(/……/gu, '').includes(b.replace(/……/gu, '')) ? a : `${a}……${b}`)

/** The adjustment of a budget asked: from the year's start to after the adjustment, 调增/调减 by how much. */
const ADJUSTMENT_ASKED = /从年初到调整后?|调整前后|调[增减]了?(?:多少|几)|调整了?(?:多少|几)/u

/** The stages a report's prose states of a subject, as answers name them. */
const STAGE_NAMES = { initial: '年初预算数', adjusted: '调整后预算数', final: '完成数（实际数）' } as const
const STAGE_TAIL = /(?:(?:最后|最终)?(?:实际)?(?:完成|执行)了?|年初预算数?|调整后?的?预算数?|决算数?)$/u

/** 有哪些单位: the documents held. */
export function answerList(inp: HandlerInput): HandlerOutput {
  const r = inp.run.run('list-documents', {})
  const docs = r.ok ? r.documents : []
  return { answer: `目前收录${docs.length}份预算文件：${docs.map((d) => `${d.org}${d.year}年${d.scope}`).join('；')}。` }
}

/** The words a figure's fund is read from: its sentence, else the last sentence before it in its paragraph naming a fund. */
function fundContext(doc: BudgetDocument, c: Citation): string | undefined {
  const text = c.text ?? ''
  if (fundsIn(compactText(text)).length) return text
  const p = c.paragraphId ? doc.paragraphs.find((x) => x.id === c.paragraphId) : undefined
  const at = p ? p.text.indexOf(text.replace(/^……|……$/gu, '')) : -1
  if (!p || at < 0) return text
  const before = sentencesOf(p.text.slice(0, at)).map((x) => x.text).reverse().find((x) => fundsIn(compactText(x)).length)
  return before ?? text
}

/** The paragraphs naming the one fund a question names (a few at most), where its words are read again. */
function fundParagraphs(doc: BudgetDocument, question: string): string[] {
  const asked = fundsIn(compactText(question))
  if (asked.length !== 1) return []
  return doc.paragraphs.filter((p) => fundsIn(compactText(p.text)).includes(asked[0])).slice(0, 8).map((p) => p.id)
}

/** A fund named in a question, as said. */
const FUND_WORD = /一般公共预算|政府性基金|国有资本经营|社会保险基金|社保基金/u

/**
 * The clause of the amount a bracket still open at `at` belongs to, its amount taken out: a part in brackets
 * ("新增地方政府债务限额705900万元(一般债务限额73700万元,…)") is a part of that amount, qualified as it is. Empty when
 * no bracket is open there, or no amount stands right before the bracket.
 */
function bracketOwner(text: string, at: number): string {
  // (the bracket still open at `at`, its parts listed with ,/、 before the words: "(一般债务限额…,专项债务限额…")
  const open = Math.max(text.lastIndexOf('(', at - 1), text.lastIndexOf('（', at - 1))
  if (open < 0 || /[)）。；;]/u.test(text.slice(open, at))) return ''
  const owner = /([^，,。；;（()）]{0,40}?)\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)$/u.exec(text.slice(0, open))
  return owner ? owner[1] : ''
}

/** Words that make another thing of a subject said right before it: a new part, a stage, another year's. */
const UNASKED_QUALIFIER = /新增|年初|上年|调整前|累计|其中|再融资|(?:19|20)\d{2}(?!年)/u

/**
 * Rule `unasked-qualifier`: the figure read for some words stands where the prose qualifies them with words the question
 * does not say ("新增地方政府债务限额705900万元" for "政府债务限额一共多少"): the one amount the paragraphs state right after
 * the words with no such qualifier and no other year before them in their clause ("2020年我市地方政府债务限额为3438470万
 * 元"), when there is exactly one; else the reading stands.
 */
function plainOccurrence(doc: BudgetDocument, words: string, question: string, year: number, read: Figure): Figure | undefined {
  const w = compactText(words)
  const q = compactText(question)
  const qualified = (pre: string) => { const m = UNASKED_QUALIFIER.exec(pre); return !!m && !q.includes(m[0]) }
  const re = new RegExp(`([^，,。；;（()）]{0,14})${escapeRegExp(w)}(?:为|是|达到?)?(\\d[\\d,]*(?:\\.\\d+)?)(亿元|万元|元)`, 'gu')
  const texts = meaningParagraphs(doc)
  const found: { p: number; pre: string; amount: string; unit: string }[] = []
  texts.forEach((t, i) => { for (const m of t.matchAll(re)) found.push({ p: i, pre: m[1] || bracketOwner(t, m.index), amount: m[2], unit: m[3] }) })
  const own = found.find((x) => x.amount === read.amount.text)
  if (!own || !qualified(own.pre)) return undefined
  const years = (pre: string) => [...pre.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]))
  const plain = found.filter((x) => !qualified(x.pre) && years(x.pre).every((y) => y === year))
  if (new Set(plain.map((x) => x.amount + x.unit)).size !== 1) return undefined
  const hit = plain[0]
  return sentenceFigure(doc, doc.paragraphs[hit.p], w, hit.amount, hit.unit, words)
}
