import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { ConceptHit, Op } from './question-frame.js'
import { asksOnlyStatedCounts } from './rules/stated-count.js'
import { whichMovedRule } from './rules/which-moved.js'

const DEFINE = /怎么定义|如何定义|什么是|什么叫|啥叫|啥是|是啥意思|是什么[?？]?$|是啥[?？]?$|是什么意思|什么意思|指的是什么|指什么|含义|定义|名词解释|怎么理解|何为|何谓|是指|包括哪些|包含哪些|包括什么|包含什么|都包括|指哪些|涵盖/
/** Asks a meaning even when an organisation is named: that document's 名词解释 ("肥西…预算里的其他收入具体指什么"). */
const DEFINE_IN_DOC = /什么是|什么叫|啥叫|是什么意思|什么意思|怎么定义|如何定义|定义|含义|名词解释|具体指|指的是什么|是指什么/
// ("怎么比预算多了", "怎么降了这么多": 怎么 before a change already happened asks why)
const REASON = /为什么|为何|为啥|咋会|原因|什么导致|怎么会|何故|why|怎么(?:就)?[^？?，,。]{0,12}?(?:多|少|高|低|增加|减少|增长|下降|涨|降|超)(?:了|这么多|那么多)/
/** 绩效目标, and the list of projects a document sets targets for (有哪些项目) */
const TARGET = /目标|指标|绩效|(?:有|包括|安排了?)哪些(?:预算)?项目|项目有哪些/
const TARGET_NAMED = /绩效目标|绩效指标|指标值|目标值/
const COUNT_SHARE = /占(?!用).{0,16}(?:比例|比重|百分之|百分比|几成)/
// ("降了多少百分比", "下降了多少个百分点（百分比）" are a change's rate, not a share)
const SHARE = /占比|相当于.{0,16}(?:百分之|百分比|几成|比例)|占(?!用).{0,16}(?:比例|比重|百分之|百分比|多少|几成)|比例|比重|(?<!(?:增长|下降|降低|减少|增加|上涨|上升|涨|降|跌)了?(?:多少|几)个?(?:百分点\()?)百分比|份额|所占/u
const GROWTH = /增长率|增幅|降幅|减幅|涨幅|跌幅|增速|(?:增长|下降|降低|减少|增加|上涨|上升|涨|降|跌|多|少)了?(?:大约|约)?百分之|(?:增长|下降|降低|减少|增加|上涨|上升|涨|降|跌)了?(?:多少|几)(?:个)?百分比|变化率|变动率|幅度|增长了?多少%|(?:增长|下降|降低|减少|增加)了?(?:几|多少)个?(?:百分)?点(?!\p{Script=Han})/u
// ("对比表中…是多少": a table's name and a 多少 ask no change)
const CHANGE = /(?:(?<!对)比(?!例|重)|较|相比).{0,14}?(?:增加|减少|增长|下降|多(?!少)|少|变化|变动|差)|是增是减|是增加还是减少|增还是减|是涨是降|涨了还是降了|升了还是降了|增减|变化|变动|差额|相差|差多少|差距|增加了?多少|减少了?多少|增长了?多少(?![%％])|下降了?多少(?![%％])|涨了?多少|降了?多少|多了多少|少了多少|(?:超出|超过|超支|节约)了?(?:年初|全年|调整后?的?)?预算数?了?(?:多少|几)/
/** "跟2024年比怎么样", "和上年相比如何": a change asked without naming its direction */
const CHANGE_HOW = /(?:跟|和|与|同)\s*(?:\d{4}年度?|上一?年度?|去年)\S{0,6}?(?:相?比|比较)(?:起来)?(?:是)?(?:怎么样|怎样|如何|有什么不同|有何不同|怎么变的?|如何变的?|有什么变化|有何变化|变了多少|呢)/
const RANK = /最多|最高|最大|最少|最低|最小|排名|排个?名|排个?序|排一下|排行|前[一二三四五六七八九十\d]+|哪个.{0,12}(?:多|高|大|少|低|小)|哪家|哪一家|哪些单位.{0,8}(?:多|高|少|低)/
/** 少 in 多少 ("哪个高？高多少") asks an amount, not the smaller one. */
const ASC = /最少|最低|最小|(?:哪个|哪家).{0,12}(?:(?<!多)少|低|小)|升序/
// (a table named by its words, "对比表里", "对比情况表", asks no comparison)
const COMPARE = /比较(?!表)|对比(?!表|情况表)|相比|哪个多|谁多|谁高|哪个高|\bvs\b/
const SUM = /之和|总和|加起来|合起来|加总|一共|合计多少|总共/
const MONEY_ASK = /金额|多少钱|元|预算是?多少|资金/
/** where the money goes, asked of the whole budget: 钱主要花在哪, 支出结构 */
const BREAKDOWN = /花在哪|花到哪|用在哪|用到哪|花在了?什么|花在了?哪些|钱都?去哪|支出结构|支出构成|结构情况|构成情况|怎么花的?|都花了?哪些/
/** what a named subject's money is for: 项目支出主要用于什么 */
// (and money moved, "最后用到哪里去了", "调出资金…调去干嘛了", "转移支付主要干什么用")
const USAGE = /主要(?:是)?用于|用于什么|用于哪|用途|用在哪|用在了?什么|用来(?:干|做|办)|干什么用|做什么用|花在哪|拿去(?:干|做|办)(?:嘛|啥|什么)|干(?:嘛|啥)用|做啥用|用到(?:了)?哪|调(?:去|到|给)?(?:干|做)(?:嘛|啥|什么)|调(?:去|到)(?:了)?哪|调剂(?:到|给|用于)(?:了)?哪/
/** what a named subject's money is (是什么钱), where an income comes from (事业收入是哪来的, 收入来源是什么: a spending's source is its fund, rule fund-source) or buys (买什么, 采购哪些): read as its use */
const WHAT_MONEY = /是什么(?:钱|资金|款|收入|项目的?钱|项目)|收入(?:\d[\d,.]*(?:亿元|万元|元))?(?:主要)?(?:是|从)?哪(?:里|儿)?来|收入(?:是)?怎么来|收入(?:的)?来源(?:是|为)?(?:什么|哪)|收入来自(?:哪|什么)|(?:收入|资金|经费)(?:主要)?(?:是|为|包括|有)(?:什么|哪些)|什么性质的?(?:钱|资金)|是哪[些类笔](?:钱|资金)|买(?:了|的)?(?:什么|哪些)|采购(?:了|的)?(?:什么|哪些)|采购的是什么|采购(?:内容|品目)|购买(?:了|的)?(?:什么|哪些)|购置(?:了|的)?(?:什么|哪些)/
// (an organisation's own parts, 内设哪些部门 / 下属有哪些单位, are asked of its document, not of what is held)
const LIST = /(?<!(?:内设|下设|所属|下属|直属|设有|设置)[^，,。？?]{0,3})(?:有哪些(?:单位|文件|文档|部门|预算|数据)|哪些单位|收录了?哪些|有什么数据|哪些部门)/

export interface OpReading { op: Op; explicit: boolean; order: 'desc' | 'asc'; direction?: 'up' | 'down' | 'signed'; rule?: string }

/** What the operation rules read: the question text and what parsing already found in it. Never changed by a rule. */
export interface OpQuestion {
  readonly text: string
  readonly concepts: readonly ConceptHit[]
  readonly kinds: ReadonlySet<ConceptHit['kind']>
  /** concepts that name money (all but counts) */
  readonly money: readonly ConceptHit[]
  /** only the whole budget is named (a weak word or 支出预算), no subject of its own */
  readonly whole: boolean
  readonly asksMoney: boolean
  readonly orgCount: number
  readonly yearCount: number
  readonly hasBase: boolean
  readonly countNoun: boolean
  /** the domain vocabulary the question's terms were read with */
  readonly vocabulary: Vocabulary
}

/**
 * One way of asking an operation: it applies when its pattern (any of them, when several) is in the question and its
 * guard holds. Rules run by descending priority; the first that applies names the operation, so a rule need not
 * repeat the guards of the rules above it.
 */
export interface OpRule {
  name: string
  priority: number
  pattern?: RegExp | readonly RegExp[]
  guard?: (q: OpQuestion) => boolean
  op: Op
}

/** "收入预算中一般公共预算拨款以外的部分", "除了…其余的", "扣掉…还剩": a whole less its part named beside it */
export const REMAINDER = /(?:以外|之外)的?(?:部分|钱|资金|收入|支出|款项|金额)|(?:其余|剩下|剩余|余下)(?:的)?(?:部分|钱|资金|收入|支出|金额)?(?:有|是|为|还有)?(?:多少|几)|扣(?:掉|除|去)|去掉|减去|还剩/u

/** The part named between the whole and 以外: "收入预算中(一般公共预算拨款)以外的部分" */
export const REMAINDER_OF = /(?:中|里|当中|里面)(?:的)?([^，,。？?；;]{2,20}?)(?:以外|之外)/u

const CHANGE_ASKED = [CHANGE, CHANGE_HOW] as const
/** Words that set one subject against another: 比, 较, 相差, 差额, 差多少. */
const BETWEEN_SUBJECTS = /比|较|相差|差距|差额|差多少|差了|相比|对比|高出|低于|高于|超出|超过/u
/** "下降百分比", "增长百分之几": the rate of a change, not a share */
const CHANGE_RATE_WORDS = /(?:下降|增长|增加|减少|上升|降低|涨|降)了?(?:的)?(?:百分比|百分之几|百分之多少|几个百分点)/u
const MANY = (q: OpQuestion) => q.orgCount >= 2 || q.yearCount >= 2 || COMPARE.test(q.text)

/** The operation rules, highest priority first. A new phrasing is a new rule at the priority where it belongs. */
export const OP_RULES: readonly OpRule[] = [
  // (an organisation named asks its own units, "柏祥镇财政决算单位由哪些单位构成", never what is held)
  { name: 'list-held', priority: 170, pattern: LIST, guard: (q) => !q.money.length && (q.orgCount === 0 || /收录|文件|文档|数据/u.test(q.text)), op: 'list' },
  { name: 'define', priority: 160, pattern: DEFINE, guard: (q) => (!q.orgCount || DEFINE_IN_DOC.test(q.text)) && !REASON.test(q.text) && !RANK.test(q.text), op: 'define' },
  { name: 'breakdown', priority: 150, pattern: BREAKDOWN, guard: (q) => q.whole && !REASON.test(q.text), op: 'breakdown' },
  { name: 'what-money', priority: 141, pattern: WHAT_MONEY, guard: (q) => !q.whole && !REASON.test(q.text), op: 'usage' },
  { name: 'usage', priority: 140, pattern: USAGE, guard: (q) => !q.whole && !REASON.test(q.text), op: 'usage' },
  { name: 'reason', priority: 130, pattern: REASON, op: 'reason' },
  // "某项目占项目支出的比例": a project's money as a share of another subject asked beside it, never its form read out
  { name: 'project-share', priority: 121, pattern: SHARE, op: 'share', guard: (q) => q.kinds.has('project') && /占/u.test(q.text) && q.money.some((c) => c.kind !== 'project' && c.kind !== 'weak') && !q.kinds.has('indicator') },
  {
    name: 'target', priority: 120, op: 'target',
    // (a row's 绩效目标 named outright, "某项目的绩效目标指标值", is its target, never the row's money)
    guard: (q) => q.kinds.has('indicator') || q.kinds.has('project') || (TARGET.test(q.text) && !q.money.length && !q.asksMoney && !q.countNoun) || (TARGET_NAMED.test(q.text) && !q.asksMoney && !q.countNoun),
  },
  // "在职人员占编制数的比例": one count as a share of another (answer-count-share), not the two counts read out
  { name: 'count-share', priority: 116, pattern: COUNT_SHARE, op: 'share', guard: (q) => q.concepts.filter((c) => c.kind === 'count').length >= 2 && !q.money.some((c) => c.kind !== 'column' && c.kind !== 'weak') },
  // "公务接待多少批次、多少人次": only the counts the standard sections state are asked (rule stated-count)
  { name: 'stated-count', priority: 115, op: 'count', guard: (q) => asksOnlyStatedCounts(q.vocabulary, q.text, [...q.concepts]) },
  // "实行绩效目标管理的项目有几个": a count asked of a noun, whatever money concept qualifies it
  { name: 'count', priority: 110, op: 'count', guard: (q) => (q.kinds.has('count') || q.countNoun) && (!q.money.some((c) => c.kind !== 'column') || (q.countNoun && !q.asksMoney)) },
  // (…never "比上年少了多少 下降百分比": a change and its rate, asked with 百分比 after the change's own word)
  { name: 'share', priority: 100, pattern: SHARE, op: 'share', guard: (q) => !(CHANGE_RATE_WORDS.test(q.text) && /比上一?年|比去年|较上一?年|同比/u.test(q.text)) },
  // "收入预算中一般公共预算拨款以外的部分有多少": the whole less the part named beside it (rule remainder)
  // (the part in words no term reads, "收入预算中事业单位经营收入以外的部分", is read from the prose: rule remainder-unread)
  { name: 'remainder', priority: 95, pattern: REMAINDER, guard: (q) => { const n = q.money.filter((c) => c.kind !== 'weak').length; return n === 2 || (n === 1 && REMAINDER_OF.test(q.text)) }, op: 'difference' },
  { name: 'growth', priority: 90, pattern: GROWTH, op: 'growth' },
  whichMovedRule,
  { name: 'rank', priority: 80, pattern: RANK, guard: (q) => q.orgCount !== 1, op: 'rank' },
  // (each organisation's own change against its year before, "A和B收入比上年各增加多少", is no comparison between them)
  { name: 'change-between-orgs', priority: 74, pattern: CHANGE_ASKED, guard: (q) => q.orgCount >= 2 && !/(?:比|较)(?:上一?年|去年)|同比/u.test(q.text), op: 'compare' },
  { name: 'change-over-years', priority: 73, pattern: CHANGE_ASKED, guard: (q) => q.hasBase || /上年|去年|上一年|前一年|同比/.test(q.text) || q.yearCount >= 2, op: 'change' },
  // (two subjects set against each other, "A比B多多少", "A和B相差多少": never two subjects each asked its own 增减)
  { name: 'change-between-subjects', priority: 72, pattern: CHANGE_ASKED, guard: (q) => q.money.length >= 2 && BETWEEN_SUBJECTS.test(q.text), op: 'difference' },
  { name: 'change', priority: 71, pattern: CHANGE_ASKED, op: 'change' },
  { name: 'rank-of-several', priority: 61, pattern: RANK, guard: MANY, op: 'rank' },
  { name: 'compare', priority: 60, guard: MANY, op: 'compare' },
  // "一共安排多少？包含上年结转多少？": a part asked beside its whole is no second term of a sum
  { name: 'sum', priority: 50, pattern: SUM, guard: (q) => q.money.filter((c) => !c.parent).length >= 2, op: 'sum' },
]

const BY_PRIORITY = [...OP_RULES].sort((a, b) => b.priority - a.priority)

const patternIn = (text: string, p: OpRule['pattern']) => !p || (p instanceof RegExp ? p.test(text) : p.some((r) => r.test(text)))

/** The first rule, by priority, that the question satisfies. */
export function firstOpRule(q: OpQuestion, rules: readonly OpRule[] = BY_PRIORITY): OpRule | undefined {
  return rules.find((r) => patternIn(q.text, r.pattern) && (!r.guard || r.guard(q)))
}

/** The reading the operation rules run over. */
export function opQuestion(t: string, concepts: ConceptHit[], orgCount: number, yearCount: number, hasBase: boolean, countNoun = false, vocabulary = defaultVocabulary): OpQuestion {
  const money = concepts.filter((c) => c.kind !== 'count')
  return Object.freeze({
    text: t,
    concepts: Object.freeze([...concepts]),
    kinds: new Set(concepts.map((c) => c.kind)),
    money: Object.freeze(money),
    whole: money.every((c) => c.kind === 'weak' || c.name === '支出预算'),
    asksMoney: MONEY_ASK.test(t),
    orgCount, yearCount, hasBase, countNoun, vocabulary,
  })
}

/** The operation a question asks for; concept kinds break ties (an indicator asks for its target). */
export function detectOp(t: string, concepts: ConceptHit[], orgCount: number, yearCount: number, hasBase: boolean, countNoun = false, vocabulary = defaultVocabulary): OpReading {
  const order = ASC.test(t) ? 'asc' : 'desc'
  const direction = /增减|变化|变动/.test(t) || CHANGE_HOW.test(t) ? 'signed' : /减少|下降|少了|压减/.test(t) ? 'down' : /增加|增长|多了/.test(t) ? 'up' : undefined
  const rule = firstOpRule(opQuestion(t, concepts, orgCount, yearCount, hasBase, countNoun, vocabulary))
  return rule ? { op: rule.op, explicit: true, order, direction, rule: rule.name } : { op: 'lookup', explicit: false, order, direction }
}
