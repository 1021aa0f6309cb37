import type { Vocabulary } from '../lexicon/vocabulary.js'
import { foldMeaning } from '../read/meaning-view.js'
import { proseOnly, type AskRequest, type AskResponse, type BudgetDocument, type Citation } from '../schema.js'
import { toolRegistry, type ToolRegistry } from '../tools/registry.js'
import { vocabularyIn } from '../tools/context-vocabulary.js'
import type { ToolContext } from '../tools/types.js'
import { answerAgreement } from './answer-agreement.js'
import { answerBreakdown } from './answer-breakdown.js'
import { answerChange } from './answer-change.js'
import { answerCompute } from './answer-compute.js'
import { answerLookup } from './answer-lookup.js'
import { answerParts } from './answer-parts.js'
import { answerProjectPage } from './answer-project.js'
import { proseListedProject, unheldProject } from './rules/unheld-project.js'
import { answerProseProjects } from './rules/prose-project-list.js'
import { answerStatisticRows } from './answer-statistic.js'
import { answerSubjectCounts } from './answer-subject-count.js'
import { answerCount, answerDefine, answerList, answerProsePhrase, answerPhraseAdjustment, answerReason, answerUsage } from './answer-prose.js'
import { answerRank } from './answer-rank.js'
import { answerSelfEvaluation, answerTarget } from './answer-target.js'
import { answerStatedEvaluation } from './answer-stated-evaluation.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { joinSentences } from './compose.js'
import { inheritFrame } from './follow-up.js'
import { heldDocuments, heldSubjects, noneUnderLabel } from './not-found.js'
import { parseQuestion } from './parse-question.js'
import { qualifiedPhrase } from './qualified-phrase.js'
import { titledTableTotal } from './rules/titled-table-total.js'
import { verbatimAmount } from './rules/verbatim-amount.js'
import type { QuestionFrame } from './question-frame.js'
import { resolveScope, type Scope, type Target } from './resolve-scope.js'
import { narrowToThreePublic } from './three-public-scope.js'
import { englishToChinese } from './english.js'
import { clarifyOrg } from './rules/clarify-org.js'
import { nearTypo } from './rules/near-typo.js'
import { vocabularyOf } from './vocabulary.js'
import { cityOwnBody } from './rules/city-own-body.js'
import { answerContact } from './rules/contact-asked.js'
import { answerPlate } from './rules/plate-asked.js'
import { answerPageField } from './rules/page-field-asked.js'
import { answerStatedRank } from './rules/stated-rank.js'
import { answerCountedGroup } from './rules/counted-group.js'
import { isPlaceReport } from '../tools/lib/report-parts.js'
import { answerNamedRate } from './rules/named-rate.js'
import { answerBalance } from './rules/balance-asked.js'
import { answerProseFact } from './rules/prose-fact-asked.js'
import { answerWorkProgress } from './rules/work-progress.js'
import { answerThreePublicItems, answerThreePublicSum } from './rules/three-public-items.js'
import { answerHeadLabel } from './rules/head-label-asked.js'
import { answerDocYear } from './rules/doc-year-asked.js'
import { answerCoverage } from './rules/coverage-asked.js'
import { subordinateNotHeld } from './rules/subordinate-asked.js'
import { answerComposition, answerUnitInStatement } from './answer-composition.js'
import { answerMemberUnit } from './answer-member-unit.js'
import { memberUnitAsked } from './rules/member-unit-asked.js'
import { answerRecipient, recipientAsked } from './rules/recipient-rows.js'
import { answerRowTextColumn } from './rules/row-text-column.js'
import { answerTitleSubject } from './rules/title-subject-total.js'
import { compactText } from '../search/normalize-text.js'
import { answerLevelParts } from './rules/level-parts.js'
import { answerMemberFact } from './rules/prose-fact-asked.js'
import { orgClauses, orgClausesCombined } from './rules/org-clauses.js'
import { answerCombinedClauses } from './combined-clauses.js'
import { ownOfficeAsked } from './rules/own-office-asked.js'
import { hasUnitRow } from '../tools/lib/member-units.js'
import { asksComposition, asksUnitsListed, unitAsked } from './rules/composition-ask.js'
import { partsAsked } from './rules/concept-parts.js'
import { answerItemRow } from './rules/item-row-asked.js'
import { unknownEnglishPlaces } from './rules/english-place.js'
import { asListQuestion } from './rules/list-ask.js'
import { embedScopeDocs, outOfEmbedScope, withinEmbedScope } from './rules/embed-scope.js'
import { withRelativeYear } from './rules/relative-year.js'
import { helpAnswer, isSmallTalk } from './rules/small-talk.js'
import { perPersonNotFound } from './rules/per-capita.js'
import { priorFinalPrinted, stageNotHeld, yearActualStated } from './rules/stage-asked.js'
import { stageInFinal } from './rules/stage-in-final.js'
import { subjectInContainerNotFound, withoutContainer } from './rules/subject-in-container.js'
import { toSimplified } from '../lexicon/to-simplified.js'
import { sayUndated } from './undated-year.js'
import { sectionYear } from '../tools/lib/section-year.js'
import { sharedAsk, type SharedAsk } from './rules/shared-ask.js'
import { answerListedItems } from './rules/listed-items.js'
import { answerMembersUnlisted } from './rules/members-unlisted.js'
import { unknownOrgAnswer } from './rules/unknown-org.js'
import { answerListedPlace } from './rules/listed-place.js'
import { unheldPartFrame, unheldSubjectFrame } from './rules/unheld-subject.js'
import { answerCarriedGap } from './rules/carried-gap.js'
import { answerHeld } from './rules/held-asked.js'
import { answerClosestPassage } from './rules/closest-passage.js'
import { answerPrintedShare, answerPrintedSpan } from './rules/printed-span.js'
import { answerTopicItem } from './rules/topic-item.js'
import { wholeCarCost } from './rules/whole-car-cost.js'
import { partInContainer } from './rules/part-in-container.js'
import { answerProjectFields } from './rules/project-fields.js'
import { askedSpan, spanChars } from './rules/asked-span.js'
import { answerCountedRows } from './rules/counted-rows.js'
import { answerRowParts } from './rules/row-parts-asked.js'
import { meaningTermAsked } from './rules/meaning-in-doc.js'
import { answerProseParts, answerProseSubject } from './rules/prose-subject-asked.js'
import { answerExecutedYear, executedTableYear } from './rules/executed-year.js'
import { answerReportHead } from './rules/report-head.js'
import { answerThingFact } from './rules/thing-fact-asked.js'
import { answerWordFigure } from './rules/word-figure-asked.js'
import { namesHeldThing, thingNamedBy } from './rules/unique-prose-holder.js'
import { answerReportPart, reportPartAsked } from './rules/report-part.js'
import { answerCountsEach, answerProseCount, countAsked } from './rules/prose-count-asked.js'
import { ToolRunner } from './tool-runner.js'
import { accountAsked } from '../tools/lib/prose-account.js'
import { accountClauses } from './rules/account-clauses.js'
import { meaningParagraphs } from '../tools/lib/prose-may-hold.js'
import { verbAmount } from './rules/verb-amount.js'
import { answerBulletinItems } from './rules/bulletin-items.js'
import { answerAdjustmentItems } from './rules/adjustment-items.js'
import { accountNotStated } from './rules/account-not-stated.js'
import { answerUnsureColumns, unsureColumnsAsked } from './rules/unsure-columns.js'
import { rememberedTurn } from './turn-memo.js'
import { whichUnit } from './which-unit.js'
import { askedBaseline } from './rules/baseline-asked.js'
import { askClauses } from './rules/ask-clauses.js'
import { answerJoinedPhrases, withJoinedPhrase } from './rules/joined-phrases.js'

const MAX_COMPACT = 6
const PROSE_SUBJECT_OPS = new Set(['lookup', 'share', 'difference', 'growth', 'change', 'reason', 'usage'])
const INJECTION_NOTE = '问题中夹带的指令无法执行，以下只依据预算文件回答：'


/** Each of several asked: 各, 分别. */
const EACH_ASKED = /各|分别/u
/**
 * Earlier user turns a question can inherit from; each read only as far as a question may be long, and all of them
 * together, newest first, only as far as HISTORY_CHARS (bounded work: a chat's turns are a few dozen characters).
 */
