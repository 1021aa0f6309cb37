import type { Amount, BudgetDocument, MoneyUnit, Paragraph } from '../../schema.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { parseAmount } from '../../parse/amount.js'
import { compactText, normalizeText, escapeRegExp } from '../../search/normalize-text.js'
import { bigramsOf } from '../../search/bigrams.js'

/** Figures stated in prose: money, counts, the change against last year and its 主要原因. */
export const MONEY_RE = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)/g
export const COUNT_RE = /(\d{1,3}(?:,\d{3})+|\d+|[零一二两三四五六七八九十]{1,3})\s*(?:个(?=批次))?(批次|人次|场次|名|人|个|辆|项|台|家|批|场|期|张|所|座|套|间|次)/g
/** Where a sentence's clauses break: a comma, semicolon (never a thousands separator, "1,105.3亿元"). */
export const CLAUSE_BREAK = /[，；;]|,(?!\d{3}(?!\d))/u
const CHANGE_WORD = /增加|减少|增长|下降|上升|上涨|降低|持平|增|减|节约|压缩|结余/
/** A change's word that says it rose (增加, 增长, 增支, 上升, 上涨) */
// (a bare 加 after a comparison, "比上年预算数加23.47万元", where a copy lost its 增)
const UP = /增|上升|上涨|^加$/u
/** a share stated between a figure and its change: "…459989万元，占调整预算数115.8%，增支42991万元" */
const SHARE_CLAUSE = String.raw`(?:[,，]\s*占[^,，。；;]{0,12}?\d+(?:\.\d+)?%)?`
/**
 * The baseline of a stated change, as documents write it: 上年, 上年度, 去年, 2024年, 2023 年度, 2023年预算数,
 * 2023年预算执行数, 上年决算, "2022年（上一年度，下同）预算", and a year whose 年 was lost in conversion ("2023-执行数");
 * in a 决算, the same year's plan: 年初预算, 调整预算, and 预算数 after the 决算数 the sentence states ("决算数为736.40万元,
 * 比预算数减少67.62万元"; "…支出总额为3825万元,比预算数减少1188万元" right after the year's figure) (no year before it, never
 * read as 上年).
 */
const BASELINE = String.raw`((?:上一?年度?(?:同期)?|去年(?:同期)?|\d{4}\s*(?:年度?|-))(?:\s*\([^()]{0,16}\))?\s*(?:当年)?(?:年初|调整后?)?(?:预算|决算)?(?:执行数|预算数|决算数|数字|数)?|年初预算数?|调整(?:后)?预算数?|(?<=(?:决算数?(?:[^。；;比较]{0,24}[,，])?|\d\s*(?:亿元|万元|千元|元)\s*[,，]?)\s*(?:比|较|相比)\s*)预算数?)`
/**
 * "比2024年减少…", also with the baseline's own amount between: "比2024年预算数1,530.40万元减少311.80万元" (group 2,
 * its unit sometimes left out: "较上年2.5减少1.95万元");
 * "同比减少144.92万元": against the same period of the year before, the baseline unwritten (group 1 empty: 上年), and
 * "直比下降23.5%" (a direct comparison with the year before, as against 同口径); "对比减少20.20万元" after the
 * year before's figure ("2016年预算25万元,2015年预算45.2万元;对比减少…");
 * "较2014年相比增加11.99万元": 较 and 相比 both said; "相较于上年增加275.76万元", "较之上年"; the subject said again
 * after 上年 ("比上年总财力增加73756万元") or after a year ("比2024年单位预算收入增加62.15万元").
 */
export const CHANGE_RE = new RegExp(
  String.raw`(?:(?:相较于?|较之|比|较于?|相比)\s*${BASELINE}(?:\s*(?:支出|收入)(?:决算|预算)?数?)?(?:\s*相比)?(?:(?<=上一?年度?|去年|\d{4}\s*年度?)[\u4e00-\u9fff]{2,6}?(?=\s*(?:增加|减少|增长|下降|上升|降低)(?:了)?\s*\d))?|同比|直比|(?<![与和同跟]\s*)对比(?=\s*(?:增加|减少|增长|下降|上升|降低)\s*\d)|(?:按)?(?:同|可比)口径)\s*(?:(?:的|为)?\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)?))?\s*(增加|减少|增长|下降|上升|上涨|降低|增支|减支|增收|减收|增|减|加)(?:了)?(?:支出|收入)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)`,
)
/** "比2022年度决算24.90万元有所减少": a baseline with its amount, the change said by its direction only */
const BASELINE_ONLY_RE = new RegExp(String.raw`(?:比|较|相比)\s*${BASELINE}\s*(?:的|为)?\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))\s*(?:有所|略有|明显|大幅|大幅度)(增加|减少|增长|下降|上升)`)
/** "与上年相比，收、支预算总额各增加37.76万元": the baseline first, then the subject (group 3, may be empty) and the change. */
// "与2022年度的1,627.59万元相比": the baseline's own amount may stand before 相比 (group 2)
const COMPARED = String.raw`(?:与|同|和)\s*${BASELINE}(?:\s*(?:的|为)?\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)))?\s*(?:相比|比较|对比)\s*[,，:：]?\s*([^,，。；;:：\d]{0,16}?)\s*各?(增加|减少|增长|下降|上升|上涨|降低|增支|减支|增收|减收)(?:了)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)`
export const COMPARED_RE = new RegExp(COMPARED)
const COMPARED_OPENING = new RegExp(`^\\s*${COMPARED}`)

/** A sentence that opens with "与上年相比，…增加…": the subject it names after 相比 ('' when it names none). */
export function comparedOpening(sentence: string): string | undefined {
  return COMPARED_OPENING.exec(sentence)?.[3].trim()
}

