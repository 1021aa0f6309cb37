import { stageOf } from '../schema.js'
import type { BudgetDocument, Corpus } from '../schema.js'
import { yearsHeld } from '../tools/lib/corpus-view.js'
import { placeOwnFirst } from './rules/place-own-first.js'
import { docsOfMention, docsOfOrg, orgLatestKey, type OrgScope } from '../tools/lib/org-scope.js'
import type { QuestionFrame } from './question-frame.js'
import { kindAsked, kindFirst } from './rules/doc-kind-asked.js'
import { uniqueProseHolder } from './rules/unique-prose-holder.js'
import { uniqueHolder, uniqueMention } from './rules/unique-holder.js'
import { prefectureAtStart } from '../lexicon/prefectures.js'
import { finalTargets } from './rules/stage-targets.js'
import { levelTargets } from './rules/level-asked.js'
import { containsOneOf, startsWithOneOf } from '../search/one-of-names.js'
import { orgOwnYears, orgYearsInClauses } from './rules/org-own-year.js'
import { docsForYear, scopesAsked } from './rules/scope-asked.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { orgNames } from '../tools/lib/org-names.js'
import { formsOnlyForProjects } from './rules/form-speaks-for.js'
import { isUnnamedPage, unnamedTitle } from '../corpus/unnamed-page.js'
import { compactText } from '../search/normalize-text.js'
import { abbreviatesUnit, inOrder } from '../tools/lib/unit-abbrev.js'
import { orgCore } from './rules/member-unit-asked.js'
import { orgLike } from '../parse/meta-rules.js'
import { questionPairs } from './rules/closest-passage.js'
import { foldMeaning } from '../read/meaning-view.js'

/** Counts of a year's events, not of a stock at its end: 接待批次, 出国人次, 团组. */
const FLOW_COUNT = /批次|人次|团组|接待|出国|出访|会议|培训|次数/u

/** One document to answer from, and the year asked of it (an earlier year reads its prior-year column). */
export interface Target {
  doc: BudgetDocument
  year: number
  /** the year is not held: the next year's document may state it in its prose ("比2023年预算数…") */
  viaNext?: boolean
  /** the organisation has other kinds of document for this year: the kind answered (部门预算 / 单位预算) is said */
  kind?: string
}

/** A place a question opens with, its level said: 吉林省, 某某市, 某某县, 某某区. */
const UNREAD_PLACE = /^(?!为啥|为什么|请问|怎么|如何|是否|那么|[那这哪该])(?:(?![各全本我该此这那哪比较的和与及在对从])\p{Script=Han}){2,3}?(?:省|自治区|市|县|区|州|旗)/u
/** Every held document's organisation, city and region, compacted: read once per corpus, not per question. */
const placeWordsOf = new WeakMap<Corpus, string[]>()
function heldPlaceWords(corpus: Corpus): string[] {
  let words = placeWordsOf.get(corpus)
  if (!words) placeWordsOf.set(corpus, (words = corpus.documents.flatMap((d) => [d.org, d.city ?? '', d.region ?? ''].map(compactText))))
  return words
}

/** The last character of a unit's or body's name (校, 院, 场, 局, 中心…): no place's bare name. */
const UNIT_TAIL = /[校院场站所局馆队园委办会厅处部社室心司团组]$/u
/** A body's short name right after a city's ("二院", "市一中", "公安局"): up to its unit word, within five characters. */
const BODY_AFTER_CITY = /^\p{Script=Han}{0,4}?[校院场站所局馆队园委办会厅处部社室心司团组]/u

/** A year or a part of one, right after the words that open a question (邢台上半年, 漠河2023年, 某县一季度). */
const TIME_AFTER_LEAD = /^(?:(?:19|20)?\d{2}年|[上下]半年|前三季度|第?[一二三四1-4]季度|(?:1|一)\s*[-—–~至到]\s*(?:\d{1,2}|[二三四五六七八九十]|十[一二])月)/u

/** Words before a level that name no place: 全省, 本市, 各县, 我区, 城区, 市区, 辖区… */
const NOT_PLACE = /^(?:[全本各我该此][省市县区州旗]|城区|市区|辖区|社区|园区|新区|景区|片区|街区|山区|牧区|矿区|库区|老区|城市|超市|都市|门市)/u

