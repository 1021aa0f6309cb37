import type { BudgetDocument, Corpus } from '../../schema.js'
import { aliasTable, type AliasEntry } from './org-alias.js'
import { docOrgInfo, type DocOrgInfo } from './org-match.js'
import { rowYear } from '../../parse/row-year.js'
import { abbreviatesUnit } from './unit-abbrev.js'
import { deptOf, findOrgMentions, mentionText, type OrgMention } from './org-mention.js'
import { isUnnamedPage } from '../../corpus/unnamed-page.js'
import { PROVINCE } from '../../parse/province-qualifier.js'

export interface OrgScope {
  docs: BudgetDocument[]
  /** the mention could not be matched to any held organisation */
  unknown?: string
  /** matched by district only: the unit type asked for (局 / 中心) is not held there */
  typeFallback?: boolean
  /** documents found only as forms filed for the organisation (its 主管部门's name on a 绩效自评 form) */
  viaForm?: BudgetDocument[]
  /** the unit was named by a short form (rule unit-abbrev): when it fits several held units, none is picked */
  abbreviated?: boolean
}

interface OrgIndex {
  infos: DocOrgInfo[]
  stems: string[]
  aliases: AliasEntry[]
  /** cities of the held documents ("某某市"): a city named alone is read as the organisation whatever follows it */
  cities: ReadonlySet<string>
  /** positions in `infos` by organisation name (without 原) and by district stem: a mention never scans the catalog */
  byOrg: Map<string, number[]>
  byStem: Map<string, number[]>
  /** mentionText of each document's organisation, for the substring fallback of docsOfOrg (read when first asked) */
  readonly mentions: string[]
}

const cache = new WeakMap<Corpus, OrgIndex>()
/** alias tables computed elsewhere (at ingest, for exactly these documents in this order) */
const primedAliases = new WeakMap<Corpus, AliasEntry[]>()

/**
 * Take the alias table of a corpus from where it was computed before (a catalog snapshot written at ingest): it
 * must be `aliasTable(corpus.documents)` of this build's rules, for these documents in this order.
 */
export function primeOrgAliases(corpus: Corpus, aliases: AliasEntry[]): void {
  if (!cache.has(corpus)) primedAliases.set(corpus, aliases)
}

const push = (m: Map<string, number[]>, k: string, i: number) => {
  const list = m.get(k)
  if (list) list.push(i)
  else m.set(k, [i])
}

/** The organisation index of a corpus if it was built already (never builds it). */
export const builtOrgIndex = (corpus: Corpus): OrgIndex | undefined => cache.get(corpus)

/** District stems, parsed organisation names and lookups by name and stem of the corpus, computed once. */
export function orgIndex(corpus: Corpus): OrgIndex {
  let v = cache.get(corpus)
  if (!v) {
    // one pass over the catalog (10,000 documents on a city's first question): no intermediate arrays
    const docs = corpus.documents
    const infos: DocOrgInfo[] = new Array(docs.length)
    const byOrg = new Map<string, number[]>()
    const byStem = new Map<string, number[]>()
    const cities = new Set<string>()
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]
      const info = (infos[i] = docOrgInfo(doc))
      push(byOrg, doc.org.startsWith('原') ? doc.org.slice(1) : doc.org, i)
      if (info.parts.stem) push(byStem, info.parts.stem, i)
      if (info.parts.city) cities.add(info.parts.city)
      if (doc.city) cities.add(doc.city)
    }
    // the district stems held, in the order first held
    const stems = [...byStem.keys()]
    let mentions: string[] | undefined
    const aliases = primedAliases.get(corpus) ?? aliasTable(corpus.documents)
    v = {
      infos, stems, cities, aliases, byOrg, byStem,
      // a catalog of thousands of names is normalised only when a name not found by its parts is looked up
      get mentions() {
        return (mentions ??= corpus.documents.map((d) => mentionText(d.org)))
      },
    }
    cache.set(corpus, v)
  }
  return v
}

/** The infos at these positions, in corpus order (as a filter over the corpus would give them). */
const atPositions = (infos: DocOrgInfo[], positions: number[][]) =>
  (positions.length === 1 ? positions[0] : [...new Set(positions.flat())].sort((a, b) => a - b)).map((i) => infos[i])