/** A change stated right after its subject, with no baseline: "人员经费拨款增加23.02万元". */
const DIRECT_CHANGE_RE = new RegExp(String.raw`^${SHARE_CLAUSE}.{0,6}?(增加|减少|增长|下降|上升|上涨|降低|增支|减支|增收|减收|增|减)(?:了)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)`)
/** "，与向市第十四届人大四次会议报告的执行数(以下简称执行数)一致": agreement with a figure reported before, no change. */
const AGREEMENT_ASIDE = /([,，]\s*)与[^，,。；;]{0,40}?(?:报告|执行数|快报|草案)[^，,。；;]{0,24}?(?:一致|相符|相同)(?:[,，]\s*)/u
/** "与上年持平", "比2022年预算持平", "与2024年预算持平" */
export const FLAT_RE = new RegExp(String.raw`(?:与|和|同|比|较)\s*${BASELINE}\s*(?:相比)?\s*(?:保持|基本)?(?:持平|一致|相同|不变)`)
/** The percent printed right after a change's amount: "增加37.76万元，增长9.26%". */
const PERCENT_AFTER = /^\s*[,，]?\s*(?:同比|较上年|比上年)?(?:增长|下降|增幅|降幅|减幅|涨幅|上升|减少|增加)(?:率)?(?:了|为)?\s*(\d+(?:\.\d+)?)\s*%/
const REASON_RE = /(?:主要(?:变动|变化|增减)?原因(?:一)?(?:都|均)?(?:是|为|在于|系)?|主要是|原因是)[:：]?\s*(.+?)(?=[。；;]|[，,]\s*主要用于|$)/
/** A sentence that opens with the reason of the change before it: 主要原因是…, 原因是…, 主要变动原因是… (a 收支总计's), 下降原因主要是…. */
// (after the words it compares with, or the account's own word: "与上年对比减少的主要原因…", "预算减少的主要原因是…")
export const REASON_LEAD = /^(?:与上一?年(?:相比|对比|比较)?[，,]?|(?:预算|支出|经费|决算))?(?:主要是|主要由于|(?:增加|减少|下降|增长|上升|变动|变化|持平)?(?:的)?主要(?:变动|变化|增减)?原因|(?:增加|减少|下降|增长|上升|变动|变化|持平)?(?:的)?原因)/

export interface Span { text: string; start: number }

/** Sentences (split on 。；！？ and line breaks), normalised for matching. */
export function sentencesOf(text: string): Span[] {
  // the same paragraphs are split on every question that reads their document: each text once (frozen, shared)
  let hit = sentenceCache.get(text)
  if (!hit) {
    if (sentenceCache.size >= 5_000) sentenceCache.clear()
    sentenceCache.set(text, (hit = Object.freeze(splitSentences(text)) as Span[]))
  }
  return hit
}

const sentenceCache = new Map<string, Span[]>()

function splitSentences(text: string): Span[] {
  const t = normalizeText(text)
  const out: Span[] = []
  let start = 0
  // (a full stop typed as "." between words ends a sentence too: "…下降43.66%.下降的主要原因…"; never a decimal point)
  for (const m of t.matchAll(/[。；;！？!?\n]|(?<=[%\p{Script=Han}])\.(?=\p{Script=Han})/gu)) {
    const end = m.index! + 1
    if (t.slice(start, end).trim()) out.push({ text: t.slice(start, end), start })
    start = end
  }
  if (t.slice(start).trim()) out.push({ text: t.slice(start), start })
  return out
}

const CN: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Chinese numerals up to 99: 三 → 3, 十二 → 12, 二十五 → 25. */
export function cnNumber(s: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^\d+$/.test(s)) return Number(s)
  if (s === '十') return 10
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s)
  if (m) return (m[1] ? CN[m[1]] : 1) * 10 + (m[2] ? CN[m[2]] : 0)
  return s.length === 1 ? CN[s] : undefined
}

export interface ProseFigure { amount: Amount; sentence: string; gap: number; /** how much of a preferred qualifier the words between keyword and amount hold (0–1) */ qualified?: number; /** the keyword and those words as printed (一般公共预算收入预计可完成), when qualified */ words?: string }

/**
 * How much of a `near` word a text holds: 1 when it contains it, else the share of its bigrams ("实行了绩效目标管理"
 * for 实行绩效目标管理). Read of a sentence (resolve-prose) and of the words between a keyword and its amount.
 */
export function nearness(word: string, text: string): number {
  const w = compactText(word)
  if (text.includes(w)) return 1
  if (w.length < 3) return 0
  return bigramsOf(w).filter((b) => text.includes(b)).length / (w.length - 1)
}

/** A fund's name (or 非) right before 财政拨款…: "一般公共预算财政拨款收入" is one fund's part, "非财政拨款" the rest. */
const ONE_FUND_BEFORE = /(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|非)$/

/** The money stated right after a keyword in one sentence ("社会保障和就业支出预算 89.74 万元"); skips change amounts. */
/** A fund's name alone: as a 收支总表 row it is the fund's income (一般公共预算 for 一般公共预算拨款). */
const FUND_ONLY = /^(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政专户管理资金)$/u

