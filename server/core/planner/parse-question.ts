import { isFiscalScope } from '../tools/lib/fiscal-own-line.js'
import { compactText } from '../search/normalize-text.js'
import { FUND_STEMS } from '../lexicon/fund-names.js'
import { memberUnits } from '../tools/lib/member-units.js'
import { docsWithMembers } from './rules/member-unit-asked.js'
import { proseOnly, type ColumnRole, type Corpus } from '../schema.js'
import { yearStartBaseline } from './rules/year-start-baseline.js'
import { distinctMentions, findOrgMentions, mentionText } from '../tools/lib/org-mention.js'
import { orgIndex } from '../tools/lib/org-scope.js'
import { containingRow, countAsRow, countNounOf, exactTerms, extendRowHits, nearTerms, sharedHeads, splitColumns, yearedRows } from './concept-scan.js'
import { detectOp } from './detect-op.js'
import { dropCountedNouns } from './rules/counted-noun.js'
import { englishToChinese, isEnglish } from './english.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { partsUnderGroup } from './rules/parts-under-group.js'
import { detectInjection } from './injection.js'
import { attachNamesToCodes } from './rules/code-with-name.js'
import { extendRowHitsBack } from './rules/row-name-before.js'
import { fundSideWord } from './rules/fund-side-word.js'
import { inTableNamed, sumWordNotSubject, tableNamed } from './rules/table-named.js'
import { SOURCE_WORD } from './rules/row-fund-columns.js'
import { partColumns } from './rules/part-column.js'
import { rowSpendingWord } from './rules/row-spending-word.js'
import { fundQualifiers, unclaimedFundOfRow } from './rules/fund-qualifier.js'
import { fundColumnSubjects } from './rules/fund-column.js'
import { nestedColumns } from './rules/nested-columns.js'
import { totalOfRow } from './rules/total-of-row.js'
import { whichColumns } from './rules/which-column.js'
import { stageColumns, stageOp } from './rules/stage-columns.js'
import { thisYearTotals } from './rules/this-year-total.js'
import { abridgedProjects, levelLedRows } from './rules/abridged-project.js'
import { titleSubjectAsked } from './rules/title-subject-asked.js'
import { isHistoryYear, isSourceYear } from './rules/source-year.js'
import { subjectsOnce } from './rules/repeated-subject.js'
import { HEADCOUNT, type ConceptHit, type QuestionFrame } from './question-frame.js'

/** A year asked: 2024, 2024年, 2024年度, 24年; the 年 of 年末/年底/年初 stays with its word ("2023年末结转和结余"). */
/** After a year: it is the base a growth is measured from ("22年的数做基数", "2022年为基期", "2022年作为分母") */
const BASE_AFTER = /^(?:度)?(?:的)?(?:决算|预算|实际)?(?:数|数字|金额)?(?:做|作|作为|当作?|为)(?:基数|基期|基准|分母)/u

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度|年(?![末底初]))?|(?<![\d.])([1-4]\d)(?:年度|年(?![末底初\d])|(?=年[末底初]))/g
const CODE = /(?<!\d)(\d{3,9})(?!\d)/g
const HOLE = '\u0000'
/** words of a change right after a baseline year ("比2022年少了多少", "较2022年增长") */
const CHANGE_AFTER = /^(?:度)?(?:的)?(?:决算|预算)?(?:数)?(?:相比)?[，,]?(?:增加|减少|增长|下降|多|少|降|涨|变化|变动|增减|上升)/
/** 有多少人 / 一共几个人 / 多少名员工: people, with no noun saying which count */
const HEADCOUNT_ASK = /(?:有|共有|一共有|总共有|一共|总共)?(?:多少|几)(?:个|名)?(?:人(?!次)|员工|职工|工作人员)/u
/** Words a question's subject is never made of (中 as "in", never the 中 of 中层 or 中级). */
const FILLER =
  /请问|请|告诉我|帮我|自己|自身|本身|(?:给|拨付?|下达|花|用|分配?|投入?)(?=了?(?:多少|几))|帮忙|查询|查一下|查查|看看|一下|我想知道|想知道|我想|想问|问一下|比例|比重|占比|所占|百分比|什么|哪个|哪家|哪些|哪一个|最多|最少|最高|最低|最大|最小|排名|排序|比较|对比|相比|减少|增加|增长|下降|变化|变动|原因|为什么|为啥|目标|指标|怎么|如何|分别|各是|各|占(?!用)|比|较|是多少|多少钱|多少|几个|几名|几辆|几|是否|有没有|有无|呢|吗|嘛|啊|呀|吧|的|了|是|为|有|和|与|及|跟(?!踪|进)|在|中(?![层级央学心医])|里|对|其中|那么|[这那此该](?:批|笔|项|些|个|份|条|类|次)|本(?:批|次)|那|这个|这|该|全年|本年|今年|明年|去年|前年|上一?年度?|下一?年度?|年度|年[末底]|年|预算|决算|安排|金额|数额|数字(?!化)|情况|资金|经费|支出|费用|元|万元|一共|总共|合计|部门|单位|整个|拿到|得到|收到|获得|多|少|[\s\p{P}\p{S}\d]/gu

/** A fee's name (租车费, 会议费): a budget word after its year is the fee's. */
const FEE_END = /\p{Script=Han}{2,}费$/u

/** Words that end a body's name (a fund, a company, an association): what is said of it after its year is its own. */
const BODY_END = /\p{Script=Han}{2,}(?:基金|公司|集团|协会|学会|商会|银行|合作社)$/u

/** "按支出用途分类", "按经济分类", "按资金来源分": a classification the question reads the figures by. */
const SPLIT_BY = /按(?:照)?[\p{Script=Han}]{1,6}?(?:分类|划分|分)(?:看|来看)?(?=[，,、:：\s]|$)/gu

/**
 * Rule `spoken-columns`: "其中基本、项目各多少", "基本和项目分别多少": 基本支出 and 项目支出 said by their first words, as
 * a pair (said alone, 基本 or 项目 names nothing).
 */
const spokenColumns = (t: string) => spokenCarParts(t).replace(/基本(?:支出)?(和|与|、|及)项目(?!支出)(?=各|分别|都|是|多少|呢|[？?，,]|$)/gu, '基本支出$1项目支出')

/**
 * Rule `spoken-car-parts`: "公车购置和运行维护各多少": the two parts of 公务用车购置及运行维护费 asked apart, the second
 * said without the car's words; read as each part's name (never as the two together, which is the sum's name).
 */
const spokenCarParts = (t: string) =>
  t.replace(/(?:公车|公务用车|公务车)购置费?(和|与|及|、|以及)(?:公车|公务用车|公务车)?运行(?:维护|维修)?费?(?=各|分别)/gu, '公务用车购置费$1公务用车运行维护费')

/**
 * Rule `spoken-income`: "契税收了多少钱" says 收入 the way it is spoken: read as "契税收入多少钱" (money collected; a
 * count after it, 招收了多少人, is not money).
 */
