import type { BudgetDocument, PageField, Paragraph } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { pageFieldCitation, paragraphCitation, rowCitation } from '../../tools/lib/citation.js'
import { orgAliases } from '../../tools/lib/org-alias.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { tocEntryAsked, tocEntryByWords, tocEntryIn } from './toc-entry-asked.js'
import { answerSectionAsked, dutyParagraphs } from './section-asked.js'
import { answerTocOutline } from './toc-outline-asked.js'
import { linesText, sharedRun } from './head-label-asked.js'

/**
 * Rule `prose-fact-asked`: a question that asks a fact, not an amount, answered from the prose with the words that
 * state it (quoted as printed, cuts marked ……, with its lines), or a plain not-found when the prose does not state
 * it; never a figure from a table. The 单位概况 of a disclosure states the unit's nature (公益一类事业单位, 参照公务员法
 * 管理, 行政单位) and its parent (隶属/主管部门) in the 机构设置 sentence; its 主要职能 lists duties one per item; a
 * definition or a 单位范围 sentence states what something includes (…包括A、B和C).
 */
export interface ProseFact {
  name: string
  asked: RegExp
  /** what the fact is called in a not-found answer */
  word: string
  /** the clause that states it */
  stated: RegExp
  /** quoted from that clause to the end of its sentence: the names it gives follow it ("…1个，为某某站") */
  toSentenceEnd?: boolean
  /** quoted from the sentence's start (a heading run into it, "（二）机构设置。镇人民政府内设…", says what it lists) */
  wholeSentence?: boolean
  /** quoted from the clause before it: the name a renaming starts from ("某某工作队,成立于…,于2020年更名为…") */
  clauseBefore?: boolean
}