/** A name and 及/和/与 right before a keyword, within its clause ("公务用车运行维护费及"). */
const JOINED_BEFORE = /(?:^|[，,；;。：:、（(])[^\d，,；;。：:、（）()]{0,12}\p{Script=Han}{2}(?:费|支出|收入|经费|资金)[及和与]$/u

/** A money noun a clause names as its own subject (收入, 支出, 经费, 资金, 拨款, …费) */
const OWN_MONEY_NOUN = /(?:收入|支出|经费|资金|拨款|\p{Script=Han}费)/u

/** 占 and the whole's name, right before an amount (not 占用, 占地: verbs of their own). */
const SHARE_BASE_BEFORE = /占(?![用地有])[^，,。；;:：\d]{2,}$/u

/** A bare amount with its decimals right after a name ("一般公共服务支出2713623.00,34.60%"): no unit printed, no count's. */
const BARE_AMOUNT = /^(?:为|是|[:：])?\s*(\d[\d,]*\.\d{1,2})(?![\d.]|\s*(?:亿元|万元|千元|元|[%％]|个|人|名|辆|项|次|年|月|日|岁|平方|亩|户|套|台|所|家|批|天))/u

export function moneyAfter(sentence: string, keyword: string, maxGap = 24, prefer: string[] = [], bareUnit?: MoneyUnit): ProseFigure | undefined {
  let best: ProseFigure | undefined
  for (let i = sentence.indexOf(keyword); i >= 0; i = sentence.indexOf(keyword, i + 1)) {
    // rule one-fund-prose: 财政拨款收入 is every fund's; written after one fund's name it is that fund's figure only
    if (keyword.startsWith('财政拨款') && ONE_FUND_BEFORE.test(sentence.slice(0, i))) continue
    // rule negated-name: 非税收入 is no 税收, 非财政拨款 no 财政拨款: the name after 非 is what the amount is not
    if (sentence[i - 1] === '非') continue
    const after = sentence.slice(i + keyword.length)
    const m = new RegExp(MONEY_RE.source).exec(after)
    if (!m) continue
    const gap = after.slice(0, m.index)
    // "总额比2025年预算数4181.39万元减少…": an amount after 比/较 is the baseline, not the subject's own figure
    if (gap.length > maxGap || CHANGE_WORD.test(gap) || /[；;。]/.test(gap) || /(?:比|较|相比|同比)/.test(gap)) continue
    // rule other-subject-between: "实行新的县乡财政体制，全镇财政预算收入完成5753.78万元": a clause naming money of its
    // own between the keyword and the amount says whose amount it is; never the keyword's
    if (gap.split(/[，,]/u).slice(1).some((clause) => OWN_MONEY_NOUN.test(clause))) continue
    // rule share-base: "教育经费占一般公共预算支出1814597万元的比例15.68%": an amount after 占 and a name is that name's,
    // the whole the keyword is a share of, never the keyword's
    if (SHARE_BASE_BEFORE.test(gap)) continue
    // rule listed-item: a name listed with others ("公务接待费、公车购置费,公车运行费(“三公”经费)决算总额2771万元"): the
    // amount after the list is the list's total, never its first item's
    if (/^、\p{Script=Han}/u.test(gap)) continue
    // rule joined-item: a name joined to the one before it by 及/和/与 ("公务用车运行维护费及公务用车购置费13984.61万元"):
    // the amount after both is their total, never the last one's
    if (JOINED_BEFORE.test(sentence.slice(Math.max(0, i - 18), i))) continue
    // rule fund-spent-prose: a fund's name before 支出 ("一般公共预算支出241,305万元") states what the fund spent, never
    // the fund as a 收支总表's income row (一般公共预算 = 一般公共预算拨款 there) nor the fund's revenue
    if (FUND_ONLY.test(keyword) && /^(?:财政拨款)?支出/u.test(gap)) continue
    const amount = parseAmount(m[1], m[2] as MoneyUnit)
    // rule qualifier-between: the question's words after its subject (目标, 预计) written between the keyword and an
    // amount ("收入目标37300万元", "收入预计可完成63960万元") say which of the subject's figures is asked
    const qualified = prefer.length ? Math.max(...prefer.map((w) => nearness(w, gap))) : 0
    // rule qualifier-after-plan: the words asked written after the subject's first amount, in the same sentence and
    // with no other subject between ("政府性基金预算收入预算数为0万元,实际完成8,863万元"): the amount right after them
    const later = qualified < 1 ? laterQualified(after, m.index + m[0].length, prefer) : undefined
    if (later && (!best || 1 > (best.qualified ?? 0))) { best = { amount: later.amount, sentence, gap: later.at, qualified: 1, words: keyword + later.word }; continue }
    if (amount && (!best || qualified > (best.qualified ?? 0) || (qualified === (best.qualified ?? 0) && gap.length < best.gap))) best = { amount, sentence, gap: gap.length, ...(qualified ? { qualified, words: keyword + gap.replace(/[为是:：\s]+$/u, '') } : {}) }
  }
  // rule unit-carried: a paragraph that prints its amounts in one unit ("…收入预算7842977.60元…") and then one with its
  // decimals but no unit right after its name: that amount, in the paragraph's unit (the printed text kept bare)
  if (!best && bareUnit) {
    for (let i = sentence.indexOf(keyword); i >= 0; i = sentence.indexOf(keyword, i + 1)) {
      // (its lookahead refuses an amount a unit follows: that one is the reading above's)
      const m = BARE_AMOUNT.exec(sentence.slice(i + keyword.length))
      const amount = m ? parseAmount(m[1], bareUnit) : undefined
      if (amount) return { amount, sentence, gap: m![0].length - m![1].length }
    }
  }
  return best
}

/** An amount right after the words asked: "实际完成8,863万元", "实际完成为…". */
const MONEY_AFTER_WORD = new RegExp(`^\\s*(?:为|了|数为?)?\\s*(?:${MONEY_RE.source})`, 'u')

function laterQualified(after: string, from: number, prefer: string[]): { amount: Amount; at: number; word: string } | undefined {
  const sentenceEnd = after.search(/[；;。]/u)
  for (const w of prefer) {
    if (w.length < 2) continue
    const j = after.indexOf(w, from)
    if (j < 0 || (sentenceEnd >= 0 && j > sentenceEnd)) continue
    // (no other subject's money named between: "…,上级补助收入13.36亿元,实际…" is another's)
    if (after.slice(from, j).split(/[，,]/u).slice(1).some((clause) => OWN_MONEY_NOUN.test(clause))) continue
    const m = MONEY_AFTER_WORD.exec(after.slice(j + w.length))
    const amount = m ? parseAmount(m[1], m[2] as MoneyUnit) : undefined
    if (amount) return { amount, at: j, word: w }
  }
  return undefined
}

/** Two or more short names joined by 、 (和/及 before the last), nothing else. */
const NAMES_LISTED = /^(?:\p{Script=Han}{2,10}、)+\p{Script=Han}{2,10}(?:[和及与]\p{Script=Han}{2,10})?$/u
/** The count nearest a keyword within its clause, on either side ("内设 7 个机构科室", "编制数24人"). */
/** A noun phrase with its own head: what a count after it counts. */
const OWN_HEAD = /^\p{Script=Han}{2,}(?:人员|部门|单位|用车)$/u
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|新增|减|增|少|多)了?\s*$/u
/** A keyword that names the measure itself (接待批次, 接待人次): the count after it is in 个 or 人. */
const MEASURE_WORD = /(?:批次|人次|场次)$/u