const CONTEXT_TURNS = 3
const TURN_CHARS = 500
const HISTORY_CHARS = 600

/** One turn read on its own: Traditional characters read as Simplified, 今年/明年/去年 counted from today. */
export function readTurn(ctx: ToolContext, question: string): QuestionFrame {
  const today = ctx.today?.() ?? new Date()
  return rememberedTurn(ctx.corpus, vocabularyIn(ctx), question, today.getUTCFullYear(), () => readTurnOnce(ctx, question, today))
}

/** The newest year held for the organisations a question names (every document when it names none). */
function latestHeldYear(corpus: ToolContext['corpus'], frame: QuestionFrame, vocabulary: Vocabulary): number | undefined {
  const scope = resolveScope(corpus, { ...frame, years: [] }, undefined, vocabulary)
  const years = scope.targets.map((t) => t.doc.year)
  return years.length ? Math.max(...years) : undefined
}

/**
 * Rule `place-side`: a place's own finances asked by a bare 收入 or 支出 ("楚雄州上半年支出完成预算的百分之多少") speak of
 * its 一般公共预算收入/支出, the headline its reports state; a department's budget total (收入预算) it has none of. Read
 * so when every document the question reaches is a place's account (财政预算/财政决算), the question framed again with
 * the fund's name before the word.
 */
function placeSide(corpus: ToolContext['corpus'], frame: QuestionFrame, vocabulary: Vocabulary): QuestionFrame {
  // (the word alone: never after a fund's name already, nor beside words of a subject no term read, "政府办公厅（室）及相关
  // 机构事务2022年支出多少", whose 支出 is that subject's)
  const bare = (c: QuestionFrame['concepts'][number]) => c.kind === 'weak' && /^(?:收入|支出)$/u.test(c.surface) && frame.text.slice(c.start, c.end) === c.surface && !/(?:预算|基金|经营|财政|税收|非税|本级|总)$/u.test(frame.text.slice(0, c.start))
  const unreadBefore = !!frame.unknown && frame.text.indexOf(frame.unknown) >= 0 && frame.text.indexOf(frame.unknown) < frame.concepts[0]?.start
  if (!frame.concepts.length || frame.concepts.length > 2 || !frame.concepts.every(bare) || !frame.orgs.length || unreadBefore) return frame
  const targets = resolveScope(corpus, { ...frame, years: [] }, undefined, vocabulary).targets
  if (!targets.length || !targets.every((t) => isPlaceReport(t.doc))) return frame
  // (each word from the last, so the earlier ones keep their places)
  const text = [...frame.concepts].sort((a, b) => b.start - a.start).reduce((t, c) => `${t.slice(0, c.start)}一般公共预算${t.slice(c.start)}`, frame.text)
  return parseQuestion(corpus, text, vocabulary)
}

function readTurnOnce(ctx: ToolContext, question: string, today: Date): QuestionFrame {
  const q = toSimplified(question)
  const vocabulary = vocabularyIn(ctx)
  const parsed = placeSide(ctx.corpus, parseQuestion(ctx.corpus, q, vocabulary), vocabulary)
  const frame = withRelativeYear(parsed, today, () => latestHeldYear(ctx.corpus, parsed, vocabulary))
  const places = frame.english ? unknownEnglishPlaces(englishToChinese(q, vocabulary)) : []
  // "Feixi County medical security bureau": the unit words belong to the unknown place, not to every bureau held
  return places.length ? { ...frame, orgs: [...frame.orgs.filter((m) => m.stem || m.city), ...places] } : frame
}

/**
 * The frame of the question in its conversation: each earlier user turn inherits from the one before. Turns that
 * ask nothing (greetings, nonsense) and, under an embed scope, turns about other organisations pass nothing on.
 */
export function frameInContext(ctx: ToolContext, req: AskRequest): QuestionFrame {
  const scopeDocs = req.org ? embedScopeDocs(ctx.corpus, req.org) : undefined
  const passesOn = (f: QuestionFrame, q: string) => !isSmallTalk(f, q) && (!scopeDocs || withinEmbedScope(ctx.corpus, f.orgs, scopeDocs))
  let prev: QuestionFrame | undefined
  const turns = (req.history ?? []).filter((m) => m.role === 'user').slice(-CONTEXT_TURNS)
  // newest first: each turn gets what the total leaves
  let left = HISTORY_CHARS
  const texts = turns.reverse().map((m) => {
    const text = m.content.slice(0, Math.min(TURN_CHARS, left))
    left -= text.length
    return text
  }).reverse().filter(Boolean)
  for (const text of texts) {
    const f = readTurn(ctx, text)
    if (passesOn(f, text)) prev = inheritFrame(f, prev)
  }
  return inheritFrame(readTurn(ctx, req.question), prev)
}

/** A count or a figure no table or concept holds, read where the prose of the one document asked states it. */
function proseAsked(inp: HandlerInput): HandlerOutput | undefined {
  const count = inp.frame.op === 'count' || countAsked(inp.frame.text) ? answerProseCount(inp) : undefined
  return count ?? (PROSE_SUBJECT_OPS.has(inp.frame.op) ? answerProseSubject(inp) : undefined)
}

function dispatch(inp: HandlerInput): HandlerOutput {
  const out = dispatchOp(inp)
  // (nothing found, yet the question quotes the words the document prints right before an amount: rule verbatim-amount)
  return out.notFound ? inp.run.attempt(() => verbatimAmount(inp) ?? verbAmount(inp)) ?? out : out
}

function dispatchOp(inp: HandlerInput): HandlerOutput {
  const { frame, scope } = inp
  const single = scope.targets.length === 1 && frame.years.length + (frame.baseYear ? 1 : 0) < 2
  const parts = partsAsked(inp.run.vocabulary, frame)
  if (parts) return answerParts(inp, parts)
  switch (frame.op) {
    case 'rank':
    case 'compare':
      return single ? answerLookup(inp) : answerRank(inp)
    case 'change':
    case 'growth':
      return answerChange(inp)
    case 'share':
    case 'difference':
      // two counts of people or units set against each other ("在职在编人员占编制数的比例"): the counts the prose states,
      // paired (rule count-pair), never a table's amounts
      if (countsOnly(frame)) return answerCount(inp)
      return answerCompute(inp)
    case 'sum':
      return answerCompute(inp)
    case 'reason':
      return answerReason(inp)
    case 'target': {
      const out = answerTarget(inp)
      // a project this document does not list may still be a row of its tables ("医疗救助项目预算")
      if (!out.notFound || !frame.concepts.some((c) => c.kind === 'project' && c.alsoRow)) return out
      const concepts = frame.concepts.map((c) => (c.kind === 'project' && c.alsoRow ? { ...c, kind: 'row' as const } : c))
      const rows = answerLookup({ ...inp, frame: { ...frame, concepts, op: 'lookup' } })
      return rows.notFound ? out : rows
    }
    case 'count':
      return answerStatisticRows(inp) ?? answerSubjectCounts(inp) ?? answerCount(inp)
    case 'breakdown':
      return answerBreakdown(inp)
    case 'usage':
      return answerUsage(inp)
    default:
      return answerLookup(inp)
  }
}

/** A stage and an ask closing the words left over: 预算多少, 预算是多少, 决算数为多少 */
const ASK_TAIL = /(?:的)?(?:预算|决算)?(?:数|金额)?(?:是|为|有)?(?:多少|几)(?:钱|万元|元)?$/u

/** The name of the synonym group a word no term matched belongs to (出国费 → 因公出国(境)费), other than the word. */
const groupNameOf = (ctx: ToolContext, word: string) => vocabularyIn(ctx).lexicon.synonyms.find((g) => g.includes(word) && g[0] !== word)?.[0]

