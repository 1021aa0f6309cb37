import type { ColumnRole, TableKind } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import type { OrgMention } from '../tools/lib/org-mention.js'
import type { TermKind } from './vocabulary.js'

export type Op =
  | 'lookup' | 'difference' | 'change' | 'growth' | 'share' | 'sum' | 'compare' | 'rank'
  | 'reason' | 'define' | 'target' | 'count' | 'list' | 'breakdown' | 'usage'

export interface ConceptHit {
  name: string
  kind: TermKind
  start: number
  end: number
  /** the words as written in the question */
  surface: string
  code?: string
  role?: ColumnRole
  /** also a table row's name (a project named like its subject row) */
  alsoRow?: boolean
  /** a 类 no held table prints (read from prose pages only) */
  classOnly?: boolean
  /** 类/款/项 written after the name: the row of that level of the functional classification */
  level?: '类' | '款' | '项'
  /** "其中服务类": the subject this one is a part of ('' until a follow-up inherits it from the previous turn) */
  parent?: string
  /** "一般公共预算拨款里，农林水支出": the kind of table the subject is read from */
  tableKind?: TableKind
  /** "其他城乡社区公共设施支出中财政拨款支出": the row's 财政拨款 figure, read from the one fund's table that prints it */
  fiscalPart?: boolean
  /** the question's words right after the subject, before it asks (目标, 预计): which of its stated figures is asked */
  qualifier?: string
  /** "一般公共预算总收入": the fund's name written right before a side's total (a place's report prints it so) */
  fund?: string
  /** "一般公共预算收入": the side (收入/支出) written right after a row whose own name says none (rule side-after-row) */
  side?: '收入' | '支出'
  /** the side's total word said right after it ("一般公共预算收入总计"): the side's grand line asked */
  sideTotal?: '总计' | '合计'
}

/** What a question asks, read by rule: organisations, years, concepts, column, operation. */
export interface QuestionFrame {
  /** compact normalised question the offsets refer to */
  text: string
  orgs: OrgMention[]
  years: number[]
  /** baseline year of a comparison (比2024年 / 较上年) */
  baseYear?: number
  /** 上年/去年 named without a number */
  priorRelative?: boolean
  concepts: ConceptHit[]
  /** columns asked of the subject row (基本支出和项目支出各多少) */
  columns: ColumnRole[]
  /** a stage named by a word that is one only in a 决算 (预算数 of a 三公 item): the column it asks there */
  stagesIfFinal?: ColumnRole[]
  /** the year was written as 今年/明年/去年: its offset from today's year (0 = 今年) */
  relativeYear?: number
  /** "今年和去年" asked when today's year is not held: the newest held year read as 今年 (rule relative-pair), today's year here */
  relativeShift?: number
  /** the year came from an earlier turn, not this question */
  yearInherited?: boolean
  /** instructions were embedded in the question */
  injected: boolean
  /** a noun counted in prose ("项目有几个" → 项目, 个) when no lexicon count concept fits */
  countNoun?: { noun: string; unit: string; qualifier?: string }
  op: Op
  opExplicit: boolean
  order: 'desc' | 'asc'
  /** 增加/减少 asked, or a signed change (变化/增减) */
  direction?: 'up' | 'down' | 'signed'
  /** words left over that look like a subject the corpus does not name */
  unknown?: string
  /** the unread words the question opens with, when `unknown` is a longer run elsewhere (rule unread-lead) */
  leadUnknown?: string
  /**
   * rule `joined-phrases`: subjects no term knows joined by 和/与/及/、 with each asked ("税收收入和非税收入各是多少"): the
   * words in the order asked, the two with their joiner as written (one name, 医疗卫生与计划生育支出, where a document
   * prints it whole), and on which side a term's subject stands when the other of the two is one ("人员支出和项目支出")
   */
  joinedUnknown?: { words: string[]; whole: string; withConcept?: 'before' | 'after' }
  /** rule `qualified-row`: the words no term reads right before a subject row's name ("小学" of 小学教育支出): a subject the prose names without them is not the one asked */
  rowQualifier?: string
  english: boolean
}

/** The count asked by "有多少人" with no noun: answered with 编制 and 实有人员 together. */
export const HEADCOUNT = 'headcount'

/**
 * The question's compact text with the held organisations it names cut out, each replaced by `sep`: what is left is
 * what the question asks of them (a unit's words inside a held organisation's name are not asked).
 */
export const textWithoutOrgs = (frame: QuestionFrame, sep: string) =>
  frame.orgs.filter((o) => o.known).reduce((s, o) => s.split(compactText(o.text)).join(sep), compactText(frame.text))
