import type { ColumnRole } from '../schema.js'

/** A stage of the figures a 决算 prints side by side: the budget set (年初/全年), adjusted, the accounts, last year's. */
export type Stage = 'initial' | 'adjusted' | 'final' | 'prior'

/**
 * How a table heads a stage, as a column ("预算数 › 公务接待费", "决算数 › 合计") or as a row (三公 tables with the
 * stages down the side): the compact header text, whole.
 */
const STAGE_HEADS: [RegExp, Stage][] = [
  [/^上年(?:决算|实际)数?$/u, 'prior'],
  [/^(?:本年)?(?:决算|实际(?:支出)?)数?$/u, 'final'],
  // a 决算's 政府采购 table: 采购计划金额 | 实际采购金额 (the plan, then what was bought)
  [/^实际采购(?:金额|数)?$/u, 'final'],
  [/^采购计划(?:金额|数)?$/u, 'initial'],
  // a year's budget as executed (执行情况表: 预算数 | 完成数)
  [/^(?:本年)?(?:预计)?(?:完成|执行)数$/u, 'final'],
  [/^调整(?:后)?预算数?$/u, 'adjusted'],
  [/^(?:年初|全年)?预算数?$/u, 'initial'],
]

/** Words of a figure of what was done in a year (2024年执行数, 决算, 完成数, 实际), never of its plan. */
export const DONE_WORDS = '执行|决算|完成|实际'
export const DONE_WORD = new RegExp(DONE_WORDS, 'u')

/** The stage a table header (compact text) names, if it is one of the stage heads. */
export const stageOfHead = (compact: string): Stage | undefined => STAGE_HEADS.find(([re]) => re.test(compact))?.[1]

/**
 * How a question asks a stage of a subject, longest words first: the role, and whether the words name that column
 * on their own (年初预算, 决算数) or only beside another stage word (预算 and 决算 alone name the kind of document too;
 * 实际 / 花了 the money spent). `ifFinal`: a lone word that still names its stage when the document asked is a 决算
 * (预算数 of a 决算 is the budget column; of a 预算 it is the plain figure).
 */
export const STAGE_ASKED: { re: RegExp; role: ColumnRole; alone: boolean; ifFinal?: boolean }[] = [
  // (last year's budget beside this year's, "本年年初预算数和上年年初预算数": last year's column)
  { re: /上年度?(?:年初|调整后?的?)?预算数/, role: 'prior', alone: true },
  { re: /(?:本年度?)?年初预算数?/, role: 'initial', alone: true },
  { re: /调整(?:后)?(?:的)?预算数?/, role: 'adjusted', alone: true },
  // a 预算调整方案's "由…调整为…" asked as 调整后/调整为 (the figure after the adjustment)
  { re: /调整后|调整为/, role: 'adjusted', alone: true },
  // …and what it was before (调整前), and by how much it moved (调增, 调减)
  { re: /调整前/, role: 'initial', alone: true },
  { re: /调增|调减/, role: 'change', alone: true },
  // 决算 templates: 年初预算数 | 全年预算数 (the budget as adjusted) | 决算数
  { re: /全年预算数?/, role: 'adjusted', alone: false, ifFinal: true },
  // (also "是调整预算数的百分之多少": a figure set against its own budget column)
  // (and "花了预算的百分之几", "用了预算的多少": spent against its budget)
  { re: /(?:完成了?|占)(?:年初|全年|调整后?)?预算(?:数)?(?:的)?(?:百分之几|百分之多少|百分比|比例|比率|多少|几成|[%％])?|(?:花了|用了|使用了|花掉了?)(?:年初|全年|调整后?)?预算(?:数)?的?(?:百分之几|百分之多少|百分比|比例|几成|[%％])|(?:是|为)(?:年初|全年|调整后?)?预算数?的(?:百分之几|百分之多少|百分比|比例|比率|几成)|预算完成(?:率|情况)?|完成率|(?:预算)?执行率/, role: 'completion', alone: true },
  { re: /(?:支出)?决算数/, role: 'final', alone: true },
  // "完成多少、完成预算的百分之几": the amount done, beside the rate of it asked after
  { re: /(?:实际)?完成了?(?=多少|几|$)/, role: 'final', alone: false },
  // a year's budget as executed (执行情况表: 预算数 | 完成数): its accounts
  { re: /(?:预计)?(?:完成|执行)数/, role: 'final', alone: true },
  { re: /(?:支出)?决算/, role: 'final', alone: false },
  // "预算和执行各多少": 执行 beside another stage word is what was executed
  { re: /执行(?![率数])/, role: 'final', alone: false },
  { re: /实际(?:支出|花费?|使用|发生)?(?:数|了)?|花了/, role: 'final', alone: false },
  // "预算数和预算增加额": a table's printed change column, named beside another column
  { re: /(?:预算)?(?:增加|增减|减少)额|增减数/, role: 'change', alone: false },
  // "预算数和决算数": beside a 决算 column, the budget it is set against
  { re: /预算数?/, role: 'initial', alone: false, ifFinal: true },
]