/** Words of a whole between a count's noun and its number: 科室总数84个, 车辆共计9辆, 编制数为93人 */
const TOTAL_WORD = /^(?:总数|总计|共计|合计|小计|总量|共有|共|数)(?:为|是)?$/u
/** A sentence listing a part of the count before it: "其中:临床科室38个" */
const PART_SENTENCE = /^\s*其中/u

/** A count's bare noun, and the qualifiers that make it one of its parts (行政编制, 事业编制, 全额补助事业编制) */
const BARE_COUNT = /^(?:编制|编制数|编制人数)$/u
/** The words that make a count one of its parts: 行政(编制), 事业, 参公, 工勤, 全额补助, 自收自支… */
const PART_WORDS = '行政|事业|参公|参照公务员法管理|工勤|机关|全额|差额|补助|自收自支|财政'
const PART_QUALIFIER = new RegExp(`(?:${PART_WORDS})$`, 'u')
/** A word of the question naming a part of a count (then a part's count is what is asked) */
export const PART_WORD = new RegExp(PART_WORDS, 'u')

export function countNear(sentence: string, keyword: string, units: string[], maxGap = 12, passOver?: (clause: string) => boolean, bareOnly = false): ProseFigure | undefined {
  let best: ProseFigure | undefined
  // a comma inside 6,842 does not end a clause
  for (const clause of sentence.split(/[，：:；;。]|(?<!\d),|,(?!\d{3}(?:\D|$))/)) {
    if (!clause.includes(keyword) || passOver?.(clause)) continue
    // "开设一年级、二年级…六年级共六个年级": each count is read against the keyword written nearest to it
    // (退休 inside 离退休 is no count of the retired alone: "离退休人员415人(其中:离休3人,退休412人)")
    const ks = [...clause.matchAll(new RegExp(escapeRegExp(keyword), 'g'))].map((x) => x.index!).filter((k) => !(/^退休/u.test(keyword) && clause[k - 1] === '离'))
    for (const [m, k] of [...clause.matchAll(new RegExp(COUNT_RE.source, 'g'))].flatMap((m) => ks.map((k) => [m, k] as const))) {
      // "接待批次3978个", "接待人次28598人": a keyword that is itself the measure counts in 个/人 written right after it
      // rule qualified-count: "包括行政编制24人" is a part of the 编制, never the 编制 asked bare
      // (only when the question names no part: "有多少事业编制" reads the part)
      if (bareOnly && BARE_COUNT.test(keyword) && PART_QUALIFIER.test(clause.slice(Math.max(0, k - 6), k))) continue
      const measured = MEASURE_WORD.test(keyword) && m.index === k + keyword.length && /^[个人]$/.test(m[2])
      if (!units.includes(m[2]) && !measured) continue
      const n = cnNumber(m[1])
      if (n === undefined) continue
      // "在职人员总数相比上年度增加 2 人" states a change, not the count
      if (CHANGE_BEFORE.test(clause.slice(Math.max(0, m.index! - 4), m.index!))) continue
      const end = m.index! + m[0].length
      // "28个展区以及174台拼接屏": a count with another count between it and the keyword counts something else
      if (end <= k && new RegExp(COUNT_RE.source).test(clause.slice(end, k))) continue
      const after = m.index! >= k + keyword.length ? clause.slice(k + keyword.length, m.index!) : undefined
      // "内设综合部、技术业务部、征管部3个科级机构": the names listed between the keyword and their count are what is counted
      // "行政编制财政供养人员1,845人": the words after the keyword name a head of their own (人员, 部门, 用车); the count is
      // that head's, not the keyword's
      if (after && OWN_HEAD.test(after)) continue
      // ("科室总数84个": a total's word between is no distance; a sentence opening 其中 counts a part of what went before)
      const gap = (end <= k ? k - end : after !== undefined ? (NAMES_LISTED.test(after) || TOTAL_WORD.test(after) ? 0 : after.length) : 0) + (PART_SENTENCE.test(sentence) ? 1 : 0)
      if (gap > maxGap) continue
      const amount: Amount = { text: m[1], value: String(n), unit: m[2] }
      if (!best || gap < best.gap) best = { amount, sentence, gap }
    }
    // rule bare-headcount: a form's line of people printed without a unit ("编制人数42,其中:行政编制人数19、…自收自支编制
    // 人数13人。"): the number right after a 人数 is a count of people, the unit the list prints once at its end
    if (units.includes('人') && (!best || best.gap > 0)) {
      for (const k of ks) {
        const m = BARE_HEADCOUNT.exec(clause.slice(k + keyword.length))
        if (!m || (!/人数$/u.test(keyword) && !m[1] && !FIELD_COUNT.test(clause.trim()))) continue
        if (bareOnly && BARE_COUNT.test(keyword) && PART_QUALIFIER.test(clause.slice(Math.max(0, k - 6), k))) continue
        best = { amount: { text: m[2], value: String(Number(m[2])), unit: '人' }, sentence, gap: 0 }
        break
      }
    }
  }
  return best ?? countAfterList(sentence, keyword, units, maxGap)
}