/** Answers nothing can be computed for: unknown organisation, a year not held, no subject recognised. */
function scopeRefusal(ctx: ToolContext, frame: QuestionFrame, scope: Scope): string | undefined {
  if (scope.unknownOrg && !scope.targets.length) return unknownOrgAnswer(ctx.corpus, frame, scope.unknownOrg)
  if (!scope.targets.length && scope.missingYear) {
    return scope.missingYear.map((m) => `${notHeld(m)}，现有${m.held.join('、')}年的${m.stage ?? '预算'}`).join('；') + '。'
  }
  // (the whole year asked of a report of part of it, rule part-year: said so)
  if (!scope.targets.length && scope.partYearOnly?.length) return `没有找到所问的全年数：${scope.partYearOnly.join('；')}。`
  if (!scope.targets.length) return `所收录的文件中没有${frame.years[0] ?? ''}年的预算。目前收录的是：${heldDocuments(ctx.corpus)}。`
  if (scope.targets.length > MAX_COMPACT && frame.op !== 'rank') {
    return whichUnit(scope.targets.map((t) => t.doc.org))
  }
  const needsSubject = !['list', 'define', 'target', 'breakdown'].includes(frame.op) && !(frame.op === 'count' && frame.countNoun)
  if (needsSubject && !frame.concepts.length) {
    const also = frame.unknown && groupNameOf(ctx, frame.unknown)
    const what = frame.unknown ? `没有找到“${frame.unknown}”${also ? `（${also}）` : ''}对应的预算项目` : '无法从问题中识别要查询的预算项目'
    const held = scope.targets.length === 1 ? heldSubjects(scope.targets[0].doc) : `目前收录的是：${heldDocuments(ctx.corpus)}`
    return joinSentences([what, held])
  }
  return undefined
}

const heldYears = (ctx: ToolContext, org: string) =>
  [...new Set(ctx.corpus.documents.filter((d) => d.org === org).map((d) => d.year))].sort().join('、')

/** The offline answer: deterministic tool calls, each checked by its inputSchema, composed into short Chinese prose. */
export function planAnswer(ctx: ToolContext, req0: AskRequest, tools: ToolRegistry = toolRegistry, split = true): AskResponse {
  const typo = typoRead(ctx, req0.question)
  const req = withGlossedPlace(ctx, typo ? { ...req0, question: typo.question } : req0)
  const whole = planDated(ctx, req, tools, split)
  const out = req.history?.length ? whole : (eachAsked(ctx, req, tools, split, whole) ?? whole)
  if (!typo) return out
  // (what was read for the words typed is said, as any reading the question does not say itself)
  const note = `问题中的“${typo.asked}”按“${typo.read}”理解`
  return { ...out, answer: joinSentences([out.answer, `（${note}）`]), notes: [...(out.notes ?? []), note] }
}

/** The question with a word typed one character wrong read as the vocabulary's word (rule near-typo). */
function typoRead(ctx: ToolContext, question: string): { question: string; asked: string; read: string } | undefined {
  const frame = readTurn(ctx, question)
  const word = frame.unknown
  const at = word ? frame.text.indexOf(word) : -1
  if (!word || at < 0) return undefined
  const vocabulary = vocabularyIn(ctx)
  const typo = nearTypo(frame.text, at, word, vocabularyOf(ctx.corpus, vocabulary), vocabulary.lexicon)
  // (words the organisation's own prose prints as typed are no typo: "从政府性基金调入8557万元" is no 政府性基金收入)
  const named = typo ? frame.orgs.map((o) => compactText(o.stem ?? o.text)).filter((x) => x.length >= 2) : []
  const asWritten = typo && compactText(typo.asked)
  if (asWritten && named.length && ctx.corpus.documents.filter((d) => named.some((n) => compactText(d.org).includes(n))).slice(0, 20).some((d) => meaningParagraphs(d).some((p) => p.includes(asWritten)))) return undefined
  const q = toSimplified(question)
  const i = typo ? q.indexOf(typo.asked) : -1
  return typo && i >= 0 ? { question: q.slice(0, i) + typo.read + q.slice(i + typo.asked.length), asked: typo.asked, read: typo.read } : undefined
}

/** A place glossed in brackets after the question ("高新区…预算多少（贵阳）"). */
const PLACE_GLOSS = /[（(](\p{Script=Han}{2,8})[)）]\s*[？?。！!]*\s*$/u

/**
 * Rule `glossed-place`: a question naming its organisation only in part, the place glossed in brackets after it
 * ("高新区公务用车运行维护费预算多少（贵阳）"): read with the place before it (贵阳高新区…), when only so it names an
 * organisation held; else as written.
 */
function withGlossedPlace(ctx: ToolContext, req: AskRequest): AskRequest {
  const m = PLACE_GLOSS.exec(req.question)
  if (!m || readTurn(ctx, req.question).orgs.length) return req
  const question = m[1] + req.question.slice(0, m.index)
  return readTurn(ctx, question).orgs.some((o) => o.known) ? { ...req, question } : req
}

/** One question's answer; rule undated-executed: a question naming no year, answered only from a 财政预算's section on
 *  the year before its own ("一、2022年预算执行情况" of the 2023 report), is that year's execution, asked again as that
 *  year's, never said to be the draft year's budget. */
function planDated(ctx: ToolContext, req: AskRequest, tools: ToolRegistry, split: boolean): AskResponse {
  const out = planTurn(ctx, req, tools, split)
  const year = executedOnly(ctx, req, out)
  if (year === undefined) return out
  const again = planTurn(ctx, { ...req, question: `${year}年${req.question}` }, tools, split)
  // (asked again, it must say every figure the first reading said; else the first reading stands, said to be that year's)
  const figures = (a: string) => a.match(/\d[\d,]*(?:\.\d+)?(?:%|亿元|万元|元)/gu) ?? []
  if (again.citations.length && figures(out.answer).every((f) => again.answer.includes(f))) return { ...again, answer: `${again.answer}（问题未写年份，按文件报告的${year}年执行情况回答）` }
  return { ...out, answer: `${out.answer}（所引文字出自该文件报告${year}年执行情况的部分）` }
}

/**
 * Rule shared-ask: one thing asked of two or three organisations that the whole reading did not find for each of them:
 * each asked alone, their answers joined, or compared by the compute tool ("谁高", "是…的百分之几", "比…多多少").
 */
function eachAsked(ctx: ToolContext, req: AskRequest, tools: ToolRegistry, split: boolean, whole: AskResponse): AskResponse | undefined {
  const frame = readTurn(ctx, req.question)
  const shared = sharedAsk(frame)
  if (!shared) return undefined
  // (the whole reading cited a document of each organisation named: it stands)
  const of = (o: QuestionFrame['orgs'][number], c: Citation) => (o.orgs?.length ? o.orgs.includes(c.org) : !!o.stem && compactText(c.org).includes(o.stem))
  if (frame.orgs.every((o) => whole.citations.some((c) => of(o, c)))) return undefined
  const outs = shared.questions.map((question) => planDated(ctx, { ...req, question }, tools, split))
  if (!outs.every((o) => o.citations.length)) return undefined
  const compared = shared.compare ? compareEach(ctx, tools, shared, outs) : undefined
  const joined = joinedAnswers(outs, whole.toolCalls)
  return compared ? { ...joined, answer: `${joined.answer}\n${compared.answer}`, citations: [...joined.citations, ...compared.citations.filter((c) => !joined.citations.includes(c))], toolCalls: [...joined.toolCalls, ...compared.toolCalls] } : joined
}

/** The one figure an answer states: its first citation with a value the answer prints. */
function statedFigure(o: AskResponse): Citation | undefined {
  const said = o.answer.replace(/,/g, '')
  return o.citations.find((c) => c.value && said.includes(c.value.replace(/,/g, '')))
}