/**
 * Rule `genre-typos`: characters typed for their neighbours in this genre's words, which no document word holds: 经废
 * (经费), 预箅/决箅 (预算/决算: 箅 for 算), 接侍 (接待), 一般公供 (一般公共). One character for one, so positions stay.
 */
const TYPOS: [RegExp, string][] = [[/经废/gu, '经费'], [/(?<=[预决核])箅/gu, '算'], [/接侍/gu, '接待'], [/一般公供/gu, '一般公共']]
const spokenTypos = (t: string) => TYPOS.reduce((s, [re, to]) => s.replace(re, to), t)

/**
 * Rule `spoken-tax-names`: the taxes as they are spoken, 个税 (个人所得税), 城建税 (城市维护建设税), 土增税 (土地增值税):
 * read by the names the reports print (个税 is never the 税收 of 个税收入).
 */
const TAX_NAMES: [RegExp, string][] = [[/个税/gu, '个人所得税'], [/城建税/gu, '城市维护建设税'], [/土增税/gu, '土地增值税']]
const spokenTaxes = (t: string) => TAX_NAMES.reduce((s, [re, to]) => s.replace(re, to), t)

const spokenIncome = (t: string) => t.replace(/(?<=\p{Script=Han})(?<![多少])收了(?=(?:多少|几)(?!(?:个|名|位|户|人|所|家|批|次|项|辆)))/gu, '收入')
/** "占全委的比例", "占全局多少": the whole body a share is taken of, said as the department's whole budget (rule whole-body-share). */
/**
 * Rule `spoken-both-sides`: "收支比上年少了多少", "收支为啥增加": 收支 said alone is the 收支总计 (收、支总计), as the
 * documents print it; never 收支相抵, 收支平衡, 收支总表 or 收支预算, which name other things.
 */
const spokenBothSides = (t: string) => t.replace(/(?<![财政拨款])收支(?![总相平预决情结表差两数规执一])/gu, '收支总计')
/**
 * Rule `fiscal-grand-total`: "财政拨款收入支出总计", "财政拨款收支总额" name the 总计 line of the 财政拨款收支总表 (read as
 * that table named, rule table-named), never the 财政拨款收入 line nor the all-funds 收支总计.
 */
const spokenFiscalGrand = (t: string) => t.replace(/财政拨款(?:收支|收入支出|收入和支出)(?:预算|决算)?(?:的)?总(?:计|额)(?!表)/gu, '财政拨款收支总表里总计')
/**
 * Rule `fiscal-word-alone`: 财政拨款 said alone as the subject, right after whose it is ("某局财政拨款预算比上年减少多少",
 * "某局2023年财政拨款多少"), is the department's 财政拨款收入 (the 财政拨款收支总表's), never a column that prints the
 * words alone (a project form's 其中：财政拨款); after 中/里 it stays a row's 财政拨款 part (rule fiscal-part).
 */
const spokenFiscalAlone = (t: string) => t.replace(/(?<=[年局委院办所站队馆会府道镇乡心校园厅部司处团社联]|^)财政拨款(?=(?:预算|决算)?(?:数|总额|总数)?(?:是|为|有|一共|共|总共)?(?:多少|几)|(?:预算|决算)?(?:数)?(?:比|较))/gu, '财政拨款收入')
const spokenWhole = (t: string) => t.replace(/(?<=占)全(?:委|局|院|办|部门|单位|系统)(?=的?(?:比例|比重|百分|多少|几))/gu, '部门总预算')

/** Every document of the organisations named is a place's 财政 report. */
function placeReportsAsked(corpus: Corpus, orgs: { orgs?: string[]; stem?: string }[]): boolean {
  const named = new Set(orgs.flatMap((m) => m.orgs ?? []))
  // (a place said short, 云岭县 of 云岭侗族自治县, is named by its stem)
  const stems = orgs.flatMap((m) => (m.orgs?.length || !m.stem ? [] : [m.stem]))
  const docs = corpus.documents.filter((d) => named.has(d.org) || stems.some((s) => d.org.startsWith(s)))
  return docs.length > 0 && docs.every((d) => isFiscalScope(d.scope))
}

/** The documents of the organisations named (all held ones when none is) hold no table with rows: prose only. */
function proseOnlyAsked(corpus: Corpus, orgs: { orgs?: string[] }[]): boolean {
  const named = new Set(orgs.flatMap((m) => m.orgs ?? []))
  const docs = named.size ? corpus.documents.filter((d) => named.has(d.org)) : corpus.documents
  return docs.length > 0 && docs.every(proseOnly)
}

/** A place's account named in a question: its 本级 (盟本级, 区本级) or the whole place (全盟, 全县). */
const ACCOUNT_WORD = /[省市区县州旗盟]本级|全[市区县州旗盟](?![部体面年额])/gu
/** The funds' names before their 预算: 一般公共(预算), 政府性基金(预算), 国有资本经营(预算), 社会保险基金(预算). */
const FUNDS = FUND_STEMS
/** The stem of a fund's name right before its 预算. */
const FUND_STEM = new RegExp(`(?:${FUNDS})$`, 'u')

/** The kind of a body right after words: 站, 所, 中心, 院, 队, 馆 (水土保持站, 农业技术推广中心). */
const BODY_AFTER = /^(?:站|所(?!需|得|有|属|在)|中心|院|队|馆)/u

/** A table named as where to read: 表里, 表中, 决算表里. */
const TABLE_REF = /^(?:经费)?(?:决算|预算)?表(?:里|中|上|内)/u

/** A fund's side and the stage asked of it right after: 一般公共预算收入年初预算, 政府性基金预算支出调整后预算 */
const FUND_SIDE_STAGE = new RegExp(`((?:${FUNDS})预算?(?:收入|支出))(年初预算数?|调整后的?预算数?|调整预算数?|决算数?|(?:最后|最终)?实际(?:完成|执行)|(?:最后|最终)(?:完成|执行))`, 'u')

/** A fund's whole name and nothing else: the words before a side asked of it. */
const FUND_NAME = /^(?:一般公共预算|政府性基金预算?|国有资本经营预算|社会保险基金预算?)$/u

/** A fund's whole name closing the words before a subject. */
const FUND_BEFORE = new RegExp(`(?:${FUNDS})预算$`, 'u')

/** What follows a stage word without making it a modifier: an ask, a verb, a comparison, a year's word. */
const NOT_NOUN_AFTER_STAGE = /^(?:是|为|有|多|数|总|额|安|情|执|完|的|里|中|和|与|及|跟|比|较|增|减|上|下|年|了|吗|呢|啊|怎|如|能|要|会|用|花|给|拨|共|一|合|资|金|收|支|调|批|下)/u

