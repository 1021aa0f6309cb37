import type { ColumnRole } from '../../schema.js'
import { STAGE_ASKED } from '../../lexicon/stage-words.js'
import { FILL } from '../concept-scan.js'
import type { ConceptHit, Op } from '../question-frame.js'

const STAGE = new RegExp(STAGE_ASKED.map((w) => w.re.source).join('|'), 'gu')
/** between two column words: 和, 与, 、, 分别… */
/** The subject asked on its own first, its columns asked after: "公务接待费呢？预算和实际各多少" */
const SUBJECT_ASKED = /^(?:呢)?[？?]$/u
const AND = /^(?:和|与|及|以及|跟|同|、|，|,|还有)?$/u
/** the end of one ask before the next stage's ("预算是多少元？实际花了多少元？", "预算了多少？", "预算安排了多少？") */
const CLAUSE_END = /^(?:安排|花|用)?(?:是|为|有|了)?(?:多少|几)(?:钱|元|万元)?[？?！!。，,；;、]$/u

/** A fund's words right after the row it qualifies: 一般公共预算(财政拨款)支出, 政府性基金预算支出 */
const FUND_AFTER = /^[（(]?(?:一般公共预算|政府性基金预算?|国有资本经营预算)(?:财政)?(?:拨款)?(?:支出|资金)?[)）]?/u

/** The side word after a concept read without it: 一般公共预算收入 read as 一般公共预算, side 收入. */
const SIDE_AFTER = /^(?:收入|支出)(?=完成|占|花|用|使|是|为|预算|执行|年初|调整|决算|的)/u

/** A subject's kind word right after its name: 项目, 专项(资金), 资金, 经费. */
const KIND_AFTER = /^(?:项目|专项资金|专项|资金|经费)/u

/** An adverb before a stage word: 只, 仅, 才, 已经. */
const ADVERB = /^(?:只|仅仅?|才|已经?|刚)/u
/** …also after the year the subject is asked of: "公务接待费23年只用了年初预算的几成" */
const ADVERB_END = /(?:只|仅仅?|才|已经?|刚)$/u

/** A stage word right before the subject, an account's word between: 调整后的, 年初全区, 调整前的本级 */
const STAGE_BEFORE = /(调整后|调整前|年初预算|年初)的?(?:全区|全县|全市|全镇|区本级|县本级|市本级|本级)?的?$/u

/** The completion asked right after a subject: "完成预算的百分之几", "完成年初预算的多少", "预算完成率" */
const COMPLETION_AFTER = new RegExp(`^(?:${ADVERB.source.slice(1)})?(?:${STAGE_ASKED.find((w) => w.role === 'completion')!.re.source})`, 'u')

const roleOf = (w: string) => STAGE_ASKED.find(({ re }) => new RegExp(`^(?:${re.source})$`, 'u').test(w))

/**
 * Rule `stage-columns`: "三公经费年初预算和决算分别多少", "食品安全监管年初预算是多少", "调整预算数",
 * "预算是多少元？实际花了多少元？" — the 决算 columns of the subject named just before them (a later ask of another
 * stage after the first one's question mark counts too). Subject hits inside those words ("年初预算数" is also a name
 * of the whole budget) are dropped; a stage said before the subject ("调整后的一般公共预算支出预算") is its column
 * too. 决算 or 预算 alone is a column only beside another stage word: elsewhere it names the kind of document, read by
 * other rules; a lone 预算(数) is returned as `ifFinal`, the column it names in a 决算.
 */
export function stageColumns(subjects: ConceptHit[], columns: ColumnRole[], text: string): { subjects: ConceptHit[]; columns: ColumnRole[]; ifFinal: ColumnRole[] } {
  // (a whole asked by its side word, "一般公共预算收入完成预算的百分之几", takes the completion asked of it: rule weak-completion)
  const weak = subjects.find((c) => c.kind === 'weak')
  const anchor = subjects.find((c) => c.kind === 'row' || c.kind === 'lexicon')
  if (!anchor && weak && COMPLETION_AFTER.test(text.slice(weak.end))) return { subjects, columns: [...new Set([...columns, 'completion' as ColumnRole])], ifFinal: [] }
  if (!anchor) return { subjects, columns, ifFinal: [] }
  const found: { role: ColumnRole; alone: boolean; ifFinal?: boolean; start: number; end: number }[] = []
  // (the fund the row is read from may stand between, its 预算 no stage: "(2100401)一般公共预算支出完成年初预算的…")
  const funded = anchor.end + (anchor.tableKind ? FUND_AFTER.exec(text.slice(anchor.end))?.[0].length ?? 0 : 0)
  // (…and the side the concept was asked by, when the concept's own name stops before it: 一般公共预算|收入完成预算的…)
  const after = funded + (SIDE_AFTER.exec(text.slice(funded))?.[0].length ?? 0)
  let from = after
  for (const m of text.slice(after).matchAll(STAGE)) {
    const start = after + m.index!
    // (the subject's kind word may follow its name: "老旧小区改造项目的调整预算", "某某专项资金年初预算")
    const gap = text.slice(from, start)
    // (…and an adverb before the stage asked: "只完成了年初预算的多少", "已经完成")
    const between = found.length ? gap : gap.replace(KIND_AFTER, '').replace(ADVERB, '').replace(ADVERB_END, '')
    if (!(found.length ? AND.test(between) || FILL.test(between) || CLAUSE_END.test(between) : FILL.test(between) || SUBJECT_ASKED.test(between))) break
    const w = roleOf(m[0])
    if (!w) break
    found.push({ role: w.role, alone: w.alone, ifFinal: w.ifFinal, start, end: start + m[0].length })
    from = start + m[0].length
  }
  // a stage said before its subject ("调整后的一般公共预算支出预算", "年初全区…收入预算"): that subject's column, a lone
  // 预算 after it no stage of its own
  // (年初 before the subject only with the subject's own 预算 after it: "2023年年初预算的公务接待费" asks a year's budget,
  // read by year-start-baseline)
  const before = STAGE_BEFORE.exec(text.slice(0, anchor.start))
  if (before && found.every((f) => !f.alone) && (before[1].startsWith('调整') || found.length > 0)) {
    const role: ColumnRole = before[1] === '调整后' ? 'adjusted' : 'initial'
    return { subjects: subjects.filter((c) => c === anchor || !found.some((f) => c.start < f.end && c.end > f.start)), columns: [...new Set([...columns, role])], ifFinal: [] }
  }
  const kept = found.filter((f) => f.alone || found.length > 1)
  const ifFinal = found.length === 1 && found[0].ifFinal ? [found[0].role] : []
  const inside = (c: ConceptHit) => [...kept, ...(ifFinal.length ? found : [])].some((f) => c.start < f.end && c.end > f.start)
  // a lone stage word after its subject (群众文化全年预算) is that subject's column, never a subject of its own
  if (!kept.length) return { subjects: ifFinal.length ? subjects.filter((c) => c === anchor || !inside(c)) : subjects, columns, ifFinal }
  return {
    subjects: subjects.filter((c) => c === anchor || !inside(c)),
    columns: [...new Set([...columns, ...kept.map((f) => f.role)])],
    ifFinal: [],
  }
}

/** "完成预算的百分之几" is a column the document prints (完成预算%), not a share to compute. */
export function stageOp(op: Op, columns: ColumnRole[]): Op {
  return columns.includes('completion') && (op === 'share' || op === 'growth') ? 'lookup' : op
}