/** Two organisations' figures compared by the compute tool: which is larger, A's share of B's, A less B. */
function compareEach(ctx: ToolContext, tools: ToolRegistry, shared: SharedAsk, outs: AskResponse[]): AskResponse | undefined {
  // (a share or rate asked of each is no amount to compare: the answers say their own)
  if (outs.length !== 2 || shared.questions.some((q) => /占比|比例|比重|百分|率/u.test(q))) return undefined
  const [a, b] = outs.map(statedFigure)
  if (!a || !b) return undefined
  if ([a, b].some((c) => !c.rowId && (!c.unit || !c.paragraphId))) return undefined
  const operand = (c: Citation) => (c.rowId ? { rowId: c.rowId, columnLabel: c.column, year: c.year } : { paragraphId: c.paragraphId!, value: c.value!, unit: c.unit! })
  const run = new ToolRunner(ctx, tools)
  const r = run.run('compute', { op: shared.compare === 'share' ? 'share' : 'difference', operands: [operand(a), operand(b)] })
  if (!r.ok) return undefined
  const [na, nb] = shared.names
  const [fa, fb] = [`${a.value}${a.unit ?? ''}`, `${b.value}${b.unit ?? ''}`]
  let answer: string
  if (shared.compare === 'share') answer = `${na}的${fa}是${nb}的${fb}的${r.result.text}（计算：${fa} ÷ ${fb}）`
  else {
    const more = r.result.value >= 0
    const gap = r.result.text.replace(/^-/, '')
    answer = shared.compare === 'which'
      ? (r.result.value === 0 ? `两者相同，都是${fa}` : `${more ? na : nb}的更高：${na}${fa}，${nb}${fb}，相差${gap}`)
      : `${na}的${fa}比${nb}的${fb}${more ? '多' : '少'}${gap}（计算：${fa} − ${fb}）`
  }
  return { answer: `${answer}。`, citations: run.citations, toolCalls: run.calls, mode: 'offline' }
}

/** The year a 财政预算's prose reports as executed, when an undated answer cites only paragraphs under that year's section. */
function executedOnly(ctx: ToolContext, req: AskRequest, out: AskResponse): number | undefined {
  if (!out.citations.length || readTurn(ctx, req.question).years.length || req.history?.length) return undefined
  const ids = new Set(out.citations.map((c) => c.docId))
  const doc = ids.size === 1 ? ctx.corpus.documents.find((d) => ids.has(d.id)) : undefined
  if (!doc || doc.scope !== '财政预算' || out.citations.some((c) => c.kind !== 'paragraph')) return undefined
  const years = new Set(out.citations.map((c) => {
    const p = doc.paragraphs.find((x) => x.id === c.paragraphId)
    const y = p && sectionYear(doc, p)
    return y?.executed ? y.year : undefined
  }))
  const [year] = years
  return years.size === 1 && year === doc.year - 1 ? year : undefined
}

/**
 * The targets of a question asking the amount executed or its rate (执行数, 完成预算的%) with no year said, of place's
 * budget reports that print the year before as executed (an 执行情况表 of that year): that year's; undefined otherwise.
 */
/** Money asked by a verb of moving it: 调入了多少, 已拨付多少, 收到多少. */
const MOVED_ASKED = /(?:调入|调出|拨付|收到|到位)了?(?:多少|几)|(?:已经?|共|累计)(?:调入|拨付|收到|下达)/u
const EXECUTED_ASKED = /(?:执行|完成)了?(?:数|情况)?(?:是|为)?(?:多少|几)/u
function closedYearTargets(frame: QuestionFrame, targets: Target[]): Target[] | undefined {
  const executed = frame.columns.some((c) => c === 'final' || c === 'completion' || c === 'initial') || EXECUTED_ASKED.test(compactText(frame.text))
  if (frame.years.length || frame.baseYear || !executed || !targets.length) return undefined
  const fits = targets.every((t) => t.doc.scope === '财政预算' && t.year === t.doc.year && t.doc.tables.some((x) => x.year === t.doc.year - 1))
  return fits ? targets.map((t) => ({ ...t, year: t.doc.year - 1 })) : undefined
}


/** The side word a question's unread words qualify ("巩固脱贫衔接乡村振兴的支出" → 支出), when it is the only subject read. */
function weakQualified(frame: QuestionFrame): string | undefined {
  const [c, more] = frame.concepts
  if (!c || more || c.kind !== 'weak' || !frame.unknown || !/^(?:收入|支出)$/u.test(c.surface)) return undefined
  const words = compactText(frame.unknown)
  if ([...words.matchAll(/\p{Script=Han}/gu)].length < 4) return undefined
  const before = compactText(frame.text.slice(0, c.start)).replace(/的$/u, '')
  return before.endsWith(words) ? c.surface : undefined
}