/** Words that end a body's own name (a school, a hospital, a bureau): a question's unread words ending so name a body. */
const UNREAD_BODY = /\p{Script=Han}{2,}(?:完全小学|小学|中学|学校|幼儿园|医院|卫生院|人民政府|办事处|管理局|监督局|事务局|服务中心|管理中心|管理所|管理站)$/u

/** Rule count-own-year: another year asked of a 决算, whose prose counts only its own year's events (a 预算's prose
 *  reports the year before's): such a target's counts are never read from that prose. */
export const otherYearOfFinal = (t: Target) => t.year !== t.doc.year && stageOf(t.doc.scope) === '决算'

export interface Scope {
  targets: Target[]
  /** organisations were named (or scoped by the request) */
  named: boolean
  /** a named organisation the corpus does not hold */
  unknownOrg?: string
  /** the whole year asked of reports of part of it only (rule part-year): what each covers, said as the answer */
  partYearOnly?: string[]
  /** named organisations whose documents lack the year asked */
  /** `stage`: every document held of the organisation is a 决算 (said so, not 预算) */
  missingYear?: { org: string; year: number; held: number[]; stage?: '决算' }[]
  notes: string[]
  /** the district matched but not the unit type asked (局 vs 中心) */
  typeFallback?: boolean
  /** a unit named by a short form that fits several held units of its place (rule unit-abbrev): which is asked back */
  shortForms?: { text: string; orgs: string[] }[]
  /** a change's baseline year ("比2024年") in the same organisation's own document of that year: read only when the asked year's document does not print it */
  baselines?: Target[]
}

const shortOrg = orgNames.withoutFormer
/** The targets whose document `has` what a note says of it, each document once (its first target). */
const eachDoc = (targets: Target[], has: (d: Target['doc']) => boolean) => targets.filter((x, i, all) => has(x.doc) && all.findIndex((y) => y.doc === x.doc) === i)

/** The whole year asked: 全年, 全年度, 一整年. */
const WHOLE_YEAR = /全年|一整年|年度合计/u

/** 上年/去年 as the baseline of a comparison (比上年, 较去年, 与上年相比), not the year asked */
const PRIOR_AS_BASELINE = /(?:比|较|与|和|跟|同)\s*(?:上一?年度?|去年)/

/** Organisation groups named by the frame, else the request's scope, else every organisation. */
function orgGroups(corpus: Corpus, frame: QuestionFrame, scopeOrg?: string): { groups: OrgScope[]; named: boolean } {
  if (frame.orgs.length) {
    const groups = placeOwnFirst(formsOnlyForProjects(frame.orgs.map((m) => docsOfMention(corpus, m)), frame), frame.orgs, frame)
    // rule project-page-by-title: a body no organisation held is, named as a project's place ("兴庆区滨河家园垃圾转运站
    // 项目"), the one page whose title names that project (six characters of it in one run)
    const project = groups.every((g) => !g.docs.length) ? pageAskedByTitle(projectPages(corpus), frame.text) : undefined
    return { groups: project ? [{ docs: [project] }] : groups, named: true }
  }
  if (scopeOrg) return { groups: [docsOfOrg(corpus, scopeOrg)], named: true }
  // rule unnamed-page-asked: a page naming no organisation is answered when the question points at it by its title
  // ("2022年三公经费预算安排情况那页…"), and otherwise never counted among the organisations
  // (a page its title's words point at, unless the question's words fit another unnamed page as well)
  const pages = unnamedPages(corpus)
  const byTitle = pageAskedByTitle(pages, frame.text)
  const byWords = pagesFitByWords(pages, frame.text)
  const page = byTitle ? (byWords.some((d) => d !== byTitle) ? undefined : byTitle) : byWords.length === 1 ? byWords[0] : undefined
  if (page) return { groups: [{ docs: [page] }], named: true }
  return { groups: everyOrg(corpus), named: false }
}

const everyOrgOf = new WeakMap<Corpus, readonly OrgScope[]>()
/**
 * Every organisation's documents (its 原 name with it, in corpus order), one group per organisation as latestPerOrg
 * keys them, in the order each is first held: a property of the corpus, made once per corpus (10,000 documents of
 * 2,500 organisations grouped again on every question naming none cost ~20 ms). Read only: a question splits the
 * groups into new arrays.
 */