/** Read a question into a frame. Pure: the corpus and the domain vocabulary supply the terms, the corpus the district names held. */
export function parseQuestion(corpus: Corpus, question: string, vocabulary: Vocabulary = defaultVocabulary): QuestionFrame {
  const english = isEnglish(question)
  const { injected, cleaned } = detectInjection(english ? englishToChinese(question, vocabulary) : question)
  const spoken = spokenIncome(spokenTaxes(spokenTypos(mentionText(cleaned))))
  const { stems, aliases, cities } = orgIndex(corpus)
  // (收支 of a place's report is its budget's income and spending, as its prose says them: never rewritten there)
  const early = spoken.includes('收支') ? findOrgMentions(spoken, stems, aliases, cities) : []
  const t = spokenColumns(spokenWhole(early.length && placeReportsAsked(corpus, early) ? spoken : spokenBothSides(spokenFiscalAlone(spokenFiscalGrand(spoken)))))
  const mentions = early.length && t === spoken ? early : findOrgMentions(t, stems, aliases, cities)
  const orgs = distinctMentions(mentions)
  const mask = [...t]
  const claim = (s: number, e: number) => { for (let i = s; i < e; i++) mask[i] = HOLE }
  // every mention claims its words, a repeated or shorter form of an organisation named too
  // (…but a later form pointed at as a table's row, "支出表里档案馆这一项", "档案馆科目", is that row: the 档案馆 line of
  // 澜峪县档案馆's own table, rule org-named-row)
  const rowPointed = (m: (typeof mentions)[number]) => mentions.some((o) => o.start < m.start) &&
    (/^(?:这一?项|这个?科目|科目|这一?栏)/u.test(t.slice(m.end)) || /表(?:里|中|内|上)的?$/u.test(t.slice(0, m.start)))
  for (const m of mentions) if (!rowPointed(m)) claim(m.start, m.end)
  // "青岛市级…": the level of the place named (市级, 区级), no word of the subject
  for (const m of mentions) if (/[省市区县州旗]$/u.test(t.slice(m.start, m.end)) && t[m.end] === '级') claim(m.end, m.end + 1)
  // "阿拉善盟盟本级…", "某区本级…", "…全盟一般公共预算支出": a place's account (its 本级, the whole place) is read as the
  // account asked (prose-account's accountAsked), no word of the subject's name
  for (const m of t.matchAll(ACCOUNT_WORD)) if (mask[m.index!] !== HOLE || m[0].startsWith('全')) claim(m.index!, m.index! + m[0].length)

  const years: number[] = []
  let baseYear: number | undefined
  const yearAt = new Set<number>()
  for (const m of t.matchAll(YEAR)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) yearAt.add(k)
    // "24年" is 2024
    const y = m[1] ? Number(m[1]) : 2000 + Number(m[2])
    const before = t.slice(Math.max(0, m.index! - 2), m.index!)
    // rule source-year: "按2026年预算表中的上年数" names where to read, "按18年的减少额推算" what to work it out
    // from, not a year asked (when another year is)
    if (isSourceYear(t, m.index!, m.index! + m[0].length) && [...t.matchAll(YEAR)].length > 1) { claim(m.index!, m.index! + m[0].length); continue }
    // rule history-year: "1927年改成了什么名字" asks a year of the unit's history, not a budget year
    if (isHistoryYear(t, m.index! + m[0].length)) { claim(m.index!, m.index! + m[0].length); continue }
    // "比2022年少了多少" with no year of its own: the baseline of a change, the year asked is the document's own
    // ("跟2022年比", "同上年相比": the year between 跟/同/和 and 比 is the baseline too)
    if (/[比较]$|相比$|对比$|与$/.test(before) && (years.length || (/[比较]$/.test(before) && CHANGE_AFTER.test(t.slice(m.index! + m[0].length))))) baseYear = y
    else if (/[跟同和与]$/.test(before) && /^(?:度)?(?:的)?(?:决算|预算)?(?:数)?(?:相|对)?比/u.test(t.slice(m.index! + m[0].length))) baseYear = y
    // ("按22年的数做基数", "以2022年为基期": the year a growth is measured from)
    else if (BASE_AFTER.test(t.slice(m.index! + m[0].length))) baseYear = y
    else if (!years.includes(y)) years.push(y)
    claim(m.index!, m.index! + m[0].length)
  }
  if (baseYear === undefined && years.length >= 2 && /比|较|相比|变化|增减|增加|减少/.test(t)) baseYear = years.splice(1, 1)[0]
  // 上年结转(结余) is a fund's name, not last year
  const priorRelative = /(?:上一?年度?|去年|前一年)(?!度?结转|度?结余)/.test(t)

  // "上半年", "一季度", "1-6月": the part of the year a report covers, no subject's words (rule period-words)
  for (const m of t.matchAll(PERIOD_WORD)) claim(m.index!, m.index! + m[0].length)
  // "按支出用途分", "按支出功能分类", "按资金来源分": how the figures are split, no subject of its own (rule split-by-words)
  for (const m of t.matchAll(SPLIT_BY)) claim(m.index!, m.index! + m[0].length)
  const concepts: ConceptHit[] = []
  const codes = corpusCodes(corpus)
  let unknownCode: string | undefined
  for (const m of t.matchAll(CODE)) {
    if (mask[m.index!] === HOLE) continue
    if (!codes.has(m[1])) unknownCode ??= m[1].length >= 5 ? m[1] : undefined
    else {
      concepts.push({ name: m[1], kind: 'row', code: m[1], start: m.index!, end: m.index! + m[1].length, surface: m[1] })
      claim(m.index!, m.index! + m[1].length)
    }
  }
  // a table named by its title ("…基本支出表中"): its words are the table's, not subjects (rule table-named)
  const namedTable = tableNamed(t, (i) => mask[i] !== HOLE)
  if (namedTable) claim(namedTable.start, namedTable.end)
  const masked = mask.join('')
  concepts.push(...exactTerms(corpus, mask, vocabulary))
  concepts.push(...abridgedProjects(corpus, t, mask, vocabulary, concepts))
  concepts.push(...levelLedRows(corpus, t, mask, vocabulary, concepts))
  extendRowHits(corpus, concepts, masked, mask, vocabulary)
  extendRowHitsBack(corpus, concepts, mask, vocabulary, t)
  titleSubjectAsked(corpus, masked, mask, concepts)
  rowSpendingWord(concepts, masked)
  fundSideWord(concepts, masked)
  if (namedTable) inTableNamed(concepts, namedTable.kind)
  sumWordNotSubject(concepts, t)
  fundColumnSubjects(concepts, vocabulary)
  // "綦江医保中心有多少人": people counted with no noun named
  // (…unless the question names an indicator counted in people: "65岁以上老人健康管理要管多少人" asks the target of
  // 65岁及以上老年人健康管理人数, not the body's people; rule indicator-over-headcount)
  const nearIndicator = concepts.length ? [] : nearTerms(corpus, t, vocabulary).filter((c) => c.kind === 'indicator')
  const people = concepts.length || nearIndicator.length ? null : HEADCOUNT_ASK.exec(masked)
  if (people) concepts.push({ name: HEADCOUNT, kind: 'count', start: people.index, end: people.index + people[0].length, surface: people[0] })
  if (!concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) concepts.push(...(nearIndicator.length ? nearIndicator : nearTerms(corpus, t, vocabulary)))
  if (!injected && !concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) {
    // (a share asks two: "年末债务余额占债务限额的比例", the part and the whole, each the row its words are part of)
    const words = leftoverWords(mask).slice(0, /占/u.test(t) ? 2 : 1)
    for (const word of words) {
      const at = word ? t.indexOf(word) : -1
      const next = concepts.find((c) => c.kind === 'weak' && c.start === at + (word?.length ?? 0))?.surface
      // (the weak words written on after it, one after another: 预算 then 收入)
      let tail = next
      for (let end = at + (word?.length ?? 0) + (next?.length ?? 0), w; next && (w = concepts.find((c) => c.kind === 'weak' && c.start === end)); end += w.surface.length) tail += w.surface
      // (only a whole subject, ending in its side: 一般公共 + 预算收入; "一般公共预算的基本支出" keeps its 预算 a fund's word)
      const hit = word && containingRow(corpus, word, at, vocabulary, next, tail && tail !== next && /(?:收入|支出)$/u.test(tail) ? tail : undefined)
      // (the weak words it takes in are its own: 预算 of 一般公共预算收入 asks no budget column)
      if (hit) concepts.splice(0, concepts.length, ...concepts.filter((c) => c.kind !== 'weak' || c.start < hit.start || c.start >= hit.end), hit)
    }
  } else if (!injected && concepts.every((c) => c.kind === 'weak' || c.kind === 'column' || SOURCE_WORD.test(c.surface))) {
    // only sources of money named ("一般公共预算拨款和上年结转各多少"), the words before them unread: the row those words
    // are part of is the subject the sources are asked of (rule row-fund-columns)
    const first = Math.min(...concepts.map((c) => c.start))
    // (the row in a clause of its own, a comma before the sources: "某经费，一般公共预算拨款和上年结转各多少")
    const run = /[\p{Script=Han}（）()]{6,40}(?=[，,、]\s*$)/u.exec(mask.slice(0, first).join('').split(HOLE).pop() ?? '')?.[0].replace(/^的/u, '')
    const hit = run && run.length >= 6 ? containingRow(corpus, run, t.lastIndexOf(run, first), vocabulary) : undefined
    if (hit) concepts.push(hit)
  }
  sharedHeads(corpus, concepts, t, mask, vocabulary)
  // rule table-named: a term right before 表里/表中 ("三公表里公务用车运行维护费…") names the table to read, not the
  // subject asked, when another subject follows it
  // (only the 三公 table's short name: "一般公共预算支出表里…" names a table whose concept reads the row asked there)
  for (const c of concepts.filter((c) => c.kind !== 'weak' && /^三公/u.test(c.surface) && TABLE_REF.test(t.slice(c.end)))) {
    if (concepts.some((o) => o !== c && (o.kind === 'row' || o.kind === 'lexicon') && o.start >= c.end)) concepts.splice(concepts.indexOf(c), 1)
  }
  // rule row-in-body-name: a row's words inside a body's name ("水土保持站", "疾病预防控制中心") name the body, not the row
  // (only a body a held department lists among its units: "…体育场馆运营管理所" no department lists keeps its row, and
  // the unit unheld is said not found)
  for (const c of concepts.filter((c) => c.kind === 'row' && !c.code && BODY_AFTER.test(t.slice(c.end)))) {
    const body = t.slice(c.start, c.end) + (BODY_AFTER.exec(t.slice(c.end))?.[0] ?? '')
    // (a row that is the body itself, a per-unit table's line "某县体育场馆运营管理所", stays)
    if (compactText(c.name).endsWith(body)) continue
    if (docsWithMembers(corpus).some((d) => memberUnits(d).some((u) => u.endsWith(body)))) concepts.splice(concepts.indexOf(c), 1)
  }
  concepts.sort((a, b) => a.start - b.start)
  // rule side-after-row: "一般公共预算收入" read as the row 一般公共预算 (a 收支总表's line) still says its side: a report in
  // prose states both sides of the fund, and only the one asked answers
  for (const c of concepts) {
    // (never a side another term reads as its own: 收入总计, 支出合计)
    // (a side's total read as the column asked, "一般公共预算收入总计", leaves the side the row's: the fund's 收入总计)
    const claimed = concepts.some((o) => o !== c && o.kind !== 'weak' && o.start <= c.end + 1 && o.end > c.end && !((o.kind === 'column' || o.kind === 'lexicon') && o.start === c.end && /^(?:收入|支出)(?:总计|合计)$/u.test(o.surface)))
    const side = c.kind === 'row' && !c.code && !claimed && !/(?:收入|支出|收|支)$/u.test(c.name) ? /^(?:收入|支出)/u.exec(t.slice(c.end))?.[0] : undefined
    if (side) c.side = side as '收入' | '支出'
    const total = side ? /^(?:总计|合计)/u.exec(t.slice(c.end + side.length))?.[0] : undefined
    if (total) c.sideTotal = total as '总计' | '合计'
  }
  // rule per-count-cost: "每门诊人次平均费用", "住院病人平均药费多少钱一人次": a cost per visit is money, its 人次 no count
  // asked (its words are read as printed)
  for (const c of concepts.filter((c) => c.kind === 'count' && (/(?:每\p{Script=Han}{0,4}|钱一)$/u.test(t.slice(0, c.start)) || /^(?:平均|次均)/u.test(t.slice(c.end))))) {
    concepts.splice(concepts.indexOf(c), 1)
    for (let i = c.start; i < c.end; i++) mask[i] = t[i]
  }
  // "预算收入", "决算支出": a bare stage word right before the side named is that side's stage, not the other side's total
  for (const c of concepts.filter((c) => c.kind === 'weak' && /^(?:预算|决算)$/u.test(c.surface) && concepts.some((o) => o !== c && o.start === c.end && /^(?:收入|支出)/u.test(o.surface)))) {
    concepts.splice(concepts.indexOf(c), 1)
    // …unless it closes a fund's name ("一般公共预算收入", "政府性基金预算支出"): that name, with the side, is the subject
    // (a place's 财政 report states it as a line of its own), read below as a side qualified by unknown words
    // (only where the documents asked hold no table: a table's rows read the fund's side through the concept, 本级收入)
    if (c.surface === '预算' && FUND_STEM.test(t.slice(0, c.start)) && proseOnlyAsked(corpus, orgs)) for (let i = c.start; i < c.end; i++) mask[i] = t[i]
  }
  // "一般公共预算总收入": a side's total written after a fund's name is that fund's (a place's report prints the line so)
  for (const c of concepts) {
    const fund = FUND_BEFORE.exec(t.slice(0, c.start))?.[0]
    if (fund && /^总?(?:收入|支出)(?:预算|决算)?数?$/u.test(c.surface)) c.fund = fund
  }
  // rule stage-word-modifier: a bare 预算/决算 right before words no term reads ("预算补助", "预算单位") qualifies them: the
  // words are the subject asked, never the whole budget the bare word stands for alone
  for (const c of concepts.filter((c) => c.kind === 'weak' && /^(?:预算|决算)$/u.test(c.surface))) {
    const next = mask.slice(c.end, c.end + 2).join('')
    if (next.length < 2 || !/^\p{Script=Han}{2}$/u.test(next) || NOT_NOUN_AFTER_STAGE.test(next)) continue
    concepts.splice(concepts.indexOf(c), 1)
    for (let i = c.start; i < c.end; i++) mask[i] = t[i]
  }
  thisYearTotals(concepts, t)
  attachNamesToCodes(concepts, t)
  settleRowReadings(concepts, t)
  markParts(concepts, t)
  // "教育支出" where no 教育 row is held: 支出 qualified by unknown words is not the whole budget
  // (a body a year stands between still owns it: "某县城乡居民医保基金2024年收入" is the fund's 收入, not the bureau's)
  // (and a fee named before the year, "租车费26年预算": the fee is what the budget is asked of)
  const pastYear = (at: number) => { let k = at; while (k > 0 && yearAt.has(k - 1)) k--; return k < at && (BODY_END.test(unclaimedBefore(mask, k)) || FEE_END.test(unclaimedBefore(mask, k))) ? k : at }
  const qualifiedWeak = takeOut(concepts, (c) => c.kind === 'weak' && unclaimedBefore(mask, pastYear(c.start)).length >= 2)
  // "民生和社会发展重点项目支出": a column's word qualified by unknown words is an item's name, not the column
  // (rule qualified-column); the item is asked by its whole name
  // (only 项目支出, whose 项目 compounds name items: 重点项目, 建设项目; a stage's words before it are no name)
  const qualifiedColumn = takeOut(concepts, (c) => c.kind === 'column' && c.role === 'project' && onlySubject(concepts, c) && ITEM_QUALIFIER.test(unclaimedBefore(mask, c.start)))
  // rule `total-of-unknown`: "国有资产总额" — a total word qualified by words no term knows is that thing's total, never
  // the document's: the words and the total word are the name asked
  const qualifiedTotal = takeOut(concepts, (c) => c.kind === 'column' && c.role === 'total' && /^(?:总额|总数|总量)$/u.test(c.surface) && onlySubject(concepts, c) && TOTAL_QUALIFIER.test(unclaimedBefore(mask, c.start)))
  // rule `qualified-side-total`: "食堂伙食收入预算" — a side's whole (收入预算, 支出预算) right after words no term knows
  // names that item's income or spending, never the budget's whole: the words and the side are the name asked
  // (written as the vocabulary names it, 收入预算: 总收入 and 总支出 are the place's or body's whole, never an item's)
  // (…and a fund's name before it, where the documents asked are a place's reports in prose: "一般公共预算收入预算" is that
  // fund's line, never the whole budget's 收入预算, rule fund-side-prose)
  const fundSide = (c: ConceptHit) => FUND_NAME.test(unclaimedBefore(mask, c.start)) && proseOnlyAsked(corpus, orgs)
  const qualifiedSide = takeOut(concepts, (c) => c.kind === 'lexicon' && SIDE_WHOLE.test(c.name) && compactText(c.surface) === c.name && onlySubject(concepts, c) && (SIDE_QUALIFIER.test(unclaimedBefore(mask, c.start)) || fundSide(c)))
  // rule `qualified-row`: "小学教育支出" where the documents hold only 教育支出: a subject row's name right after words no
  // term reads (小学, 普通, 其他) is a narrower subject the tables do not print, never that row; the words and the name
  // are what is asked (an organisation's, a year's, a level's or an account's words before it are no such words)
  // (only a spending subject, 教育支出, its words right after a year or the question's start, never after an organisation
  // named short, "樟浦疾控…", whose unit word is no subject's; nor a code's row)
  const qualifiedRow = takeOut(concepts, (c) => c.kind === 'row' && !c.level && !c.code && /支出$/u.test(c.name) && compactText(c.surface) === compactText(c.name) && onlySubject(concepts, c) && ROW_QUALIFIER.test(unclaimedBefore(mask, c.start)) && !orgs.some((o) => o.end === runStart(mask, c.start)))
  // a weak word that is the ask itself ("人大事务花了多少钱") is not part of the subject's name, as 支出 of 教育支出 is
  const weakAsks = (w: string) => ASK_WORDS.test(w) && !NOUN_WORDS.test(w)
  // (a year between, "租车费26年预算": the name is the words before the year)
  const skipped = qualifiedWeak[0] && pastYear(qualifiedWeak[0].start) !== qualifiedWeak[0].start
  // (a whole qualified by unknown words: the words and the whole, as written)
  const wordsThrough = (c?: ConceptHit) => c && t.slice(runStart(mask, c.start), c.end)
  const qualifiedName = (qualifiedWeak[0] && unclaimedBefore(mask, pastYear(qualifiedWeak[0].start)) + (weakAsks(qualifiedWeak[0].surface) || skipped ? '' : qualifiedWeak[0].surface)) ||
    (qualifiedColumn[0] && unclaimedBefore(mask, qualifiedColumn[0].start) + qualifiedColumn[0].surface) ||
    wordsThrough(qualifiedTotal[0]) || wordsThrough(qualifiedSide[0]) || wordsThrough(qualifiedRow[0])
  // rule fund-side-stage: "一般公共预算收入年初预算", "政府性基金预算支出调整后预算" of a place's report in prose: the
  // fund's side is the name asked (unread words), the stage after it its column, never a whole budget's weak word
  const fundStage = proseOnlyAsked(corpus, orgs) ? FUND_SIDE_STAGE.exec(t) : null
  const fundColumn: ColumnRole[] = []
  if (fundStage && !concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) {
    const at = fundStage.index + fundStage[1].length
    const stageEnd = at + fundStage[2].length
    const drop = concepts.filter((c) => c.kind === 'weak' && c.start < stageEnd && c.end > at)
    const final = /完成|执行/u.test(fundStage[2])
    if (drop.length || final) {
      for (const c of drop) concepts.splice(concepts.indexOf(c), 1)
      fundColumn.push(/调整/u.test(fundStage[2]) ? 'adjusted' : /决算|完成|执行/u.test(fundStage[2]) ? 'final' : 'initial')
    }
  }
  // rule table-named: a subject said right before 表 ("三公表里…公务用车费增减了多少") names the table read, not a subject,
  // when another subject follows it
  for (const c of concepts.filter((x) => /^(?:预算|决算)?表/u.test(t.slice(x.end)) && concepts.some((o) => o !== x && o.kind !== 'weak' && o.start >= x.end + 1))) concepts.splice(concepts.indexOf(c), 1)
  yearedRows(corpus, concepts, t, vocabulary)
  const strong = concepts.filter((c) => c.kind !== 'weak')
  partsUnderGroup(concepts, masked, vocabulary)
  const split = splitColumns(strong.length ? strong : concepts, masked, (h) => vocabulary.columnRoleOf(h.surface))
  const totals = totalOfRow(split.subjects, split.columns, masked)
  const nested = nestedColumns(totals.subjects, totals.columns, masked)
  const parts = partColumns(fundQualifiers(nested.subjects, masked), nested.columns, masked, vocabulary)
  unclaimedFundOfRow(parts.subjects, masked)
  const { subjects: written, columns: staged, ifFinal } = stageColumns(parts.subjects, parts.columns, masked)
  const subjects = subjectsOnce(written)
  // rule side-grand-total: "收入预算总计" asks the side's 总计 line (the grand total), not a 合计 column of the side
  const grandSide = subjects.find((c) => (c.kind === 'lexicon' || c.kind === 'weak') && /(?:收入|支出)(?:预算|决算)?$/u.test(c.surface) && t.slice(c.end, c.end + 2) === '总计')
  if (grandSide) { grandSide.surface += '总计'; grandSide.end += 2 }
  const columns = [...new Set([...fundColumn, ...whichColumns(staged, masked)])].filter((c) => !(grandSide && c === 'total' && (t.match(/总计|合计/gu)?.length ?? 0) === 1))
  dropCountedNouns(vocabulary, subjects, masked)
  abroadCounts(subjects, t)
  receptionCounts(subjects, t)
  countAsRow(corpus, subjects, masked, vocabulary)
  yearStartBaseline(subjects, masked)
  // "预算编制范围的预算单位有多少个": 编制 counts 名/人, the question counts 个 of another noun
  const asked = countNounOf(masked)
  const countHit = subjects.find((c) => c.kind === 'count')
  // "多少个编制": the counted word right after the unit is the count asked, whatever unit was used
  if (countHit && asked && countHit.name !== HEADCOUNT && !masked.includes(asked.unit + countHit.surface) && !vocabulary.countOf(countHit.name)?.units.includes(asked.unit)) subjects.splice(subjects.indexOf(countHit), 1)
  const countNoun = subjects.some((c) => c.kind === 'count') ? undefined : asked
  const yearCount = years.length + (baseYear !== undefined ? 1 : 0)
  markQualifiers(subjects, t, concepts)
  // a bare unit type ("各区医保局") names a group, not one organisation
  const reading = detectOp(t, subjects, orgs.filter((m) => m.stem || m.city || m.orgs).length, yearCount, baseYear !== undefined, !!countNoun, vocabulary)
  const unknown = injected ? undefined : (qualifiedName || leftoverWords(mask)[0])
  // (the unread words the question opens with, when a longer run elsewhere is `unknown`: "湖口23年一般公共预算收入…")
  const lead = injected ? undefined : /^[^\u0000]+/u.exec(mask.join(''))?.[0].trim()
  const leadUnknown = lead && lead !== unknown && /^\p{Script=Han}{2,4}$/u.test(lead) ? lead : undefined
  const joined = unknown && !unknownCode ? joinedLeftover(t, mask, unknown) : undefined
  const defineEnglish = english && !orgs.length && !years.length && /^\s*what (?:is|are)\b/i.test(question) && reading.op === 'lookup'
  // rule count-word-subject: "中层领导干部职数是多少" asks a count by a noun no term knows, its own word says so (职数, 人数, 名额)
  const counted = reading.op === 'lookup' && !subjects.length && !countNoun && unknown && COUNT_WORD_END.test(unknown) ? { noun: unknown, unit: '名' } : undefined
  return {
    text: t, orgs, years, baseYear, priorRelative, concepts: subjects, columns, ...(ifFinal.length ? { stagesIfFinal: ifFinal } : {}), injected, countNoun: countNoun ?? counted,
    op: defineEnglish ? 'define' : counted ? 'count' : stageOp(reading.op, columns),
    opExplicit: reading.explicit, order: reading.order, direction: reading.direction, unknown: unknownCode ?? joined?.unknown ?? unknown, ...(joined ? { joinedUnknown: joined.joined } : {}), ...(leadUnknown ? { leadUnknown } : {}), english,
    ...(qualifiedRow[0] && !injected ? { rowQualifier: unclaimedBefore(mask, qualifiedRow[0].start) } : {}),
  }
}

