import type { TableKind } from '../schema.js'

/** Table kind from its title: the national templates name their tables consistently. Order matters. */
const KIND_RULES: [RegExp, TableKind][] = [
  [/目录/, 'catalog'],
  [/绩效/, 'performance'],
  [/三公/, 'three-public'],
  [/政府采购/, 'procurement'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  // 决算 titles spell it out: 一般公共预算财政拨款收入支出决算表 (by subject code), 财政拨款收入支出决算总表, 收入支出决算总表
  [/一般公共预算财政拨款收入支出/, 'general-spending'],
  [/财政拨款收(?:入支出|支)/, 'fiscal-summary'],
  [/收(?:入支出|支)/, 'summary'],
  [/收入/, 'income'],
  [/基本支出/, 'basic-spending'],
  [/项目支出/, 'project-spending'],
  [/一般公共预算.*支出/, 'general-spending'],
  // 上年结转结余预算支出表: what the carry-over funds, a part of the spending, never its whole
  [/上年结转/, 'other'],
  [/支出/, 'spending'],
]

export function kindOfTitle(title: string): TableKind {
  for (const [re, kind] of KIND_RULES) if (re.test(title)) return kind
  return 'other'
}