function planTurn(ctx: ToolContext, req: AskRequest, tools: ToolRegistry, split: boolean): AskResponse {
  const own = readTurn(ctx, req.question)
  // each organisation asked in a clause of its own: each clause answered alone, in order (rule org-clauses)
  const clauses = req.history?.length ? undefined : orgClauses(own)
  if (clauses) {
    return joinedAnswers(clauses.map((question) => planAnswer(ctx, { ...req, question }, tools)))
  }
  // two accounts of one place asked each ("全区和区本级各是多少"): each answered alone, in order (rule account-clauses)
  const accounts = req.history?.length ? undefined : accountClauses(own.text)
  if (accounts) return joinedAnswers(accounts.map((question) => planAnswer(ctx, { ...req, question }, tools)))
  // each organisation's own subject in a clause of its own, the figures added or compared (rule org-clauses-combined)
  const combined = req.history?.length ? undefined : orgClausesCombined(own)
  const combinedOut = combined ? answerCombinedClauses(ctx, req, tools, combined.clauses, combined.op, (r) => planAnswer(ctx, r, tools)) : undefined
  if (combinedOut) return combinedOut
  // several things asked of one organisation, each in an ask of its own (rule ask-clauses): each answered alone when the
  // whole reading leaves one of them out
  const asks = split && !req.history?.length ? askClauses(own) : undefined
  if (asks) {
    const whole = planAnswer(ctx, req, tools, false)
    // (a later ask naming its organisation itself, "某县X完成预算多少" rebuilt by rule stage-ask, is a question of its own)
    const outs = asks.map((question, i) => planAnswer(ctx, { ...req, question, ...(i && !readTurn(ctx, question).orgs.length ? { history: [{ role: 'user' as const, content: asks[0] }] } : {}) }, tools, false))
    const read = (o: AskResponse) => new Set(o.citations.flatMap((c) => (c.value ? [c.value.replace(/,/g, '')] : [])))
    // (what the whole reading cites, not what its quotes happen to contain)
    const cited = read(whole)
    const each = outs.map(read)
    const left = each.some((vs) => [...vs].every((v) => !cited.has(v)))
    if (left && each.every((vs) => vs.size) && new Set(outs.map((o) => o.answer)).size === outs.length) return joinedAnswers(outs, whole.toolCalls)
    return whole
  }
  const run = new ToolRunner(ctx, tools)
  const scopeDocs = req.org ? embedScopeDocs(ctx.corpus, req.org) : undefined
  const frame = asListQuestion(frameInContext(ctx, req), own)
  run.account = accountAsked(own.text)
  // the documents asked, once known: a miss of the account asked says what the prose states instead (rule place-account)
  let askedDocs: BudgetDocument[] = []
  const withAccountMiss = (out: HandlerOutput, notes: string[]) => {
    const miss = out.notFound ? accountNotStated(askedDocs, run.account) : undefined
    return miss ? [...notes, miss] : notes
  }
  // the one document a question about words names, of the year asked: a reading that found nothing there quotes the
  // closest passage instead (rule closest-passage)
  let passageTargets: Target[] = []
  // (…and a figure asked by words the document's prose prints whole, read after them: rule printed-span)
  const readHere = (out: HandlerOutput) => !!out.notFound && passageTargets.length > 0 && !run.citations.length
  const orSpan = (out: HandlerOutput): HandlerOutput => (readHere(out) ? run.attempt(() => answerPrintedShare(run, frame, passageTargets) ?? answerPrintedSpan(frame, passageTargets, (w) => answerProsePhrase({ run, frame, scope: { targets: passageTargets, named: true, notes: [] } }, w))) ?? out : out)
  const orPassage = (out: HandlerOutput): HandlerOutput => (readHere(out) ? run.attempt(() => answerClosestPassage(run, own.text, passageTargets)) ?? out : out)
  // a note two targets of one organisation both raise is said once
  const done = (found: HandlerOutput, all: string[] = [], out = orPassage(orSpan(found)), notes = [...new Set(withAccountMiss(out, all))]): AskResponse => ({
    answer: sayUndated(joinSentences([out.answer, ...notes.map((n) => `（${n}）`)]), ctx.corpus.documents),
    citations: run.citations,
    toolCalls: run.calls,
    mode: 'offline',
    ...(out.chart?.length ? { chart: out.chart } : {}),
    ...(notes.length ? { notes } : {}),
  })
  // "数说红河展厅面积多大" has no budget word but names a hall a held document describes: no small talk
  if (isSmallTalk(own, req.question) && !namesHeldThing(own.text, scopeDocs ?? ctx.corpus.documents)) return done({ answer: helpAnswer(ctx.corpus, scopeDocs) })
  // "收录的材料里哪些是2023年度的决算": the catalog, not a figure (rule held-asked)
  const held = scopeDocs ? undefined : answerHeld(run, own.text, own.years, own.orgs)
  if (held) return done(held)
  if (scopeDocs?.length && !withinEmbedScope(ctx.corpus, own.orgs, scopeDocs)) {
    const orgs = [...new Set(scopeDocs.map((d) => d.org))]
    return done({ answer: outOfEmbedScope(orgs.length === 1 ? orgs[0] : req.org!), notFound: true })
  }
  const composition = frame.orgs.length > 0 && asksComposition(own)
  const whole = resolveScope(ctx.corpus, frame, req.org, run.vocabulary)
  // "下面有几个预算单位": the count the prose states ("下辖0个预算单位") before the statement of the units covered
  const unitCount = composition && whole.targets.length === 1 && countAsked(own.text) ? answerProseCount({ run, frame, scope: whole }) : undefined
  const units = composition && whole.targets.length ? answerComposition(run, whole.targets, unitAsked(own.text), asksUnitsListed(own)) : undefined
  if (units) return done(unitCount ? { answer: joinSentences([unitCount.answer, units.answer]) } : units)
  // the department's own office (本级), printed as its own row of a per-unit table
  const ownOffice = composition ? undefined : ownOfficeAsked(run.vocabulary, frame, own.text, whole)
  if (ownOffice && (!scopeDocs || scopeDocs.includes(ownOffice.doc))) return done(answerMemberUnit(run, frame, ownOffice))
  // a unit its department's budget covers, named: that department's document, the unit's own row
  const namedOrgs = new Set(whole.named ? whole.targets.map((t) => t.doc.org) : [])
  // (a follow-up naming no organisation asks of the unit the turn before named: "某中心收入总计多少？" then "基本支出多少？")
  const lastUser = own.orgs.length ? undefined : req.history?.filter((m) => m.role === 'user').pop()?.content.slice(0, TURN_CHARS)
  // ("今年"/"去年" counted from today is a year no document may hold yet, or not the one its readers mean: the unit's
  // latest, as resolve-scope reads it)
  // (several years asked, "2024年和2025年预算分别多少", are columns of the latest document or a comparison: not one year's document)
  const memberYear = frame.relativeYear !== undefined || frame.years.length > 1 ? undefined : frame.years[0]
  const member = composition ? undefined : memberUnitAsked(ctx.corpus, own.text, namedOrgs, memberYear) ?? (lastUser ? memberUnitAsked(ctx.corpus, `${lastUser}\u3000${own.text}`, namedOrgs, memberYear) : undefined)
  // a unit only the 机构设置 names, asked alone, goes on to the statement (answerUnitInStatement) below
  const memberRead = member && (whole.named || hasUnitRow(member.doc, member.unit))
  // what the unit is (性质, 主管, 级别), as its department's 机构设置 states beside its name
  const memberFact = member && (!scopeDocs || scopeDocs.includes(member.doc)) ? answerMemberFact(run, own.text, member.doc, member.unit) : undefined
  if (memberFact) return done(memberFact)
  // rule member-units-each: "三公经费局机关和水保站各多少": each unit named of one department, one after the other
  const second = member && memberRead && EACH_ASKED.test(own.text) ? memberUnitAsked(ctx.corpus, compactText(own.text).split(member.form).join('，'), namedOrgs, memberYear) : undefined
  if (member && second && second.doc === member.doc && second.unit !== member.unit && (!scopeDocs || scopeDocs.includes(member.doc))) {
    const [a, b] = [member, second].sort((x, y) => compactText(own.text).indexOf(x.form) - compactText(own.text).indexOf(y.form))
    // (a unit's own words are nothing asked of the other: 局机关 of "局机关和水保站", blanked to its length)
    const inForms = (w: string) => a.form.includes(compactText(w)) || b.form.includes(compactText(w))
    const without = (other: string) => ({
      ...frame, text: frame.text.split(other).join('，'.repeat(other.length)), concepts: frame.concepts.filter((c) => !inForms(c.surface)),
      unknown: frame.unknown && inForms(frame.unknown) ? undefined : frame.unknown,
    })
    const first = answerMemberUnit(run, without(b.form), a)
    const next = answerMemberUnit(run, without(a.form), b)
    if (!first.notFound && !next.notFound) return done({ answer: joinSentences([first.answer, next.answer]) })
  }
  // (a follow-up naming only the unit, "那水土保持站呢": the turn before says which of its tables is asked, 三公)
  const unitOnly = !!lastUser && frame.concepts.every((c) => member?.form.includes(compactText(c.surface)) || compactText(member?.unit ?? '').includes(compactText(c.surface)))
  if (member && memberRead && (!scopeDocs || scopeDocs.includes(member.doc))) return done(answerMemberUnit(run, frame, member, unitOnly ? compactText(lastUser!) : undefined))
  // a unit a table of projects names in its 单位名称 column (rule recipient-rows)
  const recipient = member ? undefined : recipientAsked(whole.targets.length ? whole.targets.map((t) => t.doc) : (scopeDocs ?? ctx.corpus.documents), frame)
  const byRecipient = recipient && (whole.named || !whole.targets.length || whole.targets.length === 1) ? answerRecipient(run, frame, recipient) : undefined
  if (byRecipient) return done(byRecipient)
  // a row's text column asked (rule row-text-column): its cell, never the row's money
  const textCell = whole.targets.length === 1 && frame.op === 'lookup' ? answerRowTextColumn(run, frame, whole.targets[0]) : undefined
  if (textCell) return done(textCell)
  // words naming what one table is about (rule title-subject-total): its 合计
  const titled = whole.targets.length === 1 ? answerTitleSubject(run, frame, whole.targets[0]) : undefined
  if (titled) return done(titled)
  // a sum split by the levels its money comes from, asked level by level (rule level-parts)
  const levelParts = whole.targets.length === 1 ? run.attempt(() => answerLevelParts({ run, frame, scope: whole }, own.text)) : undefined
  if (levelParts) return done(levelParts, whole.notes)
  const below = member && memberRead ? undefined : subordinateNotHeld(run, own, whole.targets)
  if (below) return done(below)
  if (frame.op === 'list') return done(answerList({ run, frame, scope: { targets: [], named: false, notes: [] } }))
  // read in Simplified: a question typed in Traditional (公務用車) names the same 三公 items
  const narrowed = narrowToThreePublic(toSimplified(req.question), whole, frame.op)
  if (narrowed.refusal) return done({ answer: narrowed.refusal, notFound: true })
  // rule report-part: a part of a place its held report goes through clause by clause (某县, 某开发区)
  const part = reportPartAsked(ctx.corpus, frame, own.text, narrowed.scope, scopeDocs)
  if (part) return done(answerReportPart(run, own.text, part))
  const bodyScope = cityOwnBody(frame, own, narrowed.scope)
  // a unit no document is held for, named in a held document's 机构设置: that document answers
  const inStatement = bodyScope.unknownOrg && !bodyScope.targets.length ? answerUnitInStatement(run, unitAsked(own.text) ?? bodyScope.unknownOrg, composition) : undefined
  if (inStatement) return done(inStatement)
  // a "name" no organisation holds, and no 机构设置 lists, that one held document's text names (a hall: 展厅) is that
  // document's thing (rule unique-prose-holder)
  const thingOf = bodyScope.unknownOrg && !bodyScope.targets.length ? thingNamedBy(scopeDocs ?? ctx.corpus.documents, bodyScope.unknownOrg) : undefined
  // (a thing that is one of that document's member units, abbreviated as its prose does, "动物疫控中心": the unit's own
  // row, never the department's figure)
  const thingUnit = thingOf && !composition ? memberUnitAsked(ctx.corpus, own.text, new Set([thingOf.doc.org]), memberYear) : undefined
  if (thingUnit && thingUnit.doc.org === thingOf!.doc.org && hasUnitRow(thingUnit.doc, thingUnit.unit)) return done(answerMemberUnit(run, frame, thingUnit), [thingOf!.note])
  const scope = thingOf ? { ...bodyScope, unknownOrg: undefined, targets: [{ doc: thingOf.doc, year: thingOf.doc.year }], notes: [...bodyScope.notes, thingOf.note] } : bodyScope
  // a year the question names that is each document's own: no sentence under another year's section answers it
  run.ownYearOnly = frame.years.length > 0 && scope.targets.length > 0 && scope.targets.every((t) => t.year === t.doc.year)
  run.baseline = askedBaseline(own.text)
  askedDocs = scope.targets.map((t) => t.doc)
  passageTargets = scope.named && !scope.unknownOrg && !scope.missingYear?.length && scope.targets.length === 1 && scope.targets[0].year === scope.targets[0].doc.year ? scope.targets : []
  const which = clarifyOrg(frame, own, scope)
  if (which) return done({ answer: which, notFound: true })
  const contact = answerContact(run, own.text, scope.targets)
  if (contact) return done(contact)
  // "还挂了什么牌子": the second plate its 机构设置 states (rule plate-asked)
  const plate = answerPlate(run, own.text, scope.targets)
  if (plate) return done(plate)
  const pageField = answerPageField(run, own.text, scope.targets)
  if (pageField) return done(pageField)
  // a rate asked by its own name (预算执行率, 资金支出率): the percentage the prose prints after it (rule named-rate)
  const rate = scope.named ? answerNamedRate(run, own.text, scope.targets) : undefined
  if (rate) return done(rate, scope.notes)
  // a figure of one counted group of the places a report goes through (59个区): that group's stretch (rule counted-group)
  const group = scope.named ? answerCountedGroup(run, frame, own.text, scope.targets) : undefined
  if (group) return done(group, scope.notes)
  // a standing asked (排第几, 第几位): the clause of the prose stating it (rule stated-rank)
  const rank = scope.named ? answerStatedRank(run, own.text, scope.targets) : undefined
  if (rank) return done(rank, scope.notes)
  // whether an account balances, as the report says it (rule balance-asked)
  const balance = scope.named ? answerBalance(run, own.text, scope.targets, frame.years.length > 0) : undefined
  if (balance) return done(balance, scope.notes)
  // the year a named document is of ("这个页面是哪一年的数") (rule doc-year-asked)
  const docYear = scope.named ? answerDocYear(run, toSimplified(req.question), scope.targets) : undefined
  if (docYear) return done(docYear)
  const coverage = answerCoverage(run, own.text, scope.targets, frame.concepts[0]?.name)
  if (coverage) return done(coverage)
  // a subject only a column the figures could not label may hold: never read from that table (rule unsure-columns)
  const unsure = frame.op === 'lookup' && scope.targets.length === 1 ? unsureColumnsAsked(scope.targets[0].doc, frame.concepts.map((c) => c.name)) : undefined
  if (unsure) return done(answerUnsureColumns(run, scope.targets[0], unsure), scope.notes)
  // "支出为什么比收入多": the 收支总表's own carry lines balance it (rule carried-gap)
  const gap = run.attempt(() => answerCarriedGap({ run, frame, scope }, own.text))
  if (gap) return done(gap, scope.notes)
  // a ledger's row against a project form's money: agree or not (rule figures-agree)
  const agreement = scope.targets.length <= MAX_COMPACT ? answerAgreement({ run, frame, scope }) : undefined
  if (agreement) return done(agreement, scope.notes)
  // a 绩效自评表's project asked what only the form prints (rule self-evaluation-asked), its 主管部门 included
  const form = scope.targets.length <= MAX_COMPACT ? answerSelfEvaluation({ run, frame, scope }) : undefined
  if (form) return done(form, scope.notes)
  // a project's 绩效自评 stated in a 决算's prose (rule stated-evaluation): its score and the problems it found
  const evaluated = scope.targets.length <= MAX_COMPACT ? answerStatedEvaluation({ run, frame, scope }) : undefined
  if (evaluated) return done(evaluated, scope.notes)
  // a particular the page's head prints ("保密审查情况:已审查", 生效日期, 共37页) (rule head-label-asked)
  const head = scope.named ? answerHeadLabel(run, own.text, scope.targets) : undefined
  if (head) return done(head, scope.notes)
  // at which meeting a government's budget report was made, and by whom (rule report-head)
  const reportHeadOut = scope.named ? answerReportHead(run, own.text, scope.targets) : undefined
  if (reportHeadOut) return done(reportHeadOut, scope.notes)
  // the items a 三公 account holds, as the page states them (rule three-public-items)
  const items = scope.named ? run.attempt(() => answerThreePublicItems(run, own.text, scope.targets) ?? answerThreePublicSum(run, own.text, scope.targets)) : undefined
  if (items) return done(items, scope.notes)
  // a project a page describes field by field, asked one of its fields (rule project-fields)
  const projectField = scope.targets.length ? answerProjectFields(run, own.text, scope.targets, own.orgs) : undefined
  if (projectField) return done(projectField, scope.notes)
  // a fact asked of a named document (性质, 主管部门, 职责, 包括哪些, 第N张表): its prose, never a table's figure
  const fact = scope.named ? answerProseFact(run, own.text, scope.targets) : undefined
  if (fact) return done(fact, scope.notes)
  // a work of the year's summary asked for its progress against its plan (rule work-progress)
  const progress = scope.named ? run.attempt(() => answerWorkProgress(run, own.text, scope.targets)) : undefined
  if (progress) return done(progress, scope.notes)
  // the year before a 财政预算's own, asked of it: what its report states as that year's execution (rule executed-year)
  // comes before any reading of the draft year's figures or prose subjects
  // (or through a table of that year the report prints: "2024年全县一般公共预算收支平衡表" in the 2025 report)
  const executedFirst = scope.targets.length === 1 && (scope.targets[0].viaNext || executedTableYear(scope.targets[0])) ? answerExecutedYear({ run, frame, scope }) : undefined
  if (executedFirst) return done(executedFirst, scope.notes)
  // where a hall the document describes is, how large (rule thing-fact-asked)
  const thing = scope.targets.length === 1 ? answerThingFact(run, own.text, scope.targets[0]) : undefined
  if (thing) return done(thing, scope.notes)
  // a number the prose prints after a word no budget term is ("生均71.92"; rule word-figure-asked)
  const wordFigure = scope.named && scope.targets.length === 1 ? answerWordFigure(run, frame, scope.targets[0]) : undefined
  if (wordFigure) return done(wordFigure, scope.notes)
  if (frame.op === 'define') return done(answerDefine({ run, frame, scope }))
  // "某局预算说明中“X”指什么": the named document's own definition, when it has one (rule meaning-in-doc)
  const meaning = scope.named && scope.targets.length === 1 ? meaningTermAsked(toSimplified(req.question), own.text, own.concepts) : undefined
  const defined = meaning ? answerDefine({ run, frame, scope }, meaning) : undefined
  if (defined && !defined.notFound) return done(defined)
  // an item of a table of items asked by part of its name (rule item-row-asked)
  const itemRow = scope.named && scope.targets.length === 1 ? run.attempt(() => answerItemRow({ run, frame, scope })) : undefined
  if (itemRow) return done(itemRow, scope.notes)
  const project = scope.targets.length <= MAX_COMPACT ? answerProjectPage({ run, frame, scope }) : undefined
  if (project) return done(project, scope.notes)
  // items listed and each asked, of a document whose prose lists them (rule listed-items)
  // an item of a monthly revenue bulletin, for the period asked (rule bulletin-items)
  const bulletin = scope.targets.length === 1 ? run.attempt(() => answerBulletinItems({ run, frame, scope })) : undefined
  if (bulletin) return done(bulletin, scope.notes)
  // an item of a budget adjustment report, as set, as adjusted, its change (rule adjustment-items)
  const adjustment0 = scope.targets.length === 1 ? run.attempt(() => answerAdjustmentItems({ run, frame, scope })) : undefined
  if (adjustment0) return done(adjustment0, scope.notes)
  // each place below the one reporting asked one by one, of a report listing none of them (rule members-unlisted)
  const unlisted = answerMembersUnlisted(frame, scope.targets)
  if (unlisted) return done(unlisted, scope.notes)
  const listed = scope.targets.length === 1 ? run.attempt(() => answerListedItems({ run, frame, scope })) : undefined
  if (listed) return done(listed, scope.notes)
  // a document of prose only that prints the question's own words whole: the figure after them, before any reading
  // of a part of those words (rule printed-span)
  const printedFirst = scope.named && scope.targets.length === 1 && proseOnly(scope.targets[0].doc) ? run.attempt(() => answerPrintedSpan(frame, scope.targets, (w) => answerProsePhrase({ run, frame, scope }, w), true)) : undefined
  if (printedFirst) return done(printedFirst, scope.notes)
  // an item of the one fund a page of prose only is about, asked with the fund's name (rule topic-item)
  const topicItem = scope.named && !frame.concepts.some((c) => c.kind !== 'weak') ? run.attempt(() => answerTopicItem(run, frame, scope.targets)) : undefined
  if (topicItem) return done(topicItem, scope.notes)
  // a code or words no table holds, read where the prose states them (rule unheld-subject)
  const unheldFrame = scope.targets.length && scope.targets.length <= MAX_COMPACT ? unheldSubjectFrame(frame, scope.targets.some((t) => t.year < t.doc.year)) : undefined
  const unheldOut = unheldFrame ? run.attempt(() => dispatch({ run, frame: unheldFrame, scope })) : undefined
  if (unheldOut) return done(unheldOut, scope.notes)
  // (three characters are enough for a fee named by its own head word: 租车费, 会议费; two for a tax: 契税)
  // rule qualified-side: words no table or lexicon knows, right before a bare side word ("巩固脱贫衔接乡村振兴的支出"),
  // are the subject asked: read as words, never the document's whole 支出
  const qualifiedSide = weakQualified(frame)
  const phrase = (!frame.concepts.length || qualifiedSide) && frame.op === 'lookup' && frame.unknown && (frame.unknown.length >= 4 || (frame.unknown.length === 3 && /[费税]$/u.test(frame.unknown)) || (frame.unknown.length === 2 && /^\p{Script=Han}税$/u.test(frame.unknown))) && scope.targets.length <= MAX_COMPACT
  // (the ask written after the words, "企业所得税预算多少", is no part of them)
  const phraseWords = phrase ? frame.unknown!.replace(ASK_TAIL, '') || frame.unknown! : undefined
  // rule asked-span: the words as the question says them whole ("省级资金转移支付", "转移支付里中央级资金"): a figure
  // found for the narrower word answers only when its sentence holds them all; else the span, or its part, is read
  const span = phraseWords ? askedSpan(frame, phraseWords) : undefined
  // the prose read for some words, kept only when every sentence it cites holds each of `chars` (the organisation's own
  // name, which a sentence may open with, is no word of the subject: 县 of 金寨县)
  const sentenceWords = (c: Citation) => foldMeaning(c.text ?? '').split(c.org).join('')
  const readHeld = (words: string, chars: string[], own?: (c: Citation) => boolean) => run.attempt(() => {
    const kept = run.citations.length
    const out = answerProsePhrase({ run, frame, scope }, words)
    const cited = run.citations.slice(kept)
    return out && cited.length && cited.every((c) => chars.every((ch) => sentenceWords(c).includes(ch)) && (!own || own(c))) ? out : undefined
  })
  const readPhrase = (words: string) => (span ? readHeld(words, spanChars(span.span)) : answerProsePhrase({ run, frame, scope }, words))
  // (…and the words' head, 转移支付 of "上级转移支付资金", held to the same test: every character in the sentence)
  // (read last, after every reading of the subject the prose states: see below)
  const phraseHead = span && phraseWords && phraseWords.length > 4 ? phraseWords.slice(-4) : undefined
  // (the budget's adjustment asked of the words: read as set and as adjusted, rule phrase-adjustment)
  const adjustment = phraseWords ? answerPhraseAdjustment({ run, frame, scope }, phraseWords) : undefined
  if (adjustment) return done(adjustment, scope.notes)
  // rule joined-phrases: "税收收入和非税收入各是多少", each of the two read
  const joinedOut = phraseWords ? answerJoinedPhrases(frame, scope.targets, (w) => answerProsePhrase({ run, frame, scope }, w)) : undefined
  if (joinedOut) return done(joinedOut, scope.notes)
  const prose = phraseWords ? readPhrase(phraseWords) ?? (span ? answerProsePhrase({ run, frame, scope }, span.part ?? span.span) : undefined) : undefined
  if (prose) return done(prose, scope.notes)
  // (words one table's title names, asked for their amount: that table's total row, rule titled-table-total)
  const titledTotal = phraseWords ? titledTableTotal(run, frame.text, phraseWords, scope.targets) : undefined
  if (titledTotal) return done(titledTotal, scope.notes)
  if (qualifiedSide && phraseWords) return done({ answer: scope.targets.slice(0, 6).map((t) => `没有找到${t.doc.org}${t.year}年的“${phraseWords}${qualifiedSide}”：文件的表格和文字说明中没有这一项。`).join(''), notFound: true }, scope.notes)
  // rule qualified-fee: a fee asked with its qualifier ("一个月以上租车费") that the prose words differently ("一个月及以上
  // 的租车费"): the fee by its head word, kept only when the sentence cited holds every character of the qualifier
  const fee = phrase && !prose ? /^(\p{Script=Han}{2,8}?)(\p{Script=Han}{2}费)$/u.exec(frame.unknown!.replace(ASK_TAIL, '')) : null
  // (the fee's own: its first mention led by the qualifier's characters in order within its clause, no joiner among them;
  // "公务用车购置及运行维护费358万元" is two items' fee together, never 公务用车运行维护费's)
  const feeOwn = (c: Citation) => {
    const text = sentenceWords(c)
    const at = fee ? text.indexOf(fee[2]) : -1
    const lead = at < 0 ? '' : text.slice(0, at).split(/[，,、；;（(：:。]/u).pop() ?? ''
    // (the joiner looked for between the qualifier's own characters: "其他单位和…一个月及以上的" joins nothing of it)
    const span = fee ? new RegExp([...fee[1]].join('.*?'), 'u').exec(lead)?.[0] : undefined
    return span !== undefined && !/[及和与](?!以[上下内])/u.test(span)
  }
  const feeOut = fee ? readHeld(fee[2], [...fee[1]], feeOwn) : undefined
  if (feeOut) return done(feeOut, scope.notes)
  const qualified = qualifiedPhrase(frame, scope)
  const qualifiedProse = qualified ? answerProsePhrase({ run, frame, scope }, qualified) : undefined
  if (qualifiedProse) return done(qualifiedProse, scope.notes)
  // a project the question names that nothing held names: not found, never the whole budget (rule unheld-project)
  const unheld = scope.targets.length ? unheldProject(frame) : undefined
  // the projects the prose lists with their money, asked as a list (rule prose-project-list)
  const proseProjectList = answerProseProjects(run, own.text, scope.targets)
  if (proseProjectList) return done({ answer: proseProjectList }, scope.notes)
  // (a project the prose lists with its money, "包括：监测设备运维186.00万元；…", is asked by its name without 项目)
  const projectWords = scope.targets.length ? unheld ?? unheldProject(frame, true) : undefined
  const listedProject = projectWords && split && !req.history?.length ? proseListedProject(projectWords, scope.targets.map((t) => t.doc)) : undefined
  if (listedProject && req.question.includes(projectWords!)) return planAnswer(ctx, { ...req, question: req.question.replace(projectWords!, listedProject) }, tools, false)
  if (unheld) return done({ answer: scope.targets.slice(0, 6).map((t) => `没有找到${t.doc.org}${t.year}年的“${unheld}”：文件的表格和绩效目标中没有这个项目。`).join(''), notFound: true })
  // a place no document is held for that a held notice lists with its figure (rule listed-place)
  const listedPlace = scope.unknownOrg && !scope.targets.length
    ? answerListedPlace(run, frame, scope.unknownOrg, scopeDocs ?? ctx.corpus.documents)
    : scope.targets.length <= 2 || !frame.orgs.length ? answerListedPlace(run, frame, undefined, scope.targets.map((t) => t.doc)) : undefined
  if (listedPlace) return done(listedPlace)
  const refusal = scopeRefusal(ctx, frame, scope)
  // refused for want of a subject: one only the prose names ("年初批复预算…985万元"), two of them computed, or a
  // count with its counted word (rules prose-subject-asked, prose-count-asked)
  // (…or money asked by what was done with it, "已经拨付了多少…资金": rule verb-amount)
  const proseSubject = refusal && !frame.concepts.length && scope.targets.length ? proseAsked({ run, frame, scope }) ?? run.attempt(() => verbAmount({ run, frame, scope })) : undefined
  if (proseSubject) return done(proseSubject, scope.notes)
  // the words' head last (转移支付 of "上级转移支付资金"), held to the asked-span test: every character in its sentence
  const headOut = refusal && phraseHead ? readPhrase(phraseHead) : undefined
  if (headOut) return done(headOut, scope.notes)
  // (a 三公 item the page labels and says there was none of, "1、公款出国(境)费: 本季度没有出国()事项发生": that
  // sentence quoted and cited after the refusal, rule none-under-label)
  const synonym = refusal && !frame.concepts.length && scope.targets.length === 1 && frame.unknown ? groupNameOf(ctx, frame.unknown) : undefined
  const noneLabel = synonym ? noneUnderLabel(scope.targets[0], synonym) : undefined
  if (noneLabel) { run.cite(noneLabel.c); return done({ answer: `${refusal!.replace(/。[^。]*。$/u, '。')}文件原文：${noneLabel.text}。`, notFound: true }) }
  if (refusal) return done({ answer: frame.injected ? INJECTION_NOTE + refusal : refusal, notFound: true })
  const perPerson = perPersonNotFound(own.text, scope.targets)
  if (perPerson) return done({ answer: perPerson, notFound: true })
  const yearActual = yearActualStated(run, own.text, scope.targets)
  if (yearActual) return done({ answer: yearActual }, scope.notes)
  const stage = stageNotHeld(own.text, scope.targets)
  if (stage) return done({ answer: stage, notFound: true })
  // last year's 决算 printed beside the plans: its column asked (prior-final-printed)
  const printedFinal = priorFinalPrinted(own.text, scope.targets) && !frame.columns.includes('final') ? { ...frame, columns: [...frame.columns, 'final' as const] } : frame
  // a stage word that is one only in a 决算 (预算数 of a 三公 item), when every document asked is a 决算
  // (公车费用 of a document that prints the cars' cost only as 购置及运行费: that account, rule whole-car-cost)
  const asked = partInContainer(wholeCarCost(stageInFinal(printedFinal, scope.targets), scope.targets.map((t) => t.doc)))
  // "预算里其他监狱支出安排了多少" of a subject the prose states: asked of that subject (rule subject-in-container)
  const free = split && !req.history?.length ? withoutContainer(frame, scope) : undefined
  if (free) return planAnswer(ctx, { ...req, question: free }, tools, false)
  const unnamed = subjectInContainerNotFound(frame, scope)
  if (unnamed) return done({ answer: unnamed, notFound: true })
  const partial = scope.missingYear?.map(notHeld) ?? []
  // parts of a container a prose-only document states by their own words (rule prose-parts-asked)
  const proseParts = answerProseParts({ run, frame, scope })
  if (proseParts) return done(proseParts, scope.notes)
  // "公务用车费里，运行维护费和购置费各多少": the container's child rows (rule row-parts-asked); "行政单位和事业单位各有
  // 几个": rows of a table that counts (rule counted-rows); "A、B、C各几人": each counted from the prose (rule counts-each)
  for (const read of [answerRowParts, answerCountedRows, answerCountsEach]) {
    const parts = run.attempt(() => read({ run, frame, scope }))
    if (parts) return done(parts, scope.notes)
  }
  // (money asked by what was done with it, of a report in prose only: read by its verb before any concept the words
  // also name, "从政府性基金调入了多少" is no 政府性基金预算, rule verb-amount)
  const moved = scope.targets.length === 1 && proseOnly(scope.targets[0].doc) && MOVED_ASKED.test(compactText(frame.text)) ? run.attempt(() => verbAmount({ run, frame, scope })) : undefined
  if (moved) return done(moved, scope.notes)
  // (the amount executed or its rate asked of a place's budget report with no year said: its 执行情况表 of the year before
  // first, where a row of it answers; the prose of that year is read after, rule closed-year-asked)
  const closedTable = !frame.columns.some((c) => c === 'final' || c === 'completion') ? undefined : closedYearTargets(frame, scope.targets)
  const tableOut = closedTable ? run.attempt(() => { const kept = run.citations.length; const o = dispatch({ run, frame: asked, scope: { ...scope, targets: closedTable } }); return run.citations.slice(kept).some((c) => c.kind === 'row') ? o : undefined }) : undefined
  if (tableOut) return done(tableOut, [`未指定年份，按文件所报${closedTable![0].year}年执行情况回答`])
  const dispatched = dispatch({ run, frame: asked, scope })
  // no table row or concept reading answered: the subject the question names in the document's prose
  // a share whose part only the prose names (rule unheld-subject, its share): after the prose subjects' own reading
  const partFrame = dispatched.notFound && scope.targets.length <= MAX_COMPACT ? unheldPartFrame(frame) : undefined
  const answered = dispatched.notFound ? proseAsked({ run, frame, scope }) ?? (partFrame && run.attempt(() => dispatch({ run, frame: partFrame, scope }))) ?? dispatched : dispatched
  // (words no term names joined to the subject answered, each asked: read in the prose too, rule joined-phrases)
  const out = (scope.targets.length <= MAX_COMPACT && withJoinedPhrase(frame, scope.targets, answered, (w) => answerProsePhrase({ run, frame, scope }, w))) || answered
  // rule closed-year-asked: the amount executed or its rate asked of a place's budget report, no year said, that its own
  // year's tables do not hold: the year it reports as executed (its 执行情况表 of the year before), said so
  const closed = out.notFound ? closedYearTargets(frame, scope.targets) : undefined
  const closedOut = closed ? run.attempt(() => dispatch({ run, frame: asked, scope: { ...scope, targets: closed } })) : undefined
  if (closedOut) return done(closedOut, [`未指定年份：${closed![0].doc.year}年的表格没有这一项，按文件所报${closed![0].year}年执行情况回答`])
  if (out.notFound && scope.targets.every((t) => t.viaNext)) {
    // the next year's document did not state the year asked either (rule executed-year was tried first): that year is
    // simply not held
    const missing = scope.targets.map((t) => `没有收录${t.doc.org}${t.year}年的预算，现有${heldYears(ctx, t.doc.org)}年的预算`)
    return done({ answer: joinSentences([missing.join('；')]), notFound: true })
  }
  if (frame.injected) out.answer = `${INJECTION_NOTE}${out.answer}`
  return done(out, [...scope.notes, ...(scope.named ? partial : [])])
}

/** Two or more counts asked and nothing else a table holds: a share or difference of counts. */
const countsOnly = (frame: QuestionFrame) => new Set(frame.concepts.filter((c) => c.kind === 'count').map((c) => c.name)).size >= 2 && frame.concepts.every((c) => c.kind === 'count' || c.kind === 'weak')

/** A year not held of an organisation, said in the stage its documents have (预算, or 决算 when all are). */
const notHeld = (m: NonNullable<Scope['missingYear']>[number]) => `没有收录${m.org}${m.year}年的${m.stage ?? '预算'}`

/** Answers of a question's clauses or asks, each as it was read, one after another (their notes said once). */
function joinedAnswers(outs: AskResponse[], calledBefore: AskResponse['toolCalls'] = []): AskResponse {
  const notes = [...new Set(outs.flatMap((o) => o.notes ?? []))]
  return {
    answer: outs.map((o) => o.answer).join('\n'), citations: outs.flatMap((o) => o.citations), toolCalls: [...calledBefore, ...outs.flatMap((o) => o.toolCalls)],
    mode: 'offline', ...(notes.length ? { notes } : {}),
  }
}