/** Each of a list asked (各, 分别), and the words that join two names (和, 与, 及, 以及, 、). */
const EACH_OF_LIST = /各|分别/u
const JOINERS = ['以及', '和', '与', '及', '、']
/** The head a list's names may share, written once at its end ("税收和非税收入": 税收收入, 非税收入). */
const SHARED_HEAD = /(?:收入|支出|经费|资金|费用)$/u
/** Where a name written after its joiner ends: the ask. */
const NAME_STOP = /各|分别|都|是|为|有|多少|几|的|[^\p{Script=Han}]/u

/**
 * Rule `joined-phrases`: "税收收入和非税收入各是多少" names two subjects no term knows, joined by 和 and each asked: the
 * two words in the order asked, and the two with their joiner as written (`unknown` becomes that span where dropping
 * the filler between ran the two together: "税收非税收入"). A word short of the head its partner ends with shares it
 * ("税收和非税收入各完成多少": 税收收入). A subject a term reads joined to the unknown words ("人员支出和项目支出分别
 * 多少") leaves the unknown words alone in the list (`withConcept`). Undefined unless the two are written right against
 * their joiner and no organisation's or term's words are read into the other.
 */
function joinedLeftover(t: string, mask: string[], unknown: string): { unknown: string; joined: NonNullable<QuestionFrame['joinedUnknown']> } | undefined {
  if (!EACH_OF_LIST.test(t) || unknown.length < 3) return undefined
  const share = (w: string, head: string) => { const h = SHARED_HEAD.exec(head)?.[0]; return h && !SHARED_HEAD.test(w) ? w + h : w }
  const unclaimed = (from: number, to: number) => mask.slice(from, to).every((c) => c !== HOLE)
  const lastWord = (run: string) => run.replace(FILLER, ' ').trim().split(/\s+/u).pop() ?? ''
  // a term's subject right against the span, across a joiner: on which side
  const conceptSide = (from: number, to: number): 'before' | 'after' | undefined => {
    for (const j of JOINERS) {
      if (t.startsWith(j, to) && mask[to + j.length] === HOLE) return 'after'
      if (from - j.length > 0 && t.slice(0, from).endsWith(j) && mask[from - j.length - 1] === HOLE) return 'before'
    }
    return undefined
  }
  const withSide = (words: string[], from: number, to: number) => {
    const side = conceptSide(from, to)
    return { words, whole: t.slice(from, to), ...(side ? { withConcept: side } : {}) }
  }
  // the two halves run together: "税收非税收入" from "税收和非税收入"
  for (let k = 2; k <= unknown.length - 2; k++) {
    for (const j of JOINERS) {
      const at = t.indexOf(unknown.slice(0, k) + j + unknown.slice(k))
      if (at < 0 || !unclaimed(at, at + k)) continue
      const to = at + unknown.length + j.length
      return { unknown: t.slice(at, to), joined: withSide([share(unknown.slice(0, k), unknown), unknown.slice(k)], at, to) }
    }
  }
  const at = t.indexOf(unknown)
  if (at < 0) return undefined
  const end = at + unknown.length
  const side = conceptSide(at, end)
  if (side) return { unknown, joined: { words: [unknown], whole: unknown, withConcept: side } }
  for (const j of JOINERS) {
    if (t.startsWith(j, end)) {
      const from = end + j.length
      const rest = t.slice(from)
      const stop = rest.search(NAME_STOP)
      const w = stop < 0 ? rest : rest.slice(0, stop)
      const own = w.replace(SHARED_HEAD, '')
      if (w.length >= 2 && w.length <= 12 && own.length >= 2 && unclaimed(from, from + own.length)) return { unknown, joined: { words: [unknown, share(w, unknown)], whole: t.slice(at, from + w.length) } }
    }
    if (t.slice(0, at).endsWith(j)) {
      let i = at - j.length
      while (i > 0 && mask[i - 1] !== HOLE && /\p{Script=Han}/u.test(mask[i - 1])) i--
      const w = lastWord(t.slice(i, at - j.length))
      if (w.length >= 2 && w.length <= 12) return { unknown, joined: { words: [share(w, unknown), unknown], whole: t.slice(at - j.length - w.length, end) } }
    }
  }
  return undefined
}