/**
 * Documents of one mentioned organisation, with the project forms filed for it (rule form-speaks-for): a 绩效自评 form
 * held under its 实施单位 that names the mentioned organisation as its 主管部门 is found by that name too, marked
 * `viaForm` so the planner lets it answer only of its project.
 */
export function docsOfMention(corpus: Corpus, m: OrgMention): OrgScope {
  const own = ownDocsOfMention(corpus, m)
  const names = new Set([mentionText(m.text), ...own.docs.map((d) => mentionText(d.org.replace(/^原/, '')))])
  const forms = corpus.documents.filter((d) => !own.docs.includes(d) && d.speaksFor?.some((o) => names.has(mentionText(o))))
  if (!forms.length) return own
  // `unknown` stays: it is said only when no document is left to answer (a question the forms may not answer)
  return { ...own, docs: [...own.docs, ...forms], viaForm: forms }
}

const TOWNSHIP_END = /(?:镇|乡|街道|苏木)$/u
/** A department word that is the place's government itself (某区政府, 某县人民政府): the place's own account answers it. */
const GOVERNMENT = /^(?:人民)?政府$/u
/** The place's finance bureau (某省财政厅, 某县财政局): the body that reports the place's own account (its 财政预算/决算). */
const FINANCE = /^财政(?:局|厅|所)?$/u

/** Documents held under the mentioned organisation's own name: by district, then by city-level body, then by unit type alone. */
function ownDocsOfMention(corpus: Corpus, m: OrgMention): OrgScope {
  const { infos, byOrg, byStem } = orgIndex(corpus)
  let pool: DocOrgInfo[]
  // a derived form of one held organisation's name: that organisation, whatever its unit words look like
  if (m.orgs?.length) return { docs: atPositions(infos, m.orgs.map((o) => byOrg.get(o) ?? [])).map((i) => i.doc) }
  if (m.level === 'national') return { docs: [], unknown: m.text }
  if (m.level === 'province') {
    // "省交通厅", "教育厅": a province's own department, of whichever province is held (never a city's or county's)
    pool = infos.filter((i) => !i.parts.stem && !i.parts.city && PROVINCE.test(i.doc.org.replace(/^原/u, '')))
    if (!pool.length) return { docs: [], unknown: m.text }
  } else if (m.level) {
    // "市财政局": a city-level body; "区医保局": a district-level one, of whichever district
    pool = infos.filter((i) => (m.level === 'city' ? !i.parts.stem : !!i.parts.stem))
  } else if (m.stem) {
    // a township named without its county ("中畈乡"), held under the county's name (弋阳县中畈乡政府): its documents
    if (!m.known) {
      const town = TOWNSHIP_END.test(m.text) ? infos.filter((i) => mentionText(i.doc.org).includes(mentionText(m.text))) : []
      return town.length ? { docs: town.map((i) => i.doc) } : { docs: [], unknown: m.text }
    }
    pool = atPositions(infos, [byStem.get(m.stem) ?? []])
  } else if (m.cityOnly) {
    pool = infos.filter((i) => i.parts.city === m.city || i.doc.city === m.city)
    if (!pool.length) return { docs: [], unknown: m.text }
  } else if (m.city) {
    pool = infos.filter((i) => !i.parts.stem && i.parts.city === m.city)
    if (!pool.length) return { docs: [], unknown: m.text }
  } else {
    pool = infos
  }
  if (m.dept) {
    // a named department (教育局, 卫生健康委员会) must be the document's own, not just the same district
    const dept = m.dept
    // (a place held as its own account, 某区 or 某县本级, has no department words: it names no department)
    // (…unless the department asked is the place's government itself: 某区政府 of the place's own account)
    const own = (i: DocOrgInfo) => deptOf(i.parts.core)
    const depts = pool.filter((i) => own(i).length > 0 && (own(i).includes(dept) || dept.includes(own(i))))
    // (…or its finance bureau, of the place's 财政预算/财政决算 it reports: "某省财政厅1—7月…")
    const reported = !depts.length && FINANCE.test(dept) ? pool.filter((i) => i.doc.scope.startsWith('财政')) : []
    if (reported.length) return { docs: reported.map((i) => i.doc) }
    const named = depts.length || !GOVERNMENT.test(dept) ? depts : pool.filter((i) => own(i) === '')
    if (!named.length) return shortFormOf(pool, m)
    pool = named
  }
  if (m.type) {
    const typed = pool.filter((i) => i.parts.type === m.type)
    if (typed.length) return { docs: typed.map((i) => i.doc) }
    // only the same department under another unit type (医保局 for 医疗保障事务中心): a 统计普查中心 is not its 统计局
    const sameDept = m.dept ? pool.filter((i) => deptOf(i.parts.core) === m.dept) : pool
    // (a unit said by the tail of its own words, its leading modifier dropped: 监测站 of 生态环境监测(中心)站, the one
    // such unit of the place)
    const tail = m.type === 'other' && m.dept && m.dept.length >= 3 ? pool.filter((i) => deptOf(i.parts.core).endsWith(m.dept!)) : []
    if (!sameDept.length && tail.length === 1) return { docs: tail.map((i) => i.doc) }
    if (!m.stem || !sameDept.length) return { docs: [], unknown: m.text }
    return { docs: sameDept.map((i) => i.doc), typeFallback: true }
  }
  return { docs: pool.map((i) => i.doc) }
}

