import { DONE_WORD } from '../../lexicon/stage-words.js'
import { rowCell } from './printed-rate.js'
import { stageOf, type BudgetDocument, type Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { sectionPath } from '../../tools/lib/citation.js'
import { sectionYear } from '../../tools/lib/section-year.js'
import { proseSubjects, qualifiedFirst, subjectCover, subjectFigure } from '../../tools/lib/prose-subjects.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import { askedText, linesOf } from './prose-subject-asked.js'
import { operandOf } from '../operands.js'
import { accountAsked } from '../../tools/lib/prose-account.js'
import type { Figure } from '../../tools/lib/figure.js'
import { changeAfter, changeAgainstPrior, ownBudgetBaseline } from '../../tools/lib/prose.js'
import { foldMeaning } from '../../read/meaning-view.js'

/** The whole place a 财政预算's prose speaks for ("全区财政总收入", a government's own "我镇实现财政总收入"): the place's,
 *  not a subject's word; nor is the verb of its execution (实现, 完成, 累计完成), nor its 预计 (a report made before
 *  the year closed: "预计实现一般公共收入50.3亿元") */
const WHOLE_PLACE = /^(?:(?:全|我|本)(?:省|市|州|盟|区|县|旗|镇|乡))?(?:预计)?(?:全年)?(?:累计)?(?:共)?(?:实现|完成)?/
/** "完成调整预算的百分之几", "完成预算多少": the completion rate asked, not the amount. */
// ("完成了多少", "完成数是多少" ask the amount)
const RATE_ASKED = /完成.{0,6}预算.{0,4}(?:百分之几|多少|几成|比例|[%％])|完成.{0,4}(?:百分之几|几成|比例|[%％])|完成率|完成程度/
/** The completion the prose states right after the amount: "完成调整预算的102.1%". */
// (the budget's own amount may stand between: "完成预算数31220万元的101.7%")
const COMPLETION = /^[^。；;]{0,12}?完成((?:调整|年初|年度|变动)?预算(?:数)?)(\d[\d,]*(?:\.\d+)?(?:亿元|万元|元))?的?(\d+(?:\.\d+)?[%％])/
/** The completion clause with the budget's own amount, set aside when the change after it is read. */
const COMPLETION_CLAUSE = /^[,，]?完成(?:调整|年初|年度|变动)?预算(?:数)?(?:\d[\d,]*(?:\.\d+)?(?:亿元|万元|元))?的?\d+(?:\.\d+)?[%％]/u
const MIN_COVER = 0.6
/** A subject's words opening with the whole place (全县…) or with its own level (县本级…, 市级…). */
const WHOLE_LEAD = /^(?:\d{4}年度?)?全[省市州盟区县旗]/u
const OWN_LEAD = /^(?:\d{4}年度?)?(?:[省市州盟区县旗]?本级|[省市州盟区县旗]级)/u
/** A level's own account named in a question: 市级, 县级 (not 市级以上, 市级部门). */
const LEVEL_ASKED = /[省市州盟区县旗]级(?!以上|以下|部门|单位|预算单位|财政|医院|学校)/u
/** Those lead words alone, off a subject's name. */
const ACCOUNT_LEAD = /^(?:全[省市州盟区县旗]|[省市州盟区县旗]?本级|[省市州盟区县旗]级)/u
/** A rate right after an item's amount, no baseline said: "非税收入14.8亿元,下降11.5%" (the year before, in such a list). */
const BARE_RATE = /^[,，]\s*(增长|下降|增加|减少)(\d+(?:\.\d+)?[%％])/u
/** The year before, stated right after the amount: "…,较上年508794万元增长5.6%". */
const AGAINST_PRIOR = /^[^。；;]{0,40}?(?:较|比)上年(?:同期)?(?:的)?(\d[\d,]*(?:\.\d+)?)(亿元|万元|元)(?:相比)?(增长|增加|下降|减少)(\d+(?:\.\d+)?[%％])?/u

/** A subject read from the prose, where its sentence says it. */
type Said = { subject: string; sentence?: string; paragraphId: string; amount: string }

/** The words a subject's whole sentence opens with, when its clause is one of several (cut at ; in the subjects read). */
function sentenceOpening(doc: BudgetDocument, s: Said): string {
  const p = doc.paragraphs.find((x) => x.id === s.paragraphId)
  const text = compactText(p?.text ?? '').replace(/[（(][^）)]*[)）]/gu, '')
  const at = text.indexOf(compactText(s.subject) + s.amount)
  return at > 0 ? text.slice(text.lastIndexOf('。', at - 1) + 1, at) : ''
}