const LEVEL = /^\((类|款|项)\)/
const ITEM_ASK = /目标|指标|绩效|项目(?!支出)/

/**
 * A project named like a table row ("医疗救助") is read as the row unless the question asks about the project
 * (目标, 指标, 绩效, 项目); a level marker ("医疗救助（款）") always names the row of that level.
 */
function settleRowReadings(concepts: ConceptHit[], t: string) {
  for (const c of concepts) {
    const level = LEVEL.exec(t.slice(c.end))?.[1] as ConceptHit['level']
    if (level && (c.kind === 'row' || c.alsoRow)) c.level = level
    if (c.kind === 'project' && c.alsoRow && (level || !ITEM_ASK.test(t))) c.kind = 'row'
  }
}

/** The part of a year a report covers: 上半年, 下半年, 一季度, 第三季度, 前三季度, 前11个月, 1-6月, 一至九月; a statement's 本期 (its own). */
const PERIOD_WORD = /本期(?!预算)|[上下]半年|前三季度|前(?:1[01]|[2-9]|[两二三四五六七八九十]|十[一二])个月|第?[一二三四1-4]季度|(?:1|一)(?:-|—|~|至|到)(?:1[0-2]|[2-9]|[二三四五六七八九十]|十[一二])月份?/gu

/** 其中, or 包含/含 ("一共安排多少？包含上年结转多少？"): what follows is a part of what came before */
const PART_WORD = /其中|包含|包括|含有|(?:^|[^\p{Script=Han}])含/u