export const PROSE_FACTS: readonly ProseFact[] = [
  {
    name: 'unit-nature', word: '单位性质',
    asked: /什么性质|性质是|单位性质|单位类型|哪[类种一]类?单位|什么(?:类型|类别|样)的?单位|是(?:什么|哪种|哪类)单位|属于(?:什么|哪类|哪种)(?:单位)?|是(?:行政|事业)单位(?:吗|还是)|(?:全额|差额)(?:拨款)?(?:的)?(?:还是|或者?)|(?:全额|差额)拨款(?:的)?(?:单位)?吗|拨款(?:方式|类型|性质)是/,
    // (its own kind: "下属3个财政补助事业单位" counts the units under it; a 街道办事处 is its government's 派出机关)
    // (…or its funding as its nature: "单位性质是财政差额补助")
    stated: /公益[一二三]类|参照公务员法|参公管理|行政(?:单位|机关)|(?<![下所]属[\d一二三四五六七八九十]*个?\p{Script=Han}{0,8})事业单位|全额拨款|差额拨款|(?:全额|差额|定额)补助|单位性质(?:是|为)|自收自支|群团组织|派出(?:机关|机构)/u,
  },
  {
    name: 'unit-parent', word: '主管部门',
    asked: /哪个(?:部门|单位|机关|局|委|厅|办)(?:下面|下属|下边|底下|管辖|管的)|(?:属于|隶属于?)哪个(?:部门|单位|机关)|归哪个?(?:部门|单位|机关)|归谁管|归哪一?级(?:政府)?管|哪一级(?:政府)?(?:管|主管|管辖)|主管部门|主管单位|上级(?:主管)?(?:部门|单位)|隶属|哪个(?:部门|单位)(?:主管|管理?|领导)|归口|谁主管|受谁领导|由谁管/,
    // the unit's own relation, not a duty ("承办上级主管部门交办的…工作")
    stated: /隶属|归口|直属于|(?:主管部门|主管单位)(?:是|为|[:：])|(?:所属|下属|管理)的\p{Script=Han}{0,12}?(?:单位|机构|机关)|(?:所属|下属)(?:公益|事业|行政|参公)|由\p{Script=Han}{2,20}?(?:管理|领导|主管)(?!部门)|是\p{Script=Han}{2,24}?主管的|(?:为|是)\p{Script=Han}{2,24}?(?:\d{4}年度?)?\p{Script=Han}{0,16}?(?:二级|三级|下属|所属)预算(?:事业|行政)?单位|(?:为|是)\p{Script=Han}{2,24}?(?:下属|所属|直属)(?:的)?(?:事业)?(?:单位|机构)|所属\p{Script=Han}{2,24}?的(?:二级|三级)(?:预算)?(?:机构|单位)/u,
  },
  {
    // "什么级别", "是正科级吗": the unit's rank as the 机构设置 sentence states it ("机构规格为正科级")
    name: 'unit-level', word: '机构级别',
    asked: /什么级别|哪一?级别|几级单位|行政级别|机构规格|什么规格|[正副]?(?:厅|处|科|股)级(?:吗|单位吗|还是)/u,
    stated: /[正副](?:厅|处|科|股)级|(?:厅|处|科|股)级(?:单位|事业单位|行政单位|建制)|机构规格/u,
  },
  {
    // "预算是哪次人代会批准的": the session of the people's congress the page says approved the budget
    name: 'approved-by', word: '批准预算的会议',
    asked: /哪(?:次|一次|届)(?:的)?(?:人代会|人大|人民代表大会|会议)|(?:什么|哪个)会议(?:批准|通过|审议)|(?:人代会|人大)(?:批准|通过)(?:的)?(?:吗|没有)?[？?]?$/u,
    stated: /第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议|人大常委会第[一二三四五六七八九十\d]+次会议/u,
  },
  {
    // "是几级几等的医疗机构", "什么等级的医院": a hospital's or clinic's grade as the page states it ("一所一级乙等…卫生机构")
    name: 'hospital-grade', word: '医院等级',
    asked: /几级几等|[一二三]级[甲乙丙]等(?:吗|还是)|(?:什么|哪个|几)等级|医院等级|评级|等级是/u,
    stated: /[一二三]级[甲乙丙特]等|[一二三]级(?:医院|医疗机构|综合医院)|(?:等级|评审)为[一二三]级/u,
  },
  {
    // "职责是根据哪个文件定的": the 根据《…》(文号) clause that opens the 职责 ("根据《…机构改革方案》…,某局是…部门")
    name: 'basis', word: '所依据的文件',
    asked: /(?:根据|依据|按照|依照)(?:的是)?(?:哪个|哪份|哪一个|哪些|什么)(?:文件|规定|方案|通知)?|(?:哪个|哪份|什么)文件(?:定|规定|确定|明确)的/,
    // read in the normalised sentence (《》 dropped): the document's title ends in what it is, its 文号 may follow
    stated: /(?:根据|依据|按照|依照)\p{Script=Han}[\p{Script=Han}、\d]{3,100}?(?:通知|决定|意见|方案|规定|办法|批复|条例)(?:[(（][^)）]{2,30}[)）])?/u,
  },
  {
    // "哪年建校的", "什么时候成立": the sentence of the unit's history that dates it ("创建于1917年", "成立于1984年4月")
    name: 'founded', word: '成立时间', toSentenceEnd: true,
    asked: /(?:哪一?年|什么时候|何时|哪个年代|多少年)(?:[^？?]{0,4})(?:成立|建校|创建|创办|始建|组建|设立|建立|建的|建成)|(?:成立|建校|创建|创办|始建|组建|设立|建立)(?:于|的|时间|年份)?(?:是)?(?:哪一?年|什么时候|何时)/u,
    stated: /(?:成立|建校|创建|创办|始建|组建|设立|建立)于?\s*(?:19|20|18)\d{2}\s*年|(?:19|20|18)\d{2}\s*年\d{0,2}月?\s*(?:成立|建校|创建|创办|始建|组建|设立|建立)/u,
  },
  {
    // "最早叫什么", "1927年改成了什么名字", "什么时候改的名": the history sentence that names the earlier or later name
    name: 'renamed', word: '名称沿革', toSentenceEnd: true, clauseBefore: true,
    asked: /(?:最早|原来|以前|起初|当初|改名前|更名前)(?:的名字)?(?:叫|是|名为|称)(?:什么|啥)|原名|前身|改(?:成|为|叫)了?(?:什么|啥)|改(?:的)?名|更名|名称(?:变更|沿革)/u,
    stated: /初名|原名|始称|前身|旧称|更名为|改名为|改称|易名|更名/u,
  },
  {
    // "内设哪些处室", "有哪些内设机构": the 机构设置 sentence listing them ("内设办公室、财务处…和机关党委")
    name: 'internal-units', word: '内设机构', toSentenceEnd: true, wholeSentence: true,
    asked: /内设(?:了|有)?(?:哪些|哪几个|什么)(?:机构|处室|科室|股室|部门|处|科|股)?|(?:有|设)(?:哪些|哪几个|什么)(?:内设)?(?:机构|处室|科室|股室)|内设(?:机构|处室|科室|股室)(?:都|分别)?(?:有|是|包括)(?:哪些|什么)/,
    stated: /内设(?!机构[:：]?$)\p{Script=Han}{2,}[、和及]/u,
  },
  {
    // "下属预算单位是哪个": the 机构设置 sentence names them ("单位有下属预算单位1个，为某某站"), or says there is none
    name: 'member-units', word: '下属单位', toSentenceEnd: true,
    asked: /下属(?:的)?(?:预算|二级)?单位(?:都|分别)?(?:是|有)?(?:哪个|哪些|哪几个|什么|谁)|(?:有|包括)(?:哪些|什么)下属(?:预算)?单位/,
    stated: /(?:有|设)?下属(?:预算|二级)?单位\d+个|无下属(?:预算)?单位|没有下属(?:预算)?单位|下属(?:预算|二级)?单位(?:包括|有|为|是)/,
  },
  {
    // "报表去哪儿看", "表格在哪里查": where the page says its tables are ("报表详见附件", "具体见附件2")
    name: 'where-shown', word: '报表所在', toSentenceEnd: true,
    asked: /(?:报表|表格|附表|表)(?:在|去|到|从)?(?:哪儿|哪里|哪|什么地方)(?:儿)?(?:看|查|找|下载|能看到|公开)/u,
    stated: /(?:报表|表格|附表|表)[^。；;]{0,8}?(?:详见|参见|见|附在|在)附件|(?:详见|参见)附件/u,
  },
]