/** A form's cell of people and its figure, one field ("人员编制 21", rule field-cells): the bare number is a headcount. */
const FIELD_COUNT = /^\p{Script=Han}{0,6}(?:编制|人数|人员)\s+\d{1,6}$/u

/** A count printed bare after its 人数 ("编制人数42", "实有人数:49"), ended by a mark of the list, not by a unit. */
const BARE_HEADCOUNT = /^(人数)?[:：为是]?\s*(\d{1,6})(?![\d.,，万亿元%％个名人辆项次年月日])(?=[、，,。；;）)\s]|$)/u

/** "国内公务接待57批次，486人次": the second count of a list after its keyword, across the comma that parts them. */
function countAfterList(sentence: string, keyword: string, units: string[], maxGap: number): ProseFigure | undefined {
  const list = new RegExp(String.raw`^\s*${COUNT_RE.source}(?:\s*[，,、]\s*${COUNT_RE.source})+`)
  for (let k = sentence.indexOf(keyword); k >= 0; k = sentence.indexOf(keyword, k + 1)) {
    const hit = list.exec(sentence.slice(k + keyword.length, k + keyword.length + maxGap + 40))
    for (const m of hit?.[0].matchAll(new RegExp(COUNT_RE.source, 'g')) ?? []) {
      const n = cnNumber(m[1])
      if (units.includes(m[2]) && n !== undefined) return { amount: { text: m[1], value: String(n), unit: m[2] }, sentence, gap: m.index! }
    }
  }
  return undefined
}

export interface ChangeStatement {
  direction?: 'up' | 'down' | 'flat'
  amount?: Amount
  baseline: string
  /** the baseline year's own amount when printed: "比2023年预算数1572.13万元增加…" */
  baselineAmount?: Amount
  /** the percent printed with the amount ("增加37.76万元，增长9.26%"), as printed without the sign */
  percent?: string
  /** the subject's own figure the change was read against, when another amount came before it ("支出决算3.22万元") */
  ownAmount?: Amount
  /** the year the sentence gives the figures before the change ("2024年度全年预算…支出决算…"): 上年 is the year before it */
  subjectYear?: number
  /** the item the comparison names before its change ("与2013年对比,接待费下降9%": 接待费), when it names one */
  named?: string
  reason?: string
  clause: string
}

/** The 决算 template: "全年预算3.50万元，支出决算3.22万元，完成预算的92.00%，比上年决算减少0.43万元" (or "较上年减少…") */
const STAGE_LABEL = /(决算|执行)数?\s*(?:为|是)?\s*$/

/**
 * A change against last year's 决算 (or 执行数) speaks of this year's figure of the same stage: the last amount
 * before it when that amount is labelled so, whatever other amounts (the year's 预算) come before.
 */
function stageFigure(before: string, baseline: string): Amount | undefined {
  const ms = [...before.matchAll(new RegExp(MONEY_RE.source, 'g'))]
  const last = ms[ms.length - 1]
  if (ms.length < 2 || !last) return undefined
  const stage = STAGE_LABEL.exec(before.slice(0, last.index))?.[1]
  // "较上年减少…" with no stage of its own follows the 决算 figure it is printed after
  if (stage) return baseline.includes(stage) || !/预算|决算|执行/.test(baseline) ? parseAmount(last[1], last[2] as MoneyUnit) : undefined
  // "支出决算23.02万元，完成年初预算30.00万元的76.73%，比2022年度决算…减少…": a baseline of a stage speaks of the year's
  // figure of that stage, however many amounts of another stage stand between
  const wanted = /决算|执行/.exec(baseline)?.[0]
  if (!wanted) return undefined
  // (…never past another figure of that stage: "公务接待费支出决算为0.00万元,…“三公”经费支出决算汇总数为769.70万元,较上年
  // 决算数减少…" is the 三公 total's change, a subject's figure of the same stage said between)
  for (let k = ms.length - 2; k >= 0; k--) {
    const m = ms[k]
    if (before.slice(m.index! + m[0].length, ms[k + 1].index).includes(wanted)) return undefined
    if (STAGE_LABEL.exec(before.slice(0, m.index))?.[1] === wanted) return parseAmount(m[1], m[2] as MoneyUnit)
  }
  return undefined
}

/** "2022年（上一年度，下同）预算" → "2022年预算": the baseline as the answer names it. */
const baselineText = (b: string) => b.replace(/\([^()]*\)/g, '').replace(/\s+/g, '')

/** Money figures before `end`: a change or reason after a second figure belongs to another subject. */
const moneyBefore = (s: string, end: number) => [...s.slice(0, end).matchAll(new RegExp(MONEY_RE.source, 'g'))].length

/**
 * "比 2025 年减少 60.39 万元，主要原因是…" after a position in a sentence, about the subject named there; at most
 * `between` other money figures may come between (the subject's own figure).
 */
/** "与2022年度相比，收、支总计各增加…": the baseline said before the subject, in the clause that runs up to it. */
const COMPARED_BEFORE = new RegExp(String.raw`(?:与|同|和)\s*${BASELINE}\s*(?:相比|比较|对比)[^。；;\d]{0,16}$`)

/** "相比2016年的", "与上年相比，": a comparison opening the clause, the subject after it. */
const OPENED_COMPARISON = new RegExp(String.raw`(?:^|[，,；;。])\s*(?:相比|对比|较|比|与|同)\s*${BASELINE}\s*(?:相比|比较|对比)?\s*的?[^。；;，,\d]{0,16}$`)
/** "6871.82减少243.10万元": the baseline's figure written without its unit, then the change in the change's unit. */
const BARE_BASE_CHANGE = /^\s*(\d[\d,]*\.\d+|\d[\d,]*)\s*(增加|减少|增长|下降|上升|降低)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/u

/**
 * Rule `opened-change`: "相比2016年的总收入6871.82减少243.10万元，下降3.54%": a comparison opening the clause names the
 * baseline year, the subject follows with last year's figure (its unit left to the change's), then the change.
 */