/**
 * The year a paragraph's prose speaks of: the innermost section title naming a year ("一、2024年预算执行情况" → 2024,
 * "二、2025年预算草案" → 2025), else the year its first sentence opens with ("2024年，全区财政总收入…").
 */
function yearSpoken(doc: BudgetDocument, p: Paragraph): { year: number; executed: boolean } | undefined {
  const titled = sectionYear(doc, p)
  if (titled) return titled
  if ((sectionPath(doc, p).section ?? '').split(' › ').some((t) => /\d{4}年/.test(compactText(t)))) return undefined
  const own = openingYear(p)
  if (own !== undefined) return { year: own, executed: false }
  // rule year-carried: a paragraph naming no year goes on with the one the paragraph right before it opened with
  // ("2023年,全市一般公共预算总收入…。" then "全市一般公共预算总支出604.93亿元,…"), no heading or other year between
  const before = doc.paragraphs[p.index - 1]
  const carried = before && !before.heading && before.section === p.section ? openingYear(before, true) : undefined
  return carried !== undefined && !/^(?:19|20)\d{2}年/u.test(compactText(p.text)) ? { year: carried, executed: false } : undefined
}

/** The year a paragraph opens its account with ("2023年,全市…"), or after its numbered label sentence ("1.一般公共预算收入情况。2023年区级…"). */
// (a paragraph before, read for the year it carries on, may open with its year and no comma: "2023年全市…总收入637.58亿元2023年,…")
function openingYear(p: Paragraph, loose = false): number | undefined {
  const m = (loose ? /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])?(\d{4})年(?:度)?(?=[，,]|\p{Script=Han})/u : /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])?(\d{4})年(?:度)?[，,]/u).exec(compactText(p.text)) ??
    /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[)）])\p{Script=Han}{2,16}情况[。.：:](\d{4})年(?:度)?/u.exec(compactText(p.text))
  return m ? Number(m[1]) : undefined
}

/** Words of the year's plan: 年初预算安排, 安排…收入, 预算数 (as the report restates it before the execution). */
const PLAN_WORDS = /安排|年初|计划|预算数/u
/** A label line of its own ("(一)年初预算安排情况。"): what the paragraphs after it up to the next label speak of. */
const LABEL_LINE = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)?\p{Script=Han}{2,16}情况[。.]?$/u

/** The figure is the plan's: its sentence says so before the amount, or the label line above its paragraph does. */
function plannedFigure(doc: BudgetDocument, paragraphId: string, sentence: string, amount: string): boolean {
  const text = compactText(sentence)
  const at = text.indexOf(amount)
  if (at >= 0 && PLAN_WORDS.test(text.slice(0, at)) && !/完成|实现|执行/u.test(text.slice(0, at))) return true
  const i = doc.paragraphs.findIndex((p) => p.id === paragraphId)
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const label = compactText(doc.paragraphs[j].text)
    if (doc.paragraphs[j].heading) break
    if (LABEL_LINE.test(label)) return PLAN_WORDS.test(label) && !/执行|完成/u.test(label)
  }
  return false
}

/**
 * Rule `executed-year`: a place's 财政预算 for year Y (预算执行情况和预算草案) reports Y−1 as executed in its prose
 * ("一、2024年预算执行情况 … 全区财政总收入329亿元,…其中地方一般公共预算收入179.1亿元,完成调整预算的102.1%").
 * A Y−1 question the held Y document reached (the year asked is not held) is answered from the subject named, as
 * stated under that year's section (or in a paragraph opening with that year), quoted, said to be the 执行数 the Y
 * document reports; the completion rate asked likewise. A figure of the draft year Y never answers.
 */
