import type { SourceLine } from './source-lines.js'

/** The names of the funds and of budget units, whose 预算 says nothing of a document's stage. */
const NOT_A_STAGE = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算(?:单位|部门)/g
/** Spending as it happened: a 决算, a total spent, a change on the year before (同比). */
const SPENT = /决算|支出(?:合计|总额|共计)|同比(?:减少|增加|下降|增长|上升|持平)/
/** A plan: 预算数, 预算总额, 预算为…, 预安排, 安排…万元 (an amount set aside, not "…等安排"). */
const PLANNED = /预算(?:数|总额|金额|安排|为|\d)|预安排|安排[^。，,；;、]{0,12}?\d/

/** A change stated against last year's budget: 比上年预算数减少, 与上年预算持平, 较上年度预算增加. */
const AGAINST_PRIOR_BUDGET = /(?:比|与|较)上年度?(?:的)?预算数?/

export type AccountStage = '预算' | '决算'

/**
 * The stage of an account whose title names none ("2019年度“三公”经费公开说明"), from the document itself: spending
 * stated as it happened (支出合计, 同比, 决算) on a page published after its year ended is a 决算; a plan (预算数, 安排 an
 * amount) on a page not published after its year is a 预算. Both, neither, or a 决算 with no date to place it: unread,
 * and the document is held with its stage to be given (metadata needed), never guessed.
 */
export function accountStage(lines: SourceLine[], year: number, published?: string): AccountStage | undefined {
  const body = lines.map((l) => l.text).join('\n').replace(NOT_A_STAGE, '')
  const spent = SPENT.test(body)
  const planned = PLANNED.test(body)
  const after = published ? Number(published.slice(0, 4)) > year : undefined
  if (spent && !planned && after === true) return '决算'
  if (planned && !spent && after !== true) return '预算'
  // "支出预算合计24.75万元，比上年预算数减少4.65万元": a plan set against last year's plan (an account is set against
  // last year's accounts or its own year's budget), whatever words of spending it also uses
  if (AGAINST_PRIOR_BUDGET.test(body) && !/决算/.test(body) && after !== true) return '预算'
  return undefined
}

/** Words of an account of what happened: 决算, 执行情况, 完成, 执行率, 实际, 已拨付, 同比, a change on last year's own figure ("比上年的387878万元减少19万元"), a statement's 本期 against 上年同期 */
const HAPPENED = /决算|执行情况|本期(?!预算|计划)|上年同期|执行率|完成(?:情况|数|率)|实际(?:支出|完成|发生)|已(?:拨付|支付|完成|支出)|同比(?:减少|增加|下降|增长|上升)|比上年度?的?\d[\d,.]*(?:万元|亿元|元)?(?:减少|增加|下降|增长|上升)/gu
/** Funds issued or shared out: 下达…资金, 资金…分配, 分配…资金. */
const FUND_ISSUED = /(?:下达|分配)[^。，,；;]{0,24}?资金|资金[^。，,；;]{0,8}?(?:下达|分配)/u
/** Words of a plan: 预算安排, 预算草案, 预算数, 收入预算 before its amount, 本预算年度, 拟, 计划, 绩效目标, 预计; funds issued or shared out (下达…资金, 资金分配) */
const PLANNED_WORDS = new RegExp(`预算(?:安排|草案|数|总额|为)|(?:收入|支出)预算(?=\\d)|本预算年度|拟(?:安排|用于|投入)|计划(?:安排|投入|用于|总?投资)|预算投资|批复[^。，,；;]{0,12}?(?:项目|资金)|绩效目标|预计|${FUND_ISSUED.source}`, 'gu')

/**
 * Rule `stage-by-words`: a page that names its organisation and its year but neither 预算 nor 决算 where either is
 * said (a hospital's 财务公开, a township's report on its funds): the stage its own words speak of far more, three to
 * one or more (决算, 执行情况, 完成, 实际 against 预算安排, 预算草案, 拟, 计划, 绩效目标). Undefined when they do
 * not, and the document stays held with its stage to be given. The answer then says how the stage was read.
 */
export function stageByWords(lines: SourceLine[]): AccountStage | undefined {
  const body = lines.map((l) => l.text.replace(/[\s\u3000]+/gu, '')).join('\n').replace(NOT_A_STAGE, '')
  const happened = body.match(HAPPENED)?.length ?? 0
  const planned = body.match(PLANNED_WORDS)?.length ?? 0
  if (happened >= 2 && happened >= 3 * planned) return '决算'
  if (planned >= 2 && planned >= 3 * happened) return '预算'
  // (a notice issuing a year's funds, "下达我市2019年…资金26428万元，予以公告", nothing said of them as spent: a plan)
  if (planned >= 1 && happened === 0 && FUND_ISSUED.test(body)) return '预算'
  return undefined
}
