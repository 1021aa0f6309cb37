import type { BudgetDocument } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { sentencesOf } from './prose.js'
import { foldMeaning } from '../../read/meaning-view.js'

/**
 * A place's 财政预算/决算 report states two accounts of one place: the whole place (全区, 全县, 全市: its own level and
 * the levels below) and its own level (区本级, 县本级, 市本级). `own` is the 本级, `whole` the place.
 */
export type PlaceAccount = 'own' | 'whole'
/** A figure's account: one of those asked, or `below`, the levels under the place taken together (a 盟's 旗级, a 市's
 *  县区级), which answers neither the place's 本级 nor the whole place. */
export type FigureAccount = PlaceAccount | 'below'

const LEVELS = '省市区县州旗盟'
/** "区本级", "龙湾区本级", "县本级": a place's own level (a unit's 本级, "局本级", "镇政府本级", is not a place's account) */
const OWN = new RegExp(`[${LEVELS}]本级`, 'gu')
/** in a place's own report 本级 alone ("一、本级支出决算说明") is its own level too */
const OWN_IN_REPORT = new RegExp(`[${LEVELS}]?本级`, 'gu')
/** "全区", "全县", "全市": the whole place, when an account's words follow it ("全县一般公共预算收入", "全区(含某园区,下同)
 *  完成…收入", "全市财政总收入"); "为全县经济社会持续发展提供…支撑", "服务全县经济建设" speak of the place, not of an account */
const WHOLE_ANY = new RegExp(`全[${LEVELS}]`, 'gu')
// (a ranking within the place is no account of it: "增幅位居全市第7位")
const WHOLE = new RegExp(`全[${LEVELS}](?!第|前列|首位|前[一二三四五六七八九十\\d])(?=(?:[（(][^）)]{0,40}[)）])?[^。，,；;：:]{0,10}?(?:收入|支出|财政|预算|决算|资金|经费|债|税|财力|\\d))`, 'gu')

const isPlaceAccount = (a: FigureAccount): a is PlaceAccount => a !== 'below'

export interface AccountWord { account: FigureAccount; word: string; at: number }

/** The rank of a place's level: a prefecture (市, 盟, 州, 地区) above a county (区, 县, 旗) above a township. */
const RANK: Record<string, number> = { 省: 0, 自治区: 0, 市: 1, 盟: 1, 州: 1, 地区: 1, 区: 2, 县: 2, 旗: 2, 乡: 3, 镇: 3, 街道: 3, 乡镇: 3 }
/** "旗级", "县区级", "乡镇级": the levels under a place spoken of together ("旗级一般公共预算收入累计完成…"). */
const LEVELS_OF = /(?<levels>(?:旗|县|区|市|乡|镇|街道)+)级(?!以上|以下|部门|单位|预算单位|财政)/gu
/** The level a place's own report is of: its name's last level word (阿拉善盟, 某区本级). */
export const placeLevelOf = (org: string): string | undefined => /(地区|市|盟|州|区|县|旗)(?:本级)?$/u.exec(org)?.[1]

/** Every account word in a text, in order; `inReport`: a place's own report, where 本级 alone is its own level;
 *  `level`: that place's level, under which a level word with 级 (旗级 in a 盟's report) is the levels below. */
export function accountWords(text: string, inReport = false, anyWhole = false, level?: string): AccountWord[] {
  const t = compactText(foldMeaning(text))
  const own = [...t.matchAll(inReport ? OWN_IN_REPORT : OWN)].map((m) => ({ account: 'own' as const, word: m[0], at: m.index! }))
  const whole = [...t.matchAll(anyWhole ? WHOLE_ANY : WHOLE)].map((m) => ({ account: 'whole' as const, word: m[0], at: m.index! }))
  const rank = level ? RANK[level] : undefined
  const below = rank === undefined ? [] : [...t.matchAll(LEVELS_OF)]
    .filter((m) => [...m.groups!.levels].every((c) => (RANK[c] ?? 0) > rank))
    .map((m) => ({ account: 'below' as const, word: m[0], at: m.index! }))
  return [...own, ...whole, ...below].sort((a, b) => a.at - b.at)
}

/** The account a question names, when it names one only ("龙湾区本级…", "全县…"); both named (a share of one in the other) is neither. */
export function accountAsked(question: string): PlaceAccount | undefined {
  // (a question's 全县 asks the whole place whatever follows it: "全县的呢")
  const kinds = new Set(accountWords(question, false, true).map((w) => w.account).filter(isPlaceAccount))
  return kinds.size === 1 ? [...kinds][0] : undefined
}

const distinguishing = new WeakMap<BudgetDocument, boolean>()

