import type { Table } from '../schema.js'
import { orgLike } from './meta-rules.js'
import { squeezeHan } from './source-lines.js'

/** The labels a project form names its organisations by: the department over it and the unit that carries it out. */
const ORG_KEY = /^(?:主管部门|业务主管部门|预算主管部门|实施单位|项目实施单位|项目单位)(?:[（(]盖章[）)])?[:：]?$/

/**
 * The organisations a 绩效自评 form speaks for besides the one it is held under: its 主管部门 and 实施单位 as printed
 * (a name, not "本级" or a blank), so a question naming either finds the form. Example: a form filed by
 * 某县水利工程管理站 under 某县水利局 → ['某县水利局'].
 */
export function formOrgs(tables: Table[], org: string): string[] {
  const names = tables
    .filter((t) => t.kind === 'performance')
    .flatMap((t) => t.fields.filter((f) => ORG_KEY.test(squeezeHan(f.key).replace(/\s+/g, ''))).map((f) => f.value.trim().replace(/[（(]盖章[）)]$/, '')))
  return [...new Set(names)].filter((n) => n !== org && orgLike(n))
}