export function answerExecutedYear(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  const fiscal = t.doc.scope === '财政预算'
  if (stageOf(t.doc.scope) !== '预算' || t.year !== t.doc.year - 1) return undefined
  // rule table-of-the-year: the report prints that year's table and the subject is its row (附表2《2024年一般公共预算支出
  // 执行表》 of the 2025 report): the table answers, its prose is checked against it, never read instead of it
  // (a change only where the table prints one for the row, 比上年增长% or last year's column: else the change the prose
  // states is read there)
  const subject = frame.concepts[0]
  const changeAsked = frame.op === 'change' || frame.op === 'growth'
  if (subject && (frame.op === 'lookup' || changeAsked) && executedTableYear(t)) {
    const row = run.run('get-figure', { docId: t.doc.id, name: subject.name, year: t.year })
    const rowId = row.ok && row.figures[0].year === t.year ? row.figures[0].rowId : undefined
    const printsChange = (id: string) => (['growth', 'change'] as const).some((column) => rowCell(run, id, column, t.year)) || run.run('get-figure', { rowId: id, year: t.year - 1 }).ok
    if (rowId && (!changeAsked || printsChange(rowId))) return undefined
  }
  const q = askedText(frame.text, t)
  // (the place's own name before 本级 is said with it: "伊川县本级" asks the 本级 though the name is cut from q)
  // (or a level's own words right after the place, "潍坊市级(含市属开发区)…": that level's account)
  const asked = accountAsked(q) ?? accountAsked(frame.text) ?? (LEVEL_ASKED.test(compactText(frame.text)) ? 'own' : undefined)
  // (the subject with the words of its clause before it: "全区(含某园区,下同)完成" of 一般公共预算收入)
  const accountLeadOf = (s: Said): string | undefined => {
    if (!asked) return undefined
    const sentence = compactText(s.sentence ?? '').replace(/[（(][^）)]*[)）]/gu, '')
    const at = sentence.indexOf(compactText(s.subject))
    const lead = (at > 0 ? sentence.slice(0, at).split(/[，,；;。：:]/u).pop() ?? '' : '') + compactText(s.subject)
    // (a clause naming no account goes on with the one its sentence opened with: "市本级一般公共预算收入18亿元,…;一般公共预算
    // 支出163.3亿元" is 市本级's 支出 too)
    const re = asked === 'whole' ? WHOLE_LEAD : OWN_LEAD
    const m = re.exec(lead) ?? (lead === compactText(s.subject) ? re.exec(sentenceOpening(t.doc, s)) : null)
    return m ? m[0].replace(/^\d{4}年度?/u, '') : undefined
  }
  // (the account's very words asked, 市本级 beside 市级(含开发区), rank before another of the same kind)
  const accountRank = (s: Said) => {
    const word = accountLeadOf(s)
    return !word ? 0 : compactText(frame.text).includes(word) ? 2 : 1
  }
  // a department's or a place's 预算 page states the year before only in sentences of that year ("2024年某县“三公”经费
  // 执行数…"), and only its execution is read from them: its budget asked is worked out elsewhere (prior-from-prose)
  const planAsked = PLAN_ASKED.test(q) && !RATE_ASKED.test(q)
  if (!fiscal && planAsked) return undefined
  const ofYear = new Set(t.doc.paragraphs.filter((p) => !p.heading && yearSpoken(t.doc, p)?.year === t.year).map((p) => p.id))
  const own = [t.doc.org, t.doc.region, t.doc.city].filter((w): w is string => !!w).map(compactText).sort((a, b) => b.length - a.length)
  // the year's plan the report restates first ("(一)年初预算安排情况。2022年全市安排…收入760459万元") is no 执行数
  const read = (plan: boolean, adjusted = false) => {
    const seen = new Set<string>()
    return proseSubjects(t.doc)
      .filter((s) => s.opensYear === t.year || (fiscal && ofYear.has(s.paragraphId) && (s.opensYear === undefined || s.opensYear === t.year)))
      .map((s) => ({ ...s, name: ownWordsOff(s.subject.replace(WHOLE_PLACE, ''), own) }))
      .filter((s) => (adjusted ? ADJUSTED_SUBJECT.test(s.name) : plan || !PLAN_STAGE.test(s.name)))
      .map((s) => ({ ...s, name: s.name.replace(DONE_STAGE, '') }))
      // (its account's lead words, 市本级 or 市级, are the account's business, not the subject's: rule place-account)
      .map((s) => ({ ...s, cover: subjectCover(q, asked ? s.name.replace(ACCOUNT_LEAD, '') || s.name : s.name) }))
      // (a subject narrowed by words the report's subject lacks, 小学 of 小学教育支出, is not that subject: rule qualified-row)
      .filter((s) => s.cover >= MIN_COVER && (!frame.rowQualifier || compactText(s.subject).includes(frame.rowQualifier)))
      .map((s) => ({ s, f: subjectFigure(t.doc, s), rank: accountRank(s) }))
      // rule place-account: the account the question names first, 全区 as the report opens the subject with it ("全区(含
      // 某园区)完成一般公共预算收入…" before "其中:某区完成…"), 本级 as it says 本级/区级 (a stable sort: the document's order
      // otherwise)
      .sort((a, b) => b.rank - a.rank)
      // a 财政预算 asked the year's plan ("年初安排了多少"): the plan it restates, else its execution, never mixed
      .filter(({ s, f }) => f && (adjusted || plannedFigure(t.doc, s.paragraphId, f.citation.text ?? '', s.amount) === plan) && !seen.has(s.name) && seen.add(s.name))
      .sort((a, b) => b.s.cover - a.s.cover || b.rank - a.rank || b.s.name.length - a.s.name.length)
  }
  // (a subject the report names for the other account, 全县 when 本级 is asked or 本级 when 全县 is, is never this one's)
  const otherAccount = (name: string) => (asked === 'own' ? WHOLE_LEAD : asked === 'whole' ? OWN_LEAD : undefined)?.test(name) ?? false
  // rule adjusted-asked: the budget as adjusted asked ("预算调整后是多少"): the adjustment the report states after the
  // plan (rule adjusted-then-done), never the execution nor the plan; none stated, this rule says nothing
  const adjustAsked = fiscal && ADJUST_ASKED.test(q) && !changeAsked && !RATE_ASKED.test(q)
  const hits = qualifiedFirst(q, read(planAsked, adjustAsked).filter((h) => !otherAccount(compactText(h.s.subject))), (h) => h.s.name)
  // rule plan-in-completion: the plan asked, stated only inside the execution's completion clause ("累计完成…62964万元,
  // 完成年初预算65200万元的96.57%"): that budget's amount, as printed there
  if (fiscal && planAsked && !RATE_ASKED.test(q) && !hits.length) {
    const done = read(false)[0]
    const inDone = done?.f && amountIn(done.f, done.s)
    const m = inDone ? COMPLETION.exec(inDone.sentence.slice(inDone.end)) : null
    const which = /调整/u.test(q) ? /调整|变动/u : /年初|年度/u
    if (done?.f && m?.[2] && which.test(m[1])) {
      run.cite(done.f.citation)
      return { answer: joinSentences([`${t.doc.org}${t.doc.year}年财政预算文件报告了${t.year}年预算执行情况：${t.year}年${done.s.name}${m[1]}为${m[2]}（${done.s.name}执行数${done.f.text}，完成${m[1]}${m[2]}的${m[3]}）`, `原文：“${done.f.citation.text}”（${linesOf(done.f)}）`]) }
    }
  }
  const s = hits[0]?.s
  const f = hits[0]?.f
  if (!s || !f) return undefined
  const doc = `${t.doc.org}${t.doc.year}年${fiscal ? '财政预算' : t.doc.scope}文件`
  const stage = adjustAsked ? '调整预算数' : planAsked ? '年初预算安排数' : '执行数'
  // (the account read from the sentence's opening is said with the subject: "市本级一般公共预算支出")
  const lead = accountLeadOf(s)
  const name = lead && !compactText(s.name).startsWith(lead) ? `${lead}${s.name}` : s.name
  const said = `${doc}报告了${t.year}年预算${planAsked || adjustAsked ? '安排和' : ''}执行情况：${t.year}年${name}为${f.text}（${stage}）`
  // a share of two subjects the report states for that year ("一般公共预算收入里税收占比多少"): computed from its figures
  const share = SHARE_ASKED.test(q) ? shareOfTwo(inp, q, hits.map((h) => ({ name: h.s.name, f: h.f! })), doc) : undefined
  if (share) return share
  const stated = amountIn(f, s)
  if (RATE_ASKED.test(q)) {
    const m = stated ? COMPLETION.exec(stated.sentence.slice(stated.end)) : null
    if (!m) return undefined
    run.cite(f.citation)
    return { answer: joinSentences([`${doc}报告了${t.year}年预算执行情况：${t.year}年${s.name}${f.text}，完成${m[1]}${m[2] ?? ''}的${m[3]}`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
  }
  // rule executed-change: a change asked of the year the report states against its own year before ("较上年508794万元
  // 增长5.6%"): computed from the two amounts, the printed rate beside it
  if (frame.op === 'change' || frame.op === 'growth') {
    const m = stated ? AGAINST_PRIOR.exec(stated.sentence.slice(stated.end)) : null
    const paragraphId = f.citation.paragraphId
    // (the change stated, not its baseline's amount: "…完成年初预算…的96.57%,同比减952万元,减幅1.49%")
    const read = stated ? stated.sentence.slice(0, stated.end) + stated.sentence.slice(stated.end).replace(COMPLETION_CLAUSE, '') : ''
    const first = !m && stated ? changeAfter(read, stated.at, 1) : undefined
    // (a change against the year's own budget first, "较年初预算增加115046万元…,比上年总财力增加73756万元": last year's is
    // the one after it, or none; never said 比上年)
    const change = first?.direction && ownBudgetBaseline(first.baseline) ? changeAgainstPrior(read, stated!.at) : first
    // (or its rate alone: "比上年下降18.3%"; in a list of the year's items against the year before, bare: "非税收入14.8亿元,
    // 下降11.5%")
    const bare = !change?.direction && stated ? BARE_RATE.exec(stated.sentence.slice(stated.end)) : null
    if (bare) {
      run.cite(f.citation)
      return { answer: joinSentences([`${said}，据文件说明，比上年${/增/u.test(bare[1]) ? '增长' : '下降'}${bare[2]}`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
    }
    if (change?.direction && (change.amount || change.percent)) {
      run.cite(f.citation)
      const rate = change.percent ? `${change.direction === 'up' ? '增长' : '下降'}${change.percent}` : ''
      const by = change.amount ? `比上年${change.direction === 'up' ? '增加' : '减少'}${change.amount.text}${change.amount.unit}` : ''
      return { answer: joinSentences([`${said}，据文件说明，${[by, rate].filter(Boolean).join('，')}`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
    }
    if (m && paragraphId) {
      const r = run.run('compute', { op: 'change', operands: [operandOf(f), { paragraphId, value: m[1], unit: m[2] }] })
      if (r.ok) {
        run.cite(f.citation)
        const down = r.result.text.startsWith('-')
        const rate = m[4] ? `，${m[3]}${m[4]}` : ''
        return { answer: joinSentences([`${said}，${t.year - 1}年为${m[1]}${m[2]}，比上年${down ? '减少' : '增加'}${r.result.text.replace(/^-/, '')}${rate}（${s.amount}${s.unit} − ${m[1]}${m[2]}）`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
      }
    }
    // (neither the year before nor the change stated: the year's figure, and the change said not to be given, never guessed)
    run.cite(f.citation)
    return { answer: joinSentences([said, `文件没有写明${t.year - 1}年的${s.name}，也没有写明比上年的增减，无法计算变化`, `原文：“${f.citation.text}”（${linesOf(f)}）`]) }
  }
  // several subjects asked at once ("税收收入和非税收入分别多少"): each that another part of the question names
  const each = SEVERAL.test(q) ? hits.filter((h, i) => i === 0 || !hits.slice(0, i).some((o) => o.s.name.includes(h.s.name) || h.s.name.includes(o.s.name) || askedAt(q, o.s.name) === askedAt(q, h.s.name))).slice(0, 4) : [hits[0]]
  for (const h of each) run.cite(h.f!.citation)
  const sentences = [...new Set(each.map((h) => `“${h.f!.citation.text}”（${linesOf(h.f!)}）`))]
  const more = each.slice(1).map((h) => `${t.year}年${h.s.name}为${h.f!.text}（${stage}）`)
  return { answer: joinSentences([[said, ...more].join('；'), `原文：${sentences.join('；')}`]) }
}

/** A subject's figure in its sentence as read for meaning (Traditional folded, compact): where its amount starts and ends. */
function amountIn(f: Figure, s: { amount: string; unit: string }): { sentence: string; at: number; end: number } | undefined {
  const sentence = compactText(foldMeaning(f.citation.text ?? ''))
  const amount = compactText(`${s.amount}${s.unit}`)
  const at = sentence.indexOf(amount)
  return at < 0 ? undefined : { sentence, at, end: at + amount.length }
}

/**
 * A place's 财政预算 asked the year before its own, which it holds as a table of that year's execution, or as that
 * year's execution column beside the new budget's (2024年执行数 | 2025年预算数).
 */
export const executedTableYear = (t: { doc: BudgetDocument; year: number }): boolean =>
  t.doc.scope === '财政预算' && t.year === t.doc.year - 1 &&
  t.doc.tables.some((x) => x.year === t.year || x.columns.some((c) => c.year === t.year && DONE_WORD.test(c.label)))

/** A share asked: 占比, 占…比重/比例/百分之几, …里…占多少. */
const SHARE_ASKED = /占比|占.{0,24}(?:比重|比例|百分之|几成|多少|%|％)|比重|百分比/u

/**
 * Rule `executed-year`, a share: two subjects the report states for the year asked, the whole the one the question
 * names first before 里/中 or after 占 ("A里B占比", "B占A的比重"); computed by the compute tool and said to be computed.
 */
function shareOfTwo(inp: HandlerInput, q: string, named: { name: string; f: Figure }[], doc: string): HandlerOutput | undefined {
  // (one name inside another, 一般公共预算收入 of 地方一般公共预算收入, is one subject asked)
  const two = named.filter((h, i) => !named.slice(0, i).some((o) => o.name.includes(h.name) || h.name.includes(o.name) || o.f.amount.text === h.f.amount.text)).slice(0, 2)
  if (two.length < 2) return undefined
  const [a, b] = [...two].sort((x, y) => askedAt(q, x.name) - askedAt(q, y.name))
  if (askedAt(q, a.name) < 0 || askedAt(q, b.name) < 0) return undefined
  const at = q.indexOf('占')
  // "B占A": the part before 占; "A里/中B占比": the whole first
  const [part, whole] = at >= 0 && askedAt(q, a.name) < at && askedAt(q, b.name) > at ? [a, b] : [b, a]
  // a part larger than its whole is no share of it: the subjects were not read as asked
  if (part.f.fen === undefined || whole.f.fen === undefined || part.f.fen > whole.f.fen) return undefined
  const r = inp.run.run('compute', { op: 'share', operands: [operandOf(part.f), operandOf(whole.f)] })
  if (!r.ok) return undefined
  inp.run.cite(part.f.citation, whole.f.citation)
  const quotes = [...new Set([part.f, whole.f].map((f) => `“${f.citation.text}”（${linesOf(f)}）`))]
  return { answer: joinSentences([`${doc}报告了${inp.scope.targets[0].year}年预算执行情况：${part.name}${part.f.text}占${whole.name}${whole.f.text}的${r.result.text}（${part.f.text} ÷ ${whole.f.text}，按文件所列执行数计算，文件本身没有写这个比例）`, `原文：${quotes.join('；')}`]) }
}

const SEVERAL = /分别|各是|各为|各多少|各有|和|与|及|、/u
/** Where the question names a subject: the position of its name, else of its last two characters (its head). */
const askedAt = (q: string, name: string) => (q.includes(name) ? q.indexOf(name) : q.indexOf(name.slice(-2)))

/** A budget asked, not its execution: 预算数, 预算是多少, 安排, 年初, 计划 (预算执行 and 完成预算 are the execution's). */
// (预算 inside a subject's name, 一般公共预算收入, is not)
const PLAN_ASKED = /年初|安排|计划|预算数|预算(?:是|为|有|多少|几|金额|情况)|的预算/u
/** A subject's words that say it is the plan ("…经费预算2005.41万元"), or that it is the execution. */
const PLAN_STAGE = /(?:预算|安排)$/u
/** The budget as adjusted asked: 调整后, 调整预算, 调整为. */
const ADJUST_ASKED = /调整(?:后|预算|为|到)/u
const ADJUSTED_SUBJECT = /调整预算$/u
const DONE_STAGE = /(?:执行|决算|实际支出|实际)$/u

/** "旺苍县三公经费" → "三公经费": the document's own organisation or place before a subject is no word of it. */
function ownWordsOff(name: string, own: string[]): string {
  for (const w of own) if (w.length >= 2 && name.startsWith(w) && name.length - w.length >= 3) return name.slice(w.length)
  return name
}