/**
 * Whether the document is a place's own report (财政预算/财政决算, or a page of a place's 本级) whose prose or headings
 * name an account. A department's document that says 全区 or 区本级 in passing ("纳入区本级预算") speaks of its own
 * money throughout.
 */
export function namesAccounts(doc: BudgetDocument): boolean {
  let hit = distinguishing.get(doc)
  if (hit === undefined) {
    const place = /^财政/u.test(doc.scope) || /本级$/u.test(doc.org)
    hit = place && (doc.paragraphs.some((p) => accountWords(p.text, true).length > 0) || doc.sections.some((s) => accountWords(s.title, true).length > 0))
    distinguishing.set(doc, hit)
  }
  return hit
}

const last = <T>(xs: T[]) => xs[xs.length - 1]

/**
 * The account a figure at `at` in sentence `s` of paragraph `pi` is stated for: the last account word before it in the
 * sentence ("区本级一般公共预算支出63.27亿元"), else in the paragraph's sentences before ("…收入22.88亿元。加上转移性收入
 * 58.90亿元"), else the nearest enclosing heading naming one ("2.龙湾区本级"), else a document whose organisation is a
 * place's 本级 ("某区本级") is the own account; undefined when nothing says.
 */
export function accountAt(doc: BudgetDocument, pi: number, sentenceStart: number, at: number): AccountWord | undefined {
  const p = doc.paragraphs[pi]
  const ss = sentencesOf(p.text)
  const s = ss.find((x) => x.start === sentenceStart)
  // (the words of the whole sentence, those before the figure: 全县 is read as an account by the words after it)
  const pre = s ? compactText(foldMeaning(s.text.slice(0, at))) : ''
  const cut = pre.length
  const level = placeLevelOf(doc.org)
  // (an aside in brackets closed before the figure, "(其中镇级支出10595万元),…结转下年支出6083万元", is no account of it)
  const aside = closedBrackets(pre)
  const inSentence = s ? last(accountWords(s.text, true, false, level).filter((w) => w.at < cut && !aside.some(([a, b]) => w.at > a && w.at < b))) : undefined
  if (inSentence) return inSentence
  for (const before of ss.filter((x) => x.start < sentenceStart).reverse()) {
    const w = last(accountWords(before.text, true, false, level))
    if (w) return w
  }
  for (let id = p.section; id; ) {
    const sec = doc.sections.find((x) => x.id === id)
    if (!sec) break
    const w = last(accountWords(sec.title, true))
    if (w) return { ...w, at: -1 }
    id = sec.parent
  }
  const own = /本级$/u.test(doc.org) ? accountWords(doc.org).find((w) => w.account === 'own') : undefined
  return own && { ...own, at: -1 }
}

/**
 * Rule place-account: whether a figure read at a place in the prose may answer the account asked. A document that
 * names no account (a department's) answers as before. The own account is read only from sentences about it; the whole
 * place (asked, or by default) never from a 本级 sentence.
 */
export function accountFits(doc: BudgetDocument, asked: PlaceAccount | undefined, got: AccountWord | undefined): boolean {
  if (!namesAccounts(doc)) return true
  const sole = soleAccount(doc)
  // asked nothing: the account the report is of, when it is of one; else the whole place
  const want = asked ?? sole ?? 'whole'
  const account = got?.account ?? sole
  return want === 'own' ? account === 'own' : account !== 'own' && account !== 'below'
}

const soles = new WeakMap<BudgetDocument, PlaceAccount | null>()

/**
 * The one account a report is of: a place's 本级 page ("某区本级", held as the 本级 whatever else it names), or a report whose words name one account only
 * (its unmarked sentences are of that account); undefined when it states both.
 */
export function soleAccount(doc: BudgetDocument): PlaceAccount | undefined {
  let hit = soles.get(doc)
  if (hit === undefined) {
    const kinds = new Set([...doc.sections.map((x) => x.title), ...doc.paragraphs.map((p) => p.text)].flatMap((t) => accountWords(t, true).map((w) => w.account).filter(isPlaceAccount)))
    hit = /本级$/u.test(doc.org) ? 'own' : kinds.size === 1 ? [...kinds][0] : null
    soles.set(doc, hit)
  }
  return hit ?? undefined
}

/** The spans of the brackets opened and closed within a text: [open, close] positions. */
function closedBrackets(t: string): [number, number][] {
  const out: [number, number][] = []
  const open: number[] = []
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(' || t[i] === '（') open.push(i)
    else if ((t[i] === ')' || t[i] === '）') && open.length) out.push([open.pop()!, i])
  }
  return out
}