/** "政府采购预算总额多少？其中服务类多少？": a subject after 其中 is a part of the one before (or of the previous turn's). */
function markParts(concepts: ConceptHit[], t: string) {
  // "单位预算里一般公共服务支出": the whole budget (a weak word) is no whole a subject is a part of
  const wholes = concepts.filter((c) => c.kind !== 'column' && c.kind !== 'count' && c.kind !== 'weak')
  wholes.forEach((c, i) => {
    const prev = wholes[i - 1]
    const between = t.slice(prev?.end ?? 0, c.start)
    if (PART_WORD.test(between) || (prev && /^(?:的)?(?:里|中|当中|里面|之中)(?:的)?$/.test(between))) c.parent = prev?.name ?? ''
  })
}

/** The unclaimed Han words right before a position, filler removed: "教育" before 支出 in "江北医保中心2026年教育支出". */
/** Where the run of unclaimed characters right before `at` starts (the words as written, fillers kept). */
function runStart(mask: string[], at: number): number {
  let i = at
  while (i > 0 && mask[i - 1] !== HOLE && /\p{Script=Han}/u.test(mask[i - 1])) i--
  return i
}

/** The concepts `pick` keeps, taken out of the list (each read against the list as it was before any is taken out). */
function takeOut(concepts: ConceptHit[], pick: (c: ConceptHit) => boolean): ConceptHit[] {
  const out = concepts.filter(pick)
  for (const c of out) concepts.splice(concepts.indexOf(c), 1)
  return out
}