export function everyOrg(corpus: Corpus): OrgScope[] {
  let groups = everyOrgOf.get(corpus)
  if (!groups) {
    // one pass: the documents of each name without 原, and the latest document of each organisation (as latestPerOrg
    // keeps it), pages naming no organisation left out
    const byOrg = new Map<string, BudgetDocument[]>()
    const latest = new Map<string, BudgetDocument>()
    for (const d of corpus.documents) {
      if (isUnnamedPage(d)) continue
      const short = shortOrg(d.org)
      const list = byOrg.get(short)
      if (list) list.push(d)
      else byOrg.set(short, [d])
      const k = orgLatestKey(d.org)
      const cur = latest.get(k)
      if (!cur || d.year > cur.year) latest.set(k, d)
    }
    groups = Object.freeze([...latest.values()].map((d) => Object.freeze({ docs: byOrg.get(shortOrg(d.org))! })))
    everyOrgOf.set(corpus, groups)
  }
  return groups as OrgScope[]
}

const projectPagesOf = new WeakMap<Corpus, readonly BudgetDocument[]>()
/** The corpus's pages whose title names a project (…提升改造项目绩效自评报告): found once per corpus. */
function projectPages(corpus: Corpus): readonly BudgetDocument[] {
  let pages = projectPagesOf.get(corpus)
  if (!pages) projectPagesOf.set(corpus, (pages = Object.freeze(corpus.documents.filter((d) => /项目/u.test(d.title ?? '')))))
  return pages
}

/** A title's words are all its own: no word is left out of its character pairs. */
const NO_NOISE = /(?!)/gu

/** Fewest characters of a page's title a question must repeat in one run (years, quotes and marks left out). */
const TITLE_RUN = 6

