/**
 * Column labels of the national budget-disclosure templates. Tables flattened from PDF wrap a header cell
 * over several lines ("一般公共预算财政" / "拨款"); these terms let the parser join the fragments again.
 */
export const HEADER_TERMS = [
  '收入', '支出', '项目', '预算数', '合计', '总计', '小计', '科目', '科目编码', '科目名称', '功能分类科目', '经济分类科目',
  '基本支出', '项目支出', '人员经费', '公用经费', '日常公用经费', '一般公共预算', '政府性基金预算', '国有资本经营预算',
  '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '上年结转',
  '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '事业收入预算', '事业单位经营收入预算',
  '其他收入预算', '用事业基金弥补收支差额', '非教育收费收入预算', '教育收费收入预算', '上缴上级支出', '事业单位经营支出',
  '对下级单位补助支出', '财政专户管理资金收入', '事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入',
  '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费', '货物类', '服务类', '工程类',
  '本年政府性基金预算财政拨款支出', '国有资本经营预算财政拨款支出',
]

const TERMS = new Set(HEADER_TERMS)
const isPrefix = (s: string) => HEADER_TERMS.some((t) => t.startsWith(s))

/**
 * Join wrapped header fragments into known terms, greedily: fragments accumulate while they are a prefix
 * of some term; a fragment that cannot continue starts a new cell. Unknown text is kept as its own cell.
 */
export function joinHeaderFragments(fragments: string[]): string[] {
  const out: string[] = []
  let acc = ''
  for (const f of fragments) {
    if (acc && isPrefix(acc + f)) { acc += f; continue }
    if (acc) out.push(acc)
    acc = f
  }
  if (acc) out.push(acc)
  return out
}

export const isHeaderTerm = (s: string) => TERMS.has(s)