function openedChange(sentence: string, from: number): ChangeStatement | undefined {
  const open = OPENED_COMPARISON.exec(sentence.slice(0, from))
  const m = open ? BARE_BASE_CHANGE.exec(sentence.slice(from)) : null
  if (!open || !m) return undefined
  const rest = sentence.slice(from)
  const unit = m[4] as MoneyUnit
  const baselineAmount = parseAmount(m[1], unit)
  const pct = PERCENT_AFTER.exec(rest.slice(m.index + m[0].length))?.[1]
  return {
    direction: UP.test(m[2]) ? 'up' : 'down', amount: parseAmount(m[3], unit), baseline: baselineText(open[1]),
    ...(baselineAmount ? { baselineAmount } : {}), ...(pct ? { percent: `${pct}%` } : {}), clause: rest,
  }
}

/**
 * "12.50万元（购置费0万元，运行维护费12.50万元），比上年减少0.70万元": a breakdown in brackets right after the subject's
 * figure is an aside; the change after it is the subject's.
 */
const BREAKDOWN_ASIDE = /^(\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))\s*[（(][^（）()]*?\d[^（）()]*[)）]/u

/**
 * "收入1014.5亿元,完成预算的32.8%,下降24.9%": the rate of the budget completed, right after the figure, is an aside too;
 * the change after it is the figure's against last year.
 */
const COMPLETION_ASIDE = /^(\s*(?:-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元))?)\s*[，,]\s*(?:完成|为)(?:年初|调整后?的?|全年)?预算(?:数)?的?\s*\d+(?:\.\d+)?\s*[%％](?=\s*[，,])/u

export function changeAfter(printed: string, from = 0, between = 1): ChangeStatement | undefined {
  const sentence = yearRunTogether(printed.slice(0, from) + printed.slice(from).replace(BREAKDOWN_ASIDE, '$1').replace(COMPLETION_ASIDE, '$1'))
  const found = changeIn(sentence.slice(from), between) ?? openedChange(sentence, from)
  const before = found?.direction && !found.baseline ? COMPARED_BEFORE.exec(sentence.slice(0, from)) : null
  const ch = before && found ? { ...found, baseline: baselineText(before[1]) } : found
  if (!ch?.direction) return ch
  const at = changeAt(sentence.slice(from))
  // "2018年比2017年减少563.21万元": the year said right before 比 is the figures' own, whatever year the amounts before it
  // were said of ("…634.71万元，2017年基本支出1197.92万元，2018年比2017年…")
  const lead = at === undefined ? null : YEAR_BEFORE_COMPARED.exec(sentence.slice(0, from + at))
  // (a year's aside before a change against 上年, rule year-aside, is the baseline's: the figure's year is before it)
  const aside = at === undefined || lead || !PRIOR_YEAR.test(ch.baseline ?? '') ? -1 : sentence.slice(from, from + at).search(YEAR_ASIDE)
  const subjectYear = at === undefined ? undefined : lead ? Number(lead[1]) : yearBefore(sentence, from + (aside >= 0 ? aside : at))
  return subjectYear ? { ...ch, subjectYear } : ch
}

/** "6.39万元,较20155.88万元增加了0.51万元": a baseline year that lost its 年 and ran into its amount. */
const RUN_TOGETHER = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)([^。；;\d]{0,6}?(?:比|较))((?:19|20)\d{2})(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)(\s*(?:增加|减少|增长|下降|上升|降低)(?:了)?\s*)(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/gu

/**
 * Rule `year-run-together`: a conversion that dropped a baseline year's 年 runs the year into the baseline's amount
 * ("运行经费支出6.39万元,较20155.88万元增加了0.51万元"): read as that year and amount ("较2015年5.88万元") only when the
 * arithmetic says so — the figure before it less that amount is the change stated — else the text stands.
 */
function yearRunTogether(sentence: string): string {
  return sentence.replace(RUN_TOGETHER, (all, a, au, pre, year, b, bu, verb, c, cu) => {
    const [x, y, z] = [parseAmount(a, au), parseAmount(b, bu), parseAmount(c, cu)]
    if (x?.fen === undefined || y?.fen === undefined || z?.fen === undefined) return all
    const up = /增|上/u.test(verb)
    return x.fen - y.fen === (up ? z.fen : -z.fen) ? `${a}${au}${pre}${year}年${b}${bu}${verb}${c}${cu}` : all
  })
}

/** The stage of last year's figure a baseline names: 上年决算 → final, 上年预算/年初预算 → budget; 上年 alone none. */
export type BaselineStage = 'budget' | 'final'
export const baselineStage = (baseline: string): BaselineStage | undefined =>
  /决算/u.test(baseline) ? 'final' : /预算|年初/u.test(baseline) ? 'budget' : undefined

/**
 * Rule `baseline-stage`: a 决算 sentence printing two changes, against last year's 预算 and its 决算 ("比上年预算数字下降
 * 35.45%，比上年决算数字下降34.26%"): the change against the stage asked, when the sentence prints one after `from`.
 */
export function changeAgainst(printed: string, from: number, stage: BaselineStage): ChangeStatement | undefined {
  const rest = printed.slice(from)
  for (const m of rest.matchAll(new RegExp(CHANGE_RE.source, 'g'))) {
    if (!m[1] || baselineStage(m[1]) !== stage) continue
    const ch = changeIn(rest.slice(m.index), 0)
    if (ch?.direction) return ch
  }
  return undefined
}

/** A baseline that is the year's own budget ("比预算增加0万元"), not an earlier year's (比上年, 比去年, 比2023年). */
export const ownBudgetBaseline = (baseline: string): boolean => /^(?:年初)?(?:调整)?预算数?$/u.test(baseline.replace(/[\s的]/gu, ''))

/**
 * Rule `prior-over-own-budget`: a 决算 sentence comparing its figure first with the year's own budget, then with last
 * year ("…决算总额为5.48万元,比预算增加0万元,比去年增加1.55万元,增长39.4%"): a change asked is the one against last
 * year, when the sentence prints one after `from`.
 */
export function changeAgainstPrior(printed: string, from: number): ChangeStatement | undefined {
  const rest = printed.slice(from)
  for (const m of rest.matchAll(new RegExp(CHANGE_RE.source, 'g'))) {
    if (!m[1] || ownBudgetBaseline(m[1])) continue
    const ch = changeIn(rest.slice(m.index), 0)
    if (ch?.direction) return ch
  }
  return undefined
}

/** Where a change clause with a baseline starts in `rest` (the first of the patterns that matched). */
function changeAt(rest: string): number | undefined {
  const m = Math.min(...[CHANGE_RE, COMPARED_RE, FLAT_RE].map((re) => re.exec(rest)?.index ?? Infinity))
  return Number.isFinite(m) ? m : undefined
}

/** A year right before the comparison word: "2018年比2017年…" (the 比 itself starts the change clause). */
const YEAR_BEFORE_COMPARED = /((?:19|20)\d{2})\s*年度?\s*(?:年初)?(?:预算|决算|执行)?数?\s*$/u

/** The last year written before the last amount before `end`: the year those figures are of. */
function yearBefore(sentence: string, end: number): number | undefined {
  const before = sentence.slice(0, end)
  const amounts = [...before.matchAll(new RegExp(MONEY_RE.source, 'g'))]
  const last = amounts[amounts.length - 1]
  if (!last) return undefined
  // a baseline's year ("较2022年增加…") is not the year of the figures
  const years = [...before.slice(0, last.index).matchAll(/(?<!\d)(?<!(?:[比较与和同]|相比|对比)\s*)((?:19|20)\d{2})\s*年/g)]
  return years.length ? Number(years[years.length - 1][1]) : undefined
}

/** A baseline's own amount as a clause captured it ("1,530.40万元"), read with its unit. */
function amountOf(captured: string | undefined): Amount | undefined {
  const b = captured ? /^(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)$/.exec(captured.trim()) : undefined
  return b ? parseAmount(b[1], b[2] as MoneyUnit) : undefined
}

/** A budget's amount said as an aside: "，年初预算15,000.00元，". */
const BUDGET_ASIDE = /[，,]\s*(?:年初|全年|调整后?)预算数?(?:为|是)?\s*-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)\s*(?=[，,])/gu