/**
 * Rule unit-abbrev: a unit of a named place no held name fits ("湛江市质监局"), read as a short form of the names held
 * for that place (the pool is already that place's). Every unit it fits is returned, marked, so the planner asks
 * which one is meant when there are several.
 */
function shortFormOf(pool: DocOrgInfo[], m: OrgMention): OrgScope {
  const unit = m.unit
  if (!unit || !(m.stem || m.city || m.bare) || m.level) return { docs: [], unknown: m.text }
  const fits = pool.filter((i) => abbreviatesUnit(unit, i.parts.core))
  return fits.length ? { docs: fits.map((i) => i.doc), abbreviated: true } : { docs: [], unknown: m.text }
}

/** Documents an organisation string (a tool argument or the widget's scope) refers to; undefined org = all. */
export function docsOfOrg(corpus: Corpus, org?: string): OrgScope {
  if (!org?.trim()) return { docs: corpus.documents }
  const { stems, aliases, cities } = orgIndex(corpus)
  const mentions = findOrgMentions(org, stems, aliases, cities)
  if (mentions.length) {
    const scopes = mentions.map((m) => docsOfMention(corpus, m))
    const docs = [...new Set(scopes.flatMap((s) => s.docs))]
    return { docs, unknown: docs.length ? undefined : scopes.find((s) => s.unknown)?.unknown, typeFallback: scopes.some((s) => s.typeFallback) }
  }
  const key = mentionText(org)
  const held = orgIndex(corpus).mentions
  const docs = corpus.documents.filter((_, i) => held[i].includes(key))
  return docs.length ? { docs } : { docs: [], unknown: org }
}

/** Narrow documents to a year: documents of that year, else documents holding it as a prior-year column. */
export function docsOfYear(docs: BudgetDocument[], year?: number): { docs: BudgetDocument[]; prior: boolean } {
  if (year === undefined) return { docs, prior: false }
  const same = docs.filter((d) => d.year === year)
  if (same.length) return { docs: same, prior: false }
  // a prior-year column, or a row labelled by that year (三公 tables with one row per year)
  const prior = docs.filter((d) => d.tables.some((t) => t.year === year || t.columns.some((c) => c.year === year) || t.rows.some((r) => rowYear(r) === year)))
  return { docs: prior, prior: true }
}

/**
 * The latest document of each organisation. A page naming no organisation (rule unnamed-page-asked) is no
 * organisation among others: kept only when nothing else is asked of.
 */
/** The key one organisation's documents share across its years and its 原 name (latestPerOrg keeps one per key). */
export const orgLatestKey = (org: string) => mentionText(org).replace(/^原/, '')

export function latestPerOrg(docs: BudgetDocument[]): BudgetDocument[] {
  const by = new Map<string, BudgetDocument>()
  const named = docs.filter((d) => !isUnnamedPage(d))
  for (const d of named.length ? named : docs) {
    const k = orgLatestKey(d.org)
    const cur = by.get(k)
    if (!cur || d.year > cur.year) by.set(k, d)
  }
  return [...by.values()]
}
