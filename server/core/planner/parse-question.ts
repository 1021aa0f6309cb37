import type { Corpus } from '../schema.js'
import { distinctMentions, findOrgMentions, mentionText } from '../tools/lib/org-mention.js'
import { orgIndex } from '../tools/lib/org-scope.js'
import { countNounOf, exactTerms, nearTerms, splitColumns } from './concept-scan.js'
import { detectOp } from './detect-op.js'
import { englishToChinese, isEnglish } from './english.js'
import { detectInjection } from './injection.js'
import type { ConceptHit, QuestionFrame } from './question-frame.js'

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度?|年)?/g
const CODE = /(?<!\d)(\d{3,9})(?!\d)/g
const HOLE = '\u0000'
const FILLER =
  /请问|请|告诉我|帮我|帮忙|查询|查一下|查查|看看|一下|我想知道|想知道|我想|想问|问一下|比例|比重|占比|所占|百分比|什么|哪个|哪家|哪些|哪一个|最多|最少|最高|最低|最大|最小|排名|排序|比较|对比|相比|减少|增加|增长|下降|变化|变动|原因|为什么|目标|指标|怎么|如何|分别|各是|各|占|比|较|是多少|多少钱|多少|几个|几名|几辆|几|是否|有没有|有无|呢|吗|嘛|啊|呀|吧|的|了|是|为|有|和|与|及|在|中|里|对|其中|那么|那|这个|这|该|全年|本年|今年|年度|年|预算|安排|金额|数额|数字|情况|资金|经费|支出|费用|元|万元|一共|总共|合计|部门|单位|多|少|[\s\p{P}\p{S}\d]/gu

/** Read a question into a frame. Pure: the corpus supplies the vocabulary and the district names held. */
export function parseQuestion(corpus: Corpus, question: string): QuestionFrame {
  const english = isEnglish(question)
  const { injected, cleaned } = detectInjection(english ? englishToChinese(question) : question)
  const t = mentionText(cleaned)
  const orgs = distinctMentions(findOrgMentions(t, orgIndex(corpus).stems))
  const mask = [...t]
  const claim = (s: number, e: number) => { for (let i = s; i < e; i++) mask[i] = HOLE }
  for (const m of orgs) claim(m.start, m.end)

  const years: number[] = []
  let baseYear: number | undefined
  for (const m of t.matchAll(YEAR)) {
    const y = Number(m[1])
    const before = t.slice(Math.max(0, m.index! - 2), m.index!)
    if (/[比较]$|相比$|对比$|与$/.test(before) && years.length) baseYear = y
    else if (!years.includes(y)) years.push(y)
    claim(m.index!, m.index! + m[0].length)
  }
  if (baseYear === undefined && years.length >= 2 && /比|较|相比|变化|增减|增加|减少/.test(t)) baseYear = years.splice(1, 1)[0]
  const priorRelative = /上年|去年|上一年|前一年|上年度/.test(t)

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
  const masked = mask.join('')
  concepts.push(...exactTerms(corpus, mask))
  if (!concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) concepts.push(...nearTerms(corpus, t))
  concepts.sort((a, b) => a.start - b.start)
  attachCodesToNames(concepts)
  const strong = concepts.filter((c) => c.kind !== 'weak')
  const { subjects, columns } = splitColumns(strong.length ? strong : concepts, masked)
  const countNoun = subjects.some((c) => c.kind === 'count') ? undefined : countNounOf(masked)
  const yearCount = years.length + (baseYear !== undefined ? 1 : 0)
  const reading = detectOp(t, subjects, orgs.length, yearCount, baseYear !== undefined, !!countNoun)
  const leftover = injected ? '' : mask.join('').replace(/\u0000+/g, ' ').replace(FILLER, ' ')
  const unknown = leftover.split(/\s+/).filter((w) => /\p{Script=Han}{2,}/u.test(w)).sort((a, b) => b.length - a.length)[0]
  const defineEnglish = english && !orgs.length && !years.length && /^\s*what (?:is|are)\b/i.test(question) && reading.op === 'lookup'
  return {
    text: t, orgs, years, baseYear, priorRelative, concepts: subjects, columns, injected, countNoun,
    op: defineEnglish ? 'define' : reading.op,
    opExplicit: reading.explicit, order: reading.order, direction: reading.direction, unknown: unknownCode ?? unknown, english,
  }
}

/** "2101501行政运行": the code and the name right after it are one subject. */
function attachCodesToNames(concepts: ConceptHit[]) {
  for (let i = concepts.length - 1; i > 0; i--) {
    const a = concepts[i - 1]
    const b = concepts[i]
    if (a.code && !b.code && b.kind === 'row' && b.start - a.end <= 1) concepts.splice(i, 1)
  }
}

const codeCache = new WeakMap<Corpus, Set<string>>()
function corpusCodes(corpus: Corpus): Set<string> {
  let s = codeCache.get(corpus)
  if (!s) {
    s = new Set(corpus.documents.flatMap((d) => d.tables.flatMap((t) => t.rows.flatMap((r) => (r.code ? [r.code] : [])))))
    codeCache.set(corpus, s)
  }
  return s
}