/**
 * Rule `part-between`: "支出总计2110.58万元，其中：基本支出1240.68万元，占58.78%，比上年增加42.32万元": a part named
 * with its own figure after 其中, before the change, owns that change; the whole before it has none stated there.
 */
const partBetween = (rest: string, at: number) => /其中\s*[:：]?[^。；;]*?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)/u.test(rest.slice(0, at))

/**
 * Rule `year-aside`: "…33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元": the year before's figure, said in
 * a clause of its own between the figure and its change against 上年, is an aside (the baseline's own amount).
 */
const YEAR_ASIDE = /[,，；;]\s*(?:19|20)\d{2}\s*年度?[^,，。；;\d]{0,24}?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)\s*(?=[,，；;])/gu
/** A baseline that is the year before by name alone: 上年, 上一年度, 去年. */
const PRIOR_YEAR = /^上一?年度?$|^去年$/u
const yearAsides = (before: string, baseline: string | undefined) => (!baseline || PRIOR_YEAR.test(baseline.trim()) ? [...before.matchAll(YEAR_ASIDE)].length : 0)

function changeIn(printedRest: string, between: number): ChangeStatement | undefined {
  // rule agreement-aside: "138.90亿元,与向市人大报告的执行数(以下简称执行数)一致,增长10.3%": a 决算 saying its figure
  // agrees with the execution reported before is an aside; the change after it is the figure's
  const rest = printedRest.replace(AGREEMENT_ASIDE, '$1')
  const m = CHANGE_RE.exec(rest)
  // the baseline's own amount ("比2024年预算数1,530.40万元减少…") is one more figure before the reason
  const r = REASON_RE.exec(rest)
  const reason = r && moneyBefore(rest, r.index) <= 2 + (m?.[2] ? 1 : 0) ? r[1].trim() : undefined
  const own = m ? stageFigure(rest.slice(0, m.index), m[1] ?? '') : undefined
  // rule budget-aside: the year's budget said between the figure and its change ("公务接待费支出9,860.00元，年初预算
  // 15,000.00元，比2023年度12,140.00元减少…") is an aside; the change against a year's 决算 is the figure's
  const asides = m && !/预算/u.test(m[1] ?? '') ? [...rest.slice(0, m.index).matchAll(BUDGET_ASIDE)].length : 0
  if (m && (moneyBefore(rest, m.index) <= between + asides + yearAsides(rest.slice(0, m.index), m[1]) || own) && !partBetween(rest, m.index)) {
    const direction = UP.test(m[3]) ? 'up' : 'down'
    const amount = m[5] === '%' ? { text: m[4], value: m[4], unit: '%' } : parseAmount(m[4], m[5] as MoneyUnit)
    // "较上年2.5减少1.95万元": a baseline printed without its unit is in the change's
    const baselineAmount = amountOf(m[2] && !/元$/u.test(m[2].trim()) && m[5] !== '%' ? `${m[2].trim()}${m[5]}` : m[2])
    const pct = m[5] === '%' ? undefined : PERCENT_AFTER.exec(rest.slice(m.index + m[0].length))?.[1]
    return {
      direction, amount, baseline: m[1] ? baselineText(m[1]) : '上年', ...(baselineAmount ? { baselineAmount } : {}), ...(pct ? { percent: `${pct}%` } : {}),
      ...(own ? { ownAmount: own } : {}), reason, clause: rest,
    }
  }
  const c = COMPARED_RE.exec(rest)
  if (c && moneyBefore(rest, c.index) <= between + yearAsides(rest.slice(0, c.index), c[1]) && !partBetween(rest, c.index)) {
    const amount = c[6] === '%' ? { text: c[5], value: c[5], unit: '%' } : parseAmount(c[5], c[6] as MoneyUnit)
    const pct = c[6] === '%' ? undefined : PERCENT_AFTER.exec(rest.slice(c.index + c[0].length))?.[1]
    const baselineAmount = amountOf(c[2])
    const named = c[3].trim()
    return { direction: UP.test(c[4]) ? 'up' : 'down', amount, baseline: baselineText(c[1]), ...(baselineAmount ? { baselineAmount } : {}), ...(pct ? { percent: `${pct}%` } : {}), ...(named ? { named } : {}), reason, clause: rest }
  }
  // "比2022年度决算24.90万元有所减少": the baseline's amount stated, the change only by its direction
  const o = BASELINE_ONLY_RE.exec(rest)
  if (o && moneyBefore(rest, o.index) <= between) {
    const baselineAmount = amountOf(o[2])
    if (baselineAmount) return { direction: UP.test(o[3]) ? 'up' : 'down', baseline: baselineText(o[1]), baselineAmount, reason, clause: rest }
  }
  const d = DIRECT_CHANGE_RE.exec(rest)
  if (d && moneyBefore(rest, d.index) === 0) {
    const amount = d[3] === '%' ? { text: d[2], value: d[2], unit: '%' } : parseAmount(d[2], d[3] as MoneyUnit)
    const pct = d[3] === '%' ? undefined : PERCENT_AFTER.exec(rest.slice(d.index + d[0].length))?.[1]
    return { direction: UP.test(d[1]) ? 'up' : 'down', amount, baseline: '', ...(pct ? { percent: `${pct}%` } : {}), reason, clause: rest }
  }
  // rule bare-growth: the figure's own amount, then its growth with no baseline said ("一般公共预算收入完成24.9亿元,增长23.7%,
  // 居全省第2位", as a report or a news item writes against the same time of the year before)
  const g = BARE_GROWTH.exec(rest)
  if (g) return { direction: UP.test(g[1]) ? 'up' : 'down', amount: { text: g[2], value: g[2], unit: '%' }, baseline: '', reason, clause: rest }
  const f = FLAT_RE.exec(rest)
  if (f && moneyBefore(rest, f.index) <= between) return { direction: 'flat', baseline: baselineText(f[1]), reason, clause: rest }
  return reason ? { baseline: '', reason, clause: rest } : undefined
}