/** A title's or a question's words as compared: Traditional folded, years and quote marks out. */
const bareTitle = (s: string) => foldMeaning(compactText(s)).replace(/(?:19|20)?\d{2}年度?/g, '，').replace(/[“”"'‘’《》()（）]/g, '')

const unnamedOf = new WeakMap<Corpus, readonly BudgetDocument[]>()
/** The corpus's pages naming no organisation: found once per corpus, not on every question naming none. */
function unnamedPages(corpus: Corpus): readonly BudgetDocument[] {
  let pages = unnamedOf.get(corpus)
  if (!pages) unnamedOf.set(corpus, (pages = Object.freeze(corpus.documents.filter(isUnnamedPage))))
  return pages
}

/** The one unnamed page whose title the question repeats (a run of six characters or more), if exactly one. */
function pageAskedByTitle(pages: readonly BudgetDocument[], text: string): BudgetDocument | undefined {
  if (!pages.length) return undefined
  const q = bareTitle(text)
  const hits = pages.filter((d) => {
    const t = bareTitle(unnamedTitle(d))
    for (let i = 0; i + TITLE_RUN <= t.length; i++) if (q.includes(t.slice(i, i + TITLE_RUN))) return true
    // …or most of its words, reworded ("三公预算安排情况" of "三公经费预算安排情况"): two in five of its character pairs, three at least
    const pairs = questionPairs(t, [], NO_NOISE)
    const shared = pairs.filter((x) => q.includes(x)).length
    return shared >= 3 && shared * 5 >= pairs.length * 2
  })
  return hits.length === 1 ? hits[0] : undefined
}

/** A question pointing at a page it does not name: 这个镇, 那份材料, 这家单位, 该部门, 这页. */
const DEICTIC = /(?:这|那|该|此|本)(?:个|份|家|页|篇|些)?(?:镇|乡|街道|部门|单位|页|材料|文件|报告|情况|表)|照这份|这份|那份/u

/**
 * Rule `unnamed-page-by-words`: a question naming no organisation, whose words are those of exactly one unnamed page's
 * title ("镇里上半年…" of 《2024年上半年预算执行情况》, "这个部门三公经费安排了多少" of 《“三公”经费安排情况》): that
 * page, under its label. Two of the title's character pairs, or one beside words pointing at a page (这个镇, 那份);
 * only when one page alone fits so. A question naming an organisation never reaches here.
 */
function pagesFitByWords(pages: readonly BudgetDocument[], text: string): BudgetDocument[] {
  if (!pages.length) return []
  const q = bareTitle(text)
  const need = DEICTIC.test(text) ? 1 : 2
  const scored = pages.map((d) => ({ d, n: questionPairs(bareTitle(unnamedTitle(d)), [], NO_NOISE).filter((x) => !/^(?:情况|说明|公开)$/u.test(x) && q.includes(x)).length }))
  // (two pages the words fit, "镇里上半年三公经费" of a town's report and a 三公 page: neither is asked)
  return scored.filter((x) => x.n >= need).map((x) => x.d)
}

/**
 * Rule relative-to-newest: 去年/前年 are counted from today only while the organisation's newest document is of today's
 * year; when it is older (a 2025 budget read in 2026), its readers' 去年 is the year before that document's (its 上年
 * column, the 执行 its report gives), as 今年 already falls back to it, so 今年 and 去年 never name one year. A 决算 is
 * published the year after its own: its readers' 去年 is its own year. Said so.
 */
/** The year a document's readers read it in: a 决算 is published the year after its own. */
const publishedYear = (doc: BudgetDocument) => (stageOf(doc.scope) === '决算' ? doc.year + 1 : doc.year)

function relativeToNewest(year: number | undefined, orgDocs: readonly BudgetDocument[], frame: QuestionFrame, notes: string[]): number | undefined {
  const delta = frame.relativeYear
  if (year === undefined || delta === undefined || delta >= 0 || !orgDocs.length) return year
  const now = year - delta
  const latest = orgDocs.reduce((a, b) => (b.year > a.year ? b : a))
  const published = publishedYear(latest)
  if (published >= now) return year
  const own = published + delta
  const word = delta === -1 ? '去年' : '前年'
  if (own !== year) notes.push(`按今天算“${word}”是${year}年；所收录${shortOrg(latest.org)}最新的是${latest.year}年${stageOf(latest.scope)}文件，以下按该文件的“${word}”（${own}年）回答`)
  return own
}

/** Documents and years a question is about; says when a year is not held and when the latest year was assumed. */
export function resolveScope(corpus: Corpus, frame: QuestionFrame, scopeOrg?: string, vocabulary: Vocabulary = defaultVocabulary): Scope {
  const { groups, named } = orgGroups(corpus, frame, scopeOrg)
  const notes: string[] = []
  const unknown = groups.find((g) => g.unknown)?.unknown
  if (named && groups.every((g) => !g.docs.length)) return { targets: [], named, unknownOrg: unknown ?? frame.orgs[0]?.text, notes }
  const typeFallback = groups.some((g) => g.typeFallback)
  if (typeFallback) notes.push('所问单位类型（局/事务中心）与所收录文件不同，以下按该区所收录的文件回答')
  const targets: Target[] = []
  const baselines: Target[] = []
  const missingYear: NonNullable<Scope['missingYear']> = []
  // rule org-own-year: each organisation named with its own year is read in that year
  const ownYears = named && groups.length === frame.orgs.length ? orgOwnYears(frame) : undefined
  // …or some in clauses of their own, the others in their latest year
  const clauseYears = named && !ownYears && groups.length === frame.orgs.length ? orgYearsInClauses(frame) : undefined
  const asked = scopesAsked(frame.text)
  const shortForms: NonNullable<Scope['shortForms']> = []
  const kind = kindAsked(frame.text)
  for (const [gi, g] of groups.entries()) {
    const groupYear = clauseYears ? clauseYears[gi] : ownYears?.[gi] ?? frame.years[0]
    const from = targets.length
    const missingFrom = missingYear.length
    for (const orgDocs of splitByOrg(g.docs).map((docs) => kindFirst(docs, kind))) {
      const year = clauseYears || ownYears ? groupYear : relativeToNewest(groupYear, orgDocs, frame, notes)
      if (year === undefined) {
        const newest = Math.max(...orgDocs.map((d) => d.year))
        const latest = docsForYear(orgDocs.filter((d) => d.year === newest), asked)[0]
        // "去年的…是多少" reads last year; "比去年增加多少", "为什么比上年增加" are this year against last
        const back = frame.priorRelative && frame.op !== 'change' && frame.op !== 'growth' && !PRIOR_AS_BASELINE.test(frame.text)
        targets.push({ doc: latest, year: back ? latest.year - 1 : latest.year })
        continue
      }
      // "截至2024年8月31日…有多少辆车": a point in time, reported by the document of the year after it
      const asOf = frame.op === 'count' && new RegExp(`截[至止]${year}年`).test(frame.text) && orgDocs.find((d) => d.year === year + 1)
      if (asOf) { targets.push({ doc: asOf, year: asOf.year }); continue }
      const sameYear = docsForYear(orgDocs.filter((d) => d.year === year), asked)
      const exact = sameYear[0]
      // a prior-year column holds last year's figures, never last year's performance targets
      const prior = frame.op === 'target' ? undefined : orgDocs.find((d) => yearsHeld(d).includes(year))
      // prose facts of a year-end ("2022年年末实有…") are reported in the next year's document
      const next = orgDocs.find((d) => d.year === year + 1)
      const latest = orgDocs.reduce((a, b) => (b.year > a.year ? b : a))
      if (exact ?? prior) {
        const kinds = orgDocs.filter((d) => d.year === year).length > 1
        if (exact) targets.push(...sameYear.map((doc) => ({ doc, year, ...(kinds ? { kind: doc.scope } : {}) })))
        else targets.push({ doc: prior!, year })
        // "比上年/比2024年": the organisation's own document of that year is where its figure is printed, when held
        const base = frame.baseYear ?? year - 1
        const baseDoc = (frame.op === 'change' || frame.op === 'growth') && exact && base !== year ? orgDocs.find((d) => d.year === base && d !== exact) : undefined
        if (baseDoc) baselines.push({ doc: baseDoc, year: base })
      }
      // (a budget reports the year before: its stock at the year's end, 实有人数, and its 接待批次; never a 决算, whose
      // counts are its own year's)
      else if (next && frame.op === 'count' && stageOf(next.scope) === '预算') targets.push({ doc: next, year: next.year })
      else if (next && !frame.yearInherited && frame.op !== 'target' && !(frame.op === 'count' && FLOW_COUNT.test(frame.text) && stageOf(next.scope) === '决算')) {
        targets.push({ doc: next, year, viaNext: true })
        notes.push(`未收录${shortOrg(next.org)}${year}年的${stageOf(next.scope)}文件，以下依据其${next.year}年${stageOf(next.scope)}文件的文字说明`)
      }
      else if (frame.yearInherited || frame.relativeYear === 0) {
        targets.push({ doc: latest, year: latest.year })
        notes.push(`${shortOrg(latest.org)}没有${year}年的预算，按所收录的${latest.year}年回答`)
      } else if (frame.relativeYear !== undefined && frame.relativeYear < 0 && latest.year + frame.relativeYear < year) {
        // rule relative-to-document: 去年/前年 counted from today is not held; the newest document's own 去年 is (a 2024
        // report's 去年 is 2023, as its readers say it), said so
        // (a 决算 is published the year after its own: its readers' 去年 is its own year)
        const own = publishedYear(latest) + frame.relativeYear
        targets.push({ doc: latest, year: own, ...(own < latest.year ? { viaNext: true } : {}) })
        notes.push(`按今天算“${frame.relativeYear === -1 ? '去年' : '前年'}”是${year}年，未收录；以下按所收录的${latest.year}年文件的“${frame.relativeYear === -1 ? '去年' : '前年'}”（${own}年）回答`)
      } else missingYear.push({ org: shortOrg(orgDocs[0].org), year, held: yearsOf(orgDocs), ...(orgDocs.every((d) => stageOf(d.scope) === '决算') ? { stage: '决算' as const } : {}) })
    }
    if (g.abbreviated) shortForms.push(...shortFormFits(frame.orgs[gi]?.text ?? '', targets, from, missingYear, missingFrom, notes))
  }
  // one document reached by two names (a department and the form filed for it, the form's own unit): answered once
  const seen = new Set<string>()
  targets.splice(0, targets.length, ...targets.filter((t) => { const k = `${t.doc.id}|${t.year}`; return !seen.has(k) && !!seen.add(k) }))
  // no organisation named: documents that hold the year answer; the next year's prose is only a fallback when none does
  if ((!named || frame.orgs.every((o) => o.cityOnly)) && targets.some((t) => !t.viaNext) && targets.some((t) => t.viaNext)) {
    const via = new Set(targets.filter((t) => t.viaNext).map((t) => shortOrg(t.doc.org)))
    targets.splice(0, targets.length, ...targets.filter((t) => !t.viaNext))
    notes.splice(0, notes.length, ...notes.filter((n) => !startsWithOneOf(n, '未收录', via)))
  }
  // no organisation read, but words naming one no document is of ("某庄完全小学…"): that unit is not held, never the one
  // document that happens to hold the subject (rule unread-body)
  // (…unless a held organisation's name holds its words in order: 高崖卫生院 of 高崖乡卫生院, read by other rules)
  if (!named && frame.unknown && UNREAD_BODY.test(frame.unknown) && !corpus.documents.some((d) => inOrder(compactText(frame.unknown!), compactText(d.org)))) return { targets: [], named: true, unknownOrg: frame.unknown, notes }
  // …nor a place the question opens with that no held document is of ("吉林省普通小学生均…", rule unread-place)
  const text = compactText(frame.text)
  const place = !named && !frame.orgs.length ? UNREAD_PLACE.exec(text)?.[0] : undefined
  if (place && !NOT_PLACE.test(place) && !heldPlaceWords(corpus).some((w) => w.includes(place.replace(/(?:省|自治区|市|县|区|州|旗)$/u, '')))) return { targets: [], named: true, unknownOrg: place, notes }
  // …nor words no term reads opening the question right before its year or part of a year ("邢台上半年…", "漠河2023年…"):
  // a place or body named as the question's own, that no held document is of (rule unread-lead): never another's figure
  // (a place's bare name, 2–4 characters with no unit's word at its end: a unit's short name, "苕峰林场", "一商校", is read by
  // the unit rules; nor any whose characters a held organisation's name holds in order, "高崖卫生院" of 高崖乡卫生院)
  // (…the opening words also when a longer unread run elsewhere is the frame's `unknown`: "湖口23年一般公共预算收入…")
  // (a place's account word closing them, 宁夏本级, is no part of the place's name)
  const opening = (frame.leadUnknown ?? frame.unknown)?.replace(/(?:本级|[省市区县州旗]级)$/u, '')
  const lead = !named && !frame.orgs.length && opening && /^\p{Script=Han}{2,4}$/u.test(opening) && !UNIT_TAIL.test(opening) && text.startsWith(opening) && TIME_AFTER_LEAD.test(text.slice(opening.length)) ? opening : undefined
  if (lead && !heldPlaceWords(corpus).some((w) => inOrder(lead, w))) return { targets: [], named: true, unknownOrg: lead, notes }
  // …nor a city said by its bare name, opening the question's unread words, that no held document is of ("连云港二院物业
  // 管理服务…", "连云港公安…": rule unread-city): named with the body its words go on to, when they name one
  const city = !named && !frame.orgs.length && frame.unknown && text.startsWith(frame.unknown) ? prefectureAtStart(frame.unknown) : undefined
  if (city && !heldPlaceWords(corpus).some((w) => w.includes(city))) return { targets: [], named: true, unknownOrg: city + (BODY_AFTER_CITY.exec(frame.unknown!.slice(city.length))?.[0] ?? ''), notes }
  // no organisation named: a row only one of them prints is that one's
  if (!named) {
    // 全旗/旗本级 asked, no place named at all: that level's government only, never a department printing the subject
    // (rule level-asked)
    const level = frame.orgs.length ? undefined : levelTargets(frame.text, targets)
    if (level?.unheld) return { targets: [], named: true, unknownOrg: level.unheld, notes }
    if (level) targets.splice(0, targets.length, ...level.targets)
    const finals = finalTargets(frame.text, targets)
    if (finals.length < targets.length) targets.splice(0, targets.length, ...finals)
    const row = uniqueHolder(vocabulary, frame, targets)
    // a thing only one document's prose names (a hall, a programme): that document (rule unique-prose-holder)
    // (or subjects only one document mentions at all, rule unique-mention)
    const prose = row.note ? row : uniqueProseHolder(frame, targets)
    const only = prose.note ? prose : uniqueMention(vocabulary, frame, targets)
    if (only.note) {
      const kept = new Set(only.targets)
      const dropped = new Set(targets.filter((t) => !kept.has(t)).map((t) => shortOrg(t.doc.org)))
      targets.splice(0, targets.length, ...only.targets)
      notes.splice(0, notes.length, ...notes.filter((n) => !containsOneOf(n, dropped)), only.note)
    }
  }
  // a widget's one document has one year, said in the answer itself: no note on every answer
  const oneYearScope = !!scopeOrg && !frame.orgs.length && new Set(groups.flatMap((g) => g.docs.map((d) => d.year))).size <= 1
  if (frame.years[0] === undefined && targets.length && !oneYearScope && !['define', 'list'].includes(frame.op)) {
    const ys = [...new Set(targets.map((t) => t.doc.year))].sort()
    notes.push(`未指定年份，按所收录的最新年度（${ys.join('、')}年）回答`)
  }
  // rule relative-pair: 今年 and 去年 read as the newest held year and the one before, said so
  if (frame.relativeShift !== undefined && frame.years.length) notes.push(`按今天算“今年”是${frame.relativeShift}年，未收录；以下按所收录的${frame.years[0]}年文件读作今年、${frame.years[0] - 1}年读作去年`)
  // rule year-from-date: a document whose year was read from its date says so in every answer from it
  for (const t of eachDoc(targets, (d) => !!d.yearFromDate)) {
    notes.push(`${t.doc.org}的文件没有写明年份，按其发布日期（${t.doc.yearFromDate}）读作${t.doc.year}年`)
  }
  // rule part-year: a report of part of a year says so in every answer from it, and answers nothing asked of the
  // whole year ("全年财政总收入"): its figures are the part's
  if (WHOLE_YEAR.test(frame.text) && targets.some((t) => t.doc.period)) {
    const parts = eachDoc(targets, (d) => !!d.period).map((t) => `${shortOrg(t.doc.org)}的文件只报告了${t.doc.year}年${t.doc.period}的数字，没有全年数`)
    targets.splice(0, targets.length, ...targets.filter((t) => !t.doc.period))
    if (!targets.length) return { targets, named: true, notes, partYearOnly: parts }
    notes.push(...parts)
  }
  for (const t of eachDoc(targets, (d) => !!d.period)) {
    notes.push(`${t.doc.org}的文件报告的是${t.doc.year}年${t.doc.period}的数字，不是全年数`)
  }
  // rule stage-by-words: a document whose stage was read from its words says so in every answer from it
  for (const t of eachDoc(targets, (d) => !!d.stageFromWords)) {
    notes.push(`${t.doc.org}的文件没有写明是预算还是决算，按其用词读作${stageOf(t.doc.scope)}`)
  }
  // rule unheld-beside-held: an organisation asked beside held ones that nothing held answers to is said not held,
  // never left out in silence
  const unheld = named && frame.orgs.length && targets.length && frame.unknown && orgLike(frame.unknown) ? frame.unknown : undefined
  // (a short form of a target's own name, 重大项目中心 of 某县重大项目推进协调服务中心, is that organisation, held)
  if (unheld && !targets.some((t) => compactText(t.doc.org).includes(compactText(unheld)) || abbreviatesUnit(compactText(unheld), orgCore(compactText(t.doc.org))))) notes.push(`没有收录“${unheld}”的文件，只回答了所收录的单位`)
  return { targets, named, missingYear: missingYear.length ? missingYear : undefined, notes, unknownOrg: unknown, typeFallback, ...(baselines.length ? { baselines } : {}), ...(shortForms.length ? { shortForms } : {}) }
}

/**
 * Rule unit-abbrev: the units a short form fits, of those holding the year asked. One holding it is the unit meant
 * (the others were never asked about: their targets and notes go); several are asked back, never picked.
 */
function shortFormFits(text: string, targets: Target[], from: number, missingYear: NonNullable<Scope['missingYear']>, missingFrom: number, notes: string[]): NonNullable<Scope['shortForms']> {
  const mine = targets.slice(from)
  const holding = [...new Set(mine.filter((t) => !t.viaNext).map((t) => t.doc.org))]
  const all = [...new Set(mine.map((t) => t.doc.org))]
  if (holding.length !== 1) return all.length > 1 ? [{ text, orgs: all }] : []
  const others = all.filter((o) => o !== holding[0]).map(shortOrg)
  targets.splice(from, mine.length, ...mine.filter((t) => t.doc.org === holding[0]))
  missingYear.splice(missingFrom)
  notes.splice(0, notes.length, ...notes.filter((n) => !others.some((o) => n.includes(o))))
  return []
}

/** Documents by organisation (its 原 name with its own), in the order met; a city's catalog is 10,000 of them. */
function splitByOrg(docs: BudgetDocument[]): BudgetDocument[][] {
  const by = new Map<string, BudgetDocument[]>()
  for (const d of docs) {
    const key = shortOrg(d.org)
    const list = by.get(key)
    if (list) list.push(d)
    else by.set(key, [d])
  }
  return [...by.values()]
}

/** The years an organisation's documents hold, each once, sorted as text (as Array.prototype.sort orders them). */
function yearsOf(docs: BudgetDocument[]): number[] {
  const years: number[] = []
  for (const d of docs) if (!years.includes(d.year)) years.push(d.year)
  return years.sort()
}