/** A duty asked of the unit: "承担哪个协调小组的办公室工作", "负责哪些工作". */
const DUTY_ASKED = /(?:承担|负责|履行|主管|承办)了?(?:哪个|哪些|什么|哪项|哪方面|哪类)/
/** "要向县委审计委员会报什么": a duty asked by what it is done towards ("向…报/提出/提交什么", "要负责什么") */
const DIRECTED_DUTY = /(?:向|对|为|给)\p{Script=Han}{2,20}?(?:报|提出|提交|报送|报告|通报|提供|负责)(?:些)?(?:什么|哪些|啥)|要(?:做|干|报|提出|提交|负责|承担)(?:些)?(?:什么|哪些|啥)/u
/** the fewest characters a duty must share with the question, in one run */
const MIN_SHARED = 4
/** What something includes, asked of a thing that is no amount ("开支单位包括哪些", "公务用车包括哪些车"). */
const INCLUDES_ASKED = /([\p{Script=Han}“”"]{2,24}?)(?:都|具体|主要)?(?:包括|包含|涵盖)了?(?:哪些|什么|哪几)/u
const MONEY_END = /(?:费|经费|支出|收入|资金|预算|拨款|补助|款|金额|决算)$/
const ASKS_AMOUNT = /多少|金额|几万|数额/
/** "…支出8.2万元,主要包括…": what an amount includes, stated right after it */
const AFTER_AMOUNT = /\d\s*(?:亿元|万元|千元|元)\s*[，,]\s*(?:主要)?(?:包括|包含|涵盖)/

const clausesOf = (s: string) => s.split(/(?<=[，,；;：:])(?!\d{3})/)

/** Lines of a paragraph as the answer shows them: 第12行, 第12–14行. */

interface Found { p: Paragraph; excerpt: string }
/** A field of the page's particulars (rule page-lines), printed as its line. */
interface FieldFound { field: PageField; excerpt: string }

function proseOf(doc: BudgetDocument): Paragraph[] {
  return doc.paragraphs.filter((p) => !p.heading)
}

/** "（二）机构设置。": a numbered heading run into its paragraph as a sentence of its own */
const RUN_IN_HEADING = /^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*\p{Script=Han}{2,10}[。.]$/u

/** The unit speaking of itself: its name (or a short form of it), 本单位, 我单位… */
const SELF = /^(?:本|我)(?:单位|部门|局|站|所|中心|办|院)/

/**
 * The first clause stating the fact, in a sentence where the unit speaks of itself (the 机构设置 sentence opens with
 * its name) before any other: a duty ("指导下属单位管理的…") may use the same words of someone else.
 */
function statedClause(doc: BudgetDocument, stated: RegExp, toSentenceEnd = false, wholeSentence = false, clauseBefore = false): Found | undefined {
  const names = [doc.org, ...orgAliases(doc.org, doc.region).filter((a) => a.place !== 'level').map((a) => a.form)].map(compactText)
  const self = (s: string) => SELF.test(s) || names.some((n) => compactText(s).includes(n))
  let other: Found | undefined
  for (const p of proseOf(doc)) {
    const ss = sentencesOf(p.text)
    for (const [k, s] of ss.entries()) {
      const clauses = clausesOf(s.text)
      // (a PDF's copy breaks words with spaces: "自治区科学技 术协会")
      const i = clauses.findIndex((c) => stated.test(c) || stated.test(c.replace(/\s+/gu, '')))
      if (i < 0) continue
      // a heading run into the paragraph before it ("（二）机构设置。") goes with it
      const head = wholeSentence && k > 0 && RUN_IN_HEADING.test(ss[k - 1].text.trim()) ? ss[k - 1].text.trim() : ''
      const from = wholeSentence ? 0 : clauseBefore ? nameClause(clauses, i) : i
      // (a name clause is quoted from its last word run: a PDF's flattened page runs its headings into it)
      const lead = clauseBefore && from < i ? clauses[from].split(/\s+/u).pop()! : undefined
      const kept = lead === undefined ? clauses.slice(from) : [lead, ...clauses.slice(from + 1)]
      const found = { p, excerpt: head + (toSentenceEnd ? kept.join('') : kept.slice(0, i + 1 - from).join('')).replace(/[，,；;：:。]$/, '') }
      // the next sentence going on with no subject of its own ("…的派出机关,…。是具有独立法人资格的全额拨款单位。")
      // states more of the same unit's kind: quoted too
      const next = ss[k + 1]?.text.trim()
      if (next && /^(?:是|为|系|属)/u.test(next) && stated.test(next)) found.excerpt += `……${next.replace(/[，,；;：:。]$/, '')}`
      if (self(s.text)) return found
      other ??= found
    }
  }
  return other
}

/** The clause before `i` that is a name alone (no figure, no date: "某某工作队,"), else `i` itself. */
function nameClause(clauses: string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const tail = clauses[j].split(/\s+/u).pop() ?? ''
    if (/^[\p{Script=Han}（）()“”"]{4,40}[，,]$/u.test(tail)) return j
  }
  return i
}

/** Words of a question other than its organisation and its question words: what the stated sentence must hold. */
function askedWords(text: string, doc: BudgetDocument): string[] {
  let t = compactText(text)
  const forms = [doc.org, ...orgAliases(doc.org, doc.region).map((a) => a.form)].map(compactText).sort((a, b) => b.length - a.length)
  const form = forms.find((f) => t.includes(f))
  if (form) t = t.replace(form, '，')
  // (the place said short, 通道县 of 通道侗族自治县: its stem opens the organisation's name)
  else {
    const place = /^(\p{Script=Han}{2,4}?)(?:县|区|市|州|旗|镇|乡)/u.exec(t)
    if (place && [doc.org, doc.region ?? ''].some((o) => compactText(o).startsWith(place[1]))) t = '，' + t.slice(place[0].length)
  }
  return t
    .split(/哪个|哪些|哪项|哪方面|哪类|什么|的|是|[，,。？?！!、\s]|\d{4}年度?|(?:单位|部门)?(?:预算|决算)/)
    .filter((w) => w.length >= 2 && !/^(?:请问|文件|说明|工作中|主要)$/.test(w))
}

/** The sentence of the 职责 section sharing the longest run of the question's words (at least MIN_SHARED). */
function dutyByWords(doc: BudgetDocument, words: string[]): Found | undefined {
  let best: (Found & { n: number }) | undefined
  for (const p of dutyParagraphs(doc)) {
    for (const s of sentencesOf(p.text)) {
      const n = Math.max(0, ...words.map((w) => sharedRun(w, compactText(s.text))))
      if (n >= MIN_SHARED && (!best || n > best.n)) best = { p, excerpt: s.text, n }
    }
  }
  return best
}

/** The sentence holding every word asked (a duty item of 主要职能). */
function dutySentence(doc: BudgetDocument, words: string[]): Found | undefined {
  if (!words.length) return undefined
  for (const p of proseOf(doc)) {
    for (const s of sentencesOf(p.text)) if (words.every((w) => s.text.includes(w))) return { p, excerpt: s.text }
  }
  return undefined
}

/** "…公务用车指…车辆,包括A、B和C": the clause run from the subject to the end of the sentence that says it includes. */
function includesSentence(doc: BudgetDocument, subject: string): Found | undefined {
  let best: (Found & { len: number; gap: number }) | undefined
  for (const p of proseOf(doc)) {
    for (const s of sentencesOf(p.text)) {
      for (const m of s.text.matchAll(/包括|包含|涵盖/g)) {
        const before = s.text.slice(Math.max(0, m.index! - 40), m.index!)
        for (let len = subject.length; len >= 2; len--) {
          const at = before.lastIndexOf(subject.slice(-len))
          if (at < 0) continue
          const gap = before.length - at - len
          if (!best || len > best.len || (len === best.len && gap < best.gap)) {
            const head = s.text.slice(0, m.index! - before.length + at)
            const open = Math.max(...['，', ',', '；', ';', '：', ':'].map((c) => head.lastIndexOf(c))) + 1
            best = { p, excerpt: s.text.slice(open), len, gap }
          }
          break
        }
      }
    }
  }
  return best
}

/** "资金来源是什么": a term (a few words, no amount's) asked what it is. */
const TERM_ASKED = /([\p{Script=Han}]{2,10}?)(?:是|为)(?:什么|哪些|啥|哪几[个种项类])[？?]?$/u

/** What asks a reason, a change or a meaning, never a term's stated value: 原因, 理由, 区别, 意思 … */
const NOT_TERM = /(?:原因|理由|缘由|为啥|为何|目的|用途|作用|意思|含义|区别|变化|情况|内容|问题|措施|结果|依据|根据|标准|单位|部门|项目)$/u

/** The clause "<term>为…" or "<term>是…" that says what the term is, in words (no amount): quoted to the clause's end. */
function termSentence(doc: BudgetDocument, term: string): Found | undefined {
  const said = new RegExp(`${escapeRegExp(term)}(?:为|是)(?![\\d\\s])[^，,；;。]{2,60}`, 'u')
  for (const p of proseOf(doc)) {
    for (const s of sentencesOf(p.text)) {
      const m = said.exec(s.text)
      if (m && !/\d/.test(m[0])) return { p, excerpt: m[0] }
    }
  }
  return undefined
}

/** "…什么时候验收运行的", "哪年建成的": the thing asked before, the event's verb after. */
const EVENT_ASKED = /^(.{2,30}?)(?:是|在)?(?:什么时候|何时|哪一?年|哪天)(\p{Script=Han}{2,8}?)(?:的|了)?[？?]?$/u

/** The sentence naming the event's verb and a year, and the thing when it is named (two of its characters in a run). */
function eventSentence(doc: BudgetDocument, verb: string, thing: string[]): Found | undefined {
  for (const p of proseOf(doc)) {
    for (const s of sentencesOf(p.text)) {
      if (!s.text.includes(verb) || !/(?:19|20)\d{2}\s*年/.test(s.text)) continue
      if (thing.length && !thing.some((w) => sharedRun(w, compactText(s.text)) >= Math.min(4, w.length))) continue
      return { p, excerpt: s.text.trim() }
    }
  }
  return undefined
}

/** A portal box's label for the body a page belongs to, with its value after a space or colon. */
const PORTAL_PARENT = /(?:所属机构|主管部门|主管单位|责任部门)[:：\s]*(\p{Script=Han}{3,24}?(?:局|委员会|委|办公室|中心|政府|厅))(?=[\s\u3000]|$)/u

/** The parent body a unit's page prints in its head (所属机构, 责任部门), never the unit itself. */
function portalParent(doc: BudgetDocument): Found | FieldFound | undefined {
  const own = compactText(doc.org)
  for (const p of doc.paragraphs.slice(0, 15)) {
    const m = PORTAL_PARENT.exec(p.text)
    const name = m && compactText(m[1])
    if (m && name && !own.includes(name) && !name.includes(own)) return { p, excerpt: m[0].trim() }
  }
  // (…or among the particulars the page's reader set apart, rule page-lines)
  for (const f of doc.pageFields ?? []) {
    const m = /^(?:所属机构|主管部门|主管单位|责任部门)$/u.test(f.key) ? PORTAL_PARENT.exec(`${f.key} ${f.value}`) : null
    const name = m && compactText(m[1])
    if (m && name && !own.includes(name) && !name.includes(own)) return { field: f, excerpt: f.printed }
  }
  return undefined
}

function quoted(run: ToolRunner, t: Target, found: Found | FieldFound, lead: string): string {
  if ('field' in found) {
    run.cite(pageFieldCitation(t.doc, found.field))
    return `${lead}“${found.field.key} ${found.field.value}”（公开页面的信息栏）`
  }
  const c = paragraphCitation(t.doc, found.p, found.excerpt)
  run.cite(c)
  return `${lead}“${c.text ?? found.excerpt}”（${linesText(found.p)}）`
}

/** Facts of what a unit is, which its department's 机构设置 states beside each unit's name. */
const UNIT_FACTS = new Set(['unit-nature', 'unit-parent', 'unit-level'])

/**
 * Rule `prose-fact-asked`, of a unit its department's document covers ("某执法大队属于什么性质的单位"): the piece of
 * the 机构设置 that names the unit and states the fact ("县交通运输综合行政执法大队（参照公务员法管理事业单位）"),
 * quoted; undefined when the question asks no such fact or the prose names the unit with none.
 */
export function answerMemberFact(run: ToolRunner, text: string, doc: BudgetDocument, unit: string): HandlerOutput | undefined {
  const facts = PROSE_FACTS.filter((f) => UNIT_FACTS.has(f.name) && f.asked.test(text))
  if (!facts.length) return undefined
  // the unit's own words after its place: 县交通运输综合行政执法大队 and 交通运输综合行政执法大队 both name it
  const core = compactText(unit).replace(/^.*?(?:省|市|州|盟|区|县|旗)(?=\p{Script=Han}{4})/u, '')
  for (const p of proseOf(doc)) {
    const t = p.text
    for (let at = t.indexOf(core); at >= 0; at = t.indexOf(core, at + 1)) {
      // from the unit's name to the end of its item ("、", "，", "；", "。")
      const end = t.slice(at).search(/[、，,；;。](?![^（(]*[)）])/u)
      const piece = t.slice(at, end < 0 ? undefined : at + end)
      if (!facts.some((f) => f.stated.test(piece))) continue
      const c = paragraphCitation(doc, p, piece)
      run.cite(c)
      return { answer: `${doc.org}${doc.year}年${doc.scope}文件写明：“${c.text ?? piece}”（${linesText(p)}）。` }
    }
  }
  return memberFactInTable(run, doc, core, facts)
}

/**
 * …or the cell a table of the units prints under the fact's own column (单位构成 | 单位性质: "公益一类事业单位") on the
 * unit's row (rule member-fact-table).
 */
function memberFactInTable(run: ToolRunner, doc: BudgetDocument, core: string, facts: typeof PROSE_FACTS): HandlerOutput | undefined {
  for (const t of doc.tables) {
    const col = t.columns.find((c) => facts.some((f) => compactText(c.path[c.path.length - 1] ?? '') === f.word))
    const row = col && t.rows.find((r) => compactText(r.name).includes(core))
    const cell = row?.cells.find((c) => c.column === col!.index)
    if (!row || !cell?.text || !facts.some((f) => f.stated.test(cell.text))) continue
    const c = rowCitation(doc, t, row, col)
    run.cite(c)
    return { answer: `${doc.org}${doc.year}年${doc.scope}的${t.title || '单位构成表'}中，${row.name}的${col!.path[col!.path.length - 1]}为“${cell.text}”。` }
  }
  return undefined
}

/** The fact a question asks of its named documents; undefined when it asks none (other rules answer). */
export function answerProseFact(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!targets.length || targets.length > 3 || ASKS_AMOUNT.test(text)) return undefined
  const docName = (t: Target) => `${t.doc.org}${t.doc.year}年${t.doc.scope}文件`
  const toc = tocEntryAsked(text)
  if (toc) {
    const outs = targets.map((t) => {
      const e = tocEntryIn(t.doc, toc)
      if (!e) return { text: `${docName(t)}的目录中没有列出第${toc.shown}张表。`, found: false }
      return { text: quoted(run, t, { p: e.p, excerpt: e.entry }, `${docName(t)}目录列出的第${toc.shown}张表是：`), found: true }
    })
    return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
  }
  // "三公经费是第几张表", "有没有社会保险基金的报表": the 目录 entry of that table (rule toc-table-asked)
  const byWords = targets.map((t) => ({ t, e: tocEntryByWords(t.doc, compactText(text), [t.doc.org, ...orgAliases(t.doc.org, t.doc.region).map((a) => a.form)].map(compactText)) }))
  if (byWords.some((x) => x.e)) {
    const outs = byWords.map(({ t, e }) => (e ? { text: quoted(run, t, { p: e.p, excerpt: e.entry }, `${docName(t)}目录列出：`), found: true } : { text: `${docName(t)}的目录中没有列出这张表。`, found: false }))
    return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
  }
  // 第四部分讲什么, 部门概况包括哪几项, 最后一项, 公开了绩效目标表吗: the 目录 (rule toc-outline-asked)
  const outline = answerTocOutline(run, text, targets)
  if (outline) return outline
  // 职能职责有哪些, 包含下属单位吗, 空表是什么意思, 公开了哪些表: the section that says it (rule section-asked)
  const section = answerSectionAsked(run, text, targets)
  if (section) return section
  const facts = PROSE_FACTS.filter((f) => f.asked.test(text))
  if (facts.length) {
    const outs = targets.map((t) => {
      // the parent a unit's page prints in its portal box ("所属机构 某县卫生健康局") when no sentence states it
      const read = (f: (typeof facts)[number]) => statedClause(t.doc, f.stated, f.toSentenceEnd, f.wholeSentence, f.clauseBefore) ?? (f.name === 'unit-parent' ? portalParent(t.doc) : undefined)
      const reads = facts.map((f) => ({ f, found: read(f) }))
      const said = reads.flatMap((r) => r.found ?? [])
      const missing = reads.filter((r) => !r.found).map((r) => r.f.word)
      if (!said.length) return { text: `${docName(t)}中没有写明${missing.join('、')}。`, found: false }
      // one clause often states both (…隶属某厅管理的公益一类事业单位): quoted once
      const where = (x: Found | FieldFound) => ('field' in x ? x.field : x.p)
      const once = said.filter((x, i) => said.findIndex((y) => where(y) === where(x) && y.excerpt === x.excerpt) === i)
      const parts = once.map((x) => quoted(run, t, x, ''))
      return { text: `${docName(t)}写明：${parts.join('；')}${missing.length ? `；没有写明${missing.join('、')}` : ''}。`, found: true }
    })
    return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
  }
  const inc = INCLUDES_ASKED.exec(compactText(text))
  const subject = inc?.[1].replace(/^.*[的，,]/, '').replace(/^\d{4}年度?/, '').replace(/[“”"]/g, '')
  // an amount's subject (公务用车运行维护费) includes what the sentence lists right after its amount ("…8.2万元，主要包括燃料费…")
  const money = !!subject && MONEY_END.test(subject)
  if (subject && subject.length >= 2 && !/项目/.test(subject)) {
    const outs = targets.map((t) => {
      const found = includesSentence(t.doc, subject)
      const f = found && (!money || AFTER_AMOUNT.test(found.excerpt)) ? found : undefined
      return f ? { text: quoted(run, t, f, `${docName(t)}写明：`) + '。', found: true } : undefined
    })
    if (outs.every(Boolean)) return { answer: outs.map((o) => o!.text).join('') }
    return undefined
  }
  // "资金来源是什么", "评价方式是什么": the clause that says what the term is ("二是资金来源为本级资金和上级资金") (rule term-stated)
  const term = TERM_ASKED.exec(compactText(text))?.[1].replace(/^.*[的，,]/, '')
  if (term && term.length >= 2 && !MONEY_END.test(term) && !NOT_TERM.test(term)) {
    const outs = targets.map((t) => {
      const f = termSentence(t.doc, term)
      return f ? { text: quoted(run, t, f, `${docName(t)}写明：`) + '。', found: true } : undefined
    })
    if (outs.every(Boolean)) return { answer: outs.map((o) => o!.text).join('') }
  }
  // "数字城管二期什么时候验收运行的": the sentence that dates that event (rule event-dated)
  const event = EVENT_ASKED.exec(compactText(text))
  if (event) {
    const outs = targets.map((t) => {
      const f = eventSentence(t.doc, event[2], askedWords(event[1], t.doc))
      return f ? { text: quoted(run, t, f, `${docName(t)}写明：`) + '。', found: true } : undefined
    })
    if (outs.every(Boolean)) return { answer: outs.map((o) => o!.text).join('') }
  }
  if (DUTY_ASKED.test(text)) {
    const outs = targets.map((t) => {
      const f = dutySentence(t.doc, askedWords(text, t.doc))
      return f ? { text: quoted(run, t, f, `${docName(t)}写明：`) + '。', found: true } : { text: `${docName(t)}中没有找到这项职责的表述。`, found: false }
    })
    return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
  }
  if (DIRECTED_DUTY.test(text)) {
    // only the 职责 section answers, by the duty sharing the most words with the question
    const outs = targets.map((t) => {
      const f = dutyByWords(t.doc, askedWords(text, t.doc))
      return f ? { text: quoted(run, t, f, `${docName(t)}的职责写明：`) + '。', found: true } : undefined
    })
    if (outs.every(Boolean)) return { answer: outs.map((o) => o!.text).join('') }
  }
  return undefined
}