/** The subject's amount right after its words, then a bare growth rate: "完成24.9亿元,增长23.7%". */
const BARE_GROWTH = /^[^，,。；;\d]{0,8}?-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)\s*[,，、]\s*(?:同比)?(增长|下降|上升|下滑|减少|增加)(?:了)?\s*(\d+(?:\.\d+)?)\s*%/u

/** A readable excerpt: the sentence from the keyword on, without the trailing "主要用于…" usage list. */
export function excerptFrom(sentence: string, keyword: string): string {
  const k = Math.max(0, sentence.indexOf(keyword))
  // a total's word written before the subject is its name's (总收入预算 of 收入预算): quoted with it
  const i = k > 0 && /[总全]/u.test(sentence[k - 1]) ? k - 1 : k
  return sentence
    .slice(i)
    .replace(/[，,]\s*主要用于.*?(?=[，,]\s*(?:比|较|主要原因|主要是)|$)/, '')
    .replace(/[。；;]$/, '')
    .trim()
}

/** One sentence of a document's prose: its paragraph, the sentence as printed (trimmed) and its meaning view, compacted. */
export interface ProseSentence { p: Paragraph; s: string; c: string }

/** A document's prose sentence by sentence, headings aside, each read once for its meaning (Simplified, compacted). */
export function proseSentences(doc: BudgetDocument): ProseSentence[] {
  let out = sentencesByDoc.get(doc)
  if (out) return out
  out = []
  for (const p of doc.paragraphs) if (!p.heading) for (const x of sentencesOf(p.text)) out.push({ p, s: x.text.trim(), c: compactText(foldMeaning(x.text)) })
  sentencesByDoc.set(doc, out)
  return out
}
/** a document's sentences, read once (documents are never changed once parsed: a new version is a new object) */
const sentencesByDoc = new WeakMap<BudgetDocument, ProseSentence[]>()

/** One item of a comparison's list: "公务车运行费下降31%" (its name, direction and amount). */
const LISTED_CHANGE = /^([^,，、；;。\d]{2,16}?)(增加|减少|增长|下降|上升|降低)(?:了)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元|%)/u

/**
 * Rule `listed-change`: "与2013年对比,接待费下降9%,公务车运行费下降31%": one comparison, then each item's change under
 * its name; the change of the item `isOwn` names, undefined when no item of the list is its.
 */
export function listedChange(ch: ChangeStatement, isOwn: (name: string) => boolean): ChangeStatement | undefined {
  const c = COMPARED_RE.exec(ch.clause)
  if (!c) return undefined
  const after = ch.clause.slice(c.index + c[0].search(/相比|比较|对比/u)).replace(/^(?:相比|比较|对比)\s*[,，:：]?\s*/u, '')
  const items = after.split(/[,，、；;。]/u)
  for (const item of items) {
    const m = LISTED_CHANGE.exec(item.trim())
    if (!m || !isOwn(m[1])) continue
    const amount = m[4] === '%' ? { text: m[3], value: m[3], unit: '%' } : parseAmount(m[3], m[4] as MoneyUnit)
    return { direction: UP.test(m[2]) ? 'up' : 'down', amount, baseline: ch.baseline, named: m[1], clause: item.trim(), ...(ch.reason ? { reason: ch.reason } : {}) }
  }
  return undefined
}