/** No subject but `c` (columns and weak words aside): the words before it are its own qualifier, not another's. */
const onlySubject = (concepts: ConceptHit[], c: ConceptHit) => !concepts.some((o) => o !== c && o.kind !== 'column' && o.kind !== 'weak')

function unclaimedBefore(mask: string[], at: number): string {
  let i = at
  while (i > 0 && mask[i - 1] !== HOLE && /\p{Script=Han}/u.test(mask[i - 1])) i--
  const run = mask.slice(i, at).join('')
  // only words written right against it qualify it ("教育支出", not "单位的年度预算"); a noun of money closing a
  // name ("财政专户管理资金收入") is part of that name, not a filler between
  // (a fund's name closing the run, "一般公共预算" of 一般公共预算收入, is a name whose 预算 is its own)
  if (FUND_NAME_END.test(run)) return run.slice(0, -2).replace(FILLER, '') + '预算'
  // (a carry's name closing with its year word, "结转下年" of 结转下年支出, is that name: its 下年 is no filler)
  if (CARRY_NAME_END.test(run)) return run
  return END_FILLER.test(run) && !MONEY_NOUN_END.test(run) ? '' : run.replace(FILLER, '')
}
const CARRY_NAME_END = /(?:结转|结余|转入|滚存)(?:到|至)?(?:下|上|本)一?年度?$/u
const FUND_NAME_END = new RegExp(`${FUND_STEM.source.slice(0, -1)}预算$`, 'u')
const END_FILLER = new RegExp(`(?:${FILLER.source})$`, 'u')
const MONEY_NOUN_END = /\p{Script=Han}{2}(?:资金|经费|费用)$/u
/** Words before 项目支出 that make it an item's name (民生和社会发展重点项目支出), not a stage's or a fund's column. */
const ITEM_QUALIFIER = /^(?!(?:决算|预算|年初|调整|全年|本年|上年|收支|年度|财政拨款|一般公共预算|政府性基金)+$)\p{Script=Han}{2,}$/u
/** Words that name a thing, not only a stage, side or account ("资产" of 国有资产总额, never "部门预算" or "收支") */
const TOTAL_QUALIFIER = /^(?!(?:部门|单位|决算|预算|年初|调整|全年|本年|上年|收支|收入|支出|年度|财政拨款|一般公共预算|政府性基金|的)+$)\p{Script=Han}{2,}$/u
/** Words that narrow a subject row's name (小学 of 小学教育支出), not an organisation's, a place's, a stage's or an account's. */
const ROW_QUALIFIER = /^(?![全本各该我])(?!.*(?:省|市|县|区|旗|州|盟|镇|乡|局|委|办|院|校|中心|街道)$)(?!(?:部门|单位|本级|机关|本部|全部|整体|总|全|决算|预算|年初|调整|全年|本年|上年|今年|明年|去年|收支|年度|预计|实际|执行|完成|安排|财政|拨款|财政拨款|一般公共|一般公共预算|政府性基金|国有资本经营|合计|共|类|款|项|功能|科目|级|的|和|与|及)+$)\p{Script=Han}{2,6}$/u
/** A side's whole as the vocabulary names it: what an item's words before it make that item's (食堂伙食收入预算). */
const SIDE_WHOLE = /^(?:收入|支出)(?:预算|决算)?$/u
/** Words before a side that name an item of it, not a body, a stage or an account (部门收入, 全年支出, 学校收入 are the whole) */
const SIDE_QUALIFIER = /^(?![全本各该我])(?!(?:部门|单位|本级|机关|学校|医院|本部|全部|整体|总|全|决算|预算|年初|调整|全年|本年|上年|今年|明年|去年|收支|年度|预计|实际|财政拨款|一般公共预算|政府性基金|国有资本经营|的|和|与|及)+$)\p{Script=Han}{2,}$/u
/** A weak word that asks rather than names: 花了多少钱, 开支多少, 一共多少钱, 预算是多少. */
const ASK_WORDS = /多少|几|花|开支/u
/** …unless it names what is asked too (预算多少: the 预算 stays with the words before it) */
const NOUN_WORDS = /预算|决算|支出|收入|经费|资金/u

/** Words of the question no organisation, year or term claimed, longest first. */
function leftoverWords(mask: string[]): string[] {
  const leftover = mask.join('').replace(/\u0000+/g, ' ').replace(FILLER, ' ')
  return leftover.split(/\s+/).filter((w) => /\p{Script=Han}{2,}/u.test(w)).sort((a, b) => b.length - a.length)
}

const codeCache = new WeakMap<Corpus, Set<string>>()
/** Let `corpus` (a few documents read for one question) know the row codes of `whole` (every document's words). */
export function shareCodes(corpus: Corpus, whole: Corpus): void {
  codeCache.set(corpus, corpusCodes(whole))
}

function corpusCodes(corpus: Corpus): Set<string> {
  let s = codeCache.get(corpus)
  if (!s) {
    s = new Set(corpus.documents.flatMap((d) => d.tables.flatMap((t) => t.rows.flatMap((r) => (r.code ? [r.code] : [])))))
    codeCache.set(corpus, s)
  }
  return s
}

/** 批次/人次 of the 公务接待 section asked of trips abroad ("出国一共多少批次、多少人次", no 接待 said): the trips' counts. */
const ABROAD_ASKED = /出国|出境/u
const RECEPTION_SAID = /接待/u
const TRIPS_OF: Record<string, string> = { 'reception-batches': 'trips-groups', 'reception-visits': 'trips-visits' }
function abroadCounts(subjects: ConceptHit[], text: string): void {
  if (!ABROAD_ASKED.test(text) || RECEPTION_SAID.test(text)) return
  for (const c of subjects) if (c.kind === 'count' && TRIPS_OF[c.name]) c.name = TRIPS_OF[c.name]
}

/**
 * Rule `reception-asked-counts`: "国内公务接待了多少次、多少人" counts the 公务接待 section's 批次 (said as 次) and its
 * 人次 (said as 人), asked with no count word of their own.
 */
const RECEPTION_TIMES = /接待[^，,。？?]{0,4}?(?:了)?(?:多少|几)次/u
const RECEPTION_PEOPLE = /接待[^。？?]{0,12}?(?:多少|几)(?:个)?人(?!次)/u
function receptionCounts(subjects: ConceptHit[], text: string): void {
  if (!RECEPTION_SAID.test(text) || ABROAD_ASKED.test(text) || subjects.some((c) => c.kind === 'count')) return
  const at = text.search(/接待/u)
  const times = RECEPTION_TIMES.exec(text)
  if (times) subjects.push({ name: 'reception-batches', kind: 'count', start: times.index, end: times.index + times[0].length, surface: times[0] })
  const people = RECEPTION_PEOPLE.exec(text)
  // (placed one after the 次 ask's start: two asks of one clause keep their order)
  if (people) subjects.push({ name: 'reception-visits', kind: 'count', start: people.index + 1, end: people.index + people[0].length, surface: people[0] })
  // (the money row 公务接待费 said as 公务接待 is no subject of a count question)
  if (times || people) for (let k = subjects.length - 1; k >= 0; k--) if (subjects[k].kind !== 'count' && subjects[k].start <= at && subjects[k].end > at) subjects.splice(k, 1)
}

/** A noun that is itself a count of people (…职数, …人数, …名额). */
const COUNT_WORD_END = /(?:职数|人数|名额)$/u

/**
 * The words a question writes right after a subject, before it asks (目标 of "一般公共预算收入目标是多少", 预计 of
 * "…收入预计能完成多少"): which of the subject's stated figures it asks when the prose states several (its target, its
 * expected outturn). Kept on the hit; a prose reading prefers the figure with these words between subject and amount.
 */
const QUALIFIER_AFTER = /^(\p{Script=Han}{2,6}?)(?=是|为|有|多少|几|的|呢|能|可|会|大概|大约|一共|共|[？?，,。！!]|$)/u
/** Words that say which of a subject's stated figures is asked: its target, its expected or actual outturn, its plan. */
const WHICH_FIGURE = /目标|预计|完成|执行|调整|实际|计划|累计|批复|批准/u
const NOT_QUALIFIER = /^(?:是|有|为|的|占|比|较|和|与|及|跟|同|其中|里|中|在|按|从|一共|总共|大概|大约|今年|去年|明年|上年|本年|多少|几)/u

function markQualifiers(subjects: ConceptHit[], t: string, concepts: ConceptHit[]): void {
  for (const c of subjects) {
    if (c.kind !== 'lexicon' && c.kind !== 'row') continue
    const rest = t.slice(c.end)
    const q = QUALIFIER_AFTER.exec(rest)?.[1]
    // (another subject or column named right after is no qualifier of this one)
    if (!q || NOT_QUALIFIER.test(q) || !WHICH_FIGURE.test(q) || [...subjects, ...concepts].some((o) => o !== c && o.kind !== 'weak' && o.start >= c.end && o.start < c.end + q.length)) continue
    c.qualifier = q
  }
}
